package atlas.app;

import atlas.io.AtomicFiles;
import atlas.state.AtlasState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

/**
 * What the window remembers between runs: the date or range, the fading window, the theme and the
 * window size. Stored as a properties file (written atomically); a missing or damaged file, or a bad
 * value in it, falls back to the defaults with a warning and never stops the atlas.
 */
record Settings(LocalDate date, boolean range, LocalDate from, LocalDate to, int trailingMonths, boolean dark, double width, double height) {
    static final Settings DEFAULTS = new Settings(atlas.story.Story.OPENING_DATE, false, LocalDate.of(2013, 1, 1), LocalDate.of(2016, 12, 31), 12, false, 1400, 900);

    Settings {
        if (to.isBefore(from)) throw new IllegalArgumentException("range ends before it starts");
        if (trailingMonths < 0 || trailingMonths > 120) throw new IllegalArgumentException("trailing months out of 0..120");
        width = Math.max(640, Math.min(10000, width));
        height = Math.max(480, Math.min(10000, height));
    }

    /** {@code $XDG_CONFIG_HOME/belarus-china-atlas/settings.properties}, or under ~/.config; the system property {@code atlas.settings} overrides it. */
    static Path defaultPath() {
        String override = System.getProperty("atlas.settings");
        if (override != null) return Path.of(override);
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("belarus-china-atlas").resolve("settings.properties");
    }

    static Settings load(Path file, List<String> warnings) {
        if (!Files.exists(file)) return DEFAULTS;
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return new Settings(
                    LocalDate.parse(p.getProperty("date", DEFAULTS.date.toString())),
                    Boolean.parseBoolean(p.getProperty("range", "false")),
                    LocalDate.parse(p.getProperty("from", DEFAULTS.from.toString())),
                    LocalDate.parse(p.getProperty("to", DEFAULTS.to.toString())),
                    Integer.parseInt(p.getProperty("trailingMonths", "12")),
                    Boolean.parseBoolean(p.getProperty("dark", "false")),
                    Double.parseDouble(p.getProperty("width", "1400")),
                    Double.parseDouble(p.getProperty("height", "900")));
        } catch (IOException | RuntimeException e) {
            warnings.add(file + ": settings ignored (" + e.getMessage() + "); using the defaults");
            return DEFAULTS;
        }
    }

    void save(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("date", date.toString());
        p.setProperty("range", Boolean.toString(range));
        p.setProperty("from", from.toString());
        p.setProperty("to", to.toString());
        p.setProperty("trailingMonths", Integer.toString(trailingMonths));
        p.setProperty("dark", Boolean.toString(dark));
        p.setProperty("width", Long.toString(Math.round(width)));
        p.setProperty("height", Long.toString(Math.round(height)));
        AtomicFiles.write(file, out -> p.store(out, "Belarus–China Atlas window settings"));
    }

    static Settings of(AtlasState s, boolean dark, double width, double height) {
        return new Settings(s.date(), s.rangeModeProperty().get(), s.rangeFromProperty().get(), s.rangeToProperty().get(),
                s.trailingMonthsProperty().get(), dark, width, height);
    }

    void applyTo(AtlasState s) {
        s.dateProperty().set(date);
        s.rangeFromProperty().set(from);
        s.rangeToProperty().set(to);
        s.trailingMonthsProperty().set(trailingMonths);
        s.rangeModeProperty().set(range);
    }
}
