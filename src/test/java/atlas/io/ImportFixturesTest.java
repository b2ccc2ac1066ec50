package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.story.AtlasData;
import atlas.story.AtlasQuery;
import atlas.story.FieldMapping;
import atlas.story.Kind;
import atlas.story.Layer;
import atlas.story.LayerData;
import atlas.story.PartialDate;
import atlas.story.Story;
import atlas.story.StoryItem;
import atlas.story.UserDates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The fixtures GDAL made from one synthetic dataset (src/test/resources/import/README.md): every format
 * gives the same items, dates and precisions, the geometry each format can hold, the fields detected
 * the same way, and the same answers for a few windows, all against lists computed by hand.
 */
class ImportFixturesTest {
    static final Path DIR = Path.of("src/test/resources/import");

    /** One expected item: start and end as written (null: none), and its geometry type (null: no place). */
    record Expect(String start, String end, String geometry) {
    }

    /** The synthetic projects, computed by hand from synthetic-projects.geojson: the implementation start date, else the commitment year. */
    static final Map<String, Expect> PROJECTS = new LinkedHashMap<>();

    static {
        PROJECTS.put("SF-001", new Expect("2013-03-15", "2016-11-30", "MultiPolygon"));
        PROJECTS.put("SF-002", new Expect("2013", null, "Point"));
        PROJECTS.put("SF-003", new Expect("2014-07-01", null, "Point"));
        PROJECTS.put("SF-004", new Expect("2015-09-20", "2017-12-31", "MultiPolygon"));
        PROJECTS.put("SF-005", new Expect("2016", null, "Point"));
        PROJECTS.put("SF-006", new Expect("2018-05-17", null, "MultiPolygon"));
        PROJECTS.put("SF-007", new Expect("2019-02-28", "2020-10-15", "Point"));
        PROJECTS.put("SF-008", new Expect("2011-08-05", "2013-06-01", "Point"));
        PROJECTS.put("SF-009", new Expect(null, null, "Point"));
        PROJECTS.put("SF-010", new Expect("2020-06-30", null, "MultiPolygon"));
    }

    static final Map<String, String> SECTORS = Map.of("SF-001", "Industry", "SF-002", "Energy", "SF-003", "Transport", "SF-004", "Housing",
            "SF-005", "Industry", "SF-006", "Transport", "SF-007", "Water", "SF-008", "Industry", "SF-009", "Housing", "SF-010", "Transport");

    static Story load(String file) {
        return Story.of(List.of(AtlasData.loadLayer(DIR.resolve(file), null, null)));
    }

    static LayerData layer(String file) {
        return AtlasData.loadLayer(DIR.resolve(file), null, null);
    }

    /** The ids shown for [from, to], in the order {@code query} prints them. */
    static List<String> shown(Story s, String from, String to) {
        List<String> ids = new ArrayList<>();
        for (AtlasQuery.Row r : AtlasQuery.rows(s, atlas.FxTestSupport.data().geo(), LocalDate.parse(from), LocalDate.parse(to),
                new AtlasQuery.Filter(null, java.util.Set.of("event", "project", "place", "corridor"), null))) {
            ids.add(r.id());
        }
        return ids;
    }

