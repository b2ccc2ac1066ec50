package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.Projection;
import atlas.io.DataSource;
import atlas.io.Problem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each validation rule, with a failing example and the message a user would read. */
class StoryLoaderTest {
    static DataSource text(String name, String json) {
        return new DataSource() {
            @Override public String name() { return name; }
            @Override public InputStream open() { return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)); }
        };
    }

    static final String SRC = "\"sources\":[{\"title\":\"A source\",\"url\":\"https://example.org/a\"}]";

    static String event(String id, String extra) {
        return "{\"type\":\"Feature\",\"properties\":{\"id\":\"" + id + "\",\"kind\":\"event\",\"title\":\"T " + id
                + "\",\"start\":\"2015-05-10\",\"category\":\"diplomacy\"," + SRC + extra + "},\"geometry\":null}";
    }

    static Story load(String... features) {
        return new StoryLoader(Projection.eurasia()).load(List.of(text("test.geojson",
                "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}")));
    }

    static void assertProblem(Story s, String itemId, String fragment) {
        assertTrue(s.problems().stream().anyMatch(p -> p.file().equals("test.geojson") && java.util.Objects.equals(p.itemId(), itemId)
                && p.message().contains(fragment)), "expected a problem for '" + itemId + "' containing '" + fragment + "', got " + s.problems());
    }

    @Test
    void aValidItemLoads() {
        Story s = load(event("ok", ""));
        assertEquals(List.of(), s.problems());
        StoryItem it = s.get("ok");
        assertEquals(PartialDate.parse("2015-05-10"), it.start());
        assertEquals(Category.DIPLOMACY, it.category());
        assertEquals("https://example.org/a", it.sources().get(0).url());
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() {
        Story s = new StoryLoader(Projection.eurasia()).load(List.of(text("broken.geojson",
                "{\"type\":\"FeatureCollection\",\"features\":[\n" + event("first", "") + ",\n{\"type\":\"Feature\",\n\"properties\": {\"id\": \"x\" \"kind\": 1}}\n]}")));
        Problem p = s.problems().get(0);
        assertEquals("broken.geojson", p.file());
        assertEquals(4, p.line());
        assertTrue(p.message().startsWith("malformed JSON at line 4, column"), p.message());
        assertNotNull(s.get("first"), "the feature before the fault still loads");
    }

    @Test
    void unknownKind() {
        assertProblem(load(event("k", "").replace("\"kind\":\"event\"", "\"kind\":\"battle\"")), "k", "unknown kind 'battle'");
    }

    @Test
    void unknownCategory() {
        assertProblem(load(event("c", "").replace("\"category\":\"diplomacy\"", "\"category\":\"sport\"")), "c", "unknown category 'sport'");
    }

    @Test
    void badDate() {
        Story s = load(event("d", "").replace("2015-05-10", "2023-13"));
        assertProblem(s, "d", "bad start date: '2023-13' is not a valid date: month 13 is not 1..12");
        assertNull(s.get("d"), "an invalid item is skipped");
    }

    @Test
    void endBeforeStart() {
        assertProblem(load(event("e", ",\"end\":\"2014\"")), "e", "end 2014 is before start 2015-05-10");
    }

    @Test
    void endWithinAPartialStartIsFine() {
        Story s = load(event("p", ",\"end\":\"2015-05\"").replace("\"start\":\"2015-05-10\"", "\"start\":\"2015\""));
        assertEquals(List.of(), s.problems());
    }

    @Test
    void duplicateId() {
        Story s = load(event("dup", ""), event("dup", ""));
        assertProblem(s, "dup", "duplicate id (first defined in test.geojson:2)");
        assertNotNull(s.get("dup"));
    }

    @Test
    void danglingRelatedAndPlaceReferences() {
        Story s = load(event("r", ",\"related\":[\"nowhere\"],\"places\":[\"atlantis\"]"));
        assertProblem(s, "r", "related refers to unknown id 'nowhere'");
        assertProblem(s, "r", "places refers to unknown id 'atlantis'");
        assertEquals(List.of(), s.get("r").related(), "the item stays, the broken link goes");
    }

    @Test
    void noSource() {
        assertProblem(load(event("n", "").replace(SRC, "\"sources\":[]")), "n", "no sources");
    }

    @Test
    void nonWebSourceLinkIsRejected() {
        assertProblem(load(event("u", "").replace("https://example.org/a", "file:///etc/passwd")), "u", "is not an http or https address");
    }

    @Test
    void coordinatesOutOfRangeAndNaN() {
        String place = "{\"type\":\"Feature\",\"properties\":{\"id\":\"%s\",\"kind\":\"place\",\"title\":\"P\"," + SRC + "},\"geometry\":{\"type\":\"Point\",\"coordinates\":[%s]}}";
        Story s = load(String.format(place, "swapped", "53.9, 127.5"), String.format(place, "far", "200, 10"), String.format(place, "nan", "NaN, 10"));
        assertProblem(s, "swapped", "latitude 127.5 is out of range");
        assertProblem(s, "far", "longitude 200.0 is out of range");
        assertProblem(s, "nan", "a coordinate is NaN");
    }

    @Test
    void invalidGeometryIsRepairedAndReported() {
        String bowtie = "{\"type\":\"Feature\",\"properties\":{\"id\":\"bow\",\"kind\":\"project\",\"title\":\"B\",\"start\":\"2015\",\"category\":\"industry\","
                + SRC + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[27,53],[28,54],[28,53],[27,54],[27,53]]]}}";
        Story s = load(bowtie);
        assertProblem(s, "bow", "invalid geometry repaired");
        assertTrue(s.get("bow").lonLat().isValid());
    }

    @Test
    void unclosedRing() {
        String open = "{\"type\":\"Feature\",\"properties\":{\"id\":\"o\",\"kind\":\"project\",\"title\":\"O\",\"start\":\"2015\",\"category\":\"industry\","
                + SRC + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[27,53],[28,54],[28,53],[27,54]]]}}";
        assertProblem(load(open), "o", "not closed");
    }

    @Test
    void unknownStage() {
        assertProblem(load(event("s", ",\"stages\":[{\"stage\":\"dreaming\",\"start\":\"2016\"}]")), "s", "unknown stage 'dreaming'");
    }

    @Test
    void theRestStillLoads() {
        Story s = load(event("good1", ""), event("bad", "").replace("2015-05-10", "2015-02-30"), event("good2", ""));
        assertEquals(2, s.items().size());
        assertEquals(1, s.problems().size());
        assertTrue(s.problems().get(0).toString().startsWith("test.geojson:3: item 'bad': bad start date"), s.problems().get(0).toString());
    }

    @Test
    void aMissingFileIsAProblemNotACrash() {
        Story s = new StoryLoader(Projection.eurasia()).load(List.of(DataSource.of(java.nio.file.Path.of("no/such/file.geojson"))));
        assertEquals(1, s.problems().size());
        assertTrue(s.problems().get(0).message().contains("not found"), s.problems().toString());
    }

    /** The story's first and last days, from the columns, equal those of every item's dates looked at one by one. */
    @Test
    void firstAndLastDaysAreThoseOfTheItemsDates() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("atlas-days", ".geojson");
        try {
            Synthetic.write(f, 3_000, 11);
            List<LayerData> layers = List.of(Story.embeddedLayer(), LayerLoader.load("s", List.of(DataSource.of(f)), null, null));
            Story story = Story.of(layers);
            ItemStore st = story.store();
            int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
            for (int i = 0; i < st.size(); i++) {
                int s = st.startPacked(i);
                if (s == 0) continue;
                first = Math.min(first, PartialDate.firstDayOfPacked(s));
                last = Math.max(last, PartialDate.lastDayOfPacked(s));
                if (st.c.end[i] != 0) last = Math.max(last, PartialDate.lastDayOfPacked(st.c.end[i]));
                int[] stages = st.stageTable(i);
                if (stages != null) for (int k = 0; k < stages.length; k += 2) last = Math.max(last, PartialDate.lastDayOfPacked(stages[k]));
            }
            assertEquals(java.time.LocalDate.ofEpochDay(first), story.firstDay());
            assertEquals(java.time.LocalDate.ofEpochDay(Math.max(last, PartialDate.epochDay(1992, 1, 1))), story.lastDay());
        } finally {
            java.nio.file.Files.deleteIfExists(f);
        }
    }
}
