package atlas.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A static centred interval tree over closed periods [lo, hi] of epoch days (each node centred halfway across its
 * periods' midpoints, so it is at most as deep as the range of days has bits). A query for the periods
 * overlapping [from, to] visits O(log n) nodes and, in each, only the periods it reports plus one, so
 * it costs O(log n + k) and never scans every item. Built once; immutable and thread-safe.
 */
public final class TimeIndex {
    private final long[] lo;
    private final long[] hi;
    private final Node root;

    private static final class Node {
        long center;
        int[] byLo;   // ids of the periods containing center, ascending lo
        int[] byHi;   // the same, descending hi
        Node left, right;
    }

    /** Periods by position: period i is [lo[i], hi[i]]; the query reports positions. */
    public TimeIndex(long[] lo, long[] hi) {
        if (lo.length != hi.length) throw new IllegalArgumentException("lo and hi differ in length");
        this.lo = lo.clone();
        this.hi = hi.clone();
        int[] all = new int[lo.length];
        boolean loSorted = true;
        for (int i = 0; i < all.length; i++) {
            if (lo[i] > hi[i]) throw new IllegalArgumentException("period " + i + " ends before it starts");
            if (i > 0 && lo[i] < lo[i - 1]) loSorted = false;
            all[i] = i;
        }
        this.loSorted = loSorted;
        this.root = build(all, 0, all.length, new int[all.length]);
    }

    /**
     * Whether the periods come in order of their start (as the store's rows do): then each node's periods,
     * kept in position order by the stable partition, are already in order of their start.
     */
    private final boolean loSorted;

    public static TimeIndex of(List<StoryItem> items) {
        long[] lo = new long[items.size()], hi = new long[items.size()];
        for (int i = 0; i < lo.length; i++) {
            lo[i] = items.get(i).fromDay();
            hi[i] = items.get(i).toDay();
        }
        return new TimeIndex(lo, hi);
    }

    /**
     * The node over {@code ids[from, to)}, partitioned in place (stably, through {@code scratch}) into the
     * periods left of the centre, those holding it, and those right of it: no arrays made per level.
     */
    private Node build(int[] ids, int from, int to, int[] scratch) {
        if (from >= to) return null;
        // Centre: halfway between the smallest and largest of the periods' midpoints. Every period holds its
        // own midpoint, so each side's midpoints lie in half the range: the depth is at most the bits of the
        // range of days (about 23), with no sorting to find a median at each node.
        long minMid = Long.MAX_VALUE, maxMid = Long.MIN_VALUE;
        for (int i = from; i < to; i++) {
            long m = mid(lo[ids[i]], hi[ids[i]]);
            minMid = Math.min(minMid, m);
            maxMid = Math.max(maxMid, m);
        }
        Node n = new Node();
        n.center = (minMid >> 1) + (maxMid >> 1) + (minMid & maxMid & 1); // floor of the mean, without overflow
        int l = 0, c = 0;
        for (int i = from; i < to; i++) {
            int id = ids[i];
            if (hi[id] < n.center) l++;
            else if (lo[id] <= n.center) c++;
        }
        int atLeft = from, atHere = from + l, atRight = from + l + c;
        for (int i = from; i < to; i++) {
            int id = ids[i];
            if (hi[id] < n.center) scratch[atLeft++] = id;
            else if (lo[id] > n.center) scratch[atRight++] = id;
            else scratch[atHere++] = id;
        }
        System.arraycopy(scratch, from, ids, from, to - from);
        int hereFrom = from + l, hereTo = from + l + c;
        n.byLo = loSorted ? Arrays.copyOfRange(ids, hereFrom, hereTo) : sortedBy(lo, Arrays.copyOfRange(ids, hereFrom, hereTo), c, false);
        n.byHi = sortedBy(hi, Arrays.copyOfRange(ids, hereFrom, hereTo), c, true);
        n.left = build(ids, from, hereFrom, scratch);
        n.right = build(ids, hereTo, to, scratch);
        return n;
    }

    /**
     * The first {@code count} ids of {@code ids} sorted by {@code key} (descending when asked), ties by id.
     * Sorts packed primitives (rank of the key, id): no boxing, so a million periods build in well under a second.
     */
    private static int[] sortedBy(long[] key, int[] ids, int count, boolean descending) {
        long[] k = new long[count];
        for (int i = 0; i < count; i++) k[i] = key[ids[i]];
        int[] order = indexSort(k, descending);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) out[i] = ids[order[i]];
        return out;
    }

    /** Positions 0..k.length-1 ordered by k (ascending or descending), stable. */
    private static int[] indexSort(long[] k, boolean descending) {
        int n = k.length;
        if (n == 0) return new int[0];
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (long v : k) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int[] out = new int[n];
        // Keys here are epoch days (clamped when open), so their spread fits in 32 bits: pack (key, position).
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            long rank = clamp(k[i]) - clamp(min);
            if (descending) rank = (clamp(max) - clamp(min)) - rank;
            packed[i] = (rank << 31) | i;
        }
        Arrays.sort(packed);
        for (int i = 0; i < n; i++) out[i] = (int) (packed[i] & 0x7fffffffL);
        return out;
    }

    /** Open ends (±∞ as Long/Integer extremes) clamped to a range that still orders them first or last. */
    private static long clamp(long v) {
        return Math.max(-50_000_000L, Math.min(50_000_000L, v));
    }

    private static long mid(long a, long b) {
        // Open ends are clamped so the midpoint stays meaningful.
        long x = Math.max(a, -1_000_000L), y = Math.min(b, 4_000_000L);
        // A period wholly beyond the clamped days: its own middle (it must hold it, or it would never settle).
        if (x > y) return (a >> 1) + (b >> 1) + (a & b & 1);
        return x + (y - x) / 2;
    }

    /** Calls {@code sink} with the position of every period that overlaps [from, to] (both inclusive). */
    public void query(long from, long to, IntConsumer sink) {
        if (from > to) return;
        Node n = root;
        // Iterative descent with an explicit stack for the "both sides" case.
        ArrayList<Node> stack = new ArrayList<>();
        if (n != null) stack.add(n);
        while (!stack.isEmpty()) {
            n = stack.remove(stack.size() - 1);
            if (to < n.center) {
                for (int id : n.byLo) {
                    if (lo[id] > to) break;
                    sink.accept(id);
                }
                if (n.left != null) stack.add(n.left);
            } else if (from > n.center) {
                for (int id : n.byHi) {
                    if (hi[id] < from) break;
                    sink.accept(id);
                }
                if (n.right != null) stack.add(n.right);
            } else {
                for (int id : n.byLo) sink.accept(id);
                if (n.left != null) stack.add(n.left);
                if (n.right != null) stack.add(n.right);
            }
        }
    }

    /** Positions overlapping [from, to], ascending. */
    public int[] query(long from, long to) {
        int[][] buf = {new int[64]};
        int[] n = {0};
        query(from, to, i -> {
            if (n[0] == buf[0].length) buf[0] = Arrays.copyOf(buf[0], n[0] * 2);
            buf[0][n[0]++] = i;
        });
        int[] out = Arrays.copyOf(buf[0], n[0]);
        Arrays.sort(out);
        return out;
    }

    public int size() {
        return lo.length;
    }
}
