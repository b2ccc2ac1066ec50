package atlas.bench;

import atlas.io.DataSource;
import atlas.io.GeoJsonReader;
import atlas.io.Problem;
import atlas.story.ItemStore;
import atlas.story.LayerData;
import atlas.story.LayerLoader;
import atlas.story.Synthetic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where loading time goes (not a unit test): the reader alone, the whole layer load, and building the
 * store, each three times on one synthetic file. Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=atlas.bench.LoadBenchmark -Dexec.args=1000000}
 */
public final class LoadBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path f = Path.of(System.getProperty("java.io.tmpdir"), "atlas-load-bench-" + n + ".geojson");
        if (!Files.exists(f)) Synthetic.write(f, n, 7);
        System.out.printf("%,d items, %.0f MB%n", n, Files.size(f) / 1e6);
        for (int round = 0; round < 3; round++) {
            List<Problem> problems = new ArrayList<>();
            long[] count = {0};
            long a = System.nanoTime();
            new GeoJsonReader().read(DataSource.of(f), x -> count[0]++, problems);
            long b = System.nanoTime();
            LayerData d = LayerLoader.load("bench", List.of(DataSource.of(f)), null, null);
            long c = System.nanoTime();
            ItemStore s = ItemStore.of(List.of(d));
            long e = System.nanoTime();
            System.out.printf("read only %,d ms; layer load %,d ms; store build %,d ms (%,d rows, ~%,d MB of columns)%n",
                    (b - a) / 1_000_000, (c - b) / 1_000_000, (e - c) / 1_000_000, s.size(), s.bytes() / 1_000_000);
        }
    }
}
