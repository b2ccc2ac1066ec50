package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path over the pieces of a split file gives feature for feature, value for value, line for
 * line, exactly what the Gson path gives, messages included: on ordinary story points (all taken by the
 * fast path) and on every kind of feature it leaves to the Gson path part-way through a piece.
 */
class FastFeaturesTest {
    @TempDir
    Path dir;

    /** Everything a sink can see of a feature, as text. */
    private static String describe(RawFeature f) {
        StringBuilder b = new StringBuilder();
        b.append(f.index).append('@').append(f.line).append(" id=").append(f.id).append(" point=").append(f.hasPoint)
                .append(' ').append(Double.doubleToRawLongBits(f.lon)).append(',').append(Double.doubleToRawLongBits(f.lat))
                .append(" geom=").append(f.geometry == null ? null : f.geometry.toText())
                .append(" problem=").append(f.geometryProblem).append(" dropped=").append(f.droppedProperties);
        for (int i = 0; i < f.size(); i++) {
            Object v = f.value(i);
            b.append(" | ").append(f.key(i)).append('=').append(v == null ? "null" : v.getClass().getSimpleName() + ":" + v);
        }
        return b.toString();
    }

    private record Read(List<String> features, List<Problem> problems) {
    }

    private Read read(String json, int parts, boolean fast) throws Exception {
        Path f = dir.resolve("t.geojson");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        List<GeoJsonChunks.Piece> pieces = GeoJsonChunks.split(f, "t.geojson", parts, 0);
        assertFalse(pieces.isEmpty(), "the file splits");
        List<String> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (GeoJsonChunks.Piece p : pieces) new GeoJsonReader().readPiece(p, r -> out.add(describe(r)), problems, fast);
        return new Read(out, problems);
    }

    private void same(String json, int parts) throws Exception {
        Read gson = read(json, parts, false), fast = read(json, parts, true);
        assertEquals(gson.features().size(), fast.features().size());
        for (int i = 0; i < gson.features().size(); i++) assertEquals(gson.features().get(i), fast.features().get(i), "feature " + i);
        assertEquals(gson.problems(), fast.problems());
    }

    private static String collection(List<String> features) {
        return "{\"type\":\"FeatureCollection\",\"name\":\"t\",\"features\":[\n" + String.join(",\n", features) + "\n]}\n";
    }

