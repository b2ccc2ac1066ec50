package atlas.cli;

import atlas.geo.GeoData;
import atlas.map.MapExport;
import atlas.map.MapView;
import atlas.state.AtlasState;
import atlas.story.AtlasData;
import atlas.story.LayerData;
import atlas.story.Story;
import atlas.story.Synthetic;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: how fast the atlas is on this machine with N items. Generates N synthetic items
 * (deterministic) into a temporary GeoJSON file, loads them through the real reader, then scrubs the
 * slider (filter + full redraw at 1600×1000 on the JavaFX thread, headless) and hit-tests random points.
 * Prints one JSON object. No figure is judged here: docs/BENCHMARKS.md records them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure load, memory, slider scrubbing and hit-testing on N synthetic items; prints one JSON object.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--items", defaultValue = "100000", description = "How many synthetic items (default ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--frames", defaultValue = "300", description = "Scrub frames and hit tests to time (default ${DEFAULT-VALUE}).")
    int frames;

    @Override
    public Integer call() throws Exception {
        if (items < 1 || items > 20_000_000) throw new IllegalArgumentException("--items must be 1..20,000,000");
        if (frames < 10 || frames > 100_000) throw new IllegalArgumentException("--frames must be 10..100,000");
        Path file = Synthetic.temp(items, 7);
        try {
            GeoData geo = GeoData.loadEmbedded();
            long t0 = System.nanoTime();
            LayerData layer = AtlasData.loadLayer(file, null, null);
            Story story = Story.of(List.of(layer));
            long loadNs = System.nanoTime() - t0;
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long heap = rt.totalMemory() - rt.freeMemory();
            HeadlessFx.start();
            double[][] t = HeadlessFx.call(() -> measure(story, geo));
            JsonObject o = new JsonObject();
            o.addProperty("items", story.store().size());
            o.addProperty("load_ms", Math.round(loadNs / 1e5) / 10.0);
            o.addProperty("heap_mb", Math.round(heap / 1e5 / 1.048576) / 10.0);
            o.add("scrub_ms", stats(t[0]));
            o.add("hit_ms", stats(t[1]));
            o.addProperty("shown_max", (int) t[2][0]);
            System.out.println(o);
            return 0;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private double[][] measure(Story story, GeoData geo) {
        AtlasState state = new AtlasState(story);
        MapView map = MapExport.offscreen(state, geo, 1600, 1000);
        LocalDate base = LocalDate.of(1992, 1, 1);
        int warm = Math.min(100, frames);
        double[] scrub = new double[frames];
        int shown = 0;
        for (int i = -warm; i < frames; i++) {
            long a = System.nanoTime();
            state.dateProperty().set(base.plusDays(((i + warm) * 37L) % 12_000));
            map.drawNow();
            if (i >= 0) scrub[i] = (System.nanoTime() - a) / 1e6;
            shown = Math.max(shown, state.shown().size());
        }
        Random r = new Random(3);
        double[] hit = new double[frames];
        for (int i = -warm; i < frames; i++) {
            double x = r.nextDouble() * 1600, y = r.nextDouble() * 1000;
            long a = System.nanoTime();
            map.hitAt(x, y, 4);
            if (i >= 0) hit[i] = (System.nanoTime() - a) / 1e6;
        }
        return new double[][] {scrub, hit, {shown}};
    }

    private static JsonObject stats(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        JsonObject o = new JsonObject();
        o.addProperty("p50", round(s[s.length / 2]));
        o.addProperty("p95", round(s[(int) (s.length * 0.95)]));
        o.addProperty("max", round(s[s.length - 1]));
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
