package atlas.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A GeoPackage row's texts read packed in one {@code json_array} equal the texts read a column at a time. */
class PackedTextsTest {

    @Test
    void arraysAsSqliteWritesThem() throws SQLException {
        PackedTexts p = new PackedTexts();
        String[] out = new String[6];
        assertEquals(0, p.read(bytes("[]"), out, 0));
        assertEquals(3, p.read(bytes("[null,\"a\",\"\"]"), out, 1));
        assertArrayEquals(new String[] {null, null, "a", "", null, null}, out);
        assertEquals(2, p.read(bytes("[\"q\\\"b\\\\s\\/\\b\\f\\n\\r\\t\",\"\\u0000\\u001f\\u00e9\\ud83d\\ude00\\u0416 Минск\"]"), out, 0));
        assertEquals("q\"b\\s/\b\f\n\r\t", out[0]);
        assertEquals("\0\u001fé😀Ж Минск", out[1]);
        for (String bad : new String[] {"", "[", "[\"a\"", "[\"a\",]", "[1]", "[nul]", "[\"\\x\"]", "[\"\\u00g0\"]", "{\"a\":1}", "[\"a\"\"b\"]"}) {
            assertThrows(SQLException.class, () -> p.read(bytes(bad), new String[4], 0), bad);
        }
    }