    @ParameterizedTest
    @ValueSource(strings = {"synthetic-projects.geojson", "synthetic-projects-xy.csv", "synthetic-projects-wkt.csv", "synthetic-projects.kml",
        "synthetic-projects.kmz", "synthetic-projects-gdal.kml", "synthetic-projects.gpkg"})
    void everyFormatGivesTheSameProjects(String file) {
        Story s = load(file);
        Layer l = s.layers().get(0);
        assertEquals(10, l.items(), l.summary());
        // The one problem is the undated project, said once for the layer, in every format.
        assertEquals(1, s.problems().size(), s.problems().toString());
        // ... and where it is, so that it can be found in the file (a new user's wish).
        assertTrue(s.problems().get(0).message().matches("1 of 10 features has no usable start date \\((line \\d+|[^)]+)\\); it is shown at every date"), s.problems().toString());
        for (Map.Entry<String, Expect> e : PROJECTS.entrySet()) {
            StoryItem it = s.get(l.name() + "/" + e.getKey());
            assertNotNull(it, file + " lacks " + e.getKey());
            Expect x = e.getValue();
            assertEquals(Kind.PROJECT, it.kind(), e.getKey());
            assertTrue(it.title().startsWith("Synthetic fixture: ") && it.title().endsWith("(made up)"), it.title());
            assertEquals(x.start(), it.start() == null ? null : it.start().iso(), file + " " + e.getKey() + " start");
            assertEquals(x.end(), it.end() == null ? null : it.end().iso(), file + " " + e.getKey() + " end");
            String geometry = x.geometry();
            // GDAL's CSV AS_XY leaves polygons without X/Y; its LIBKML driver writes a one-part MultiPolygon as a Polygon.
            if (file.endsWith("-xy.csv") && geometry.equals("MultiPolygon")) geometry = null;
            boolean libkml = file.equals("synthetic-projects.kml") || file.endsWith(".kmz");
            if (libkml && (e.getKey().equals("SF-004") || e.getKey().equals("SF-010"))) geometry = "Polygon";
            assertEquals(geometry, it.lonLat() == null ? null : it.lonLat().getGeometryType(), file + " " + e.getKey() + " geometry");
            assertEquals(SECTORS.get(e.getKey()), it.attributes().get("Sector.Name"), e.getKey());
        }
        // Precision is kept: a year is a year, a day a day.
        assertEquals(PartialDate.Precision.YEAR, s.get(l.name() + "/SF-002").start().precision());
        assertEquals(PartialDate.Precision.DAY, s.get(l.name() + "/SF-001").start().precision());
        if (!file.endsWith("-xy.csv")) {
            Geometry withHole = s.get(l.name() + "/SF-004").lonLat();
            assertEquals(1, ((Polygon) withHole.getGeometryN(0)).getNumInteriorRing(), file + ": SF-004 keeps its hole");
            assertEquals(3, s.get(l.name() + "/SF-006").lonLat().getNumGeometries(), file);
        }
        Geometry p = s.get(l.name() + "/SF-002").lonLat();
        assertEquals(23.69, p.getCoordinate().x, 1e-9);
        assertEquals(52.10, p.getCoordinate().y, 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"synthetic-projects.geojson", "synthetic-projects-xy.csv", "synthetic-projects-wkt.csv", "synthetic-projects.kml",
        "synthetic-projects.kmz", "synthetic-projects-gdal.kml", "synthetic-projects.gpkg"})
    void detectionPicksTheSameFields(String file) {
        Layer l = layer(file).layer();
        FieldMapping m = l.mapping();
        // KML carries the title as the Placemark's <name>; elsewhere it is the "Title" column.
        assertEquals(file.endsWith(".kml") || file.endsWith(".kmz") ? "name" : "Title", m.title(), m.describe());
        assertEquals(List.of("Actual.Implementation.Start.Date.(MM/DD/YYYY)", "Commitment.Year"), m.start(), m.describe());
        assertEquals(List.of("Actual.Completion.Date.(MM/DD/YYYY)"), m.end(), m.describe());
        assertEquals("Sector.Name", m.category());
        assertEquals("Project.ID", m.id());
        assertEquals(Kind.PROJECT, m.kind(), "a field named Project.* makes the rows projects");
        assertEquals(UserDates.Order.MDY, m.order(), "03/15/2013 settles month/day order");
        assertEquals(List.of("Industry", "Transport", "Housing", "Energy", "Water"), l.categories(), "categories by frequency, ties in order of appearance");
    }

    /** Hand-computed: projects run from their start on (to their end, if any); the undated one shows at every date. */
    @ParameterizedTest
    @ValueSource(strings = {"synthetic-projects.geojson", "synthetic-projects-xy.csv", "synthetic-projects-wkt.csv", "synthetic-projects.kml",
        "synthetic-projects.kmz", "synthetic-projects-gdal.kml", "synthetic-projects.gpkg"})
    void windowsGiveTheHandComputedItems(String file) {
        Story s = load(file);
        assertEquals(List.of("SF-009", "SF-002", "SF-001", "SF-003"), shown(s, "2015-06-01", "2015-06-01"));
        assertEquals(List.of("SF-009", "SF-008"), shown(s, "2012-01-01", "2012-12-31"));
        assertEquals(List.of("SF-009", "SF-002", "SF-003", "SF-005", "SF-006", "SF-007"), shown(s, "2019-01-01", "2019-12-31"));
        assertEquals(List.of("SF-009", "SF-008", "SF-002", "SF-001", "SF-003", "SF-004", "SF-005", "SF-006", "SF-007", "SF-010"),
                shown(s, "2010-01-01", "2030-12-31"));
    }

