package atlas.story;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One text per row, kept as UTF-8 in a single byte pool (Lucene's doc values in spirit): a million
 * short titles are a few tens of MB and no String objects until someone reads one. Rows may share
 * bytes when {@link #addShared} finds the same text again (the detail blobs of generated data repeat).
 * Null is stored as length -1.
 */
final class TextColumn {
    /** Texts remembered for sharing; past this many, new texts are simply appended (bounded memory). */
    private static final int MAX_SHARED = 4096;

    /** The bytes, and each row's offset and length in them (package-visible for {@link DetailColumn}'s decoding). */
    byte[] pool = new byte[1024];
    private int used;
    int[] offset = new int[16];
    int[] length = new int[16];
    private int rows;
    private Map<String, Long> shared;
    /** Repeats found, and whether looking for them was given up (see {@link #addShared}). */
    private int hits;
    private boolean noSharing;

    int size() {
        return rows;
    }

    /** Appends {@code s} (may be null) as the next row. */
    void add(String s) {
        grow();
        if (s == null) {
            offset[rows] = 0;
            length[rows++] = -1;
            return;
        }
        int start = used;
        encode(s);
        offset[rows] = start;
        length[rows++] = used - start;
    }

    /** Starts a row of bytes that {@link #put} and {@link #putText} write and {@link #endRow} closes. */
    void startRow() {
        grow();
        offset[rows] = used;
    }

    /** One byte of the row started. */
    void put(int b) {
        ensure(1);
        pool[used++] = (byte) b;
    }

    /** {@code s} as UTF-8 in the row started, after its length in bytes (an unsigned LEB128 varint). */
    void putText(String s) {
        if (s.length() <= 42) { // at most 126 bytes: the length is one byte, written in the place kept for it
            ensure(1);
            int at = used++;
            encode(s);
            pool[at] = (byte) (used - at - 1);
            return;
        }
        int at = used;
        encode(s);
        int n = used - at, size = n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5;
        ensure(size);
        System.arraycopy(pool, at, pool, at + size, n);
        for (int i = 0, v = n; i < size; i++, v >>>= 7) pool[at + i] = (byte) (i == size - 1 ? v : v & 0x7f | 0x80);
        used += size;
    }

    /** Ends the row started. */
    void endRow() {
        length[rows] = used - offset[rows];
        rows++;
    }

    /** Appends {@code s}, sharing the bytes of an equal text added before through this method. */
    void addShared(String s) {
        if (s == null) {
            add(null);
            return;
        }
        if (noSharing) {
            add(s);
            return;
        }
        if (shared == null) shared = new HashMap<>();
        Long at = shared.get(s);
        if (at != null) {
            hits++;
            grow();
            offset[rows] = (int) (at >>> 32);
            length[rows++] = (int) (long) at;
            return;
        }
        add(s);
        if (shared.size() < MAX_SHARED) {
            shared.put(s, ((long) offset[rows - 1] << 32) | (length[rows - 1] & 0xffffffffL));
        } else if (hits < MAX_SHARED) {
            // As many distinct texts as the table holds and few repeats: every text differs (a user's
            // table, each row's own properties), so stop hashing each one to look for a repeat.
            noSharing = true;
            shared = null;
        }
    }

    String get(int row) {
        int n = length[row];
        return n < 0 ? null : new String(pool, offset[row], n, StandardCharsets.UTF_8);
    }

    boolean isNull(int row) {
        return length[row] < 0;
    }

    /** True when row {@code row} holds exactly {@code s} (compares bytes for ASCII, else decodes). */
    boolean equalsAt(int row, String s) {
        int n = length[row];
        if (n < 0 || s == null) return n < 0 && s == null;
        if (n != s.length()) {
            return n > s.length() && s.equals(get(row));
        }
        int o = offset[row];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) return s.equals(get(row));
            if (pool[o + i] != (byte) c) return false;
        }
        return true;
    }

    /** A hash of row {@code row} equal to {@code s.hashCode()} for the same text (decodes only non-ASCII). */
    int hashAt(int row) {
        return hashAt(row, 0);
    }

    /**
     * {@code (prefix + get(row)).hashCode()} for a prefix whose hash is {@code prefixHash}, without making
     * either string: String's hash goes on character by character from the prefix's.
     */
    int hashAt(int row, int prefixHash) {
        int n = length[row], o = offset[row];
        if (n < 0) return prefixHash;
        int h = prefixHash;
        for (int i = 0; i < n; i++) {
            byte b = pool[o + i];
            if (b < 0) {
                h = prefixHash;
                String s = get(row);
                for (int k = 0; k < s.length(); k++) h = 31 * h + s.charAt(k);
                return h;
            }
            h = 31 * h + b;
        }
        return h;
    }

    /** The rows {@code rows} of this column, in that order (the pool is shared, not copied). */
    TextColumn select(int[] rows) {
        TextColumn t = new TextColumn();
        t.pool = pool;
        t.used = used;
        t.offset = new int[rows.length];
        t.length = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            t.offset[i] = offset[rows[i]];
            t.length[i] = length[rows[i]];
        }
        t.rows = rows.length;
        return t;
    }

    /** This column's rows followed by {@code other}'s. */
    TextColumn concat(TextColumn other) {
        TextColumn t = new TextColumn();
        t.pool = Arrays.copyOf(pool, used + other.used);
        System.arraycopy(other.pool, 0, t.pool, used, other.used);
        t.used = used + other.used;
        t.rows = rows + other.rows;
        t.offset = Arrays.copyOf(offset, t.rows);
        t.length = Arrays.copyOf(length, t.rows);
        for (int i = 0; i < other.rows; i++) {
            t.offset[rows + i] = other.offset[i] + used;
            t.length[rows + i] = other.length[i];
        }
        return t;
    }

    /** Drops spare capacity once loading is done (no copy of what has none). */
    void trim() {
        if (pool.length != used) pool = Arrays.copyOf(pool, used);
        if (offset.length != rows) {
            offset = Arrays.copyOf(offset, rows);
            length = Arrays.copyOf(length, rows);
        }
        shared = null;
    }

    /** Room for {@code n} rows in all before the row arrays grow. */
    void reserve(int n) {
        if (n > offset.length) {
            offset = Arrays.copyOf(offset, n);
            length = Arrays.copyOf(length, n);
        }
    }

    long bytes() {
        return pool.length + 8L * offset.length;
    }

    private void grow() {
        if (rows == offset.length) {
            offset = Arrays.copyOf(offset, rows * 2);
            length = Arrays.copyOf(length, rows * 2);
        }
    }

    private void ensure(int more) {
        if (used + more > pool.length) pool = Arrays.copyOf(pool, Math.max(pool.length * 2, used + more));
    }

    /** UTF-8 straight into the pool, no intermediate byte[] (the pool and its fill in locals: no field write per byte). */
    private void encode(String s) {
        int n = s.length();
        ensure(n * 3); // at most 3 bytes a char (a surrogate pair: 4 bytes for 2 chars)
        byte[] p = pool;
        int u = used;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                p[u++] = (byte) c;
            } else if (c < 0x800) {
                p[u++] = (byte) (0xc0 | c >> 6);
                p[u++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                p[u++] = (byte) (0xf0 | cp >> 18);
                p[u++] = (byte) (0x80 | cp >> 12 & 0x3f);
                p[u++] = (byte) (0x80 | cp >> 6 & 0x3f);
                p[u++] = (byte) (0x80 | cp & 0x3f);
            } else {
                if (Character.isSurrogate(c)) c = '\ufffd';
                p[u++] = (byte) (0xe0 | c >> 12);
                p[u++] = (byte) (0x80 | c >> 6 & 0x3f);
                p[u++] = (byte) (0x80 | c & 0x3f);
            }
        }
        used = u;
    }
}