    /**
     * Every storage class in every kind of column: integers, reals that print awkwardly, texts with quotes, controls,
     * NUL and bytes that are not UTF-8, BLOBs in text columns, BOOLEANs, 150 more columns (two arrays), a
     * Web Mercator table; read whole and in key ranges, packed and not: the same features and the same messages.
     */
    @Test
    void packedEqualsAColumnAtATime(@TempDir Path dir) throws Exception {
        Path gpkg = Files.copy(ImportFixturesTest.DIR.resolve("synthetic-projects.gpkg"), dir.resolve("awkward.gpkg"));
        String[] values = {"NULL", "0", "-0.0", "1e20", "0.1", "1.0/3", "9223372036854775807", "-1.5e-300", "''", "'say \"hi\" \\ back'",
            "'line' || char(10) || 'two' || char(9) || char(1)", "'nul' || char(0) || 'after'", "'😀 Ж Минск 北京'", "CAST(x'ff41c3' AS TEXT)",
            "x'41ff00'", "x''", "'2023-12-04'", "'2011-03-01T10:00:00Z'", "12345678901234567890", "4.0"};
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement st = c.createStatement()) {
            HostileImportTest.dropTriggers(st);
            String[] types = {"INTEGER", "REAL", "TEXT", "DATE", "DATETIME", "BOOLEAN", "BLOB", "", "TEXT(20)", "MEDIUMINT"};
            StringBuilder cols = new StringBuilder();
            for (int k = 0; k < 160; k++) {
                String type = types[k % types.length];
                st.executeUpdate("ALTER TABLE synthetic_projects ADD COLUMN \"c" + k + "\" " + type);
                cols.append(", \"c").append(k).append('"');
            }
            st.executeUpdate("INSERT INTO synthetic_projects (fid, geom, \"Project.ID\", \"Title\"" + cols + ")"
                    + " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2600)"
                    + " SELECT 100 + i, (SELECT geom FROM synthetic_projects WHERE fid = 1 + i % 10), 'R' || i, 'Row ' || i"
                    + cols.toString().replaceAll(", \"c(\\d+)\"", ", CASE (i + $1) % " + values.length + java.util.regex.Matcher.quoteReplacement(caseArms(values)) + " END")
                    + " FROM n");
        }
        assertSame(gpkg, 2);
        List<String> packed = rows(new GpkgReader(true), gpkg, new ArrayList<>());
        assertTrue(packed.size() > 2_600 && packed.stream().anyMatch(r -> r.contains("nul\0after")) && packed.stream().anyMatch(r -> r.contains("\uFFFDA"))
                && packed.stream().anyMatch(r -> r.contains("say \"hi\" \\ back")), "the awkward texts are there");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE gpkg_geometry_columns SET srs_id = 3857");
            st.executeUpdate("INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition)"
                    + " VALUES ('WGS 84 / Pseudo-Mercator', 3857, 'EPSG', 3857, 'undefined')");
        }
        assertSame(gpkg, 2);
    }

    /**
     * From a review: an index that covers the selected columns must not change the rows' order (the packed query once
     * left the BLOBs out, and SQLite then scanned the index); a table WITHOUT ROWID so indexed is read in key order
     * whole as in ranges; a view giving a JSON value (json_array embeds it, not a string) and the rest of its table
     * are read a column at a time, every row once.
     */
    @Test
    void indexesViewsAndJsonValuesReadAsAColumnAtATime(@TempDir Path dir) throws Exception {
        Path gpkg = dir.resolve("made.gpkg");
        String rows = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500) ";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT, srs_id INTEGER)");
            st.executeUpdate("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,"
                    + " srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL)");
            st.executeUpdate("CREATE TABLE photos (fid INTEGER PRIMARY KEY, name TEXT, photo BLOB)");
            st.executeUpdate("CREATE INDEX photos_name ON photos (name)");
            st.executeUpdate(rows + "INSERT INTO photos SELECT i, printf('%05d', 3000 - i), x'ffd8' FROM n");
            st.executeUpdate("CREATE TABLE keyed (fid INTEGER PRIMARY KEY, name TEXT, kind TEXT) WITHOUT ROWID");
            st.executeUpdate("CREATE INDEX keyed_name ON keyed (name, kind)");
            st.executeUpdate(rows + "INSERT INTO keyed SELECT i, printf('%05d', 3000 - i), 'k' FROM n");
            st.executeUpdate("CREATE TABLE base (fid INTEGER PRIMARY KEY, a TEXT, g TEXT GENERATED ALWAYS AS (json_array(a)) VIRTUAL)");
            st.executeUpdate(rows + "INSERT INTO base (fid, a) SELECT i, 'a' || i FROM n");
            st.executeUpdate("CREATE VIEW v AS SELECT fid, a, g FROM base");
        }
        for (String t : new String[] {"photos", "keyed", "v"}) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM gpkg_contents");
                st.executeUpdate("INSERT INTO gpkg_contents VALUES ('" + t + "', 'features', '" + t + "', 4326)");
            }
            List<Problem> problems = new ArrayList<>();
            List<String> packed = rows(new GpkgReader(true), gpkg, problems), plain = rows(new GpkgReader(false), gpkg, new ArrayList<>());
            assertEquals(List.of(), problems, t);
            assertEquals(2_500, packed.size(), t);
            assertEquals(plain, packed, t);
            assertTrue(packed.get(0).startsWith("0|1|") && packed.get(2_499).startsWith("2499|2500|"), t + ": rows in key order: " + packed.get(0));
            if (t.equals("v")) assertTrue(packed.get(6).contains("|g=String:[\"a7\"]"), packed.get(6));
            if (t.equals("keyed")) assertSame(gpkg, 2);
        }
    }

    private static String caseArms(String[] values) {
        StringBuilder b = new StringBuilder();
        for (int v = 0; v < values.length; v++) b.append(" WHEN ").append(v).append(" THEN ").append(values[v]);
        return b.toString();
    }

    /** Packed and a column at a time give the same rows and messages, whole and in {@code parts} ranges of the key. */
    private static void assertSame(Path gpkg, int parts) throws InterruptedException {
        List<Problem> packedProblems = new ArrayList<>(), plainProblems = new ArrayList<>();
        List<String> packed = rows(new GpkgReader(true), gpkg, packedProblems), plain = rows(new GpkgReader(false), gpkg, plainProblems);
        assertTrue(plain.size() >= 2_500, "rows read: " + plain.size());
        assertEquals(plain, packed);
        assertEquals(plainProblems, packedProblems);

        Pieces packedPieces = GpkgReader.pieces(DataSource.of(gpkg), parts, 0, true), plainPieces = GpkgReader.pieces(DataSource.of(gpkg), parts, 0, false);
        assertNotNull(packedPieces, "read in ranges");
        List<String> inRanges = new ArrayList<>(), plainRanges = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            assertTrue(packedPieces.piece(p).read(f -> inRanges.add(row(f)), new ArrayList<>()));
            assertTrue(plainPieces.piece(p).read(f -> plainRanges.add(row(f)), new ArrayList<>()));
        }
        assertEquals(plain, plainRanges);
        assertEquals(plain, inRanges);
    }

    private static List<String> rows(GpkgReader reader, Path gpkg, List<Problem> problems) {
        List<String> out = new ArrayList<>();
        reader.read(DataSource.of(gpkg), f -> out.add(row(f)), problems);
        return out;
    }

    /** Everything a feature carries, its values with their types. */
    private static String row(RawFeature f) {
        StringBuilder b = new StringBuilder().append(f.index).append('|').append(f.id).append('|').append(f.hasPoint).append(' ')
                .append(f.lon).append(' ').append(f.lat).append('|').append(f.geometry).append('|').append(f.geometryProblem);
        for (int i = 0; i < f.size(); i++) {
            Object v = f.value(i);
            b.append('|').append(f.key(i)).append('=').append(v == null ? "null" : v.getClass().getSimpleName() + ":" + v);
        }
        return b.toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
