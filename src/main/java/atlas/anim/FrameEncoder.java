package atlas.anim;

import java.awt.image.BufferedImage;
import java.io.IOException;

/** Appends frames to an animation file being written, then completes it. */
interface FrameEncoder extends AutoCloseable {
    /** Adds the next frame; every frame has the animation's size. */
    void add(BufferedImage frame) throws IOException;

    /** Writes what the format needs after the last frame. Not called when the export is abandoned. */
    void finish() throws IOException;

    /** Frees what the encoder holds (threads), after {@link #finish} or when the export is abandoned. */
    @Override
    default void close() {
    }
}
