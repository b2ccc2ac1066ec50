package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.story.AtlasData;
import atlas.story.Story;
import atlas.story.StoryItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malicious and broken files in the new formats: each is refused or read as far as it is sound, with
 * one message that names the file (and line or item) and says what is wrong, quickly, and the good
 * files beside it in the same folder still load.
 */
class HostileImportTest {
    @TempDir
    Path dir;

    static final String GOOD_KML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
            <Placemark id="good"><name>Synthetic good placemark</name><TimeStamp><when>2015-05-17</when></TimeStamp>
            <Point><coordinates>27.5,53.9</coordinates></Point></Placemark>
            </Document></kml>
            """;

    /** Loads the folder as one layer, in at most 20 seconds whatever the files hold. */
    Story loadFolder() {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Story.of(List.of(AtlasData.loadLayer(dir, null, null))));
    }

    static String problems(Story s) {
        return s.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    static Problem only(Story s, String file) {
        List<Problem> ps = s.problems().stream().filter(p -> p.file().endsWith(file)).toList();
        assertEquals(1, ps.size(), "one message for " + file + ":\n" + problems(s));
        return ps.get(0);
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void xxeIsRefusedAndTheSiblingLoads() throws IOException {
        write("a-good.kml", GOOD_KML);
        write("evil.kml", """
                <?xml version="1.0"?>
                <!DOCTYPE kml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <kml><Placemark><name>&xxe;</name><Point><coordinates>27,53</coordinates></Point></Placemark></kml>
                """);
        Story s = loadFolder();
        Problem p = only(s, "evil.kml");
        assertTrue(p.message().startsWith("refused: the file declares a DTD"), p.toString());
        assertFalse(problems(s).contains("root:"), "nothing of /etc/passwd reaches a message");
        assertNotNull(s.get(s.layers().get(0).name() + "/good"), "the sibling file still loads");
        assertEquals(1, s.items().size());
    }

    @Test
    void billionLaughsIsRefusedAtOnce() throws IOException {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) b.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        b.append("]>\n<kml><Placemark><name>&lol9;</name></Placemark></kml>\n");
        write("a-good.kml", GOOD_KML);
        write("laughs.kml", b.toString());
        Story s = loadFolder();
        assertTrue(only(s, "laughs.kml").message().startsWith("refused: the file declares a DTD"), problems(s));
        assertEquals(1, s.items().size());
    }

    @Test
    void malformedXmlKeepsThePlacemarksBeforeIt() throws IOException {
        write("broken.kml", GOOD_KML.replace("</Document></kml>", "<Placemark><name>oops</nam></Placemark></Document></kml>"));
        Story s = loadFolder();
        Problem p = only(s, "broken.kml");
        assertEquals(5, p.line(), p.toString());
        assertTrue(p.message().startsWith("malformed XML at line 5, column"), p.toString());
        assertTrue(p.message().endsWith("the 1 placemarks before it are kept"), p.toString());
        assertEquals(1, s.items().size());
    }

    @Test
    void aBadGeometryCostsOnlyItsPlacemarksPlace() throws IOException {
        write("geo.kml", GOOD_KML.replace("</Document></kml>", """
                <Placemark id="far"><name>Too far east</name><Point><coordinates>540,53</coordinates></Point></Placemark>
                <Placemark id="words"><name>Words</name><LineString><coordinates>east,north 1,2</coordinates></LineString></Placemark>
                <Placemark id="track"><name>A track</name><gx:Track xmlns:gx="http://www.google.com/kml/ext/2.2"><when>2015</when></gx:Track></Placemark>
                <Placemark id="after"><name>After</name><Point><coordinates>28,54</coordinates></Point></Placemark>
                </Document></kml>"""));
        Story s = loadFolder();
        String n = s.layers().get(0).name() + "/";
        assertEquals(5, s.items().size(), problems(s));
        assertNull(s.get(n + "far").lonLat());
        assertTrue(problems(s).contains("item 'far': geometry not used: longitude 540.0 is out of range"), problems(s));
        assertTrue(problems(s).contains("item 'words': geometry not used: coordinates: 'east' is not a number"), problems(s));
        assertTrue(problems(s).contains("item 'track': geometry not used: <gx:Track> is not read"), problems(s));
        assertNotNull(s.get(n + "after").lonLat(), "the placemark after them is whole");
    }

    @Test
    void zipSlipEntriesAreIgnoredAndTheDocumentIsRead() throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(dir.resolve("slip.kmz")))) {
            z.putNextEntry(new ZipEntry("../../evil.kml"));
            z.write(GOOD_KML.replace("good", "evil").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("/etc/cron.d/evil.kml"));
            z.write(GOOD_KML.replace("good", "evil2").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("doc.kml"));
            z.write(GOOD_KML.getBytes(StandardCharsets.UTF_8));
        }
        Story s = loadFolder();
        Problem p = only(s, "slip.kmz");
        assertEquals("2 entries are ignored: '../../evil.kml' and others climb out of the archive ('..') or are absolute paths", p.message());
        assertEquals(1, s.items().size());
        assertNotNull(s.get(s.layers().get(0).name() + "/good"));
        assertFalse(Files.exists(dir.resolveSibling("evil.kml")), "nothing is ever written out of an archive");
    }

    @Test
    void zipBombIsRefusedByItsRatioAndTheSiblingLoads() throws IOException {
        write("a-good.kml", GOOD_KML);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(dir.resolve("bomb.kmz")))) {
            z.putNextEntry(new ZipEntry("doc.kml"));
            z.write(GOOD_KML.replace("good", "first").replace("</Document></kml>", "").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) z.write(spaces); // 64 MB of spaces: about 64 KB compressed
            z.write("</Document></kml>".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(dir.resolve("bomb.kmz")) < 1 << 20);
        Story s = loadFolder();
        Problem p = only(s, "bomb.kmz!/doc.kml");
        assertTrue(p.message().startsWith("refused: 'doc.kml' expands more than 200 times its compressed size (a zip bomb?)"), p.toString());
        assertTrue(p.message().endsWith("the 1 placemarks before it are kept"), p.toString());
        assertEquals(2, s.items().size(), "the sibling and the placemark before the refusal");
    }

    @Test
    void tooManyEntriesIsRefused() throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(dir.resolve("many.kmz")))) {
            z.putNextEntry(new ZipEntry("doc.kml"));
            z.write(GOOD_KML.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < ZipLimits.MAX_ENTRIES; i++) z.putNextEntry(new ZipEntry("icons/" + i + ".png"));
        }
        write("b-good.kml", GOOD_KML.replace("good", "sibling"));
        Story s = loadFolder();
        assertEquals("refused: the archive lists 10001 entries, more than 10000 (a zip bomb?)", only(s, "many.kmz").message());
        assertEquals(1, s.items().size());
    }

    @Test
    void aKmzThatIsNotAZipSaysSo() throws IOException {
        write("fake.kmz", GOOD_KML);
        Story s = loadFolder();
        assertTrue(only(s, "fake.kmz").message().startsWith("not a KMZ: the file is not a zip archive"), problems(s));
    }

    @Test
    void utf16CsvGetsOneMessageAndTheSiblingLoads() throws IOException {
        String csv = "title,date,lon,lat\nSynthetic row,2015-05-17,27.5,53.9\n";
        write("a-good.csv", csv);
        byte[] utf16 = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16LE);
        Files.write(dir.resolve("wide.csv"), utf16);
        Files.write(dir.resolve("wide-no-bom.csv"), csv.getBytes(StandardCharsets.UTF_16BE));
        Story s = loadFolder();
        assertEquals("the file is UTF-16 text: save it as UTF-8 (in Excel: CSV UTF-8) and open it again", only(s, "wide.csv").message());
        assertEquals("the file looks like UTF-16 text (every other byte is zero): save it as UTF-8 and open it again", only(s, "wide-no-bom.csv").message());
        assertEquals(1, s.items().size());
        assertEquals("2015-05-17", s.items().get(0).start().iso());
    }

    @Test
    void aLineOverOneMegabyteIsSkippedAndTheRowsAfterItLoad() throws IOException {
        String huge = "x".repeat(CsvRowGuard.MAX_ROW_CHARS + 10);
        write("long.csv", "title,date,lon,lat\nbefore,2015,27,53\n" + huge + ",2016,27,53\nafter,2017,27,53\n");
        Story s = loadFolder();
        Problem p = only(s, "long.csv");
        assertEquals(3, p.line(), p.toString());
        assertTrue(p.message().startsWith("the row is longer than 1 MB (1048576 characters; an unclosed quote?)"), p.toString());
        assertTrue(p.toString().length() < 300, "the message does not quote the line");
        assertEquals(List.of("before", "after"), s.items().stream().map(StoryItem::title).toList());
    }

    @Test
    void anUnclosedQuoteCannotSwallowTheFile() throws IOException {
        StringBuilder b = new StringBuilder("title,date,lon,lat\nbefore,2015,27,53\n\"unclosed,2016,27,53\n");
        String line = "filler text that sits inside the open quote,2016,27,53\n";
        while (b.length() < 3 * CsvRowGuard.MAX_ROW_CHARS) b.append(line);
        write("quote.csv", b.toString());
        Story s = loadFolder();
        Problem p = only(s, "quote.csv");
        assertEquals(3, p.line(), p.toString());
        assertTrue(p.message().contains("longer than 1 MB"), p.toString());
        assertEquals("before", s.items().get(0).title());
        assertTrue(s.items().size() > 1_000, "reading went on after the cut: " + s.items().size());
    }

    @Test
    void mismatchedColumnCountsAreSaidOnceEach() throws IOException {
        write("ragged.csv", """
                title,date,lon,lat,note
                full,2015,27,53,fine
                short,2016,27,53
                too many,2017,27,53,a,b
                also too many,2018,27,53,a,b,c
                end,2019,28,54,fine
                """);
        Story s = loadFolder();
        List<Problem> ps = s.problems();
        assertEquals(2, ps.size(), problems(s));
        assertTrue(problems(s).contains("ragged.csv:4: 2 rows have more fields than the header's 5 (first on this line, with 6; a delimiter inside an unquoted value?); they are skipped"), problems(s));
        assertTrue(problems(s).contains("ragged.csv:3: a row has fewer fields than the header's 5 (first on this line); the missing fields are read as empty"), problems(s));
        assertEquals(List.of("full", "short", "end"), s.items().stream().map(StoryItem::title).toList());
    }

    @Test
    void csvQuotedNewlinesBomSemicolonsAndLineNumbers() throws IOException {
        Files.write(dir.resolve("excel.csv"), ("\uFEFFName;Start;Latitude;Longitude\n"
                + "\"Synthetic; two\nlines\";2015-05;53,9;27,5\n"
                + "Synthetic plain;2016;53.9;27.5\n").getBytes(StandardCharsets.UTF_8));
        Story s = loadFolder();
        String n = s.layers().get(0).name() + "/";
        assertEquals("Synthetic; two\nlines", s.get(n + "1").title(), "a quoted field keeps its delimiter and newline");
        assertEquals("Name", s.layers().get(0).mapping().title(), "the byte-order mark is not part of the first column's name");
        assertNull(s.get(n + "1").lonLat());
        Problem p = only(s, "excel.csv");
        assertEquals(2, p.line());
        assertTrue(p.message().contains("write decimals with a point"), p.toString());
        StoryItem plain = s.get(n + "2");
        assertEquals(4, plain.line(), "the row after a two-line row starts on line 4");
        assertEquals(27.5, plain.lonLat().getCoordinate().x, 1e-9, "Longitude is x even when it comes after Latitude");
    }

    @Test
    void projectedCsvCoordinatesAreSaidOnce() throws IOException {
        write("metres.csv", "title,date,x,y\na,2015,3012345.6,6789012.3\nb,2016,3012346.6,6789013.3\nc,2017,3012347.6,6789014.3\n");
        Story s = loadFolder();
        Problem p = only(s, "metres.csv");
        assertTrue(p.message().startsWith("positions are not longitude/latitude (the first position is (3012345.6, 6789012.3): a projected coordinate system?)"), p.toString());
        assertEquals(3, s.items().size());
        for (StoryItem it : s.items()) assertNull(it.lonLat());
    }

    @Test
    void aCsvWktColumnIsFoundByItsValues() throws IOException {
        write("shapes.csv", "title,date,shape_text\na,2015,\"LINESTRING (27 53, 28 54)\"\nb,2016,SRID=4326;POINT (27.5 53.9)\nc,2017,POLYGON ((bad))\n");
        Story s = loadFolder();
        String n = s.layers().get(0).name() + "/";
        assertEquals("LineString", s.get(n + "1").lonLat().getGeometryType());
        assertEquals("Point", s.get(n + "2").lonLat().getGeometryType());
        assertNull(s.get(n + "3").lonLat());
        assertTrue(only(s, "shapes.csv").message().startsWith("geometry not used: WKT not understood"), problems(s));
    }

    @Test
    void aGeoPackageThatIsNotSqliteGetsOneMessage() throws IOException {
        write("text.gpkg", "just some text, not a database\n");
        Files.write(dir.resolve("empty.gpkg"), new byte[0]);
        Story s = loadFolder();
        assertEquals("not a GeoPackage: the file is not an SQLite database", only(s, "text.gpkg").message());
        assertEquals("not a GeoPackage: the file is empty", only(s, "empty.gpkg").message());
    }

    @Test
    void aCorruptGeometryBlobCostsOnlyThatFeaturesPlace() throws Exception {
        Path gpkg = Files.copy(ImportFixturesTest.DIR.resolve("synthetic-projects.gpkg"), dir.resolve("corrupt.gpkg"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement st = c.createStatement()) {
            dropTriggers(st); // GDAL's spatial-index triggers call functions plain SQLite lacks
            st.executeUpdate("UPDATE synthetic_projects SET geom = X'4750000100000000DEADBEEF' WHERE \"Project.ID\" = 'SF-003'");
            st.executeUpdate("UPDATE synthetic_projects SET geom = X'0102030405' WHERE \"Project.ID\" = 'SF-007'");
        }
        Story s = loadFolder();
        String n = s.layers().get(0).name() + "/";
        assertEquals(10, s.items().size());
        assertNull(s.get(n + "SF-003").lonLat());
        assertNull(s.get(n + "SF-007").lonLat());
        assertNotNull(s.get(n + "SF-002").lonLat());
        assertTrue(problems(s).contains("item 'SF-003': geometry not used: the geometry of table 'synthetic_projects', row 3 cannot be decoded"), problems(s));
        assertTrue(problems(s).contains("item 'SF-007': geometry not used: the geometry of table 'synthetic_projects', row 7 is not GeoPackage binary"), problems(s));
    }

    static void dropTriggers(Statement st) throws java.sql.SQLException {
        List<String> triggers = new java.util.ArrayList<>();
        try (var rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger'")) {
            while (rs.next()) triggers.add(rs.getString(1));
        }
        for (String t : triggers) st.executeUpdate("DROP TRIGGER " + GpkgReader.quote(t));
    }

    @Test
    void tableAndColumnNamesAreAlwaysQuoted() throws Exception {
        Path gpkg = Files.copy(ImportFixturesTest.DIR.resolve("synthetic-projects.gpkg"), dir.resolve("names.gpkg"));
        String evil = "p\"; DROP TABLE gpkg_contents; --";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement st = c.createStatement()) {
            dropTriggers(st);
            st.executeUpdate("ALTER TABLE synthetic_projects RENAME TO " + GpkgReader.quote(evil));
            for (String t : new String[] {"gpkg_contents", "gpkg_geometry_columns"}) {
                st.executeUpdate("UPDATE " + t + " SET table_name = '" + evil.replace("'", "''") + "' WHERE table_name = 'synthetic_projects'");
            }
            st.executeUpdate("ALTER TABLE " + GpkgReader.quote(evil) + " RENAME COLUMN \"Sector.Name\" TO \"Sector\"\"Name; --\"");
        }
        Story s = loadFolder();
        assertEquals(10, s.items().size(), problems(s));
        StoryItem it = s.get(s.layers().get(0).name() + "/SF-001");
        assertEquals(evil, it.attributes().get("table"));
        assertEquals("Industry", it.attributes().get("Sector\"Name; --"));
    }

    @Test
    void aMissingFileInsideAFormatReaderIsOneProblem() {
        for (String name : new String[] {"gone.csv", "gone.kml", "gone.kmz", "gone.gpkg"}) {
            List<Problem> problems = new java.util.ArrayList<>();
            Formats.readerFor(name).read(DataSource.of(dir.resolve(name)), f -> {
            }, problems);
            assertEquals(1, problems.size(), name + ": " + problems);
        }
    }
}
