package atlas.anim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

/** GIF frames read back with javax.imageio: the colours drawn flat come back exactly, in every frame. */
class GifEncoderTest {
    /** Small flat colours, as a key's swatches and the markers are: the project stages, the border along Belarus. */
    private static final int[] SWATCHES = {0x2e7d32, 0x8d6e63, 0xef6c00, 0xc2185b, 0x1565c0};

    @Test
    void smallFlatColoursKeepTheirValueInEveryFrame() throws Exception {
        List<BufferedImage> frames = new ArrayList<>();
        for (int i = 0; i < 6; i++) frames.add(mapLike(i, 480, 300));
        List<BufferedImage> read = read(encode(frames, 2));
        assertEquals(frames.size(), read.size());
        for (int f = 0; f < frames.size(); f++) {
            BufferedImage drawn = frames.get(f), gif = read.get(f);
            for (int s = 0; s < SWATCHES.length; s++) {
                int x0 = 20 + 14 * s, y0 = 250;
                for (int y = y0; y < y0 + 8; y++) {
                    for (int x = x0; x < x0 + 8; x++) {
                        assertEquals(SWATCHES[s], drawn.getRGB(x, y) & 0xffffff);
                        assertEquals(SWATCHES[s], gif.getRGB(x, y) & 0xffffff,
                                String.format("frame %d, swatch #%06x at %d,%d is #%06x", f, SWATCHES[s], x, y, gif.getRGB(x, y) & 0xffffff));
                    }
                }
            }
            // The land and the sea (the most pixels) too, and the whole frame within an edge's error.
            assertEquals(0xf2efe6, gif.getRGB(5, 5) & 0xffffff, "land in frame " + f);
            assertEquals(0xbcd8e8, gif.getRGB(470, 290) & 0xffffff, "sea in frame " + f);
            long off = 0;
            for (int y = 0; y < drawn.getHeight(); y++) {
                for (int x = 0; x < drawn.getWidth(); x++) if (distance(drawn.getRGB(x, y), gif.getRGB(x, y)) > 48) off++;
            }
            assertTrue(off < drawn.getWidth() * drawn.getHeight() / 200, off + " pixels of frame " + f + " far from what was drawn");
        }
    }

    @Test
    void framesEncodedOnEveryCoreMakeTheFileOneThreadWrites() throws Exception {
        List<BufferedImage> frames = new ArrayList<>();
        for (int i = 0; i < 7; i++) frames.add(mapLike(i, 200, 150));
        byte[] alone = encode(frames, 1);
        for (int cores : new int[] {2, 4}) assertArrayEquals(alone, encode(frames, cores), "on " + cores + " threads");
        assertEquals(7, read(alone).size());
        long until = System.nanoTime() + 5_000_000_000L;
        while (encodingThreadAlive() && System.nanoTime() < until) Thread.sleep(20);
        assertEquals(false, encodingThreadAlive(), "no encoding thread left");
    }

    @Test
    void aFrameOfFewColoursKeepsThemAll() throws Exception {
        BufferedImage img = new BufferedImage(64, 32, BufferedImage.TYPE_3BYTE_BGR);
        for (int x = 0; x < 64; x++) for (int y = 0; y < 32; y++) img.setRGB(x, y, x * 0x030201 + (y & 3) * 0x000040);
        BufferedImage gif = read(encode(List.of(img), 1)).get(0);
        for (int x = 0; x < 64; x++) for (int y = 0; y < 32; y++) assertEquals(img.getRGB(x, y), gif.getRGB(x, y), x + "," + y);
    }

    /**
     * A frame like a map's: land, sea, a country, gradients and anti-aliased shapes that differ from frame to
     * frame (thousands of colours), and a row of 8×8 swatches whose colours are nowhere else.
     */
    static BufferedImage mapLike(int i, int w, int h) {
        Random r = new Random(11 + i);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xf2efe6));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0xbcd8e8));
        g.fillRect(w / 2, h / 2, w - w / 2, h - h / 2);
        g.setPaint(new GradientPaint(0, 0, new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256)), w / 2f, h / 3f,
                new Color(r.nextInt(256), 40 + 20 * i, 200)));
        g.fillRect(w / 8, h / 8, w / 3, h / 3);
        g.setColor(new Color(0xf3b3a6));
        g.fill(new Ellipse2D.Double(w * 0.55, h * 0.1, w * 0.3, h * 0.3));
        g.setStroke(new BasicStroke(1.7f));
        for (int k = 0; k < 40; k++) {
            g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), 90 + r.nextInt(160)));
            g.draw(new Ellipse2D.Double(r.nextInt(w), r.nextInt(h / 2), 5 + r.nextInt(60), 5 + r.nextInt(40)));
        }
        g.dispose();
        for (int s = 0; s < SWATCHES.length && 20 + 14 * s + 8 <= w && 258 <= h; s++) {
            for (int y = 250; y < 258; y++) for (int x = 20 + 14 * s; x < 28 + 14 * s; x++) img.setRGB(x, y, SWATCHES[s]);
        }
        return img;
    }

    static byte[] encode(List<BufferedImage> frames, int cores) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GifEncoder enc = new GifEncoder(out, 4, cores)) {
            for (BufferedImage f : frames) enc.add(f);
            enc.finish();
        }
        return out.toByteArray();
    }

    static List<BufferedImage> read(byte[] gif) throws Exception {
        List<BufferedImage> frames = new ArrayList<>();
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in);
            for (int i = 0, n = reader.getNumImages(true); i < n; i++) frames.add(reader.read(i));
        }
        return frames;
    }

    private static int distance(int p, int q) {
        return Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p >> 8 & 255) - (q >> 8 & 255)) + Math.abs((p & 255) - (q & 255));
    }

    private static boolean encodingThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("gif-frame") && t.isAlive());
    }
}