    private static String point(int i, Random r) {
        return "{\"type\":\"Feature\",\"id\":\"syn-" + i + "\",\"properties\":{\"id\":\"syn-" + i + "\",\"kind\":\"event\",\"title\":\"Synthetic event " + i
                + "\",\"start\":\"20" + (10 + r.nextInt(10)) + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10)
                + "\",\"category\":\"logistics\",\"sources\":[{\"title\":\"synthetic\",\"url\":\"\"}]},\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                + String.format(java.util.Locale.ROOT, "%.5f,%.5f", r.nextDouble() * 140 - 10, r.nextDouble() * 40 + 25) + "]}}";
    }

    @Test
    void storyPointsAreReadTheSame() throws Exception {
        Random r = new Random(1);
        List<String> fs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) fs.add(point(i, r));
        same(collection(fs), 3);
    }

    @Test
    void everyOddFeatureIsReadTheSame() throws Exception {
        String[] odd = {
            "{\"type\":\"Feature\",\"id\":7,\"properties\":{\"n\":-0,\"m\":1.5e-3,\"big\":123456789012345678901234,\"t\":true,\"f\":false,\"z\":null,\"s\":\"NaN\"},\"geometry\":null}",
            "{\"type\":\"Feature\",\"properties\":{\"e\":\"a\\\"b\\\\c\\/d\\u00e9\\ud83d\\ude00\\n\\t\",\"u\":\"Minsk – Мінск 明斯克 😀\"},\"geometry\":{\"coordinates\":[27.5,53.9,220],\"type\":\"Point\"}}",
            "{\"type\":\"Feature\",\"properties\":{\"deep\":{\"a\":[1,2,{\"b\":[true,null,\"x\",-2.50]}],\"c\":{}},\"empty\":[]},\"geometry\":{\"type\":\"Point\",\"coordinates\":[200,10]}}",
            "{\"type\":\"Feature\",\"properties\":{\"title\":\"line\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[27,53],[30,55]]}}",
            "{\"type\":\"Feature\",\"properties\":{\"title\":\"string coordinates\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[\"27\",\"53\"]}}",
            "{\"type\":\"Feature\",\"properties\":{\"title\":\"bare NaN\",\"v\":NaN},\"geometry\":{\"type\":\"Point\",\"coordinates\":[27,53]}}",
            "{\"type\":\"Feature\",\"properties\":5,\"geometry\":5}",
            "{}",
            "42",
            "{\"type\":\"Feature\",\"id\":{\"x\":1},\"properties\":{'single':'quotes', unquoted: 1},\"geometry\":null}",
            "{\"type\":\"Feature\",\"properties\":{\"dup\":1,\"dup\":\"two\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1e1,2E-1],\"bbox\":[1,2,3,4]}}",
            "{\"type\":\"Feature\",\"properties\":{\"lead\":007},\"geometry\":null}",
            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[0.1,-0.0]}}",
            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[-0,179.999999999999,12345]}}",
            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[12.345678901234567,-45.00000000000000001]}}",
            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[.5,1]}}",
            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1.,2]}}",
            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[01.5,2]}}",
            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[ 3.25 , 4.125 ]}}",
            "{\"type\":\"Feature\",\"properties\":{\"raw tab\":\"a\tb\"},\"geometry\":null}",
            "{ \"type\" : \"Feature\" ,\n  \"properties\" : {\n \"spaced\" : [ 1 , 2 ]\n } ,\n \"geometry\" : { \"type\" : \"Point\" , \"coordinates\" : [ -5 , -6 ] }\n}",
            "{\"type\":\"Feature\",\"properties\":{\"bad escape\":\"\\x\"},\"geometry\":null}",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\",\"coordinates\":[1,2]}]},\"properties\":{}}",
            "{\"type\":\"Feature\",\"properties\":{\"x\":\"after a comment\"} /* lenient */,\"geometry\":null}",
        };
        Random r = new Random(2);
        // Each odd feature between ordinary ones, in pieces cut at different places.
        for (String o : odd) {
            List<String> fs = new ArrayList<>();
            for (int i = 0; i < 40; i++) fs.add(point(i, r));
            fs.add(o);
            for (int i = 40; i < 80; i++) fs.add(point(i, r));
            if (!o.startsWith("{")) {
                // Only objects are counted as features when splitting: anything else in the array is one read's to say.
                Path f = dir.resolve("odd.geojson");
                Files.writeString(f, collection(fs), StandardCharsets.UTF_8);
                assertTrue(GeoJsonChunks.split(f, "odd.geojson", 2, 0).isEmpty(), o + " keeps the file whole");
                continue;
            }
            for (int parts = 2; parts <= 4; parts++) same(collection(fs), parts);
        }
        // All of them together.
        List<String> fs = new ArrayList<>();
        for (String o : odd) {
            if (!o.startsWith("{")) continue;
            fs.add(point(fs.size(), r));
            fs.add(o);
        }
        same(collection(fs), 2);
    }

    @Test
    void coordinatesAreTheDoublesJavaReads() throws Exception {
        // Random decimals of every length the fast path takes (and some it leaves to Double.parseDouble).
        Random r = new Random(4);
        List<String> fs = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            int decimals = r.nextInt(17);
            String lon = new java.math.BigDecimal(r.nextDouble() * 360 - 180).setScale(decimals, java.math.RoundingMode.HALF_EVEN).toPlainString();
            String lat = new java.math.BigDecimal(r.nextDouble() * 180 - 90).setScale(r.nextInt(17), java.math.RoundingMode.HALF_EVEN).toPlainString();
            fs.add("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}}");
        }
        same(collection(fs), 2);
    }

    @Test
    void longStringsNulAndMalformedUtf8AreTheGsonPathsToSay() throws Exception {
        Random r = new Random(3);
        List<String> fs = new ArrayList<>();
        for (int i = 0; i < 30; i++) fs.add(point(i, r));
        fs.add("{\"type\":\"Feature\",\"properties\":{\"long\":\"" + "x".repeat(JsonGuard.MAX_STRING + 10) + "\"},\"geometry\":null}");
        for (int i = 30; i < 60; i++) fs.add(point(i, r));
        same(collection(fs), 2);

        // A file with a NUL is never split (the sequential reader stops at it and says where).
        Path nul = dir.resolve("nul.geojson");
        Files.writeString(nul, collection(List.of(point(0, r), point(1, r), "{\"type\":\"Feature\",\"properties\":{\"a\":\"b\u0000\"}}", point(3, r))));
        assertTrue(GeoJsonChunks.split(nul, "nul.geojson", 2, 0).isEmpty());

        List<String> around = new ArrayList<>();
        for (int i = 0; i < 20; i++) around.add(point(i, r));
        around.add("{\"type\":\"Feature\",\"properties\":{\"a\":\"XX\"}}");
        for (int i = 21; i < 41; i++) around.add(point(i, r));
        byte[] bytes = collection(around).getBytes(StandardCharsets.UTF_8);
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = s.indexOf("XX");
        bytes[at] = (byte) 0xC3; // a lead byte followed by 'X': not UTF-8
        Path f = dir.resolve("m.geojson");
        Files.write(f, bytes);
        List<GeoJsonChunks.Piece> pieces = GeoJsonChunks.split(f, "m.geojson", 2, 0);
        assertFalse(pieces.isEmpty());
        List<String> a = new ArrayList<>(), b = new ArrayList<>();
        List<Problem> pa = new ArrayList<>(), pb = new ArrayList<>();
        for (GeoJsonChunks.Piece p : pieces) {
            new GeoJsonReader().readPiece(p, x -> a.add(describe(x)), pa, false);
            new GeoJsonReader().readPiece(p, x -> b.add(describe(x)), pb, true);
        }
        assertEquals(a, b);
        assertEquals(pa, pb);
        assertEquals(41, a.size());
    }
}
