package atlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input by class, each through the real command line in a child JVM with a 256 MB heap (an
 * OutOfMemoryError kills the child, not the test runner): what is said (one clean line per problem),
 * the exit code, the neighbours that must still load, and a bound on time. The classes are those of
 * issue 11: resource exhaustion (size, length, depth, count, memory), files that are not regular,
 * geometry faults, hostile text in messages.
 */
class HostileInputTest {
    private static final String FEATURE = "{\"type\":\"Feature\",\"properties\":{\"name\":\"%s\",\"start\":\"2015-06-01\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[27.5,53.9]}}";

    private static String fc(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static String feature(String name) {
        return String.format(FEATURE, name);
    }

    /** Titles of the items of the user's layers in query's answer. */
    private static Set<String> titles(String json) {
        Set<String> out = new HashSet<>();
        for (JsonElement e : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("items")) {
            var o = e.getAsJsonObject();
            if (!o.get("kind").getAsString().equals("country") && !o.get("kind").getAsString().equals("border")) out.add(o.get("title").getAsString());
        }
        return out;
    }

    /** Every stderr line is one clean warning: nothing a terminal obeys, bounded, no stack trace. */
    private static void cleanLines(ChildJvm.Result r) {
        for (String line : r.errLines()) {
            assertTrue(line.startsWith("warning: ") || line.startsWith("error: "), "not a warning or error line: " + atlas.io.Texts.clip(line));
            assertTrue(line.length() <= atlas.io.Texts.MAX_LINE + 20, "a line of " + line.length() + " characters");
            assertTrue(line.chars().noneMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x202a && c <= 0x202e)), "raw control character in: " + atlas.io.Texts.clip(line));
        }
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "a stack trace reached the user:\n" + r.err());
    }

    private static long count(ChildJvm.Result r, String text) {
        return r.errLines().stream().filter(l -> l.contains(text)).count();
    }

    @Test
    void everyBudgetHoldsAndTheNeighboursLoad(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.geojson"), fc(feature("Depot A"), feature("Depot B")));
        // A valid feature, then 150 MB of zeros (sparse: no disk is used); the 2 GB case has a test of its own.
        zeroTail(dir.resolve("nul-tail.geojson"), 150L << 20);
        // An unterminated string of 24 MB: Gson would hold it whole; cut at 1 MB, then the file ends.
        try (Writer w = Files.newBufferedWriter(dir.resolve("unterminated.geojson"))) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[" + feature("Before the long string") + ",{\"type\":\"Feature\",\"properties\":{\"name\":\"");
            char[] a = new char[1 << 20];
            java.util.Arrays.fill(a, 'a');
            for (int i = 0; i < 24; i++) w.write(a);
        }
        Files.writeString(dir.resolve("bare.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[" + feature("Before the bare run") + ",{\"properties\":{\"name\":" + "x".repeat(1 << 20) + "}}]}");
        Files.writeString(dir.resolve("deep.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[" + feature("Before the depth") + ",{\"properties\":{\"x\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}}]}");
        StringBuilder many = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"Wide\",\"start\":\"2015\"");
        for (int i = 0; i < 60_000; i++) many.append(",\"k").append(i).append("\":").append(i);
        Files.writeString(dir.resolve("wide.geojson"), many.append("},\"geometry\":null}]}"));
        // 20,000 random vertices: a polygon that took 13 s a frame to fill; now its hull is drawn. Before it: a valid one.
        Random rnd = new Random(11);
        StringBuilder poly = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) poly.append(String.format(java.util.Locale.ROOT, "[%.5f,%.5f],", 27 + rnd.nextDouble() * 2, 53 + rnd.nextDouble() * 2));
        poly.append("[27.0,53.0]]");
        Files.writeString(dir.resolve("tangled.geojson"), fc("{\"type\":\"Feature\",\"properties\":{\"name\":\"Scribble\",\"start\":\"2015\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":["
                + poly.toString().replaceFirst("^\\[\\[[^\\]]*\\]", "[[27.0,53.0]") + "]}}"));
        // Geometry of the wrong shape: kept without a place, and the features after it load.
        Files.writeString(dir.resolve("shapes.geojson"), fc(
                "{\"type\":\"Feature\",\"properties\":{\"name\":\"Too shallow\",\"start\":\"2015\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[24,53],[25,53],[25,54],[24,53]]}}",
                "{\"type\":\"Feature\",\"properties\":{\"name\":\"Strings\",\"start\":\"2015\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[\"27.56\",\"53.9\"]}}",
                feature("After the bad shapes")));
        // Hostile text: an id that clears the screen and forges a line, a bidi override, a 5 MB date, a file name with an escape.
        Files.writeString(dir.resolve("evil\u001b[2J.geojson"), fc(
                "{\"type\":\"Feature\",\"id\":\"x\\u001b[2J\\nwarning: forged\\u202e\",\"properties\":{\"kind\":\"event\",\"title\":\"t\",\"start\":\"2015-02-30\",\"category\":\"diplomacy\",\"sources\":[{\"title\":\"s\",\"url\":\"\",\"note\":\"\"}]},\"geometry\":null}",
                "{\"type\":\"Feature\",\"id\":\"" + "y".repeat(100_000) + "\",\"properties\":{\"kind\":\"event\",\"title\":\"t\",\"start\":\"" + "9".repeat(5 << 20) + "\",\"category\":\"diplomacy\",\"sources\":[{\"title\":\"s\",\"url\":\"\",\"note\":\"\"}]},\"geometry\":null}",
                "{\"type\":\"Feature\",\"id\":\"ok\",\"properties\":{\"kind\":\"event\",\"title\":\"Evil's good neighbour\",\"start\":\"2015-06-01\",\"category\":\"diplomacy\",\"sources\":[{\"title\":\"s\",\"url\":\"\",\"note\":\"\"}]},\"geometry\":null}"));
        // A folder with a FIFO, a device, a broken link and a loop beside a good file: only the good file is opened.
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Files.writeString(folder.resolve("a.csv"), "name,lon,lat,start\nFolder row,27.5,53.9,2015-06-01\n");
        boolean fifo = new ProcessBuilder("mkfifo", folder.resolve("b-pipe.geojson").toString()).start().waitFor() == 0;
        Files.createSymbolicLink(folder.resolve("c-device.geojson"), Path.of("/dev/zero"));
        Files.createSymbolicLink(folder.resolve("d-broken.geojson"), folder.resolve("nowhere"));
        Files.createSymbolicLink(folder.resolve("e-loop.geojson"), folder.resolve("f-loop.geojson"));
        Files.createSymbolicLink(folder.resolve("f-loop.geojson"), folder.resolve("e-loop.geojson"));

        List<String> data = List.of("good.geojson", "nul-tail.geojson", "unterminated.geojson", "bare.geojson", "deep.geojson", "wide.geojson",
                "tangled.geojson", "shapes.geojson", "evil\u001b[2J.geojson", "folder");
        List<String> args = new java.util.ArrayList<>(List.of("query", "--no-story", "--date", "2015-06-01"));
        for (String d : data) {
            args.add("--data");
            args.add(dir.resolve(d).toString());
        }
        ChildJvm.Result r = ChildJvm.atlas(dir, "256m", Duration.ofSeconds(120), args.toArray(String[]::new));
        assertEquals(3, r.code(), r.err());
        cleanLines(r);
        assertTrue(titles(r.out()).containsAll(List.of("Depot A", "Depot B", "Before the zeros", "Before the long string", "Before the bare run",
                "Before the depth", "Wide", "Scribble", "Too shallow", "Strings", "After the bad shapes", "Evil's good neighbour", "Folder row")), titles(r.out()).toString());
        assertEquals(1, count(r, "nul-tail.geojson:1: a NUL character at line 1"), r.err());
        assertEquals(1, count(r, "unterminated.geojson:1: a text value is longer than 1048576 characters: cut there"), r.err());
        assertEquals(1, count(r, "bare.geojson:1: a bare value longer than 4096 characters"), r.err());
        assertEquals(1, count(r, "deep.geojson:1: nested deeper than 64 levels"), r.err());
        assertEquals(1, count(r, "only the first 10000 of each feature are kept"), r.err());
        assertEquals(1, count(r, "drawn as its outline (convex hull)"), r.err());
        assertEquals(1, count(r, "coordinates are one level too shallow"), r.err());
        assertEquals(1, count(r, "a coordinate is written as a string (\"27.56\")"), r.err());
        assertEquals(1, count(r, "evil\\u001b[2J.geojson:1: item 'x\\u001b[2J\\u000awarning: forged\\u202e': bad start date"), r.err());
        assertEquals(1, count(r, "forged"), "the forged line stays inside its item's line");
        if (fifo) assertEquals(1, count(r, "b-pipe.geojson: a named pipe (FIFO), not a regular file: never opened"), r.err());
        assertEquals(1, count(r, "c-device.geojson: a device"), r.err());
        assertEquals(1, count(r, "d-broken.geojson: a symbolic link to a file that does not exist"), r.err());
        assertEquals(2, count(r, "a loop of symbolic links"), r.err());
        assertFalse(r.err().contains("out of memory"), r.err());
        // Ten layers of hostile input, a 2 GB file among them, in a 256 MB heap: a start-up's time, not minutes.
        assertTrue(r.millis() < 60_000, r.millis() + " ms");
    }

    private static void zeroTail(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write(("{\"type\":\"FeatureCollection\",\"features\":[" + feature("Before the zeros") + ",").getBytes(StandardCharsets.UTF_8));
            f.setLength(size);
        }
    }

    @Test
    void twoGigabytesOfZerosAfterAFeatureCostNothing(@TempDir Path dir) throws Exception {
        // The report's case: a valid feature, then 2 GB of zeros. Before: 43 s and 4.6 GB. A heap that may hold
        // the file (as a desktop's default does) so the size check lets it through to the reader.
        zeroTail(dir.resolve("nul-tail.geojson"), 2L << 30);
        Files.writeString(dir.resolve("good.geojson"), fc(feature("Depot A")));
        ChildJvm.Result r = ChildJvm.atlas(dir, "3g", Duration.ofSeconds(120), "query", "--no-story", "--date", "2015-06-01",
                "--data", dir.resolve("good.geojson").toString(), "--data", dir.resolve("nul-tail.geojson").toString());
        assertEquals(3, r.code(), r.err());
        cleanLines(r);
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("nul-tail.geojson:1: a NUL character at line 1: binary data or zero padding, not JSON text; reading stops here; the 1 features before it are kept"), r.err());
        assertTrue(titles(r.out()).containsAll(List.of("Depot A", "Before the zeros")), r.out());
        assertTrue(r.millis() < 45_000, r.millis() + " ms");
    }

    @Test
    void aFileLargerThanMemoryIsRefusedUnreadAndSaysWhatToDo(@TempDir Path dir) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huge.geojson").toFile(), "rw")) {
            f.setLength(300L << 20); // sparse: free
        }
        ChildJvm.Result r = ChildJvm.atlas(dir, "256m", Duration.ofSeconds(120), "query", "--no-story", "--date", "2015-06-01",
                "--data", dir.resolve("huge.geojson").toString());
        assertEquals(2, r.code(), r.err());
        cleanLines(r);
        assertTrue(r.err().contains("huge.geojson: the file is 300 MB, too large for the") && r.err().contains("Start Java with more (java -Xmx"), r.err());
        assertTrue(r.err().contains("error: nothing could be loaded from --data huge"), r.err());
    }

    @Test
    void aLoadThatExhaustsMemoryIsDroppedPolitely(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.geojson"), fc(feature("Depot A")));
        // 32 MB of line vertices is about 200 MB of geometry once read and projected: more than a 128 MB heap holds,
        // yet small enough to pass the size check. The layer is dropped with one message; the atlas goes on.
        Path heavy = dir.resolve("heavy.geojson");
        try (Writer w = Files.newBufferedWriter(heavy)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[");
            for (int f = 0; f < 2_000; f++) {
                if (f > 0) w.write(',');
                w.write("{\"type\":\"Feature\",\"properties\":{\"name\":\"p" + f + "\",\"start\":\"2015\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
                for (int i = 0; i < 1_000; i++) w.write((i > 0 ? "," : "") + "[" + (20 + i * 0.01) + "," + (50 + f * 0.001) + "]");
                w.write("]}}");
            }
            w.write("]}");
        }
        ChildJvm.Result r = ChildJvm.atlas(dir, "128m", Duration.ofSeconds(120), "query", "--no-story", "--date", "2015-06-01",
                "--data", dir.resolve("good.geojson").toString(), "--data", heavy.toString());
        cleanLines(r);
        // The process lives to say so in one line; the layer that ran out is dropped whole, so this --data path
        // loaded nothing: exit 2, as for a missing file (the window keeps its other layers the same way).
        assertEquals(2, r.code(), r.err());
        // Almost always the reader is where the heap runs out; should the base map, read beside it, meet it first,
        // the command still ends with one line.
        boolean inReader = count(r, "heavy.geojson: ran out of memory after") == 1
                && count(r, "error: nothing could be loaded from --data heavy: ran out of memory") == 1;
        assertTrue(inReader || r.err().contains("error: the atlas ran out of memory"), r.err());
        assertFalse(r.err().contains("OutOfMemoryError"), r.err());
    }
}
