package atlas.anim;

import java.util.Arrays;

/**
 * One GIF frame's 256 colours and each pixel's index in them. A map is a few flat colours (land, sea, the
 * countries, the key's swatches, the markers) and the anti-aliased edges between them: every colour that fills
 * a 2×2 block somewhere keeps its exact value (most blocks first, up to {@link #EXACT}), and the other colours
 * share the slots left, found by median cut, each pixel taking the nearest colour of the whole palette. So a
 * colour drawn flat, however few its pixels (a 10-pixel marker, a key's swatch), is the same in every frame.
 * A frame of 256 colours or fewer keeps them all.
 */
final class GifPalette {
    /** Colours kept exactly at most; the rest of the 256 are for the edges. */
    static final int EXACT = 192;

    /** The palette, red, green, blue for each of 256 entries (unused ones black). */
    final byte[] rgb = new byte[768];
    /** Each pixel's entry, row by row. */
    final byte[] indexes;

    /**
     * @param bgr the pixels as three bytes each, blue, green, red (a {@code TYPE_3BYTE_BGR} image's raster)
     */
    GifPalette(byte[] bgr, int width, int height) {
        int n = width * height;
        int[] px = new int[n];
        for (int i = 0, j = 0; i < n; i++, j += 3) px[i] = (bgr[j + 2] & 255) << 16 | (bgr[j + 1] & 255) << 8 | bgr[j] & 255;
        ColourCounts counts = new ColourCounts();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x, c = px[i];
                boolean block = x + 1 < width && y + 1 < height && px[i + 1] == c && px[i + width] == c && px[i + width + 1] == c;
                counts.add(c, block);
            }
        }
        int colours = counts.size;
        int[] keys = Arrays.copyOf(counts.keysInOrder, colours);
        int[] palette;
        if (colours <= 256) {
            palette = keys;
        } else {
            palette = choose(counts, keys);
        }
        for (int e = 0; e < palette.length; e++) {
            rgb[3 * e] = (byte) (palette[e] >> 16);
            rgb[3 * e + 1] = (byte) (palette[e] >> 8);
            rgb[3 * e + 2] = (byte) palette[e];
        }
        // Each distinct colour's entry, found once.
        int[] entry = new int[colours];
        for (int k = 0; k < colours; k++) entry[k] = nearest(palette, keys[k]);
        indexes = new byte[n];
        for (int i = 0; i < n; i++) indexes[i] = (byte) entry[counts.slot(px[i])];
    }

    /** The flat colours (most 2×2 blocks first), then median cut over the rest, 256 in all. */
    private static int[] choose(ColourCounts counts, int[] keys) {
        Integer[] byBlocks = new Integer[keys.length];
        for (int k = 0; k < keys.length; k++) byBlocks[k] = k;
        Arrays.sort(byBlocks, (a, b) -> counts.blocks[b] != counts.blocks[a] ? Integer.compare(counts.blocks[b], counts.blocks[a]) : Integer.compare(a, b));
        int exact = 0;
        while (exact < EXACT && exact < keys.length && counts.blocks[byBlocks[exact]] > 0) exact++;
        int[] palette = new int[256];
        boolean[] taken = new boolean[keys.length];
        for (int e = 0; e < exact; e++) {
            palette[e] = keys[byBlocks[e]];
            taken[byBlocks[e]] = true;
        }
        int rest = 0;
        int[] restColours = new int[keys.length - exact], restWeights = new int[keys.length - exact];
        for (int k = 0; k < keys.length; k++) {
            if (taken[k]) continue;
            restColours[rest] = keys[k];
            restWeights[rest++] = counts.pixels[k];
        }
        int[] cut = MedianCut.colours(restColours, restWeights, 256 - exact);
        System.arraycopy(cut, 0, palette, exact, cut.length);
        return Arrays.copyOf(palette, exact + cut.length);
    }

    private static int nearest(int[] palette, int c) {
        int r = c >> 16 & 255, g = c >> 8 & 255, b = c & 255, best = 0, bestD = Integer.MAX_VALUE;
        for (int e = 0; e < palette.length; e++) {
            int p = palette[e], dr = r - (p >> 16 & 255), dg = g - (p >> 8 & 255), db = b - (p & 255);
            // Weighted for the eye (green most, blue least).
            int d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (d < bestD) {
                bestD = d;
                best = e;
                if (d == 0) break;
            }
        }
        return best;
    }

    /** Pixels and 2×2 blocks per colour, in an open-addressing table; colours are numbered as first seen. */
    private static final class ColourCounts {
        private int[] table = new int[1 << 12]; // colour + 1, 0 for empty
        private int[] index = new int[1 << 12];
        int[] keysInOrder = new int[1 << 10];
        int[] pixels = new int[1 << 10];
        int[] blocks = new int[1 << 10];
        int size;

        void add(int c, boolean block) {
            int k = slot(c);
            if (k < 0) {
                k = insert(c);
            }
            pixels[k]++;
            if (block) blocks[k]++;
        }

        /** The colour's number, or -1. */
        int slot(int c) {
            int mask = table.length - 1;
            for (int h = hash(c) & mask; ; h = (h + 1) & mask) {
                if (table[h] == 0) return -1;
                if (table[h] == c + 1) return index[h];
            }
        }

        private int insert(int c) {
            if (size == keysInOrder.length) {
                keysInOrder = Arrays.copyOf(keysInOrder, size * 2);
                pixels = Arrays.copyOf(pixels, size * 2);
                blocks = Arrays.copyOf(blocks, size * 2);
            }
            if (2 * (size + 1) > table.length) rehash();
            put(c, size);
            keysInOrder[size] = c;
            return size++;
        }

        private void put(int c, int k) {
            int mask = table.length - 1, h = hash(c) & mask;
            while (table[h] != 0) h = (h + 1) & mask;
            table[h] = c + 1;
            index[h] = k;
        }

        private void rehash() {
            table = new int[table.length * 2];
            index = new int[index.length * 2];
            for (int k = 0; k < size; k++) put(keysInOrder[k], k);
        }

        private static int hash(int c) {
            return c * 0x9E3779B1 >>> 7;
        }
    }
}
