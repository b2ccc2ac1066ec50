package atlas.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.Projection;
import atlas.io.DataSource;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The columnar store: same items as the files say, time queries equal to a scan, keys, layers. */
class ItemStoreTest {
    /** Every feature of the embedded files, read independently with Gson's tree, is in the store with the same id, dates, precision and geometry. */
    @Test
    void theStoreHoldsExactlyWhatTheEmbeddedFilesSay() throws Exception {
        Story story = Story.loadEmbedded(Projection.eurasia());
        assertEquals(List.of(), story.problems());
        int features = 0;
        for (String f : Story.EMBEDDED_FILES) {
            try (var in = new InputStreamReader(DataSource.embedded("geodata/" + f).open(), StandardCharsets.UTF_8)) {
                for (JsonElement e : JsonParser.parseReader(in).getAsJsonObject().getAsJsonArray("features")) {
                    features++;
                    JsonObject p = e.getAsJsonObject().getAsJsonObject("properties");
                    StoryItem it = story.get(p.get("id").getAsString());
                    assertNotNull(it, p.get("id").getAsString());
                    assertEquals(p.get("title").getAsString().trim(), it.title());
                    assertEquals(p.has("start") ? p.get("start").getAsString() : null, it.start() == null ? null : it.start().iso());
                    assertEquals(p.has("end") ? p.get("end").getAsString() : null, it.end() == null ? null : it.end().iso());
                    JsonElement g = e.getAsJsonObject().get("geometry");
                    if (g == null || g.isJsonNull()) {
                        assertEquals(null, it.lonLat());
                    } else {
                        String type = g.getAsJsonObject().get("type").getAsString();
                        assertEquals(type, it.lonLat().getGeometryType());
                        if (type.equals("Point")) {
                            var c = g.getAsJsonObject().getAsJsonArray("coordinates");
                            assertEquals(c.get(0).getAsDouble(), it.lonLat().getCoordinate().x, 1e-12);
                            assertEquals(c.get(1).getAsDouble(), it.lonLat().getCoordinate().y, 1e-12);
                        }
                    }
                    assertEquals(p.has("sources") ? p.getAsJsonArray("sources").size() : 0, it.sources().size());
                }
            }
        }
        assertEquals(features, story.store().size());
        assertEquals(features, story.items().size());
    }

    @Test
    void timeQueriesEqualAScanOfEveryRow() throws Exception {
        Story s = Story.of(List.of(Story.embeddedLayer(), LayerLoader.load("synthetic",
                List.of(bytes("synthetic.geojson", Synthetic.bytes(5_000, 11))), null, null)));
        ItemStore st = s.store();
        Random r = new Random(5);
        for (int q = 0; q < 300; q++) {
            long from = PartialDate.epochDay(1990, 1, 1) + r.nextInt(13_000);
            long to = from + (q % 3 == 0 ? 0 : r.nextInt(2_000));
            List<Integer> scan = new ArrayList<>();
            for (int row = 0; row < st.size(); row++) if (st.fromDay(row) <= to && st.toDay(row) >= from) scan.add(row);
            assertArrayEquals(scan.stream().mapToInt(Integer::intValue).toArray(), st.overlapping(from, to), "window " + from + ".." + to);
        }
        for (int row = 1; row < st.size(); row++) assertTrue(st.fromDay(row - 1) <= st.fromDay(row), "rows in date order");
    }

    @Test
    void keysAreUniqueAcrossLayersAndClosingALayerKeepsTheRest() throws Exception {
        String a = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"great-stone\",\"properties\":{\"name\":\"Same id, other layer\",\"year\":\"2001\",\"type\":\"X\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[10,50]}}]}";
        Story s = Story.of(List.of(Story.embeddedLayer(), LayerLoader.load("mine", List.of(bytes("mine.geojson", a.getBytes(StandardCharsets.UTF_8))), null, null)));
        assertEquals("great-stone", s.get("great-stone").id());
        assertTrue(s.get("great-stone").title().startsWith("Great Stone Industrial Park"));
        assertEquals("Same id, other layer", s.get("mine/great-stone").title());
        assertEquals("X", s.store().categories().get(s.store().categoryId(s.store().find("mine/great-stone"))).label());
        Story closed = s.withoutLayer(1);
        assertEquals(null, closed.get("mine/great-stone"));
        assertNotNull(closed.get("great-stone"));
        assertEquals(Category.values().length, closed.store().categories().size(), "the closed layer's categories are gone");
        Story story = s.withoutLayer(0);
        assertEquals(1, story.store().size());
        assertEquals("X", story.store().categories().get(story.store().categoryId(0)).label(), "categories renumbered");
    }

    static DataSource bytes(String name, byte[] b) {
        return new DataSource() {
            @Override public String name() { return name; }
            @Override public java.io.InputStream open() { return new java.io.ByteArrayInputStream(b); }
        };
    }
}
