package atlas.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG the render command writes reads back, through ImageIO, as exactly the pixels given. */
class PngEncoderTest {
    private static int[] decode(byte[] png, int w, int h) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(w, img.getWidth());
        assertEquals(h, img.getHeight());
        assertEquals(4, img.getColorModel().getNumComponents(), "RGBA, as ImageIO writes the same picture");
        return img.getRGB(0, 0, w, h, null, 0, w);
    }

    @Test
    void pixelsRoundTrip() throws Exception {
        // Flat areas (as a map has), noise, every alpha, and a size whose compressed rows span several IDAT chunks.
        int w = 701, h = 389;
        int[] px = new int[w * h];
        Random r = new Random(8);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                px[i] = y < h / 3 ? 0xff2a5d8f : y < 2 * h / 3 ? r.nextInt() : ((x & 0xff) << 24) | (y & 0xff) << 8 | 0x40;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(px, w, h, out);
        int[] back = decode(out.toByteArray(), w, h);
        // ImageIO gives fully transparent pixels back as they were written (no premultiplication).
        assertArrayEquals(px, back);
    }

    @Test
    void onePixel() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(new int[] {0x80ff0000}, 1, 1, out);
        assertArrayEquals(new int[] {0x80ff0000}, decode(out.toByteArray(), 1, 1));
    }
}
