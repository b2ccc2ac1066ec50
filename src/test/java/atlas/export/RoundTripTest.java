package atlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.Problem;
import atlas.state.AtlasState;
import atlas.story.AtlasData;
import atlas.story.AtlasQuery;
import atlas.story.ItemStore;
import atlas.story.Layer;
import atlas.story.Story;
import atlas.story.StoryItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Export what you see, reopen it, and get the same items: ids, kinds, titles, dates at the same
 * precision, places, and the same answers to the same questions. The exported set mixes the embedded
 * story (stages, sources, ongoing sanctions, undated places, corridors) with two user layers (foreign
 * projects with polygons and an undated row; Google Earth events at every precision).
 */
class RoundTripTest {
    static final Path IMPORT = Path.of("src/test/resources/import");
    static Story original;
    static int[] visible;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        original = Story.of(List.of(Story.embeddedLayer(),
                AtlasData.loadLayer(IMPORT.resolve("synthetic-projects.geojson"), null, null),
                AtlasData.loadLayer(IMPORT.resolve("google-earth-style.kml"), null, null)));
        // What the window shows over a range covering everything: every item of every layer.
        visible = AtlasState.shownRows(original, new AtlasState.TimeWindow(LocalDate.of(1990, 1, 1), LocalDate.of(2030, 12, 31),
                LocalDate.of(2030, 12, 31), true), AtlasQuery.Filter.ALL);
        assertEquals(original.store().size(), visible.length);
    }

    static Story reopen(Path file) {
        return Story.of(List.of(AtlasData.loadLayer(file, null, null)));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void reopeningAnExportGivesTheSameItems(ExportFormat format) throws Exception {
        Path out = dir.resolve("visible." + format.key());
        ItemStore store = original.store();
        Exporter.write(store, visible, format, out);
        Story back = reopen(out);
        Layer layer = back.layers().get(0);
        // GeoJSON comes back in the story format, CSV and GeoPackage as a user layer; each a layer of its own named after
        // the file, its keys prefixed with that name (a story-format file's ids never take the embedded story's keys).
        String prefix = layer.name() + "/";
        assertEquals(format == ExportFormat.GEOJSON, layer.story(), layer.note());
        assertEquals(visible.length, back.store().size(), layer.summary() + "\n" + back.problems());
        List<Problem> expected = format == ExportFormat.GEOJSON ? List.of() : back.problems().stream()
                .filter(p -> p.message().matches("2 of " + visible.length + " features have no usable start date \\((line \\d+|[^)]+), (line \\d+|[^)]+)\\); they are shown at every date")).toList();
        assertEquals(expected, back.problems(), "only the two undated user items (the synthetic SF-009 and a Google Earth placemark) are said");
        for (int r : visible) {
            StoryItem a = store.item(r);
            StoryItem b = back.get(prefix + a.key());
            assertNotNull(b, format + " lost " + a.key());
            String what = format + " " + a.key();
            assertEquals(a.kind(), b.kind(), what);
            assertEquals(a.title(), b.title(), what);
            assertEquals(a.start(), b.start(), what + " start (with its precision)");
            assertEquals(a.end(), b.end(), what + " end");
            assertEquals(a.fromDay(), b.fromDay(), what);
            assertEquals(a.toDay(), b.toDay(), what + ": the same period (ongoing stays ongoing)");
            if (a.lonLat() == null) {
                assertNull(b.lonLat(), what);
            } else if (format == ExportFormat.CSV) {
                assertEquals("Point", b.lonLat().getGeometryType(), what + ": CSV holds a representative point");
                assertEquals(store.lon(r), b.lonLat().getCoordinate().x, 1e-9, what);
                assertEquals(store.lat(r), b.lonLat().getCoordinate().y, 1e-9, what);
            } else {
                assertEquals(a.lonLat().getGeometryType(), b.lonLat().getGeometryType(), what);
                assertEquals(a.lonLat().getNumPoints(), b.lonLat().getNumPoints(), what);
                assertTrue(a.lonLat().equalsExact(b.lonLat().norm(), 1e-5) || a.lonLat().norm().equalsExact(b.lonLat().norm(), 1e-5), what);
            }
            String category = ExportRow.category(store, r, store.layers().get(store.layer(r)), a);
            if (format == ExportFormat.GEOJSON) {
                assertEquals(a.category(), b.category(), what);
                assertEquals(a.sources(), b.sources(), what);
                assertEquals(a.stages(), b.stages(), what);
                assertEquals(a.figures(), b.figures(), what);
                assertEquals(a.summary(), b.summary(), what);
                assertEquals(a.attributes(), b.attributes(), what + ": a user item's fields are kept");
                int rb = back.store().find(prefix + a.key());
                for (String lang : new String[] {"ru", "be", "zh"}) assertEquals(store.title(r, lang), back.store().title(rb, lang), what + ": its name in " + lang);
                if (a.category() == null && category != null) assertEquals(category, b.attributes().get(store.layers().get(store.layer(r)).mapping().category()), what);
            } else {
                String written = b.attributes().get("category");
                assertEquals(category, written == null || written.isEmpty() ? null : written, what + ": the category as the layer's file wrote it");
            }
        }
        // The same questions get the same answers.
        for (String[] w : new String[][] {{"2015-06-01", "2015-06-01"}, {"2013-01-01", "2016-12-31"}, {"2022-03-01", "2022-03-01"}, {"1990-01-01", "2030-12-31"}}) {
            assertEquals(keys(original, w, ""), keys(back, w, prefix), format + " window " + w[0] + " – " + w[1]);
        }
    }

    /** The keys shown in a window, as the original store names them. */
    static List<String> keys(Story s, String[] w, String prefix) {
        List<String> out = new ArrayList<>();
        ItemStore st = s.store();
        for (int r : AtlasQuery.rowsIn(st, LocalDate.parse(w[0]), LocalDate.parse(w[1]), new AtlasQuery.Filter(null, Set.of("event", "project", "place", "corridor"), null))) {
            out.add(st.key(r).substring(prefix.length()));
        }
        out.sort(null);
        return out;
    }
}
