package atlas.bench;

import atlas.export.ExportFormat;
import atlas.export.Exporter;
import atlas.story.AtlasData;
import atlas.story.LayerData;
import atlas.story.Story;
import atlas.story.Synthetic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Load-time harness for the importers (not a unit test; no wall-clock asserts). Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=atlas.bench.ImportLoadBench -Dexec.args="1000000"}
 *
 * <p>Writes N synthetic dated points ({@link Synthetic}) as GeoJSON, converts them to CSV (X/Y columns)
 * and GeoPackage with GDAL's ogr2ogr when it is installed (as users' files are made), else with the
 * atlas's own exporter, then times {@link AtlasData#loadLayer} on each file: the reader, field
 * detection, date parsing, projection and the columns, as opening the file in the window does. Prints
 * the best and median of three loads (wall clock, and the loading thread's CPU time, which a busy
 * machine disturbs far less) and the heap the layer holds.
 */
public final class ImportLoadBench {
    private ImportLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("atlas-import-bench");
        Path geojson = dir.resolve("points.geojson"), csv = dir.resolve("points.csv"), gpkg = dir.resolve("points.gpkg");
        Synthetic.write(geojson, n, 7);
        boolean gdal = ogr2ogr("-f", "CSV", csv.toString(), geojson.toString(), "-lco", "GEOMETRY=AS_XY")
                && ogr2ogr("-f", "GPKG", gpkg.toString(), geojson.toString(), "-nln", "points");
        if (!gdal) {
            LayerData l = AtlasData.loadLayer(geojson, null, null);
            Story s = Story.of(List.of(l));
            int[] all = new int[s.store().size()];
            Arrays.setAll(all, i -> i);
            Exporter.write(s.store(), all, ExportFormat.CSV, csv);
            Exporter.write(s.store(), all, ExportFormat.GPKG, gpkg);
        }
        System.out.printf("%,d points; files made by %s; CSV %,d MB, GeoPackage %,d MB, GeoJSON %,d MB%n", n, gdal ? "ogr2ogr" : "the atlas's exporter",
                Files.size(csv) >> 20, Files.size(gpkg) >> 20, Files.size(geojson) >> 20);
        for (Path p : new Path[] {geojson, csv, gpkg}) time(p);
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.delete(p);
        }
        Files.delete(dir);
    }

    private static void time(Path file) {
        double[] ms = new double[3], cpu = new double[3];
        LayerData kept = null;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < ms.length; i++) {
            kept = null;
            System.gc();
            long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
            kept = AtlasData.loadLayer(file, null, null);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf("%-16s %,9d items  wall best %,7.0f ms  median %,7.0f ms  cpu best %,7.0f ms  median %,7.0f ms  heap after %,5d MB  problems %d%n",
                file.getFileName(), kept.size(), ms[0], ms[1], cpu[0], cpu[1], heap >> 20, kept.layer().problems().size());
    }

    private static boolean ogr2ogr(String... args) {
        try {
            String[] cmd = new String[args.length + 1];
            cmd[0] = "ogr2ogr";
            System.arraycopy(args, 0, cmd, 1, args.length);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
