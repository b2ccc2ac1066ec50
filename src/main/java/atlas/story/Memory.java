package atlas.story;

import atlas.io.DataSource;
import java.io.IOException;
import java.nio.file.Files;

/**
 * What a load may cost in memory. A file is refused before reading when it is larger than most of the
 * heap (every format holds at least a good part of a file's size in memory once loaded); a load that
 * still runs out of memory is stopped and dropped by {@link LayerLoader}, never left to kill the atlas.
 */
final class Memory {
    /** A file larger than this share of the maximum heap is refused unread. */
    static final double MAX_FILE_SHARE = 0.75;

    private Memory() {
    }

    /** Why {@code src} is too large to load here, or null when it may be tried. */
    static String refusal(DataSource src) {
        if (src.path() == null) return null;
        long size;
        try {
            size = Files.size(src.path());
        } catch (IOException | SecurityException e) {
            return null; // the reader says what is wrong with it
        }
        long max = Runtime.getRuntime().maxMemory();
        if (size <= max * MAX_FILE_SHARE) return null;
        return "the file is " + size(size) + ", too large for the " + size(max) + " of memory this atlas may use: not read. "
                + "Start Java with more (java -Xmx" + Math.max(2, (long) Math.ceil(size * 3.0 / (1L << 30))) + "g -jar …) or split the file";
    }

    /** The message for a load that ran out of memory after {@code features} features. */
    static String exhausted(long features) {
        return "ran out of memory after " + features + " features (this atlas may use " + size(Runtime.getRuntime().maxMemory())
                + "): the layer is not loaded. Start Java with more memory (java -Xmx4g -jar …) or open a smaller file";
    }

    static String size(long bytes) {
        if (bytes >= 1L << 30) return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        return String.format(java.util.Locale.ROOT, "%d MB", Math.max(1, bytes >> 20));
    }
}
