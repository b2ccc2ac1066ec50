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

    /** One line, e.g. {@code events.geojson:42: item 'gs-agreement': end is before start}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(Texts.line(file));
        if (line > 0) b.append(':').append(line);
        b.append(": ");
        if (itemId != null) b.append("item '").append(itemId).append("': ");
        return b.append(message).toString();
    }
}
