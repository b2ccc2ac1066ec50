package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.DataSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dataset in someone else's schema (the synthetic fixture foreign-projects.geojson: names like
 * "Title", "Commitment.Year", "Actual.Implementation.Start.Date.(MM/DD/YYYY)", "Sector.Name", NaN
 * tokens, MultiPolygons) loads as a layer beside the story, its fields detected.
 */
class ForeignDataTest {
    private static LayerData fixture(FieldMapping mapping) {
        return LayerLoader.load("foreign-projects", List.of(DataSource.embedded("atlas/foreign-projects.geojson")), mapping, null);
    }

    @Test
    void fieldsAreDetectedByNameAndContent() {
        Layer l = fixture(null).layer();
        FieldMapping m = l.mapping();
        assertEquals("Title", m.title());
        assertEquals(List.of("Actual.Implementation.Start.Date.(MM/DD/YYYY)", "Commitment.Year"), m.start(), "the start field first, the year as fallback");
        assertEquals("Sector.Name", m.category());
        assertEquals("project_id", m.id());
        assertEquals(Kind.PROJECT, m.kind(), "the file is named as projects");
        assertEquals(UserDates.Order.MDY, m.order(), "12/01/2016 alone is ambiguous, but 05/17/2013 settles month/day");
        assertFalse(l.story());
        assertEquals(List.of("ENERGY", "TRANSPORT"), l.categories().subList(0, 2), "most frequent first");
        assertEquals(java.util.Set.of("ENERGY", "TRANSPORT", "INDUSTRY", "HEALTH"), java.util.Set.copyOf(l.categories()));
    }

    @Test
    void everyFeatureLoadsWithItsDateAtItsPrecision() {
        Story s = Story.of(List.of(Story.embeddedLayer(), fixture(null)));
        ItemStore st = s.store();
        assertEquals(6, s.layers().get(1).items(), "nothing is lost: " + s.layers().get(1).problems());
        StoryItem a = s.get("foreign-projects/101");
        assertEquals("Fixture plant A", a.title());
        assertEquals(new PartialDate(2013, 5, 17), a.start(), "from the start field, to the day");
        assertEquals("MultiPolygon", a.lonLat().getGeometryType());
        StoryItem b = s.get("foreign-projects/102");
        assertEquals(new PartialDate(2014, 0, 0), b.start(), "NaN start: the year 2014.0 from the fallback, year precision");
        assertEquals("Point", b.lonLat().getGeometryType());
        StoryItem d = s.get("foreign-projects/104");
        assertEquals(new PartialDate(2018, 0, 0), d.start(), "30 February is no date: the fallback year is used");
        assertTrue(s.problems().stream().anyMatch(p -> "104".equals(p.itemId()) && p.message().contains("02/30/2019")), s.problems().toString());
        StoryItem e = s.get("foreign-projects/105");
        assertNotNull(e, "a bad geometry costs the geometry, not the feature");
        assertNull(e.lonLat());
        assertTrue(s.problems().stream().anyMatch(p -> "105".equals(p.itemId()) && p.message().contains("too shallow")));
        assertNotNull(s.get("foreign-projects/106"), "the feature after the bad one loads");
        assertEquals("7", s.get("foreign-projects/103").attributes().get("Amount"), "attributes are kept as written");
        assertEquals("", a.attributes().get("Amount"), "NaN is empty");
        assertEquals("foreign-projects", a.layer());
        // The story is still there, and both share one time index.
        assertNotNull(s.get("great-stone"));
        int[] rows = st.overlapping(LocalDate.of(2013, 5, 17).toEpochDay(), LocalDate.of(2013, 5, 17).toEpochDay());
        assertTrue(java.util.Arrays.stream(rows).anyMatch(r -> st.key(r).equals("foreign-projects/101")));
        assertTrue(java.util.Arrays.stream(rows).anyMatch(r -> st.key(r).equals("great-stone")));
    }

    @Test
    void aMappingGivenByTheUserWins() {
        FieldMapping m = new FieldMapping(null, List.of("Commitment.Year"), List.of(), null, null, Kind.EVENT, null);
        Story s = Story.of(List.of(fixture(m)));
        assertEquals(new PartialDate(2011, 0, 0), s.get("foreign-projects/101").start());
        assertEquals(Kind.EVENT, s.get("foreign-projects/101").kind());
        assertTrue(s.layers().get(0).problems().stream().anyMatch(p -> p.message().contains("1 of 6 features has no usable start date")), s.problems().toString());
    }

