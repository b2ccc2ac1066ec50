package atlas.bench;

import atlas.geo.EuBorder;
import atlas.geo.GeoData;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;

/**
 * Start-up cost of the base map (not a unit test; no wall-clock asserts). Run it in a fresh JVM, as
 * start-up is what it measures, a few times in a row: after
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt},
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) atlas.bench.GeoLoadBenchmark}
 *
 * <p>Prints one JSON line: {@code load_ms} is {@link GeoData#loadEmbedded()}; {@code first_border_ms}
 * the first {@code overviewBorder().at(2015-06-01)} after it (what a render or the first map frame
 * waits for); {@code all_epochs_ms} every other membership epoch at 1:50m; {@code detail_ms} the 1:10m
 * outlines with their border on one date; {@code jvm_ms} the JVM's own start before {@code main}.
 * The {@code *_cpu_ms} fields are the CPU time of the calling thread over the same steps: on a shared
 * machine they vary far less than wall time (work done on other threads is not in them).
 */
public final class GeoLoadBenchmark {
    private GeoLoadBenchmark() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long jvmMs = System.currentTimeMillis() - jvmStart;
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        GeoData geo = GeoData.loadEmbedded();
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        EuBorder.Epoch e = geo.overviewBorder().at(LocalDate.of(2015, 6, 1));
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        int segments = e.segments().size();
        for (LocalDate c : geo.eu().changes()) segments += geo.overviewBorder().at(c).segments().size();
        long t3 = System.nanoTime();
        int detailSegments = geo.detailBorder().at(LocalDate.of(2015, 6, 1)).segments().size();
        long t4 = System.nanoTime();
        System.out.printf("{\"jvm_ms\": %d, \"load_ms\": %.1f, \"first_border_ms\": %.1f, \"load_cpu_ms\": %.1f, \"first_border_cpu_ms\": %.1f, "
                        + "\"all_epochs_ms\": %.1f, \"detail_ms\": %.1f, \"segments\": %d, \"detail_segments\": %d, \"problems\": %d}%n",
                jvmMs, ms(t1 - t0), ms(t2 - t1), ms(c1 - c0), ms(c2 - c1), ms(t3 - t2), ms(t4 - t3), segments, detailSegments, geo.problems().size());
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
