package atlas.cli;

import atlas.anim.AnimationExport;
import atlas.anim.AnimationSpec;
import atlas.anim.MapFrames;
import atlas.anim.Step;
import atlas.io.AtomicFiles;
import atlas.map.MapExport;
import atlas.map.NamedView;
import atlas.state.AtlasState;
import atlas.story.AtlasData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import javafx.scene.image.WritableImage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code render}: writes the map as it stands on a date (or over a range) to a PNG, or an animation of a
 * range (one frame per step) to a GIF or MP4, with no display needed.
 */
@Command(name = "render", mixinStandardHelpOptions = true, exitCodeListHeading = AtlasCommand.EXIT_CODES_HEADING, exitCodeList = {
        "0:everything loaded and done", "3:done, but some input was skipped (each problem is one 'warning:' line on stderr)",
        "2:a usage error, or nothing could be loaded from a --data path (missing, empty, unreadable, too large)",
        "1:an unexpected fault of the atlas (one 'error:' line names the log file with the details)"},
        description = {"Draw the map for a date or a range to a PNG file, or animate a range to a GIF or MP4 (works with no display).",
                "Animation: render --from 2013-01-01 --to 2016-12-31 --step 1M --fps 4 --out story.gif"})
public final class RenderCommand implements Callable<Integer> {
    @Mixin
    DateOptions time;

    @Option(names = "--out", required = true, description = "The file to write (atomically): .png for a picture; .gif or .mp4 for an animation of --from/--to.")
    Path out;

    @Option(names = "--step", converter = StepConverter.class, description = "Animation: the time between frames, 1W, 1M, 3M or 1Y (default 1M); one frame per step from --from to --to.")
    Step step;

    @Option(names = "--fps", defaultValue = "4", description = "Animation: frames per second (default ${DEFAULT-VALUE}).")
    int fps;

    @Option(names = "--size", defaultValue = "1600x1000", converter = Size.class, description = "Picture size WIDTHxHEIGHT in pixels (default ${DEFAULT-VALUE}).")
    PixelSize size;

    @Option(names = "--view", defaultValue = "eurasia",
            description = "What the picture shows: belarus, neighbours (Belarus, its EU neighbours and the corridors' western ends), corridors or eurasia (default ${DEFAULT-VALUE}); the same views as the window's View menu.")
    String view;

    @Mixin
    DataOptions data = new DataOptions();

    @Mixin
    LangOption lang = new LangOption();

    @Option(names = "--trail-months", defaultValue = "12", description = "With --date and in animations: months before the date whose events still show, fading (default ${DEFAULT-VALUE}).")
    int trailMonths;

