package atlas.anim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Weighted median cut: the box of colours with the most pixels times its widest side is split at its weighted
 * median along that side, until there are as many boxes as colours wanted; each box gives its weighted mean.
 */
final class MedianCut {
    private MedianCut() {
    }

    /** At most {@code wanted} colours for {@code colours} (0xRRGGBB) weighted by {@code weights}; all of them if they are fewer. */
    static int[] colours(int[] colours, int[] weights, int wanted) {
        if (colours.length <= wanted) return colours.clone();
        if (wanted <= 0) return new int[0];
        long[] items = new long[colours.length]; // weight << 24 | colour, sortable by channel after rearranging
        for (int i = 0; i < colours.length; i++) items[i] = (long) weights[i] << 24 | colours[i];
        List<int[]> boxes = new ArrayList<>(); // {from, to}
        boxes.add(new int[] {0, items.length});
        while (boxes.size() < wanted) {
            int best = -1;
            long bestScore = 0;
            int bestChannel = 0;
            for (int b = 0; b < boxes.size(); b++) {
                int[] box = boxes.get(b);
                if (box[1] - box[0] < 2) continue;
                long weight = 0;
                int[] lo = {255, 255, 255}, hi = {0, 0, 0};
                for (int i = box[0]; i < box[1]; i++) {
                    weight += items[i] >>> 24;
                    for (int ch = 0; ch < 3; ch++) {
                        int v = channel(items[i], ch);
                        lo[ch] = Math.min(lo[ch], v);
                        hi[ch] = Math.max(hi[ch], v);
                    }
                }
                int channel = 0;
                for (int ch = 1; ch < 3; ch++) if (hi[ch] - lo[ch] > hi[channel] - lo[channel]) channel = ch;
                long score = weight * (hi[channel] - lo[channel]);
                if (score > bestScore) {
                    bestScore = score;
                    best = b;
                    bestChannel = channel;
                }
            }
            if (best < 0) break;
            int[] box = boxes.get(best);
            int ch = bestChannel;
            long[] part = Arrays.copyOfRange(items, box[0], box[1]);
            // Sorted by that channel, then by weight and colour (the same order for the same colours).
            long[] keyed = new long[part.length];
            for (int i = 0; i < part.length; i++) keyed[i] = (long) channel(part[i], ch) << 56 | part[i];
            Arrays.sort(keyed);
            long total = 0;
            for (long k : keyed) total += (k & ((1L << 56) - 1)) >>> 24;
            long acc = 0;
            int split = 1;
            for (int i = 0; i < keyed.length - 1; i++) {
                acc += (keyed[i] & ((1L << 56) - 1)) >>> 24;
                split = i + 1;
                if (2 * acc >= total) break;
            }
            for (int i = 0; i < keyed.length; i++) items[box[0] + i] = keyed[i] & ((1L << 56) - 1);
            boxes.set(best, new int[] {box[0], box[0] + split});
            boxes.add(new int[] {box[0] + split, box[1]});
        }
        int[] out = new int[boxes.size()];
        for (int b = 0; b < boxes.size(); b++) {
            int[] box = boxes.get(b);
            long w = 0, r = 0, g = 0, bl = 0;
            for (int i = box[0]; i < box[1]; i++) {
                long wi = Math.max(1, items[i] >>> 24);
                w += wi;
                r += wi * channel(items[i], 0);
                g += wi * channel(items[i], 1);
                bl += wi * channel(items[i], 2);
            }
            out[b] = (int) ((r + w / 2) / w) << 16 | (int) ((g + w / 2) / w) << 8 | (int) ((bl + w / 2) / w);
        }
        return out;
    }

    /** Red (0), green (1) or blue (2) of an item. */
    private static int channel(long item, int ch) {
        return (int) (item >> (16 - 8 * ch)) & 255;
    }
}
