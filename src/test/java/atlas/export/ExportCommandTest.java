package atlas.export;

import atlas.cli.CommandLineTest.Run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code query --format … --out …} run as a user runs it (in-process, as CommandLineTest does), with the
 * files read back; and the GeoPackage export's tables and column types checked with sqlite-jdbc.
 */
public class ExportCommandTest {
    static final Path PROJECTS = Path.of("src/test/resources/import/synthetic-projects-xy.csv");
    static final Path KML = Path.of("src/test/resources/import/google-earth-style.kml");

    @TempDir
    Path dir;

    /** What a command printed and returned. */
    /** Runs the command line in this JVM, capturing its output (see {@link atlas.cli.CommandLineTest#run}). */
    public static Run run(String... args) {
        return atlas.cli.CommandLineTest.run(args);
    }

    /** Projects overlapping 2013–2016, by hand: those starting by 2016 and not ended before 2013, and the undated one; in date order. */
    static final List<String> PROJECTS_2013_2016 = List.of("SF-009", "SF-008", "SF-002", "SF-001", "SF-003", "SF-004", "SF-005");

    @Test
    void csvToStandardOutput() throws Exception {
        Run r = run("query", "--no-story", "--data", PROJECTS.toString(), "--from", "2013-01-01", "--to", "2016-12-31", "--format", "csv");
        assertEquals(3, r.code(), "done, but one item had no date: " + r.err());
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(r.out())).getRecords();
        assertArrayEquals(ExportRow.CSV_COLUMNS, rows.get(0).values());
        List<String> ids = new ArrayList<>();
        for (CSVRecord row : rows.subList(1, rows.size())) ids.add(row.get(0));
        assertEquals(PROJECTS_2013_2016.stream().map(id -> "synthetic-projects-xy/" + id).toList(), ids);
        CSVRecord beta = rows.get(3);
        assertEquals(List.of("synthetic-projects-xy/SF-002", "synthetic-projects-xy", "project", "Synthetic fixture: Beta power line (made up)", "2013", "",
                "Energy", "23.69", "52.1"), beta.toList().subList(0, 9));
        assertEquals(List.of("2013-01-01", "", "year"), beta.toList().subList(10, 13), "start_date, end_date (ongoing: empty), date_precision");
        assertTrue(beta.get(9).startsWith("synthetic-projects-xy.csv (layer synthetic-projects-xy) (line 3)"), beta.get(9));
    }

    @Test
    void geojsonToAFileReopensWithTheSameAnswer() throws Exception {
        Path out = dir.resolve("window.geojson");
        Run r = run("query", "--no-story", "--data", KML.toString(), "--date", "2015-05-20", "--format", "geojson", "--out", out.toString());
        assertEquals(3, r.code(), r.err());
        // The window's rule on a day: what exists then, and the events of the 12 months before (ge-day, three days before).
        assertTrue(r.err().contains("wrote 5 items to " + out), r.err());
        JsonObject fc = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
        List<String> ids = new ArrayList<>();
        for (JsonElement f : fc.getAsJsonArray("features")) ids.add(f.getAsJsonObject().get("id").getAsString());
        assertEquals(List.of("google-earth-style/ge-span-days", "google-earth-style/ge-year", "google-earth-style/ge-month", "google-earth-style/ge-day",
                "google-earth-style/ge-no-time"), ids);
        JsonObject month = fc.getAsJsonArray("features").get(2).getAsJsonObject().getAsJsonObject("properties");
        assertEquals("2015-05", month.get("start").getAsString());
        assertEquals("Synthetic Office", month.getAsJsonObject("attributes").get("Organiser").getAsString());
        assertEquals("google-earth-style", month.get("layer").getAsString());

        Run again = run("query", "--no-story", "--data", out.toString(), "--date", "2015-05-20", "--kind", "event");
        assertEquals(0, again.code(), "the export reopens with no problem: " + again.err());
        JsonArray items = JsonParser.parseString(again.out()).getAsJsonObject().getAsJsonArray("items");
        List<String> back = new ArrayList<>();
        for (JsonElement e : items) back.add(e.getAsJsonObject().get("id").getAsString());
        assertEquals(ids, back);
    }

    @Test
    void jsonToAFileIsTheAnswerItself() throws Exception {
        Path out = dir.resolve("answer.json");
        Run r = run("query", "--no-story", "--data", KML.toString(), "--date", "2015-05-20", "--kind", "event", "--out", out.toString());
        assertEquals(3, r.code(), r.err());
        assertEquals("", r.out());
        JsonObject o = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
        assertEquals(5, o.getAsJsonArray("items").size());
    }

    @Test
    void theGeoPackageExportHasRealDateColumns() throws Exception {
        Path out = dir.resolve("items.gpkg");
        Run r = run("query", "--data", KML.toString(), "--from", "1990-01-01", "--to", "2030-12-31", "--format", "gpkg", "--out", out.toString());
        assertEquals(3, r.code(), r.err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA application_id")) {
                assertEquals(0x47504B47, rs.getInt(1), "'GPKG'");
            }
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                assertEquals(10300, rs.getInt(1));
            }
            Map<String, String> types = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("PRAGMA table_info(" + GpkgExport.TABLE + ")")) {
                while (rs.next()) types.put(rs.getString("name"), rs.getString("type"));
            }
            assertEquals("GEOMETRY", types.get("geom"));
            assertEquals("DATE", types.get("start_date"));
            assertEquals("DATE", types.get("end_date"));
            assertEquals("TEXT", types.get("date_precision"));
            assertEquals(List.of("fid", "geom", "id", "layer", "kind", "title", "start", "end", "category", "start_date", "end_date", "date_precision", "sources"),
                    new ArrayList<>(types.keySet()));
            try (ResultSet rs = st.executeQuery("SELECT data_type, srs_id, min_x, max_y FROM gpkg_contents WHERE table_name = '" + GpkgExport.TABLE + "'")) {
                assertTrue(rs.next());
                assertEquals("features", rs.getString(1));
                assertEquals(4326, rs.getInt(2));
                assertTrue(rs.getDouble(3) < 27 && rs.getDouble(4) > 53, "bounds cover the items");
            }
            try (ResultSet rs = st.executeQuery("SELECT column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns")) {
                assertTrue(rs.next());
                assertEquals(List.of("geom", "GEOMETRY", "4326"), List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
            // First and last day each partial date covers, as ISO text in DATE columns.
            Map<String, List<String>> want = Map.of(
                    "google-earth-style/ge-year", List.of("2015-01-01", "2015-12-31", "year"),
                    "google-earth-style/ge-month", List.of("2015-05-01", "2015-05-31", "month"),
                    "google-earth-style/ge-span-months", List.of("2017-03-01", "2018-11-30", "month"),
                    "great-stone", List.of("2011-09-18", "null", "day"));
            for (Map.Entry<String, List<String>> e : want.entrySet()) {
                try (ResultSet rs = st.executeQuery("SELECT start_date, end_date, date_precision, typeof(start_date) FROM " + GpkgExport.TABLE
                        + " WHERE id = '" + e.getKey() + "'")) {
                    assertTrue(rs.next(), e.getKey());
                    assertEquals(e.getValue(), List.of(rs.getString(1), String.valueOf(rs.getString(2)), rs.getString(3)), e.getKey());
                    assertEquals("text", rs.getString(4));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(geom) FROM " + GpkgExport.TABLE)) {
                assertTrue(rs.getInt(1) > 60 && rs.getInt(2) > 30, rs.getInt(1) + " rows, " + rs.getInt(2) + " with geometry");
            }
        }
        assertFalse(Files.list(dir).anyMatch(p -> !p.equals(out)), "no temporary file left beside it");
    }

    @Test
    void aGeoPackageNeedsAFileAndAFormatMustBeKnown() {
        Run r = run("query", "--no-story", "--data", KML.toString(), "--format", "gpkg");
        assertEquals(2, r.code());
        assertEquals("error: --format gpkg writes a database file: give --out FILE.gpkg", r.err().trim());
        r = run("query", "--no-story", "--data", KML.toString(), "--format", "xml");
        assertEquals(2, r.code());
        assertEquals("error: --format must be json, geojson, csv or gpkg, not 'xml'", r.err().trim());
    }

    @Test
    void outNeverOverwritesInputData() throws Exception {
        Path data = Files.copy(PROJECTS, dir.resolve("mine.csv"));
        byte[] before = Files.readAllBytes(data);
        Run r = run("query", "--no-story", "--data", data.toString(), "--format", "csv", "--out", data.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: --out " + data + " is --data " + data + ": refusing to overwrite input data"), r.err());
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), data);
        r = run("query", "--no-story", "--data", dir.toString(), "--format", "csv", "--out", link.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("is inside --data " + dir + ": refusing to overwrite input data"), r.err());
        assertArrayEquals(before, Files.readAllBytes(data), "the data file is untouched");
    }

    @Test
    void anUnwritableOutSaysWhyWithoutTheTemporaryName() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Run r = run("query", "--no-story", "--data", KML.toString(), "--format", "csv", "--out", file.resolve("out.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("\nerror: cannot write --out " + file.resolve("out.csv") + ": '" + file + "' is a file, not a folder\n"), r.err());
        assertFalse(r.err().contains(".tmp"), r.err());
    }
}
