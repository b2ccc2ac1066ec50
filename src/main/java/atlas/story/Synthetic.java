package atlas.story;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Deterministic synthetic data in the atlas's story format, for benchmarks and scale tests: {@code n}
 * dated points spread over Eurasia and 1992–2025, events (at year, month and day precision) and one in
 * ten projects with a stage. The same seed gives the same file, byte for byte.
 */
public final class Synthetic {
    private Synthetic() {
    }

    /** Writes {@code n} items to {@code out} as one GeoJSON FeatureCollection. */
    public static void write(Path out, int n, long seed) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            write(w, n, seed);
        }
    }

    public static void write(Writer w, int n, long seed) throws IOException {
        Random r = new Random(seed);
        Category[] cats = Category.values();
        w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < n; i++) {
            int y = 1992 + r.nextInt(34), m = 1 + r.nextInt(12), d = 1 + r.nextInt(PartialDate.lengthOfMonth(y, m));
            String start = switch (r.nextInt(3)) {
                case 0 -> Integer.toString(y);
                case 1 -> String.format("%04d-%02d", y, m);
                default -> String.format("%04d-%02d-%02d", y, m, d);
            };
            boolean project = r.nextInt(10) == 0;
            double lon = -10 + r.nextDouble() * 140, lat = 25 + r.nextDouble() * 40;
            if (i > 0) w.write(",\n");
            w.write("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[");
            w.write(String.format(java.util.Locale.ROOT, "%.5f,%.5f", lon, lat));
            w.write("]},\"properties\":{\"id\":\"s" + i + "\",\"kind\":\"" + (project ? "project" : "event")
                    + "\",\"title\":\"Synthetic item " + i + "\",\"start\":\"" + start + "\",\"category\":\"" + cats[r.nextInt(cats.length)].key() + "\"");
            if (project) w.write(",\"stages\":[{\"stage\":\"agreed\",\"start\":\"" + start + "\"}]");
            w.write(",\"sources\":[{\"title\":\"Synthetic data for benchmarks\",\"url\":\"\"}]}}");
        }
        w.write("\n]}\n");
    }

    /** Writes to a temporary file that is deleted when the JVM exits. */
    public static Path temp(int n, long seed) throws IOException {
        Path p = Files.createTempFile("atlas-synthetic-" + n + "-", ".geojson");
        p.toFile().deleteOnExit();
        write(p, n, seed);
        return p;
    }

    static byte[] bytes(int n, long seed) throws IOException {
        java.io.StringWriter sw = new java.io.StringWriter();
        write(sw, n, seed);
        return sw.toString().getBytes(StandardCharsets.UTF_8);
    }
}