    /** The same through the command line, as a script would ask it. */
    @ParameterizedTest
    @ValueSource(strings = {"synthetic-projects.geojson", "synthetic-projects-xy.csv", "synthetic-projects-wkt.csv", "synthetic-projects.kml",
        "synthetic-projects.kmz", "synthetic-projects-gdal.kml", "synthetic-projects.gpkg"})
    void queryAnswersTheSame(String file) {
        var r = atlas.export.ExportCommandTest.run("query", "--no-story", "--data", DIR.resolve(file).toString(),
                "--from", "2019-01-01", "--to", "2019-12-31", "--kind", "project");
        assertEquals(3, r.code(), "exit 3: loaded, with the undated project said: " + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("warning: " + Formats.layerName(DIR.resolve(file)) + ": 1 of 10 features has no usable start date"), r.err());
        List<String> ids = new ArrayList<>();
        com.google.gson.JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("items")
                .forEach(e -> ids.add(e.getAsJsonObject().get("id").getAsString()));
        assertEquals(List.of("SF-009", "SF-002", "SF-003", "SF-005", "SF-006", "SF-007"), ids);
    }

    @Test
    void aWrongMappingSaysWhatIsWrong() {
        Path gpkg = DIR.resolve("synthetic-projects.gpkg");
        FieldMapping missing = new FieldMapping(null, List.of("Strat"), List.of(), null, null, null, null);
        Story s = Story.of(List.of(AtlasData.loadLayer(gpkg, missing, null)));
        assertTrue(s.problems().get(0).message().startsWith("the field mapping names 'Strat' (start), which this file does not have (its fields: Project.ID, Title, "),
                s.problems().toString());
        FieldMapping notDates = new FieldMapping(null, List.of("Title"), List.of(), null, null, null, null);
        s = Story.of(List.of(AtlasData.loadLayer(gpkg, notDates, null)));
        assertTrue(s.problems().stream().anyMatch(p -> p.toString().equals(
                gpkg + ": item 'SF-001': field 'Title': 'Synthetic fixture: Alpha industrial zone (made up)' is not a date")), s.problems().toString());
        var r = atlas.export.ExportCommandTest.run("query", "--no-story", "--data", gpkg.toString(), "--date", "2015-06-01", "--start-field", "Strat");
        assertEquals(3, r.code());
        assertTrue(r.err().startsWith("warning: " + gpkg + ": the field mapping names 'Strat' (start)"), r.err());
    }

