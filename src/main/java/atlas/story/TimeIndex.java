package atlas.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A static centred interval tree over closed periods [lo, hi] of epoch days. A query for the periods
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
        for (int i = 0; i < all.length; i++) {
            if (lo[i] > hi[i]) throw new IllegalArgumentException("period " + i + " ends before it starts");
            all[i] = i;
        }
        this.root = build(all);
    }

    public static TimeIndex of(List<StoryItem> items) {
        long[] lo = new long[items.size()], hi = new long[items.size()];
        for (int i = 0; i < lo.length; i++) {
            lo[i] = items.get(i).fromDay();
            hi[i] = items.get(i).toDay();
        }
        return new TimeIndex(lo, hi);
    }

    private Node build(int[] ids) {
        if (ids.length == 0) return null;
        // Centre: the median of the periods' midpoints keeps the tree balanced.
        long[] mids = new long[ids.length];
        for (int i = 0; i < ids.length; i++) mids[i] = mid(lo[ids[i]], hi[ids[i]]);
        Arrays.sort(mids);
        Node n = new Node();
        n.center = mids[mids.length / 2];
        int l = 0, r = 0, c = 0;
        int[] left = new int[ids.length], right = new int[ids.length], here = new int[ids.length];
        for (int id : ids) {
            if (hi[id] < n.center) left[l++] = id;
            else if (lo[id] > n.center) right[r++] = id;
            else here[c++] = id;
        }
        Integer[] boxed = new Integer[c];
        for (int i = 0; i < c; i++) boxed[i] = here[i];
        Arrays.sort(boxed, Comparator.comparingLong(i -> lo[i]));
        n.byLo = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        n.byHi = sortByHiDesc(boxed);
        n.left = build(Arrays.copyOf(left, l));
        n.right = build(Arrays.copyOf(right, r));
        return n;
    }

    private int[] sortByHiDesc(Integer[] boxed) {
        Integer[] copy = boxed.clone();
        Arrays.sort(copy, (a, b) -> Long.compare(hi[b], hi[a]));
        return Arrays.stream(copy).mapToInt(Integer::intValue).toArray();
    }

    private static long mid(long a, long b) {
        // Open ends are clamped so the midpoint stays meaningful.
        long x = Math.max(a, -1_000_000L), y = Math.min(b, 4_000_000L);
        if (x > y) return a == Long.MIN_VALUE ? y : x;
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
