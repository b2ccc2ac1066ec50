package atlas.bench;

import atlas.io.DataSource;
import atlas.story.ItemStore;
import atlas.story.LayerData;
import atlas.story.LayerLoader;
import atlas.story.Synthetic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where loading time goes (not a unit test): the layer load (reading, schema, columns) and building the
 * store (sort, indexes), three times in one JVM, the first of them cold as a user's first open is. Give
 * a number of synthetic items (a story-format GeoJSON file written to the temp folder) or data files of
 * any format the atlas reads, e.g. the same points as CSV and GeoPackage (ogr2ogr writes them). Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=atlas.bench.LoadBenchmark -Dexec.args="1000000"}
 * (or {@code -Dexec.args="points.geojson points.csv points.gpkg"}; one file per JVM for cold figures;
 * {@code -Drounds=1} for the cold load alone, e.g. to profile it).
 */
public final class LoadBenchmark {
    public static void main(String[] args) throws Exception {
        String[] what = args.length > 0 ? args : new String[] {"1000000"};
        for (String a : what) {
            Path f;
            if (a.matches("\\d+")) {
                int n = Integer.parseInt(a);
                f = Path.of(System.getProperty("java.io.tmpdir"), "atlas-load-bench-" + n + ".geojson");
                if (!Files.exists(f)) Synthetic.write(f, n, 7);
            } else {
                f = Path.of(a);
            }
            System.out.printf("%s, %.0f MB%n", f.getFileName(), Files.size(f) / 1e6);
            for (int round = 0, rounds = Integer.getInteger("rounds", 3); round < rounds; round++) {
                long b = System.nanoTime();
                LayerData d = LayerLoader.load("bench", List.of(DataSource.of(f)), null, null);
                long c = System.nanoTime();
                ItemStore s = ItemStore.of(List.of(d));
                long e = System.nanoTime();
                System.out.printf("  %s: layer load %,d ms; store build %,d ms; together %,d ms (%,d rows, ~%,d MB of columns)%n", round == 0 ? "cold" : "warm",
                        (c - b) / 1_000_000, (e - c) / 1_000_000, (e - b) / 1_000_000, s.size(), s.bytes() / 1_000_000);
            }
        }
    }
}
