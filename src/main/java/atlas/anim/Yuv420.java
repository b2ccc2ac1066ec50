package atlas.anim;

import java.awt.image.BufferedImage;
import org.jcodec.common.model.Picture;

/**
 * sRGB pixels to 4:2:0 YUV as BT.601 defines it in limited range (luma 16–235, chroma 16–240 around 128): what a
 * player assumes of an H.264 stream that does not say, and what {@link Mp4Encoder}'s stream says. Each chroma
 * sample is the mean of its 2×2 pixels.
 */
final class Yuv420 {
    private Yuv420() {
    }

    /** Writes {@code frame} (even width and height) into {@code out}'s three planes (jcodec's bytes: value − 128). */
    static void fill(BufferedImage frame, Picture out) {
        int w = frame.getWidth(), h = frame.getHeight();
        byte[] yp = out.getPlaneData(0), up = out.getPlaneData(1), vp = out.getPlaneData(2);
        int yStride = out.getPlaneWidth(0), cStride = out.getPlaneWidth(1);
        int[] rows = new int[2 * w];
        for (int y = 0; y < h; y += 2) {
            frame.getRGB(0, y, w, 2, rows, 0, w);
            for (int x = 0; x < w; x += 2) {
                int r = 0, g = 0, b = 0;
                for (int k = 0; k < 4; k++) {
                    int i = (k >> 1) * w + x + (k & 1), p = rows[i];
                    int pr = p >> 16 & 255, pg = p >> 8 & 255, pb = p & 255;
                    yp[(y + (k >> 1)) * yStride + x + (k & 1)] = (byte) (luma(pr, pg, pb) - 128);
                    r += pr;
                    g += pg;
                    b += pb;
                }
                // Sums of four pixels: the coefficients' 2^16 scale becomes 2^18; jcodec keeps chroma as its difference from 128.
                up[(y >> 1) * cStride + (x >> 1)] = (byte) clip((-9714 * r - 19070 * g + 28784 * b + (1 << 17)) >> 18);
                vp[(y >> 1) * cStride + (x >> 1)] = (byte) clip((28784 * r - 24103 * g - 4681 * b + (1 << 17)) >> 18);
            }
        }
    }

    /** BT.601 limited-range luma, 16–235. */
    static int luma(int r, int g, int b) {
        return (16829 * r + 33039 * g + 6416 * b + (16 << 16) + (1 << 15)) >> 16;
    }

    /** Chroma (a difference from 128) kept within 16–240. */
    private static int clip(int c) {
        return Math.max(-112, Math.min(112, c));
    }
}
