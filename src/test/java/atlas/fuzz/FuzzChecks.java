package atlas.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.DataSource;
import atlas.io.Problem;
import atlas.io.Texts;
import atlas.story.LayerData;
import atlas.story.LayerLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What every reader must do with any bytes at all: return, never throw, and say each problem in one clean line. */
final class FuzzChecks {
    private FuzzChecks() {
    }

    /** Bytes as a file called {@code name}, held in memory. */
    static DataSource inMemory(String name, byte[] bytes) {
        return new DataSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public java.io.InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        };
    }

    /** Bytes as a real file called {@code name} in a fresh temporary folder (GeoPackage needs a file); removed after. */
    static LayerData loadFile(String name, byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("atlas-fuzz");
        Path f = dir.resolve(name);
        try {
            Files.write(f, bytes);
            return load(DataSource.of(f));
        } finally {
            Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        }
    }

    /** Loads one source as a layer, the way the window and the commands do, and checks the outcome. */
    static LayerData load(DataSource src) {
        // A reader speaks only through problems: nothing of its own (or of a parser it uses) on stderr.
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        LayerData d;
        try {
            System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
            d = LayerLoader.load("fuzz", List.of(src), null, LayerLoader.Monitor.NONE);
        } finally {
            System.setErr(err);
        }
        // Jazzer's own log lines ("INFO: Instrumented …") are the fuzzer's, not the reader's.
        String said = printed.toString(java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("INFO: ")).reduce("", (a, b) -> a + b + "\n");
        assertTrue(said.isEmpty(), () -> "printed on stderr: " + Texts.clip(said));
        assertTrue(d.layer().items() >= 0);
        for (Problem p : d.layer().problems()) clean(p.toString());
        return d;
    }

    /** One line, nothing a terminal would obey, bounded. */
    static void clean(String message) {
        assertTrue(message.length() <= Texts.MAX_LINE + 1, () -> "a message of " + message.length() + " characters");
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            int at = i;
            assertTrue(!Character.isISOControl(c) && !(c >= '\u202a' && c <= '\u202e') && !(c >= '\u2066' && c <= '\u2069'),
                    () -> "raw control or bidi character U+" + Integer.toHexString(c) + " at " + at + " in: " + Texts.clip(message));
        }
    }
}