    @Test
    void googleEarthKmlWithTimeStampsSpansAndFolders() {
        Story s = load("google-earth-style.kml");
        Layer l = s.layers().get(0);
        assertEquals(9, l.items(), l.summary());
        assertEquals("name", l.mapping().title(), l.mapping().describe());
        String n = l.name() + "/";
        record K(String start, PartialDate.Precision precision, String end, String geometry, String folder) {
        }
        Map<String, K> want = new LinkedHashMap<>();
        want.put("ge-year", new K("2015", PartialDate.Precision.YEAR, null, "Point", "Synthetic events / 2015"));
        want.put("ge-month", new K("2015-05", PartialDate.Precision.MONTH, null, "Point", "Synthetic events / 2015"));
        want.put("ge-day", new K("2015-05-17", PartialDate.Precision.DAY, null, "Point", "Synthetic events / 2015"));
        want.put("ge-datetime", new K("2016-03-01", PartialDate.Precision.DAY, null, "Point", "Synthetic events / 2016"));
        want.put("ge-dated-zone", new K("2016-04-02", PartialDate.Precision.DAY, null, "Point", "Synthetic events / 2016"));
        want.put("ge-span-days", new K("2014-06-01", PartialDate.Precision.DAY, "2016-09-30", "LineString", "Synthetic works"));
        want.put("ge-span-months", new K("2017-03", PartialDate.Precision.MONTH, "2018-11", "Polygon", "Synthetic works"));
        want.put("ge-open-end", new K("2019", PartialDate.Precision.YEAR, null, "GeometryCollection", "Synthetic works"));
        want.put("ge-no-time", new K(null, null, null, "Point", null));
        for (Map.Entry<String, K> e : want.entrySet()) {
            StoryItem it = s.get(n + e.getKey());
            assertNotNull(it, e.getKey());
            K k = e.getValue();
            assertEquals(Kind.EVENT, it.kind());
            assertEquals(k.start(), it.start() == null ? null : it.start().iso(), e.getKey());
            assertEquals(k.precision(), it.start() == null ? null : it.start().precision(), e.getKey());
            assertEquals(k.end(), it.end() == null ? null : it.end().iso(), e.getKey());
            assertEquals(k.geometry(), it.lonLat().getGeometryType(), e.getKey());
            assertEquals(k.folder(), it.attributes().get("folder"), e.getKey());
        }
        StoryItem month = s.get(n + "ge-month");
        assertEquals("Synthetic Office", month.attributes().get("Organiser"), "ExtendedData/Data/value");
        assertEquals("https://example.org/synthetic", month.attributes().get("Link"));
        assertEquals(23.685, month.lonLat().getCoordinate().x, 1e-9, "'lon, lat' with a space after the comma");
        assertEquals("<p>Known to the <b>year</b> only.</p>", s.get(n + "ge-year").attributes().get("description"), "CDATA kept as written");
        assertEquals(1, ((Polygon) s.get(n + "ge-span-months").lonLat()).getNumInteriorRing(), "innerBoundaryIs is a hole");
        assertEquals(1, s.problems().size(), s.problems().toString());
        assertTrue(s.problems().get(0).message().startsWith("1 of 9 features has no usable start date"), s.problems().toString());
        // Events cover their own span: a year, a month, a day, or begin to end.
        assertEquals(List.of("ge-no-time", "ge-span-days", "ge-year", "ge-month"), shown(s, "2015-05-20", "2015-05-20"));
        assertEquals(List.of("ge-no-time", "ge-span-days", "ge-datetime", "ge-dated-zone"), shown(s, "2016-01-01", "2016-12-31"));
        assertEquals(List.of("ge-no-time", "ge-span-months", "ge-open-end"), shown(s, "2018-06-01", "2019-06-30"));
    }

    @Test
    void aGeoPackageWithTwoTablesIsOneLayerWithDatesAndWebMercatorConverted() {
        Story s = load("synthetic-two-tables.gpkg");
        Layer l = s.layers().get(0);
        assertEquals(13, l.items(), l.summary());
        String n = l.name() + "/";
        StoryItem first = s.get(n + "milestones:1");
        assertNotNull(first, "ids are table:fid when a file has several tables");
        assertEquals("milestones", first.attributes().get("table"));
        assertEquals("2014-04-02", first.start().iso(), "a DATE column is read as its ISO text");
        assertEquals("2014-04-02T09:30:00Z", first.attributes().get("Logged").replace(".000Z", "Z"), "a DATETIME column as ISO text");
        assertEquals(List.of("Date", "Actual.Implementation.Start.Date.(MM/DD/YYYY)", "Commitment.Year"), l.mapping().start(), l.mapping().describe());
        StoryItem beta = s.get(n + "projects_mercator:2");
        assertEquals("projects_mercator", beta.attributes().get("table"));
        assertEquals("Synthetic fixture: Beta power line (made up)", beta.title());
        assertEquals(23.69, beta.lonLat().getCoordinate().x, 1e-7, "EPSG:3857 converted to lon/lat");
        assertEquals(52.10, beta.lonLat().getCoordinate().y, 1e-7);
        assertEquals("MultiPolygon", s.get(n + "projects_mercator:1").lonLat().getGeometryType());
    }

    @Test
    void aGeoPackageInAnotherCrsSaysSoOnceAndLoadsItsItemsWithoutPlaces() {
        Story s = load("synthetic-utm.gpkg");
        assertEquals(10, s.layers().get(0).items());
        long crs = s.problems().stream().filter(p -> p.message().contains("EPSG:32635")).count();
        assertEquals(1, crs, s.problems().toString());
        assertTrue(s.problems().stream().anyMatch(p -> p.message().contains("not longitude/latitude (EPSG:4326): its geometry is skipped")), s.problems().toString());
        for (StoryItem it : s.items()) assertNull(it.lonLat(), it.id());
    }
}
