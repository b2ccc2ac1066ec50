package atlas.app;

import atlas.io.AtomicFiles;
import atlas.lang.Language;
import atlas.state.AtlasState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

/**
 * What the window remembers between runs: the date or range, the fading window, the theme, whether the
 * list shows places, the window size and the language. Stored as a properties file (written atomically). Every value is checked when read
 * ({@link #load}); a missing or damaged file, or a bad value in it, falls back to its default with one
 * notice and never stops the atlas; the bad value is not kept, so it is never written back.
 */
record Settings(LocalDate date, boolean range, LocalDate from, LocalDate to, int trailingMonths, boolean dark, boolean showPlaces,
                double width, double height, Language language) {
    /** The language when none is remembered: the system's, if the atlas speaks it, else English. */
    static final Language SYSTEM_LANGUAGE = java.util.Objects.requireNonNullElse(Language.of(java.util.Locale.getDefault().getLanguage()), Language.EN);
    static final Settings DEFAULTS = new Settings(atlas.story.Story.OPENING_DATE, false, LocalDate.of(2013, 1, 1), LocalDate.of(2016, 12, 31), 12, false, true, 1400, 900, SYSTEM_LANGUAGE);

    Settings(LocalDate date, boolean range, LocalDate from, LocalDate to, int trailingMonths, boolean dark, boolean showPlaces, double width, double height) {
        this(date, range, from, to, trailingMonths, dark, showPlaces, width, height, SYSTEM_LANGUAGE);
    }

    Settings {
        if (to.isBefore(from)) throw new IllegalArgumentException("range ends before it starts");
        if (trailingMonths < 0 || trailingMonths > 120) throw new IllegalArgumentException("trailing months out of 0..120");
        width = Math.max(640, Math.min(10000, width));
        height = Math.max(480, Math.min(10000, height));
        if (language == null) language = Language.EN;
    }

    /** {@code settings.properties} in the atlas's config folder ({@link atlas.io.Faults#configFolder}); the system property {@code atlas.settings} overrides it. */
    static Path defaultPath() {
        String override = System.getProperty("atlas.settings");
        if (override != null) return Path.of(override);
        return atlas.io.Faults.configFolder().resolve("settings.properties");
    }

    /**
     * What a remembered value may be: dates within the atlas's span, a window no larger than the screen
     * (and no smaller than the atlas can lay out).
     */
    record Bounds(LocalDate first, LocalDate last, double maxWidth, double maxHeight) {
        static final double MIN_WIDTH = 640, MIN_HEIGHT = 480;

        /** The span of {@code first}..{@code last} widened by a year each way; the screen's visible size. */
        static Bounds of(LocalDate first, LocalDate last, double screenWidth, double screenHeight) {
            return new Bounds(first.minusYears(1), last.plusYears(1), Math.max(MIN_WIDTH, screenWidth), Math.max(MIN_HEIGHT, screenHeight));
        }
    }

    /**
     * Reads the settings, checking every value against {@code bounds}: a value that is missing takes its
     * default; one that is malformed or out of range takes its default too, and {@code notices} gets one
     * line naming it (the value is not kept, so the next save writes the default, never the bad value).
     * A file that cannot be read at all gives the defaults and one notice. Never throws.
     */
    static Settings load(Path file, List<String> notices, Bounds bounds) {
        if (!Files.isRegularFile(file)) return fit(DEFAULTS, bounds);
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > MAX_BYTES) throw new IOException("the file is larger than " + MAX_BYTES + " bytes");
            p.load(in);
        } catch (IOException | RuntimeException e) {
            notices.add(file + ": settings ignored (" + atlas.io.Texts.clip(String.valueOf(e.getMessage())) + "); using the defaults");
            return fit(DEFAULTS, bounds);
        }
        List<String> bad = new java.util.ArrayList<>();
        Settings d = fit(DEFAULTS, bounds);
        LocalDate date = date(p, "date", d.date, bounds, bad);
        LocalDate from = date(p, "from", d.from, bounds, bad);
        LocalDate to = date(p, "to", d.to, bounds, bad);
        if (to.isBefore(from)) {
            bad.add("from/to " + from + "/" + to + " (the range ends before it starts)");
            from = d.from;
            to = d.to;
        }
        boolean range = bool(p, "range", d.range, bad);
        int trailing = (int) number(p, "trailingMonths", d.trailingMonths, 0, 120, true, bad);
        boolean dark = bool(p, "dark", d.dark, bad);
        boolean showPlaces = bool(p, "showPlaces", d.showPlaces, bad);
        double width = number(p, "width", d.width, Bounds.MIN_WIDTH, bounds.maxWidth(), false, bad);
        double height = number(p, "height", d.height, Bounds.MIN_HEIGHT, bounds.maxHeight(), false, bad);
        Language language = d.language;
        String lang = p.getProperty("language");
        if (lang != null) {
            language = Language.of(lang);
            if (language == null) {
                bad.add("language '" + atlas.io.Texts.clip(lang) + "' (one of " + Language.codes() + ")");
                language = d.language;
            }
        }
        if (!bad.isEmpty()) notices.add(file + ": " + String.join("; ", bad) + (bad.size() == 1 ? " is" : " are") + " not usable: the default is used instead");
        return new Settings(date, range, from, to, trailing, dark, showPlaces, width, height, language);
    }

    /** A settings file is a few hundred bytes; a larger one is not this atlas's. */
    static final long MAX_BYTES = 64 * 1024;

    /** The defaults, the window no larger than the screen. */
    private static Settings fit(Settings s, Bounds b) {
        return new Settings(s.date, s.range, s.from, s.to, s.trailingMonths, s.dark, s.showPlaces, Math.min(s.width, b.maxWidth()), Math.min(s.height, b.maxHeight()), s.language);
    }

    private static LocalDate date(Properties p, String key, LocalDate fallback, Bounds b, List<String> bad) {
        String v = p.getProperty(key);
        if (v == null) return fallback;
        try {
            LocalDate d = LocalDate.parse(v.strip());
            if (!d.isBefore(b.first()) && !d.isAfter(b.last())) return d;
            bad.add(key + " '" + atlas.io.Texts.clip(v) + "' (outside " + b.first() + " to " + b.last() + ")");
        } catch (java.time.format.DateTimeParseException e) {
            bad.add(key + " '" + atlas.io.Texts.clip(v) + "' (not a date YYYY-MM-DD)");
        }
        return fallback;
    }

    private static boolean bool(Properties p, String key, boolean fallback, List<String> bad) {
        String v = p.getProperty(key);
        if (v == null) return fallback;
        if (v.strip().equalsIgnoreCase("true")) return true;
        if (v.strip().equalsIgnoreCase("false")) return false;
        bad.add(key + " '" + atlas.io.Texts.clip(v) + "' (true or false)");
        return fallback;
    }

    private static double number(Properties p, String key, double fallback, double min, double max, boolean whole, List<String> bad) {
        String v = p.getProperty(key);
        if (v == null) return fallback;
        try {
            double d = Double.parseDouble(v.strip());
            if (d >= min && d <= max && (!whole || d == Math.rint(d))) return d;
        } catch (NumberFormatException e) {
            // said below
        }
        bad.add(key + " '" + atlas.io.Texts.clip(v) + "' (" + (whole ? "a whole number " : "a number ") + Math.round(min) + " to " + Math.round(max) + ")");
        return fallback;
    }

    void save(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("date", date.toString());
        p.setProperty("range", Boolean.toString(range));
        p.setProperty("from", from.toString());
        p.setProperty("to", to.toString());
        p.setProperty("trailingMonths", Integer.toString(trailingMonths));
        p.setProperty("dark", Boolean.toString(dark));
        p.setProperty("showPlaces", Boolean.toString(showPlaces));
        p.setProperty("width", Long.toString(Math.round(width)));
        p.setProperty("height", Long.toString(Math.round(height)));
        p.setProperty("language", language.code());
        AtomicFiles.write(file, out -> p.store(out, "Belarus–China Atlas window settings"));
    }

    static Settings of(AtlasState s, boolean dark, boolean showPlaces, double width, double height) {
        return new Settings(s.date(), s.rangeModeProperty().get(), s.rangeFromProperty().get(), s.rangeToProperty().get(),
                s.trailingMonthsProperty().get(), dark, showPlaces, width, height, atlas.lang.Ui.language());
    }

    void applyTo(AtlasState s) {
        s.dateProperty().set(date);
        s.rangeFromProperty().set(from);
        s.rangeToProperty().set(to);
        s.trailingMonthsProperty().set(trailingMonths);
        s.rangeModeProperty().set(range);
    }
}
