package atlas.io;

import java.util.Objects;

/**
 * One thing wrong with an input file, said so that a user can act on it: which file, which item
 * (may be {@code null} when the file as a whole is broken), where (line, or 0 when unknown) and what.
 */
public record Problem(String file, String itemId, int line, String message) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /**
     * One line, e.g. {@code events.geojson:42: item 'gs-agreement': end is before start}. Values in a
     * message are quoted with {@link Texts#clip} where it is made; the whole line is escaped again here
     * ({@link Texts#line}), so a value quoted raw by mistake still cannot reach a terminal as control
     * characters or run on for megabytes.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) b.append(':').append(line);
        b.append(": ");
        if (itemId != null) b.append("item '").append(Texts.clip(itemId)).append("': ");
        return Texts.line(b.append(message).toString());
    }
}