    @Override
    public Integer call() throws Exception {
        LocalDate[] w = time.window(atlas.story.Story.OPENING_DATE);
        NamedView named = NamedView.byKey(view); // an unknown name is a usage error (exit 2) naming the views
        AnimationSpec.Format format = AnimationSpec.Format.of(out);
        if (format == null && step != null) throw new IllegalArgumentException("--step makes an animation: --out must end in .gif or .mp4");
        if (format != null && !time.isRange()) throw new IllegalArgumentException("an animation needs --from and --to");
        // Checked before the data loads, so that a wrong option fails at once.
        AnimationSpec spec = format == null ? null
                : new AnimationSpec(w[0], w[1], step == null ? Step.MONTH : step, fps, size.width(), size.height(), Math.max(0, trailMonths));
        this.data.refuseOverwrite(out);
        lang.apply();
        // The toolkit starts (mostly loading classes) while the data loads: neither needs the other.
        Thread fx = new Thread(HeadlessFx::start, "fx-start");
        fx.setDaemon(true);
        fx.start();
        probe("start");
        AtlasData data = AtlasData.load(this.data.spec(null));
        probe("loaded");
        DataOptions.report(data);
        fx.join();
        probe("fx");
        HeadlessFx.start(); // rethrows here if the toolkit could not start
        boolean key = atlas.map.MapExport.keyFits(size.width(), size.height(), data.story().store());
        if (spec != null) return animate(data, spec, named, key);
        WritableImage snap = HeadlessFx.call(() -> draw(data, w, named, key));
        probe("drawn");
        int width = (int) snap.getWidth(), height = (int) snap.getHeight();
        int[] argb = new int[width * height];
        snap.getPixelReader().getPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, width);
        try {
            AtomicFiles.write(out, o -> atlas.io.PngEncoder.write(argb, width, height, o));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(DataOptions.cannotWrite(out, e));
        }
        probe("written");
        System.err.println(atlas.io.Texts.line("wrote " + out + " (" + width + "x" + height + ")"));
        if (!key) keyLeftOut();
        return data.problems().isEmpty() ? 0 : 3;
    }

    private int animate(AtlasData data, AnimationSpec spec, NamedView named, boolean key) throws java.io.IOException {
        AtlasState state = HeadlessFx.call(() -> new AtlasState(data.story()));
        state.trailingMonthsProperty().set(spec.trailMonths());
        if (!key) HeadlessFx.call(() -> state.hiddenLayers().add("legend"));
        MapFrames frames = new MapFrames(state, data.geo(), size.width(), size.height(), v -> named == NamedView.EURASIA ? v : named.apply(v, data.story().store(), key, data.geo()));
        boolean terminal = System.console() != null;
        AnimationExport.write(spec, frames, out, (done, total, date) -> {
            if (terminal) System.err.print("\rframe " + done + " of " + total + " (" + date + ")" + (done == total ? "\n" : ""));
        }, () -> false);
        System.err.println("wrote " + out + " (" + spec.dates().size() + " frames, " + size.width() + "x" + size.height() + ", " + fps + " fps)");
        if (!key) keyLeftOut();
        return 0;
    }

    private void keyLeftOut() {
        System.err.println("note: at " + size.width() + "x" + size.height() + " the key is left out (it would cover more than 15% of the map; a larger --size has it)");
    }

    private WritableImage draw(AtlasData data, LocalDate[] w, NamedView named, boolean key) {
        AtlasState state = new AtlasState(data.story());
        if (!key) state.hiddenLayers().add("legend");
        state.trailingMonthsProperty().set(Math.max(0, trailMonths));
        if (time.isRange()) {
            state.rangeFromProperty().set(w[0]);
            state.rangeToProperty().set(w[1]);
            state.rangeModeProperty().set(true);
        } else {
            state.dateProperty().set(w[0]);
        }
        return MapExport.render(state, data.geo(), size.width(), size.height(),
                v -> named == NamedView.EURASIA ? v : named.apply(v, data.story().store(), key, data.geo()));
    }

    /**
     * With {@code -Datlas.renderProbe=true}, one line on stderr per phase: milliseconds since the JVM
     * started and CPU milliseconds of the whole process (all threads, the JIT and GC included) so far.
     */
    private static void probe(String what) {
        if (!Boolean.getBoolean("atlas.renderProbe")) return;
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long up = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        System.err.println("PROBE " + what + " wall=" + up + " cpu=" + os.getProcessCpuTime() / 1_000_000);
    }

    /** Parses 1W, 1M, 3M, 1Y. */
    static final class StepConverter implements picocli.CommandLine.ITypeConverter<Step> {
        @Override
        public Step convert(String v) {
            try {
                return Step.parse(v);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Parses WIDTHxHEIGHT. */
    record PixelSize(int width, int height) {
    }

    /** Parses WIDTHxHEIGHT. */
    static final class Size implements picocli.CommandLine.ITypeConverter<PixelSize> {
        @Override
        public PixelSize convert(String v) {
            String[] p = v.toLowerCase().split("x");
            try {
                int w = Integer.parseInt(p[0]), h = Integer.parseInt(p[1]);
                if (p.length != 2 || w < 100 || h < 100 || w > 10000 || h > 10000) throw new NumberFormatException();
                return new PixelSize(w, h);
            } catch (RuntimeException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + v + "' is not a size (expected WIDTHxHEIGHT, 100..10000 each, e.g. 1600x1000)");
            }
        }
    }

}
