package atlas.story;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Builds a {@link StoryItem} from a store row: the columns plus the row's detail text. */
final class Materialize {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private Materialize() {
    }

    static StoryItem item(ItemStore s, int row) {
        Layer layer = s.layers().get(s.layer(row));
        String detail = s.detail(row);
        JsonObject d = detail == null ? new JsonObject() : JsonParser.parseString(detail).getAsJsonObject();
        List<StageChange> stages = new ArrayList<>();
        int[] st = s.stageTable(row);
        if (st != null) for (int i = 0; i < st.length; i += 2) stages.add(new StageChange(Stage.values()[st[i + 1]], PartialDate.unpack(st[i])));
        List<Source> sources = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> related = new ArrayList<>(), places = new ArrayList<>();
        String disagreement = null, placeType = null;
        if (layer.story()) {
            for (JsonObject o : StorySchema.objects(d.get("sources"))) {
                String url = StorySchema.str(o, "url");
                sources.add(new Source(StorySchema.str(o, "title"), url == null ? "" : url, StorySchema.str(o, "note")));
            }
            for (JsonObject o : StorySchema.objects(d.get("figures"))) {
                figures.add(new Figure(StorySchema.str(o, "label"), StorySchema.str(o, "value"), StorySchema.str(o, "note")));
            }
            String prefix = s.key(row).substring(0, s.key(row).length() - s.id(row).length());
            for (String r : StorySchema.strings(d.get("related"))) if (s.find(prefix + r) >= 0) related.add(r);
            for (String p : StorySchema.strings(d.get("places"))) if (s.find(prefix + p) >= 0) places.add(p);
            disagreement = StorySchema.str(d, "disagreement");
            placeType = StorySchema.str(d, "place_type");
            if (d.get("attributes") instanceof JsonObject a) attributes(a, attributes);
        } else {
            attributes(d, attributes);
            String where = s.line(row) > 0 ? "line " + s.line(row) : null;
            sources.add(new Source(atlas.io.DataSource.fileName(s.file(row)) + " (layer " + layer.name() + ")", "", where));
        }
        Geometry lonLat = null, projected = null;
        if (s.shape(row) != null) {
            lonLat = s.shapeLonLat(row);
            projected = s.shape(row);
        } else if (s.hasLocation(row)) {
            lonLat = FACTORY.createPoint(new Coordinate(s.lon(row), s.lat(row)));
            projected = FACTORY.createPoint(new Coordinate(s.x(row), s.y(row)));
        }
        return new StoryItem(s.id(row), s.kind(row), s.title(row), s.summary(row), s.start(row), s.end(row), stages,
                s.category(row), sources, related, places, figures, disagreement, s.schematic(row), s.ongoing(row), placeType,
                lonLat, projected, s.file(row), s.line(row), layer.name(), s.key(row), attributes);
    }

    /** A JSON object's members as text: null as "", nested values as their JSON. */
    private static void attributes(JsonObject o, Map<String, String> into) {
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            JsonElement v = e.getValue();
            into.put(e.getKey(), v.isJsonNull() ? "" : v.isJsonPrimitive() ? v.getAsString() : v.toString());
        }
    }

}
