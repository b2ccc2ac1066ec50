package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.DataSource;
import atlas.io.GeoJsonChunks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large file read by several threads in pieces gives exactly what one sequential read gives, messages included. */
class ParallelReadTest {
    @AfterEach
    void restore() {
        LayerLoader.splitAbove = GeoJsonChunks.MIN_SPLIT_BYTES;
    }

    private static LayerData load(Path f, long splitAbove) {
        LayerLoader.splitAbove = splitAbove;
        return LayerLoader.load("t", List.of(DataSource.of(f)), null, null);
    }

    private static void assertSame(LayerData a, LayerData b) {
        assertEquals(a.layer().items(), b.layer().items());
        assertEquals(a.layer().features(), b.layer().features());
        assertEquals(a.layer().problems(), b.layer().problems(), "the same messages, with the same lines");
        assertEquals(a.layer().categories(), b.layer().categories());
        ItemStore sa = ItemStore.of(List.of(a)), sb = ItemStore.of(List.of(b));
        for (int r = 0; r < sa.size(); r++) {
            assertEquals(sa.key(r), sb.key(r));
            assertEquals(sa.startPacked(r), sb.startPacked(r));
            assertEquals(sa.line(r), sb.line(r));
            assertEquals(sa.x(r), sb.x(r));
            assertEquals(sa.categoryId(r), sb.categoryId(r));
            assertEquals(sa.item(r), sb.item(r));
        }
    }

