package atlas.export;

import atlas.geo.GeoJsonWriter;
import atlas.story.Figure;
import atlas.story.ItemStore;
import atlas.story.Source;
import atlas.story.StageChange;
import atlas.story.StoryItem;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Items as the atlas's story format (docs/DATA-FORMAT.md), one feature a line: every field a story item
 * has (stages, sources, figures, links, notes), and for an item of a user's layer its fields in
 * "attributes" and where it came from in "sources". The id is the item's key, unique across layers;
 * links to items that are not exported are left out, so the file reopens without a problem.
 */
final class GeoJsonExport {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private GeoJsonExport() {
    }

    static void write(ItemStore store, int[] rows, Writer out) throws IOException {
        Set<String> exported = new HashSet<>();
        for (int r : rows) exported.add(store.key(r));
        out.write("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < rows.length; i++) {
            out.write(i == 0 ? "\n" : ",\n");
            StoryItem it = store.item(rows[i]);
            JsonObject f = new JsonObject();
            f.addProperty("type", "Feature");
            f.addProperty("id", it.key());
            JsonObject props = properties(it, exported);
            // A place's names in other languages go out as they came in (name_ru, name_be, name_zh).
            for (String lang : new String[] {"ru", "be", "zh"}) {
                String n = store.title(rows[i], lang);
                if (!n.equals(it.title())) props.addProperty("name_" + lang, n);
            }
            f.add("properties", props);
            f.add("geometry", it.lonLat() == null ? JsonNull.INSTANCE : GeoJsonWriter.geometry(GeoJsonWriter.rfc7946(it.lonLat())));
            GSON.toJson(f, out);
        }
        out.write("\n]}\n");
    }

    private static JsonObject properties(StoryItem it, Set<String> exported) {
        JsonObject p = new JsonObject();
        p.addProperty("id", it.key());
        p.addProperty("kind", it.kind().key());
        p.addProperty("title", it.title());
        if (!it.summary().isEmpty()) p.addProperty("summary", it.summary());
        if (it.start() != null) p.addProperty("start", it.start().iso());
        if (it.end() != null) p.addProperty("end", it.end().iso());
        if (it.ongoing()) p.addProperty("ongoing", true);
        if (!it.stages().isEmpty()) {
            JsonArray a = new JsonArray();
            for (StageChange s : it.stages()) {
                JsonObject o = new JsonObject();
                o.addProperty("stage", s.stage().key());
                o.addProperty("start", s.start().iso());
                a.add(o);
            }
            p.add("stages", a);
        }
        if (it.category() != null) p.addProperty("category", it.category().key());
        p.addProperty("layer", it.layer());
        if (it.placeType() != null) p.addProperty("place_type", it.placeType());
        if (it.schematic()) p.addProperty("schematic", true);
        if (it.disagreement() != null) p.addProperty("disagreement", it.disagreement());
        if (!it.figures().isEmpty()) {
            JsonArray a = new JsonArray();
            for (Figure fg : it.figures()) {
                JsonObject o = new JsonObject();
                o.addProperty("label", fg.label());
                o.addProperty("value", fg.value());
                if (fg.note() != null) o.addProperty("note", fg.note());
                a.add(o);
            }
            p.add("figures", a);
        }
        JsonArray sources = new JsonArray();
        for (Source s : it.sources()) {
            JsonObject o = new JsonObject();
            o.addProperty("title", s.title());
            o.addProperty("url", s.url() == null ? "" : s.url());
            if (s.note() != null) o.addProperty("note", s.note());
            sources.add(o);
        }
        p.add("sources", sources);
        links(p, "related", it.related(), it, exported);
        links(p, "places", it.places(), it, exported);
        if (!it.attributes().isEmpty()) {
            JsonObject a = new JsonObject();
            for (Map.Entry<String, String> e : it.attributes().entrySet()) a.addProperty(e.getKey(), e.getValue());
            p.add("attributes", a);
        }
        return p;
    }

    /** The ids of linked items of the same layer that are exported too. */
    private static void links(JsonObject p, String name, java.util.List<String> ids, StoryItem it, Set<String> exported) {
        String prefix = it.key().substring(0, it.key().length() - it.id().length());
        JsonArray a = new JsonArray();
        for (String id : ids) if (exported.contains(prefix + id)) a.add(prefix + id);
        if (!a.isEmpty()) p.add(name, a);
    }
}
