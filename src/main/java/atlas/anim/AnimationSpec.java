package atlas.anim;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What an animation shows: one frame per {@link Step} from {@code from} to {@code to}, each with the
 * cursor on its date and events fading over the {@code trailMonths} before it, played at {@code fps}
 * frames a second, {@code width} × {@code height} pixels.
 */
public record AnimationSpec(LocalDate from, LocalDate to, Step step, int fps, int width, int height, int trailMonths) {
    /** Bounds a user can reach by mistake; beyond them an export takes hours or gigabytes. */
    public static final int MAX_FPS = 60;
    public static final int MAX_FRAMES = 5_000;
    public static final int MIN_SIZE = 100, MAX_SIZE = 4_000;

    public AnimationSpec {
        if (from == null || to == null || step == null) throw new IllegalArgumentException("from, to and step are needed");
        if (to.isBefore(from)) throw new IllegalArgumentException("the end " + to + " is before the start " + from);
        if (fps < 1 || fps > MAX_FPS) throw new IllegalArgumentException("frames per second must be 1.." + MAX_FPS + ", not " + fps);
        if (width < MIN_SIZE || height < MIN_SIZE || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("size must be " + MIN_SIZE + ".." + MAX_SIZE + " pixels each way, not " + width + "x" + height);
        }
        if (trailMonths < 0) throw new IllegalArgumentException("the fading window cannot be negative");
        int n = step.dates(from, to).size();
        if (n > MAX_FRAMES) throw new IllegalArgumentException(n + " frames is too many (at most " + MAX_FRAMES + "); take a longer step");
    }

    /** The date of each frame, in order. */
    public List<LocalDate> dates() {
        return step.dates(from, to);
    }

    /** The file formats an animation is written in, chosen by the file name's extension. */
    public enum Format {
        GIF("gif"), MP4("mp4");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The format of {@code file} by its extension, or null if it names neither. */
        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : values()) if (name.endsWith("." + f.extension)) return f;
            return null;
        }
    }
}
