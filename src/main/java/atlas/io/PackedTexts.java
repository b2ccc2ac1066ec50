package atlas.io;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/**
 * The values of SQLite's {@code json_array(CAST(a AS TEXT), CAST(b AS TEXT), …)} as read back in UTF-8 bytes: each a
 * string or null. One such array per row replaces a JDBC call per column ({@link GpkgReader}); the strings are
 * those {@code getString} gives for the same columns, since both decode the same UTF-8 bytes.
 */
final class PackedTexts {
    private byte[] scratch = new byte[256];

    /** Puts the array's values in {@code out} from {@code at} on; returns how many; fails on anything but an array of strings and nulls. */
    int read(byte[] b, String[] out, int at) throws SQLException {
        int n = b.length, p = 0, count = 0;
        if (n < 2 || b[p++] != '[') throw bad(b, 0);
        if (b[p] == ']') return 0;
        while (true) {
            if (p >= n) throw bad(b, p);
            if (b[p] == 'n') {
                if (p + 4 > n || b[p + 1] != 'u' || b[p + 2] != 'l' || b[p + 3] != 'l') throw bad(b, p);
                out[at + count++] = null;
                p += 4;
            } else if (b[p] == '"') {
                int start = ++p;
                while (p < n && b[p] != '"' && b[p] != '\\') p++;
                if (p < n && b[p] == '"') {
                    out[at + count++] = new String(b, start, p - start, StandardCharsets.UTF_8);
                    p++;
                } else {
                    p = escaped(b, start, p, out, at + count++);
                }
            } else {
                throw bad(b, p);
            }
            if (p >= n) throw bad(b, p);
            if (b[p] == ']') return count;
            if (b[p++] != ',') throw bad(b, p - 1);
        }
    }

    /** A string with escapes, its first {@code p - start} bytes plain; returns the position after its closing quote. */
    private int escaped(byte[] b, int start, int p, String[] out, int slot) throws SQLException {
        int n = b.length, len = put(b, start, p - start, 0);
        while (true) {
            int run = p;
            while (p < n && b[p] != '"' && b[p] != '\\') p++;
            len = put(b, run, p - run, len);
            if (p >= n) throw bad(b, p);
            if (b[p] == '"') break;
            if (p + 1 >= n) throw bad(b, p);
            byte e = b[p + 1];
            p += 2;
            switch (e) {
                case '"', '\\', '/' -> len = one(e, len);
                case 'b' -> len = one((byte) '\b', len);
                case 'f' -> len = one((byte) '\f', len);
                case 'n' -> len = one((byte) '\n', len);
                case 'r' -> len = one((byte) '\r', len);
                case 't' -> len = one((byte) '\t', len);
                case 'u' -> {
                    int u = hex(b, p);
                    p += 4;
                    if (u < 0x80) {
                        len = one((byte) u, len); // what SQLite writes for a control character or NUL
                        continue;
                    }
                    if (Character.isHighSurrogate((char) u) && p + 6 <= n && b[p] == '\\' && b[p + 1] == 'u') {
                        int low = hex(b, p + 2);
                        if (Character.isLowSurrogate((char) low)) {
                            u = Character.toCodePoint((char) u, (char) low);
                            p += 6;
                        }
                    }
                    byte[] utf8 = new String(Character.toChars(u)).getBytes(StandardCharsets.UTF_8);
                    len = put(utf8, 0, utf8.length, len);
                }
                default -> throw bad(b, p - 1);
            }
        }
        out[slot] = new String(scratch, 0, len, StandardCharsets.UTF_8);
        if (scratch.length > 1 << 20) scratch = new byte[256]; // not held for the rest of the table after one huge text
        return p + 1;
    }

    private int hex(byte[] b, int p) throws SQLException {
        if (p + 4 > b.length) throw bad(b, p);
        int v = 0;
        for (int i = p; i < p + 4; i++) {
            int d = Character.digit(b[i], 16);
            if (d < 0) throw bad(b, i);
            v = v << 4 | d;
        }
        return v;
    }

    private int one(byte c, int len) {
        if (len == scratch.length) scratch = java.util.Arrays.copyOf(scratch, len * 2);
        scratch[len] = c;
        return len + 1;
    }

    private int put(byte[] src, int from, int count, int len) {
        if (len + count > scratch.length) scratch = java.util.Arrays.copyOf(scratch, Math.max(scratch.length * 2, len + count));
        System.arraycopy(src, from, scratch, len, count);
        return len + count;
    }

    private static SQLException bad(byte[] b, int p) {
        return new SQLException("SQLite's json_array gave text this reader does not expect, at byte " + p + " of " + b.length);
    }
}
