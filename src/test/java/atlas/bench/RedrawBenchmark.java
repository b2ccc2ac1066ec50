package atlas.bench;

import atlas.cli.HeadlessFx;
import atlas.cli.Views;
import atlas.geo.GeoData;
import atlas.geo.GeoJsonGeometry;
import atlas.geo.Projection;
import atlas.map.MapExport;
import atlas.map.MapView;
import atlas.state.AtlasState;
import atlas.state.Viewport;
import atlas.story.AtlasQuery;
import atlas.story.Category;
import atlas.story.Kind;
import atlas.story.PartialDate;
import atlas.story.Source;
import atlas.story.Stage;
import atlas.story.StageChange;
import atlas.story.Story;
import atlas.story.StoryItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import javafx.scene.image.WritableImage;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Frame-time harness (not a unit test; no wall-clock asserts). Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=atlas.bench.RedrawBenchmark}
 *
 * <p>Measures, at 1600×1000 on the JavaFX thread: (1) a full map redraw while panning and zooming at
 * the overview and at the Belarus zoom with the embedded data; (2) slider scrubbing over a synthetic
 * story of 100,000 dated items spread over Eurasia: the time filter plus a full redraw per frame;
 * (3) the time filter alone against a scan of every item. Redraw time is the time to issue the frame's
 * drawing to the canvas; rasterising it (done by the graphics pipeline, on the GPU in a desktop
 * session) is measured separately with the software pipeline as an upper bound.
 */
public final class RedrawBenchmark {
    private static final int W = 1600, H = 1000;

    public static void main(String[] args) {
        HeadlessFx.start();
        GeoData geo = GeoData.loadEmbedded();
        geo.detail();
        Story story = Story.loadEmbedded(Projection.eurasia());
        System.out.printf("JVM %s, %d cores, %s%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"));
        HeadlessFx.call(() -> {
            panZoom("overview, pan+zoom, embedded data", geo, story, false);
            panZoom("Belarus zoom (1:10m), pan+zoom, embedded data", geo, story, true);
            return null;
        });
        Story synthetic = synthetic(100_000, 7);
        HeadlessFx.call(() -> {
            scrub("slider scrubbing, 100,000 items, filter + full redraw (overview)", geo, synthetic, false);
            scrub("slider scrubbing, 100,000 items, filter + full redraw (Belarus zoom)", geo, synthetic, true);
            return null;
        });
        filterOnly(synthetic);
        HeadlessFx.call(() -> {
            raster(geo, story);
            return null;
        });
        System.exit(0);
    }

    private static MapView map(AtlasState state, GeoData geo) {
        return MapExport.offscreen(state, geo, W, H);
    }

    private static void panZoom(String name, GeoData geo, Story story, boolean belarus) {
        AtlasState state = new AtlasState(story);
        state.dateProperty().set(LocalDate.of(2016, 6, 1));
        MapView map = map(state, geo);
        Viewport base = state.viewportProperty().get();
        if (belarus) base = Views.belarus(base);
        Viewport start = base;
        report(name, 200, 600, i -> {
            double t = i / 600.0 * Math.PI * 2;
            Viewport v = start.panBy(Math.sin(t) * 300, Math.cos(t) * 200).zoomAbout(1 + 0.4 * Math.sin(t * 3), W / 2.0, H / 2.0);
            state.viewportProperty().set(v);
            map.drawNow();
        });
    }

    private static void scrub(String name, GeoData geo, Story story, boolean belarus) {
        AtlasState state = new AtlasState(story);
        MapView map = map(state, geo);
        if (belarus) state.viewportProperty().set(Views.belarus(state.viewportProperty().get()));
        LocalDate from = LocalDate.of(1992, 1, 1);
        int[] shown = new int[1];
        long[] split = new long[2];
        report(name, 200, 800, i -> {
            long a = System.nanoTime();
            state.dateProperty().set(from.plusDays((i * 15L) % 12000));
            long b = System.nanoTime();
            shown[0] = Math.max(shown[0], state.shown().size());
            map.drawNow();
            split[0] += b - a;
            split[1] += System.nanoTime() - b;
        });
        System.out.printf("    (up to %,d items visible per frame; on average %.2f ms filtering and updating the state, %.2f ms drawing)%n",
                shown[0], split[0] / 1000.0 / 1e6, split[1] / 1000.0 / 1e6);
    }

    private static void filterOnly(Story story) {
        LocalDate base = LocalDate.of(1992, 1, 1);
        report("time filter only (index), 100,000 items, 12-month window", 500, 3000, i -> {
            LocalDate d = base.plusDays((i * 7L) % 12000);
            AtlasQuery.items(story, d.minusMonths(12), d, AtlasQuery.Filter.ALL);
        });
        report("time filter only (scan of every item, for comparison)", 100, 600, i -> {
            LocalDate d = base.plusDays((i * 7L) % 12000);
            long a = d.minusMonths(12).toEpochDay(), b = d.toEpochDay();
            var st = story.store();
            int k = 0;
            for (int r = 0; r < st.size(); r++) if (st.fromDay(r) <= b && st.toDay(r) >= a) k++;
        });
    }

    private static void raster(GeoData geo, Story story) {
        AtlasState state = new AtlasState(story);
        state.dateProperty().set(LocalDate.of(2016, 6, 1));
        MapView map = map(state, geo);
        WritableImage img = new WritableImage(W, H);
        report("overview: redraw + rasterise (software pipeline, snapshot)", 10, 40, i -> {
            map.drawNow();
            map.snapshotMap(img);
        });
    }

    private static void report(String name, int warmup, int frames, IntConsumer frame) {
        for (int i = 0; i < warmup; i++) frame.accept(i);
        long[] t = new long[frames];
        for (int i = 0; i < frames; i++) {
            long s = System.nanoTime();
            frame.accept(warmup + i);
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        System.out.printf("%-72s p50 %6.2f ms   p95 %6.2f ms   max %6.2f ms   (%d frames)%n", name,
                t[frames / 2] / 1e6, t[(int) (frames * 0.95)] / 1e6, t[frames - 1] / 1e6, frames);
    }

    /** {@code n} dated items spread over 1992–2025 and over Eurasia (see {@link atlas.story.Synthetic}), loaded through the real reader. */
    static Story synthetic(int n, long seed) {
        try {
            java.nio.file.Path f = atlas.story.Synthetic.temp(n, seed);
            return Story.of(List.of(atlas.story.AtlasData.loadLayer(f, null, null)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
