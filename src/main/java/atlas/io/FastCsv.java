package atlas.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The plain rows of a UTF-8 CSV read straight from its bytes, as Commons CSV reads them with the atlas's
 * format ({@link CsvReader}: one delimiter, '"' quotes, doubled quotes inside, empty lines skipped). A row
 * is plain when its lines end in LF or CRLF, its quoted fields end at a delimiter or the row's end, it is
 * shorter than {@link CsvRowGuard#MAX_ROW_CHARS} and its text is valid UTF-8. At the first row that is not
 * plain, {@link #next} answers {@link #NOT_PLAIN} and {@link #rest} gives the bytes from that row's start,
 * for Commons CSV and {@link CsvRowGuard} to read the rest of the file as they always have. The fast path
 * reads the common file; the general one says what is wrong with an odd one.
 */
final class FastCsv {
    static final int END = -1, NOT_PLAIN = -2;

    private final InputStream in;
    private final byte delimiter;
    private byte[] buf = new byte[1 << 16];
    private int pos, limit;
    private boolean eof;
    /** Where the row being read starts in {@link #buf}, and its line. */
    private int rowStart, rowLine;
    private int line;
    private byte[] scratch = new byte[256];
    private String[] fields = new String[16];

    /** Reads rows from {@code in} (positioned at a row's start, on line {@code firstLine}). */
    FastCsv(InputStream in, char delimiter, int firstLine) {
        this.in = in;
        this.delimiter = (byte) delimiter;
        this.line = firstLine;
    }

    /** The fields of the last row {@link #next} read; valid until the next call. */
    String[] fields() {
        return fields;
    }

    /** The line the last row read starts on. */
    int rowLine() {
        return rowLine;
    }

    /** The line the reader stands on: where the next row starts, or the row that was not plain. */
    int line() {
        return line;
    }

    /** The next row's field count (its fields in {@link #fields}), {@link #END} at the end, or {@link #NOT_PLAIN}. */
    int next() throws IOException {
        compact();
        // Empty lines are skipped, as the parser skips them.
        while (true) {
            if (!ensure(pos)) return END;
            byte c = buf[pos];
            if (c == '\n') {
                pos++;
                line++;
            } else if (c == '\r') {
                if (!ensure(pos + 1) || buf[pos + 1] != '\n') return NOT_PLAIN;
                pos += 2;
                line++;
            } else {
                break;
            }
        }
        rowStart = pos;
        rowLine = line;
        int n = 0, lines = 0;
        while (true) {
            if (n == fields.length) fields = Arrays.copyOf(fields, n * 2);
            if (pos - rowStart > CsvRowGuard.MAX_ROW_CHARS / 4) return notPlain();
            String v;
            if (ensure(pos) && buf[pos] == '"') {
                // Quoted: until a quote not doubled; the quote must end the field.
                int k = 0;
                int p = pos + 1;
                boolean ascii = true;
                while (true) {
                    if (!ensure(p)) return notPlain(); // the file ends inside quotes
                    byte b = buf[p];
                    if (b == '"') {
                        if (ensure(p + 1) && buf[p + 1] == '"') {
                            scratch = put(scratch, k++, b);
                            p += 2;
                            continue;
                        }
                        p++;
                        break;
                    }
                    if (b == '\r') return notPlain();
                    if (b == '\n') lines++;
                    if (b < 0) ascii = false;
                    scratch = put(scratch, k++, b);
                    p++;
                    if (p - rowStart > CsvRowGuard.MAX_ROW_CHARS / 4) return notPlain();
                }
                if (ensure(p) && buf[p] != delimiter && buf[p] != '\n' && buf[p] != '\r') return notPlain(); // text after the closing quote
                v = text(scratch, 0, k, ascii);
                if (v == null) return notPlain();
                pos = p;
            } else {
                int p = pos;
                boolean ascii = true;
                while (ensure(p)) {
                    byte b = buf[p];
                    if (b == delimiter || b == '\n' || b == '\r') break;
                    if (b < 0) ascii = false;
                    p++;
                    if (p - rowStart > CsvRowGuard.MAX_ROW_CHARS / 4) return notPlain();
                }
                v = text(buf, pos, p - pos, ascii);
                if (v == null) return notPlain();
                pos = p;
            }
            fields[n++] = v;
            if (!ensure(pos)) break; // the last row, with no line break after it
            byte c = buf[pos];
            if (c == delimiter) {
                pos++;
                continue;
            }
            if (c == '\n') {
                pos++;
                break;
            }
            if (c == '\r' && ensure(pos + 1) && buf[pos + 1] == '\n') {
                pos += 2;
                break;
            }
            return notPlain();
        }
        line += lines + 1;
        return n;
    }

    private int notPlain() {
        pos = rowStart;
        line = rowLine;
        return NOT_PLAIN;
    }

    /**
     * The bytes from the row that was not plain on (or from where reading stopped), then the rest of the
     * stream: what the general reader goes on with.
     */
    InputStream rest() {
        return new SequenceInputStream(new ByteArrayInputStream(buf, pos, limit - pos), in);
    }

    /** Decoded text; null when it is not valid UTF-8 (the general reader says so, with its line). */
    private static String text(byte[] b, int from, int len, boolean ascii) {
        if (ascii) return new String(b, from, len, StandardCharsets.ISO_8859_1);
        String s = new String(b, from, len, StandardCharsets.UTF_8);
        return s.indexOf('\uFFFD') >= 0 ? null : s;
    }

    private static byte[] put(byte[] a, int i, byte b) {
        if (i == a.length) a = Arrays.copyOf(a, a.length * 2);
        a[i] = b;
        return a;
    }

    /**
     * Whether byte {@code i} is there, reading more when needed. Indices into {@link #buf} stay valid while a
     * row is read (the buffer only grows); {@link #compact} drops what was read, between rows.
     */
    private boolean ensure(int i) throws IOException {
        if (i < limit) return true;
        if (eof) return false;
        while (i >= limit) {
            if (limit == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
            int k = in.read(buf, limit, buf.length - limit);
            if (k < 0) {
                eof = true;
                return false;
            }
            limit += k;
        }
        return true;
    }

    /** Moves the unread bytes to the buffer's start once more than half of it was read. */
    private void compact() {
        if (pos < buf.length / 2) return;
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
    }
}
