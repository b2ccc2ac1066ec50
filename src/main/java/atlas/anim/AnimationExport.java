package atlas.anim;

import atlas.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Writes an animation: one frame per date of an {@link AnimationSpec}, drawn by a {@link FrameSource},
 * encoded as GIF or MP4 by the file's extension. The file is written atomically: until the last frame
 * is in, only a hidden temporary file exists beside it, and a cancelled or failed export deletes that
 * and leaves whatever was at {@code out} before untouched.
 *
 * <p>Call it off the JavaFX thread (frames are drawn on it, see {@link MapFrames}).
 */
public final class AnimationExport {
    /** Draws the frame for one date. */
    @FunctionalInterface
    public interface FrameSource {
        BufferedImage frameAt(LocalDate date);
    }

    /** Told after each frame is written. */
    @FunctionalInterface
    public interface Progress {
        void frameDone(int done, int total, LocalDate date);
    }

    private AnimationExport() {
    }

    /**
     * Writes the animation to {@code out}.
     *
     * @param cancelled polled before each frame; when it turns true the export stops with a
     *                  {@link CancellationException} and no file is left
     * @throws IllegalArgumentException if {@code out} is neither .gif nor .mp4, or an MP4 size is odd
     */
    public static void write(AnimationSpec spec, FrameSource frames, Path out, Progress progress, BooleanSupplier cancelled) throws IOException {
        AnimationSpec.Format format = AnimationSpec.Format.of(out);
        if (format == null) throw new IllegalArgumentException(out + ": an animation is written as .gif or .mp4");
        if (format == AnimationSpec.Format.MP4 && (spec.width() % 2 != 0 || spec.height() % 2 != 0)) {
            throw new IllegalArgumentException("an MP4's width and height must be even, not " + spec.width() + "x" + spec.height());
        }
        List<LocalDate> dates = spec.dates();
        AtomicFiles.writeChannel(out, ch -> {
            try (FrameEncoder enc = format == AnimationSpec.Format.GIF
                    ? new GifEncoder(java.nio.channels.Channels.newOutputStream(ch), spec.fps())
                    : new Mp4Encoder(ch, spec.fps())) {
                frames(spec, frames, dates, enc, progress, cancelled);
            }
        });
    }

    private static void frames(AnimationSpec spec, FrameSource frames, List<LocalDate> dates, FrameEncoder enc, Progress progress,
                               BooleanSupplier cancelled) throws IOException {
        for (int i = 0; i < dates.size(); i++) {
            if (cancelled.getAsBoolean()) throw new CancellationException("export cancelled");
            BufferedImage frame = frames.frameAt(dates.get(i));
            if (frame.getWidth() != spec.width() || frame.getHeight() != spec.height()) {
                throw new IllegalStateException("frame of " + frame.getWidth() + "x" + frame.getHeight() + ", expected " + spec.width() + "x" + spec.height());
            }
            enc.add(frame);
            progress.frameDone(i + 1, dates.size(), dates.get(i));
        }
        if (cancelled.getAsBoolean()) throw new CancellationException("export cancelled");
        enc.finish();
    }
}
