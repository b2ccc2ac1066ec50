package atlas.anim;

import com.madgag.gif.fmsware.AnimatedGifEncoder;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** An animated GIF that loops forever: each frame gets its own 256-colour palette (NeuQuant). */
final class GifEncoder implements FrameEncoder {
    /**
     * NeuQuant's sampling factor (1 = every pixel, 10 = the library's default). At 5 the few pixels of a key
     * swatch whose colour is nowhere else in the frame (China's, in the Belarus view) lost their colour; 2
     * keeps it, for about 0.6 s more CPU a 1280×800 frame.
     */
    private static final int QUALITY = 2;
    private final AnimatedGifEncoder gif = new AnimatedGifEncoder();
    private final BufferedOutputStream out;

    /** Writes to {@code out}, which it does not close. */
    GifEncoder(OutputStream out, int fps) throws IOException {
        // The library writes byte by byte.
        this.out = new BufferedOutputStream(out, 1 << 16);
        if (!gif.start(this.out)) throw new IOException("could not start the GIF");
        gif.setRepeat(0);
        gif.setDelay(Math.round(1000f / fps));
        gif.setQuality(QUALITY);
    }

    @Override
    public void add(BufferedImage frame) throws IOException {
        // The library reports write errors only as false.
        if (!gif.addFrame(frame)) throw new IOException("could not write a GIF frame");
    }

    @Override
    public void finish() throws IOException {
        if (!gif.finish()) throw new IOException("could not complete the GIF");
        out.flush();
    }
}
