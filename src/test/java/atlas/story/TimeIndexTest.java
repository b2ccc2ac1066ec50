package atlas.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The index must return exactly what the definition (overlap of closed periods) says, open ends included. */
class TimeIndexTest {
    private static int[] brute(long[] lo, long[] hi, long from, long to) {
        return IntStream.range(0, lo.length).filter(i -> lo[i] <= to && hi[i] >= from).toArray();
    }

    @Test
    void equalsBruteForceOnRandomPeriods() {
        Random r = new Random(42);
        for (int round = 0; round < 60; round++) {
            int n = r.nextInt(400);
            long[] lo = new long[n], hi = new long[n];
            for (int i = 0; i < n; i++) {
                long a = 7000 + r.nextInt(12000);
                long len = switch (r.nextInt(4)) {
                    case 0 -> 0;            // a day
                    case 1 -> 27 + r.nextInt(4); // a month
                    case 2 -> 364;          // a year
                    default -> r.nextInt(3000);
                };
                lo[i] = r.nextInt(15) == 0 ? Long.MIN_VALUE : a;
                hi[i] = r.nextInt(6) == 0 ? Long.MAX_VALUE : Math.max(lo[i] == Long.MIN_VALUE ? a : lo[i], a + len);
            }
            if (round % 2 == 1) {
                // As the store gives them: in order of their start (ties keep their order).
                Integer[] order = new Integer[n];
                for (int i = 0; i < n; i++) order[i] = i;
                long[] l0 = lo.clone(), h0 = hi.clone();
                Arrays.sort(order, (a, b) -> Long.compare(l0[a], l0[b]));
                for (int i = 0; i < n; i++) {
                    lo[i] = l0[order[i]];
                    hi[i] = h0[order[i]];
                }
            }
            TimeIndex idx = new TimeIndex(lo, hi);
            for (int q = 0; q < 50; q++) {
                long from = 6000 + r.nextInt(15000);
                long to = from + (r.nextBoolean() ? 0 : r.nextInt(4000));
                assertArrayEquals(brute(lo, hi, from, to), idx.query(from, to), "round " + round + " query " + from + ".." + to);
            }
        }
    }

    @Test
    void emptyAndDegenerate() {
        TimeIndex empty = new TimeIndex(new long[0], new long[0]);
        assertArrayEquals(new int[0], empty.query(0, 10));
        TimeIndex one = new TimeIndex(new long[] {5}, new long[] {5});
        assertArrayEquals(new int[] {0}, one.query(5, 5));
        assertArrayEquals(new int[0], one.query(6, 9));
        assertArrayEquals(new int[0], one.query(9, 6));
        long[] same = new long[50];
        Arrays.fill(same, 100);
        assertArrayEquals(IntStream.range(0, 50).toArray(), new TimeIndex(same, same).query(100, 100));
        // Periods far beyond the days the midpoints are clamped to (a review found the first recursing for ever).
        TimeIndex far = new TimeIndex(new long[] {Integer.MIN_VALUE, 900_000_000L, Long.MIN_VALUE}, new long[] {Integer.MIN_VALUE, 900_000_010L, Long.MIN_VALUE + 5});
        assertArrayEquals(new int[] {0}, far.query(Integer.MIN_VALUE, Integer.MIN_VALUE));
        assertArrayEquals(new int[] {1}, far.query(900_000_005L, 900_000_005L));
        assertArrayEquals(new int[] {2}, far.query(Long.MIN_VALUE, Long.MIN_VALUE));
    }
}
