package atlas.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where the atlas's own faults go. A user never sees a stack trace: an unexpected failure is written,
 * with its trace, to a log file in the atlas's config folder, and the one line a user sees says so and
 * where. The log is kept small (started afresh past {@link #MAX_LOG_BYTES}).
 */
public final class Faults {
    /** The log is started afresh when it passes this size, so it never grows without end. */
    static final long MAX_LOG_BYTES = 1 << 20;

    private Faults() {
    }

    /**
     * The atlas's config folder: {@code $XDG_CONFIG_HOME/belarus-china-atlas}, or
     * {@code ~/.config/belarus-china-atlas}; the system property {@code atlas.config} overrides it.
     */
    public static Path configFolder() {
        String override = System.getProperty("atlas.config");
        if (override != null && !override.isBlank()) return Path.of(override);
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("belarus-china-atlas");
    }

    public static Path logFile() {
        return configFolder().resolve("errors.log");
    }

    /**
     * Appends {@code t} with its trace to the log; returns the log's path, or null when it could not be
     * written (a read-only home). Never throws.
     */
    public static Path record(String context, Throwable t) {
        Path log = logFile();
        try {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            String entry = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " " + context
                    + " (Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + ")\n" + trace + "\n";
            Files.createDirectories(log.getParent());
            boolean fresh = Files.exists(log) && Files.size(log) > MAX_LOG_BYTES;
            Files.writeString(log, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    fresh ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
            return log;
        } catch (IOException | RuntimeException | Error e) {
            return null;
        }
    }

    /** The one line a user sees for an unexpected failure {@code t}, after it was recorded. */
    public static String message(String context, Throwable t) {
        Path log = record(context, t);
        String what = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + Texts.clip(t.getMessage()));
        return "unexpected failure (" + what + "). This is a fault in the atlas, not in your data; "
                + (log != null ? "the details are in " + log : "the details could not be written to " + logFile());
    }

    /** The first cause that is not a wrapper (CompletionException, ExecutionException, …). */
    public static Throwable root(Throwable t) {
        Throwable c = t;
        while ((c instanceof java.util.concurrent.CompletionException || c instanceof java.util.concurrent.ExecutionException
                || c instanceof java.lang.reflect.InvocationTargetException || c instanceof java.io.UncheckedIOException
                || (c instanceof IllegalStateException && c.getCause() != null && c.getMessage() != null && c.getMessage().equals(c.getCause().toString())))
                && c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    /** Whether {@code t} or a cause is the heap running out. */
    public static boolean outOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) if (c instanceof OutOfMemoryError) return true;
        return false;
    }

    /** The line for a run that ran out of memory. */
    public static String outOfMemoryMessage() {
        long max = Runtime.getRuntime().maxMemory() >> 20;
        return "the atlas ran out of memory (it may use " + max + " MB): load less data, or give Java more memory, e.g. java -Xmx"
                + Math.max(2, 2 * ((max + 1023) / 1024)) + "g -jar belarus-china-atlas.jar …";
    }
}