    @Test
    void storyFormatInPiecesEqualsOneRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.geojson");
        Synthetic.write(f, 20_000, 9);
        assertTrue(GeoJsonChunks.split(f, "s", 3, 0).size() >= 2, "the file is split");
        assertSame(load(f, Long.MAX_VALUE), load(f, 0));
    }

    @Test
    void otherDataWithProblemsInPiecesEqualsOneRead(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"name\":\"x [with] {brackets} \\\"features\\\"\",\"features\":[\n");
        for (int i = 0; i < 5_000; i++) {
            if (i > 0) b.append(",\n");
            String date = i % 97 == 0 ? "2019-02-30" : (1995 + i % 30) + "-0" + (1 + i % 9);
            b.append("{\"type\":\"Feature\",\"properties\":{\"name\":\"Site ").append(i).append(" \\\"q\\\" {x}\",\"date\":\"").append(date)
                    .append("\",\"type\":\"T").append(i % 17).append("\"},\"geometry\":")
                    .append(i % 101 == 0 ? "{\"type\":\"Point\",\"coordinates\":[\"27\",\"53\"]}" : "{\"type\":\"Point\",\"coordinates\":[" + (20 + i % 40) + "," + (40 + i % 20) + "]}")
                    .append("}");
        }
        b.append("\n]}\n");
        Path f = dir.resolve("o.geojson");
        Files.writeString(f, b);
        assertSame(load(f, Long.MAX_VALUE), load(f, 0));
    }

    /** Story features with texts that look like structure, around a piece boundary; {@code tail} closes the file. */
    private static String story(int n, String tail, int broken) {
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(",\n");
            b.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[").append(20 + i % 40).append(",").append(40 + i % 20)
                    .append("]},\"properties\":{\"id\":\"x").append(i).append("\",\"kind\":\"event\",\"title\":\"")
                    .append(i % 3 == 0 ? "looks like \\\"}]},\\n{\\\"type\\\":\\\"Feature\\\" " : "plain ").append(i)
                    .append("\",\"start\":\"").append(1995 + i % 30).append("\",\"category\":\"diplomacy\",\"sources\":[{\"title\":\"s\",\"url\":\"\"}]}}");
            if (i == broken) b.append(" \"stray\": 1");
        }
        return b.append(tail).toString();
    }

    @Test
    void piecesFoundWhileReadingEqualOneRead(@TempDir Path dir) throws Exception {
        // The usual end, members after the features (the scan then goes on to the end), and no split at all.
        String[] tails = {"\n]}\n", "\n],\"bbox\":[20,40,60,60]}", "\n],\"extra\":[{\"a\":{\"b\":1}}]}"};
        for (String tail : tails) {
            Path f = dir.resolve("t" + tail.length() + ".geojson");
            Files.writeString(f, story(6_000, tail, -1));
            assertTrue(GeoJsonChunks.streaming(f, "t", 2, 0) != null, "the file is split");
            LayerData one = load(f, Long.MAX_VALUE), pieces = load(f, 0);
            assertEquals(6_000, one.layer().items());
            assertSame(one, pieces);
        }
    }

    @Test
    void aFaultInALaterPieceGivesTheMessagesOfOneRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.geojson");
        Files.writeString(f, story(6_000, "\n]}\n", 5_000));
        LayerData one = load(f, Long.MAX_VALUE), pieces = load(f, 0);
        assertTrue(one.layer().problems().stream().anyMatch(p -> p.line() > 0), one.layer().problems().toString());
        assertSame(one, pieces);
        // A NUL byte late in the file, and a file cut short.
        byte[] bytes = Files.readAllBytes(dir.resolve("broken.geojson"));
        Path nul = dir.resolve("nul.geojson");
        byte[] withNul = bytes.clone();
        withNul[withNul.length - 500] = 0;
        Files.write(nul, withNul);
        assertSame(load(nul, Long.MAX_VALUE), load(nul, 0));
        Path cut = dir.resolve("cut.geojson");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 700));
        assertSame(load(cut, Long.MAX_VALUE), load(cut, 0));
    }

    /**
     * A CSV read on another thread while this one makes its rows (the pipe) gives what a direct read gives:
     * the reader's messages (rows too long, too short, cut) and the schema's (bad dates) in the same order.
     */
    @Test
    void aPipedCsvEqualsADirectRead(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder("id,name,date,lon,lat,type\n");
        for (int i = 0; i < 3_000; i++) {
            String date = i % 89 == 0 ? "2019-02-30" : i % 2 == 0 ? (1995 + i % 30) + "/0" + (1 + i % 9) + "/1" + (i % 9) : String.valueOf(1990 + i % 35);
            if (i == 700) b.append("x700,too,many,fields,here,1,2,3\n");
            else if (i == 1500) b.append("x1500,short\n");
            else if (i == 2200) b.append("x2200,\"").append("y".repeat(1_100_000)).append("\",2001,20,50,T\n");
            else b.append("x").append(i).append(",\"Site ").append(i).append(i % 5 == 0 ? ", with \"\"quotes\"\"\nand a line" : "").append("\",")
                    .append(date).append(',').append(20 + i % 40).append(',').append(40 + i % 20).append(",T").append(i % 7).append('\n');
        }
        Path f = dir.resolve("sites.csv");
        Files.writeString(f, b);
        LayerData one = load(f, Long.MAX_VALUE), piped = load(f, 0);
        assertTrue(one.layer().problems().size() >= 4, one.layer().problems().toString());
        assertSame(one, piped);
    }

    /** A GeoPackage read in ranges of its key, a thread each, equals one read: features, their order, the rows' messages. */
    @Test
    void aGeoPackageInRangesEqualsOneRead(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("s.geojson");
        Synthetic.write(src, 6_000, 5);
        ItemStore store = ItemStore.of(List.of(load(src, Long.MAX_VALUE)));
        int[] all = new int[store.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        Path f = dir.resolve("items.gpkg");
        atlas.export.Exporter.write(store, all, atlas.export.ExportFormat.GPKG, f);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + f); var st = c.createStatement()) {
            // Gaps in the keys (ranges of unequal size), and a broken geometry in the later range.
            st.execute("DELETE FROM atlas_items WHERE fid BETWEEN 1000 AND 1800");
            st.execute("UPDATE atlas_items SET geom = x'47500001deadbeef' WHERE fid = 4500");
            st.execute("UPDATE atlas_items SET title = NULL WHERE fid = 5000"); // titled by its row number
            // The largest key there can be (the last range must not stop short of it).
            st.execute("INSERT INTO atlas_items (fid, geom, id, layer, kind, title, start, category, sources) SELECT 9223372036854775807, geom, 'last', layer,"
                    + " kind, title, start, category, sources FROM atlas_items WHERE fid = 3000");
        }
        assertTrue(atlas.io.GpkgReader.pieces(DataSource.of(f), 2, 0) != null, "the table is read in ranges");
        LayerData one = load(f, Long.MAX_VALUE), ranges = load(f, 0);
        assertEquals(6_000 - 801 + 1, one.layer().items());
        assertTrue(one.layer().problems().stream().anyMatch(p -> p.message().contains("4500")), one.layer().problems().toString());
        assertSame(one, ranges);
    }

    /**
     * A clean CSV cut into pieces at rows equals one read: quoted fields with line breaks and doubled
     * quotes, CRLF line ends, empty lines, rows titled by their number, dates the schema refuses.
     */
    @Test
    void aCsvInPiecesEqualsOneRead(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder("id,name,date,lon,lat,type\r\n");
        for (int i = 0; i < 4_000; i++) {
            String date = i % 89 == 0 ? "2019-02-30" : i % 2 == 0 ? (1995 + i % 30) + "/0" + (1 + i % 9) + "/1" + (i % 9) : String.valueOf(1990 + i % 35);
            String name = i % 97 == 0 ? "" : "\"Site " + i + (i % 5 == 0 ? ", with \"\"quotes\"\"\r\nand a line\n" : "") + "\"";
            b.append("x").append(i).append(',').append(name).append(',').append(date).append(',').append(20 + i % 40).append(',')
                    .append(40 + i % 20).append(",T").append(i % 7).append(i % 300 == 0 ? "\r\n\r\n" : "\r\n");
        }
        Path f = dir.resolve("sites.csv");
        Files.writeString(f, b);
        atlas.io.Pieces pieces = atlas.io.CsvReader.pieces(DataSource.of(f), 3, 0);
        assertTrue(pieces != null && pieces.parts() == 3, "the file is cut in three");
        for (int p = 0; p < 3; p++) assertTrue(pieces.piece(p).read(x -> { }, new java.util.ArrayList<>()), "piece " + p + " reads whole");
        LayerData one = load(f, Long.MAX_VALUE), cut = load(f, 0);
        assertEquals(4_000, one.layer().items());
        assertTrue(one.layer().problems().stream().anyMatch(p -> p.message().contains("2019-02-30")), one.layer().problems().toString());
        assertSame(one, cut);
    }

    /** What the split could get wrong, from a review: each file read in pieces equals one read. */
    @Test
    void oddFilesInPiecesEqualOneRead(@TempDir Path dir) throws Exception {
        String plain = story(6_000, "\n]}\n", -1);
        String[] odd = {
            // A comment after a feature late in the file (the lenient path reads it; the feature must not come twice).
            plain.replace("\"id\":\"x5000\",", "\"id\":\"x5000\",\"c\":1,").replace(",\n{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[21,41]},\"properties\":{\"id\":\"x5001\"",
                    " /* note */,\n{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[21,41]},\"properties\":{\"id\":\"x5001\""),
            // null among the features, and a second "features" member.
            plain.replace(",\n{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[21,41]},\"properties\":{\"id\":\"x4001\"",
                    ",null,\n{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[21,41]},\"properties\":{\"id\":\"x4001\""),
            plain.replace("\n]}\n", "\n],\"features\":[" + plain.substring(plain.indexOf("{\"type\":\"Feature\""), plain.indexOf(",\n{\"type\":\"Feature\""))
                    .replace("\"id\":\"x0\"", "\"id\":\"again\"") + "]}\n"),
        };
        for (int k = 0; k < odd.length; k++) {
            Path f = dir.resolve("odd" + k + ".geojson");
            assertTrue(!odd[k].equals(plain), "variant " + k + " differs from the plain file");
            Files.writeString(f, odd[k]);
            assertSame(load(f, Long.MAX_VALUE), load(f, 0));
        }
        // A CSV with a carriage return alone inside a quoted value (the parser counts it as a line break).
        StringBuilder b = new StringBuilder("id,name,lon,lat\n");
        for (int i = 0; i < 5_000; i++) b.append('x').append(i).append(",\"").append(i == 3_000 ? "two\rlines" : "one").append("\",").append(20 + i % 40).append(',').append(40 + i % 20).append('\n');
        Path csv = dir.resolve("cr.csv");
        Files.writeString(csv, b);
        assertSame(load(csv, Long.MAX_VALUE), load(csv, 0));
    }
}
