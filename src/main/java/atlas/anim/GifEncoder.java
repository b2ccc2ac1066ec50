package atlas.anim;

import com.madgag.gif.fmsware.AnimatedGifEncoder;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An animated GIF that loops forever: each frame gets its own 256-colour palette ({@link GifPalette}: the
 * map's flat colours exactly, however few their pixels, the anti-aliased edges in the slots left), so a
 * colour drawn flat is the same in every frame. The library writes the file around the palette and indexes.
 * Finding a frame's palette and compressing it depend on that frame alone, so frames are encoded on every
 * core at once, each into bytes of its own, and written in order: the file is the one a single thread
 * writes, byte for byte ({@code GifEncoderTest}).
 */
final class GifEncoder implements FrameEncoder {
    /** Memory the frames being encoded at once may hold (each about 7 bytes a pixel: the frame, its pixels, their indexes). */
    private static final long IN_FLIGHT_BYTES = Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 4);

    /** Writes the file's header and trailer; the frames' bytes go between, in order. */
    private final AnimatedGifEncoder file = new AnimatedGifEncoder();
    private final BufferedOutputStream out;
    private final int delayMs;
    private final ExecutorService workers;
    private final ArrayDeque<Future<byte[]>> encoding = new ArrayDeque<>();
    /** Frames encoded at once: the cores, fewer when the frames are large (set at the first frame). */
    private int threads;
    private int frames;

    /** Writes to {@code out}, which it does not close; frames are encoded on up to {@code cores} threads. */
    GifEncoder(OutputStream out, int fps, int cores) throws IOException {
        // The library writes byte by byte.
        this.out = new BufferedOutputStream(out, 1 << 16);
        if (!file.start(this.out)) throw new IOException("could not start the GIF");
        this.delayMs = Math.round(1000f / fps);
        this.workers = cores > 1 ? Executors.newFixedThreadPool(cores, r -> {
            Thread t = new Thread(r, "gif-frame");
            t.setDaemon(true);
            return t;
        }) : null;
        this.threads = cores;
    }

    GifEncoder(OutputStream out, int fps) throws IOException {
        this(out, fps, Runtime.getRuntime().availableProcessors());
    }

    @Override
    public void add(BufferedImage frame) throws IOException {
        boolean first = frames++ == 0;
        if (first) {
            long perFrame = 7L * frame.getWidth() * frame.getHeight();
            threads = (int) Math.max(1, Math.min(threads, IN_FLIGHT_BYTES / Math.max(1, perFrame)));
        }
        if (workers == null || threads < 2) {
            out.write(encode(frame, first, delayMs));
            return;
        }
        encoding.add(workers.submit(() -> encode(frame, first, delayMs)));
        while (encoding.size() > threads) writeNext();
    }

    @Override
    public void finish() throws IOException {
        while (!encoding.isEmpty()) writeNext();
        // The library reports write errors only as false.
        if (!file.finish()) throw new IOException("could not complete the GIF");
        out.flush();
    }

    /** Stops the encoding threads (after the last frame, or when the export is abandoned). */
    @Override
    public void close() {
        if (workers != null) workers.shutdownNow();
    }

    /** Waits for the oldest frame being encoded and writes its bytes. */
    private void writeNext() throws IOException {
        Future<byte[]> next = encoding.poll();
        try {
            out.write(next.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while encoding a frame");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IOException(c);
        }
    }

    /**
     * One frame as the library writes it after the file's header: for the first, the screen descriptor, the
     * global palette (this frame's) and the looping extension too; for any other, its own palette.
     */
    private static byte[] encode(BufferedImage frame, boolean first, int delayMs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(frame.getWidth() * frame.getHeight() / 2);
        OneFrame gif = new OneFrame(bytes, first, frame.getWidth(), frame.getHeight());
        gif.setRepeat(0);
        gif.setDelay(delayMs);
        if (!gif.addFrame(frame)) throw new IOException("could not write a GIF frame");
        return bytes.toByteArray();
    }

    /**
     * The library's encoder writing one frame into {@code bytes}, as its frame number {@code first ? 0 : n}
     * would be written, with the palette of {@link GifPalette} in place of the library's NeuQuant (which gave
     * each frame the 256 colours that best fit its pixels overall: a marker's or a key swatch's colour with a
     * few hundred pixels could go, the operating project's green came out near-black, and a colour came out
     * differently from one frame to the next).
     */
    private static final class OneFrame extends AnimatedGifEncoder {
        OneFrame(OutputStream bytes, boolean first, int w, int h) {
            out = bytes;
            started = true;
            firstFrame = first;
            // The library takes the size from its first frame only; every frame has the animation's size.
            width = w;
            height = h;
            sizeSet = true;
        }

        /** The frame's pixels ({@code pixels}, blue-green-red) to a palette and indexes, as the library's own does. */
        @Override
        protected void analyzePixels() {
            GifPalette p = new GifPalette(pixels, width, height);
            colorTab = p.rgb;
            indexedPixels = p.indexes;
            java.util.Arrays.fill(usedEntry, true);
            pixels = null;
            colorDepth = 8;
            palSize = 7;
        }
    }
}