    @Test
    void userDatesKeepTheirPrecision() {
        assertEquals(new PartialDate(2013, 0, 0).packed(), UserDates.parse("2013", UserDates.Order.ISO));
        assertEquals(new PartialDate(2013, 0, 0).packed(), UserDates.parse("2013.0", UserDates.Order.ISO));
        assertEquals(new PartialDate(2013, 5, 0).packed(), UserDates.parse("2013-05", UserDates.Order.ISO));
        assertEquals(new PartialDate(2013, 5, 17).packed(), UserDates.parse("2013-05-17 00:00:00", UserDates.Order.ISO));
        assertEquals(new PartialDate(2013, 5, 17).packed(), UserDates.parse("2013-05-17T10:00:00Z", UserDates.Order.ISO));
        assertEquals(new PartialDate(2013, 5, 17).packed(), UserDates.parse("2013-05-17T23:30:00+03:00", UserDates.Order.ISO));
        assertEquals(new PartialDate(2013, 5, 17).packed(), UserDates.parse("05/17/2013", UserDates.Order.ISO), "17 cannot be a month");
        assertEquals(new PartialDate(2013, 6, 5).packed(), UserDates.parse("05/06/2013", UserDates.Order.DMY));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UserDates.parse("05/06/2013", UserDates.Order.ISO));
        assertTrue(e.getMessage().contains("month/day or day/month"));
        assertThrows(IllegalArgumentException.class, () -> UserDates.parse("2013-02-30", UserDates.Order.ISO));
        assertThrows(IllegalArgumentException.class, () -> UserDates.parse("soon", UserDates.Order.ISO));
    }

    @Test
    void aFolderIsOneLayerAndAMissingPathSaysSo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("a.geojson"), "{\"type\":\"Feature\",\"properties\":{\"name\":\"One\",\"date\":\"2001\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[27,53]}}");
        java.nio.file.Files.writeString(dir.resolve("b.json"), "{\"type\":\"Feature\",\"properties\":{\"name\":\"Two\",\"date\":\"2002-03\"},\"geometry\":null}");
        java.nio.file.Files.writeString(dir.resolve("notes.txt"), "not data");
        LayerData d = AtlasData.loadLayer(dir, null, null);
        assertEquals(dir.getFileName().toString(), d.layer().name());
        assertEquals(2, d.layer().items());
        LayerData missing = AtlasData.loadLayer(dir.resolve("nope.geojson"), null, null);
        assertEquals(0, missing.layer().items());
        assertTrue(missing.layer().problems().get(0).message().contains("no such file"));
        java.nio.file.Path empty = java.nio.file.Files.createDirectory(dir.resolve("empty"));
        assertTrue(AtlasData.loadLayer(empty, null, null).layer().problems().get(0).message().contains("no data files"));
    }

    @Test
    void aTableOfTownsIsTitledByItsTownsWhenNoFieldIsNamedAsATitle(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path towns = dir.resolve("towns.csv");
        java.nio.file.Files.writeString(towns, "city;x;y;when\nBarysaw;28.505;54.228;2015-06-01\nSlutsk;27.559;53.027;2023\n");
        LayerData d = AtlasData.loadLayer(towns, null, null);
        assertEquals("city", d.layer().mapping().title());
        Story s = Story.of(List.of(d));
        List<String> titles = new java.util.ArrayList<>();
        for (int r = 0; r < s.store().size(); r++) titles.add(s.store().title(r));
        assertEquals(java.util.Set.of("Barysaw", "Slutsk"), java.util.Set.copyOf(titles));
        // A field named as a title still wins over one naming a place.
        Path named = dir.resolve("named.csv");
        java.nio.file.Files.writeString(named, "city,name,lon,lat,date\nMinsk,Great Stone,28.3,53.9,2012\n");
        assertEquals("name", AtlasData.loadLayer(named, null, null).layer().mapping().title());
    }

    /** Fields named for a founding ("established", "founded", "launched") are start dates (a new user's zones were undated). */
    @Test
    void aFoundingDateIsAStartDate(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        for (String field : new String[] {"established", "Founded", "launch_date", "commissioned"}) {
            Path zones = dir.resolve(field + ".csv");
            java.nio.file.Files.writeString(zones, "name,lon,lat," + field + "\nZone A,27.5,53.9,2012-06-05\nZone B,28.1,54.0,2016\n");
            LayerData d = AtlasData.loadLayer(zones, null, null);
            assertEquals(List.of(field), d.layer().mapping().start(), field);
            assertTrue(d.layer().problems().isEmpty(), d.layer().problems().toString());
        }
    }

    @Test
    void aRowWithNoIdIsNamedInMessagesByItsTitle(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.csv");
        java.nio.file.Files.writeString(f, "name,lon,lat,date\nGood row,27.56,53.90,2019-05-05\nBad date,27.60,53.95,2019-13-45\n,27.3,53.1,2019-14-01\n"
                + "A,27.1,53.2,2020-01-01\nB,27.2,53.3,2021-02-02\nC,27.4,53.4,2022-03-03\nD,27.5,53.5,2023-04-04\n");
        List<atlas.io.Problem> p = AtlasData.loadLayer(f, null, null).layer().problems();
        assertTrue(p.stream().anyMatch(x -> "Bad date".equals(x.itemId()) && x.line() == 3 && x.toString().contains("item 'Bad date'")), p.toString());
        assertTrue(p.stream().anyMatch(x -> "3".equals(x.itemId()) && x.line() == 4), "untitled: by its row number " + p);
    }

    @Test
    void twoFilesNamedAlikeAreTwoLayersToldApart(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path csv = dir.resolve("mine.csv"), json = dir.resolve("mine.geojson");
        java.nio.file.Files.writeString(csv, "name,lon,lat,date\nBarysaw,28.505,54.228,2015-06-01\n");
        java.nio.file.Files.writeString(json, "{\"type\":\"Feature\",\"id\":\"1\",\"properties\":{\"name\":\"Depot\",\"date\":\"2016\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[27.9,53.9]}}");
        Story s = Story.of(List.of(Story.embeddedLayer(), AtlasData.loadLayer(csv, null, null), AtlasData.loadLayer(json, null, null)));
        assertEquals(List.of(Layer.STORY, "mine", "mine.geojson"), s.layers().stream().map(Layer::name).toList());
        Story again = s.withLayer(AtlasData.loadLayer(csv, null, null));
        assertEquals("mine (" + dir.getFileName() + ")", again.layers().get(3).name(), "the same file again: by its folder");
        again = again.withLayer(AtlasData.loadLayer(csv, null, null));
        assertEquals("mine 2", again.layers().get(4).name(), "and a third time: numbered");
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int r = 0; r < again.store().size(); r++) assertTrue(keys.add(again.store().key(r)), "keys stay unique: " + again.store().key(r));
        // The embedded story's name stays its own, even while the story is closed.
        Path story = dir.resolve("story.csv");
        java.nio.file.Files.writeString(story, "name,lon,lat,date\nDepot,27.9,53.9,2016\n");
        Story alone = Story.of(List.of(AtlasData.loadLayer(story, null, null)));
        assertEquals("story.csv", alone.layers().get(0).name());
        assertEquals(Layer.STORY, alone.withLayer(Story.embeddedLayer()).layers().get(1).name());
    }

    @Test
    void thePreviewSaysWhatAMappingMakesOfTheFirstRows() {
        List<atlas.io.Problem> problems = new java.util.ArrayList<>();
        var sample = FieldPreview.sample(DataSource.embedded("atlas/foreign-projects.geojson"), 500, problems);
        assertEquals(6, sample.size());
        FieldMapping detected = FieldPreview.detect(sample, "foreign-projects.geojson");
        assertEquals("6 of 6 rows have a start date; first problem: line 10, field 'Actual.Implementation.Start.Date.(MM/DD/YYYY)': '02/30/2019' is not a valid date: day 30 does not exist in 2019-02",
                FieldPreview.of(sample, detected).describe());
        FieldMapping wrong = new FieldMapping("Title", List.of("Title"), List.of(), null, null, Kind.EVENT, null);
        assertEquals("0 of 6 rows have a start date; first problem: line 4, field 'Title': 'Fixture plant A' is not a date; it is shown at every date",
                FieldPreview.of(sample, wrong).describe());
    }

    /** A teacher's table with one impossible date and one missing latitude: two problems, each said once, with what follows. */
    @Test
    void aRowWithABadDateIsOneProblemThatSaysWhatFollows() {
        String csv = """
                name,date,latitude,longitude,type
                Minsk,1992-01-20,53.9,27.56,capital
                Brest,2011,52.1,23.7,border
                Orsha,2013-31-02,54.51,30.42,railway
                Gomel,,52.43,31.0,regional
                Pinsk,2017,,26.1,regional
                """;
        LayerData d = LayerLoader.load("cities", List.of(ItemStoreTest.bytes("cities.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))), null, null);
        List<String> said = d.layer().problems().stream().map(atlas.io.Problem::message).toList();
        assertEquals(3, said.size(), "the bad date, the missing latitude, the row with no date at all: " + said);
        assertTrue(said.get(0).contains("'2013-31-02'") && said.get(0).endsWith("; it is shown at every date"), said.get(0));
        assertTrue(said.stream().anyMatch(m -> m.startsWith("1 of 5 features has no usable start date (line 5)")), "Gomel alone, not Orsha again: " + said);
        assertEquals(5, d.layer().items());
    }
}
