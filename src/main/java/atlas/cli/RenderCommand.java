package atlas.cli;

import atlas.io.AtomicFiles;
import atlas.map.MapExport;
import atlas.state.AtlasState;
import atlas.story.AtlasData;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code render}: writes the map as it stands on a date (or over a range) to a PNG, with no display needed. */
@Command(name = "render", mixinStandardHelpOptions = true, exitCodeListHeading = AtlasCommand.EXIT_CODES_HEADING, exitCodeList = {
        "0:everything loaded and done", "3:done, but some input was skipped (each problem is one 'warning:' line on stderr)",
        "2:a usage error, or nothing could be loaded from a --data path (missing, empty, unreadable, too large)",
        "1:an unexpected fault of the atlas (one 'error:' line names the log file with the details)"},
        description = "Draw the map for a date or a range to a PNG file (works with no display).")
public final class RenderCommand implements Callable<Integer> {
    @Mixin
    DateOptions time;

    @Option(names = "--out", required = true, description = "The PNG file to write (written atomically).")
    Path out;

    @Option(names = "--size", defaultValue = "1600x1000", converter = Size.class, description = "Picture size WIDTHxHEIGHT in pixels (default ${DEFAULT-VALUE}).")
    PixelSize size;

    @Option(names = "--view", defaultValue = "eurasia", description = "What the picture shows: eurasia or belarus (default ${DEFAULT-VALUE}).")
    String view;

    @Mixin
    DataOptions data = new DataOptions();

    @Option(names = "--trail-months", defaultValue = "12", description = "With --date: months before the date whose events still show, fading (default ${DEFAULT-VALUE}).")
    int trailMonths;

    @Override
    public Integer call() throws Exception {
        LocalDate[] w = time.window(LocalDate.of(2023, 12, 4));
        if (!view.equals("eurasia") && !view.equals("belarus")) throw new IllegalArgumentException("--view must be eurasia or belarus, not '" + atlas.io.Texts.clip(view) + "'");
        this.data.refuseOverwrite(out);
        AtlasData data = AtlasData.load(this.data.spec(null));
        DataOptions.report(data);
        HeadlessFx.start();
        BufferedImage img = HeadlessFx.call(() -> draw(data, w));
        try {
            AtomicFiles.write(out, o -> ImageIO.write(img, "png", o));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(DataOptions.cannotWrite(out, e));
        }
        System.err.println(atlas.io.Texts.line("wrote " + out + " (" + img.getWidth() + "x" + img.getHeight() + ")"));
        return data.problems().isEmpty() ? 0 : 3;
    }

    private BufferedImage draw(AtlasData data, LocalDate[] w) {
        AtlasState state = new AtlasState(data.story());
        state.trailingMonthsProperty().set(Math.max(0, trailMonths));
        if (time.isRange()) {
            state.rangeFromProperty().set(w[0]);
            state.rangeToProperty().set(w[1]);
            state.rangeModeProperty().set(true);
        } else {
            state.dateProperty().set(w[0]);
        }
        WritableImage snap = MapExport.render(state, data.geo(), size.width(), size.height(),
                v -> view.equals("belarus") ? Views.belarus(v) : v);
        return SwingFXUtils.fromFXImage(snap, null);
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
