package atlas.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The common case of a piece of a split GeoJSON file ({@link GeoJsonChunks}), read straight from its
 * bytes: a JSON array of features in strict JSON whose geometries are points or null. It gives exactly
 * the {@link RawFeature}s the Gson path ({@link GeoJsonReader#readPiece}) gives, with no character
 * decoding pass, no guard pass, no token objects and no String per member name (a million points made
 * about a gigabyte of short-lived objects there, which is what the heap grew by).
 *
 * <p>Anything else — another geometry type, a value that is not strict JSON (NaN, comments, single quotes,
 * a leading zero), an escape Gson would refuse, a control character or a NUL in a string, a string near
 * {@link JsonGuard#MAX_STRING}, deep nesting, a byte sequence that is not UTF-8 — ends this path at the
 * start of the feature it is in: {@link #read} says where, and the caller reads on from there with the Gson
 * path, which handles (and reports) all of it as before. Nothing of that feature has reached the sink.
 */
final class FastFeatures {
    /**
     * Where the fast path stopped: the offset in the stream of the feature to read on from, its line and
     * index, and the offset its line starts at (0 on the stream's first line), so that the Gson path can
     * name the same columns as if it had read the stream from the start.
     */
    record Stop(long offset, int line, int index, long lineStart) {
    }

    /** The piece's array closed before the piece's end: what follows is not features (the caller reads the file in one go). */
    static final Stop LEFT_OVER = new Stop(-1, 0, 0, 0);

    /** Thrown inside to leave the fast path; carries no stack trace (it is not an error). */
    private static final class Leave extends RuntimeException {
        Leave() {
            super(null, null, false, false);
        }
    }

    private static final Leave LEAVE = new Leave();
    /** Nesting of property values deeper than this is left to the Gson path (its limit is 64 in all). */
    private static final int MAX_DEPTH = 32;
    /** Strings up to this many bytes are read here; longer ones (which may need cutting) go to the Gson path. */
    private static final int MAX_STRING_BYTES = JsonGuard.MAX_STRING;

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos, limit;
    /** Offset in the stream of buf[0]. */
    private long base;
    private boolean eof;
    private int line;
    /** Offset in the stream of the first byte of the current line. */
    private long lineStart;
    private final GeoJsonGeometryReader.Parsed point = new GeoJsonGeometryReader.Parsed();
    private final double[] position = new double[2];
    private final String[] names = new String[512];
    private final byte[][] nameBytes = new byte[512][];

    private FastFeatures(InputStream in, int firstLine) {
        this.in = in;
        this.line = firstLine;
        point.type = "Point";
    }

    /**
     * Reads the features of {@code in} (a piece: '[', features, ']') into {@code sink} through {@code f};
     * returns null when it read them all, {@link #LEFT_OVER} when the array closed before the piece's end,
     * else where to read on with the Gson path.
     */
    static Stop read(InputStream in, int firstLine, int firstIndex, RawFeature f, Consumer<RawFeature> sink, int[] count) throws IOException {
        return new FastFeatures(in, firstLine).features(firstIndex, f, sink, count);
    }

    private Stop features(int index, RawFeature f, Consumer<RawFeature> sink, int[] count) throws IOException {
        long start = 0, startLineStart = 0;
        int startLine = line;
        try {
            skipSpace();
            if (next() != '[') throw LEAVE;
            skipSpace();
            if (peek() == ']') return null;
            while (true) {
                start = base + pos;
                startLine = line;
                startLineStart = lineStart;
                f.clear();
                f.index = index;
                f.line = line;
                feature(f);
                skipSpace();
                int c = next();
                // Handed on only with what follows it read: were the Gson path to read on from this feature after it
                // had been handed on (a comment or ';' after it, which that path accepts), it would come twice.
                if (c != ']' && c != ',') throw LEAVE;
                sink.accept(f);
                count[0]++;
                index++;
                if (c == ']') {
                    skipSpace();
                    return pos < limit ? LEFT_OVER : null;
                }
                skipSpace();
            }
        } catch (Leave e) {
            return new Stop(start, startLine, index, startLineStart);
        }
    }

    private void feature(RawFeature f) throws IOException {
        if (next() != '{') throw LEAVE;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return;
        }
        while (true) {
            int k = nameKind();
            skipSpace();
            if (next() != ':') throw LEAVE;
            skipSpace();
            switch (k) {
                case 1 -> { // id
                    int c = peek();
                    if (c == '"') f.id = string();
                    else if (c == '-' || (c >= '0' && c <= '9')) f.id = number();
                    else skipValue(0);
                }
                case 2 -> properties(f);
                case 3 -> geometry(f);
                default -> skipValue(0);
            }
            skipSpace();
            int c = next();
            if (c == '}') return;
            if (c != ',') throw LEAVE;
            skipSpace();
        }
    }

    /** A feature member's name: 1 id, 2 properties, 3 geometry, 0 anything else. */
    private int nameKind() throws IOException {
        if (next() != '"') throw LEAVE;
        int n = plainString();
        if (n < 0) throw LEAVE;
        int s = pos;
        int k = 0;
        if (n == 2 && buf[s] == 'i' && buf[s + 1] == 'd') k = 1;
        else if (n == 10 && same(s, "properties")) k = 2;
        else if (n == 8 && same(s, "geometry")) k = 3;
        pos = s + n + 1;
        return k;
    }

    private boolean same(int at, String s) {
        for (int i = 0; i < s.length(); i++) if (buf[at + i] != s.charAt(i)) return false;
        return true;
    }

    private void properties(RawFeature f) throws IOException {
        if (peek() != '{') {
            skipValue(0);
            return;
        }
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return;
        }
        while (true) {
            if (next() != '"') throw LEAVE;
            String name = name();
            skipSpace();
            if (next() != ':') throw LEAVE;
            skipSpace();
            int c = peek();
            Object v;
            if (c == '"') v = string();
            else if (c == '-' || (c >= '0' && c <= '9')) v = number();
            else if (c == '{' || c == '[') v = nested(name);
            else v = literal();
            // As the Gson path: JSON null is null, and so is a text "NaN", "Infinity" or "-Infinity".
            f.put(name, v instanceof JsonNull || (v instanceof String t && isNonFinite(t)) ? null : v);
            skipSpace();
            c = next();
            if (c == '}') return;
            if (c != ',') throw LEAVE;
            skipSpace();
        }
    }

    /** The last nested value of each property name, with its bytes: generated and exported files repeat them row after row. */
    private final java.util.HashMap<String, Repeat> repeats = new java.util.HashMap<>();

    private record Repeat(byte[] bytes, JsonElement value) {
    }

    /** Nested values longer than this are not remembered. */
    private static final int MAX_REPEAT = 4096;

    /**
     * A property's array or object value. When its bytes are those of the same property's value in an
     * earlier feature, that value is given again (the same tree, which nobody changes): a JSON array or
     * object ends where its bytes end, and those bytes were read and checked in full the first time.
     */
    private JsonElement nested(String name) throws IOException {
        Repeat r = repeats.get(name);
        if (r != null) {
            int n = r.bytes.length;
            fillKeeping(n);
            if (limit - pos >= n && java.util.Arrays.equals(buf, pos, pos + n, r.bytes, 0, n)) {
                pos += n;
                return r.value;
            }
        }
        fillKeeping(MAX_REPEAT);
        long from = base + pos;
        long movedFrom = base;
        JsonElement v = tree(0);
        int n = (int) (base + pos - from);
        if (base == movedFrom && n <= MAX_REPEAT) {
            int s = pos - n;
            boolean oneLine = true;
            for (int i = s; i < pos; i++) {
                if (buf[i] == '\n') {
                    oneLine = false;
                    break;
                }
            }
            // Values that span lines are read again each time, so that lines keep being counted.
            if (oneLine) repeats.put(name, new Repeat(java.util.Arrays.copyOfRange(buf, s, pos), v));
        }
        return v;
    }

    private static boolean isNonFinite(String s) {
        return s.length() <= 9 && (s.equals("NaN") || s.equals("Infinity") || s.equals("-Infinity"));
    }

    /** A property name: the same String object for the same bytes (a million features repeat a dozen names). */
    private String name() throws IOException {
        int n = plainString();
        if (n < 0) throw LEAVE;
        int s = pos;
        int h = n;
        for (int i = s; i < s + n; i++) h = h * 31 + buf[i];
        int slot = h & (names.length - 1);
        byte[] known = nameBytes[slot];
        String out;
        if (known != null && known.length == n && java.util.Arrays.equals(known, 0, n, buf, s, s + n)) {
            out = names[slot];
        } else {
            out = decode(s, n);
            if (n <= 64) {
                nameBytes[slot] = java.util.Arrays.copyOfRange(buf, s, s + n);
                names[slot] = out;
            }
        }
        pos = s + n + 1;
        return out;
    }

    private void geometry(RawFeature f) throws IOException {
        int c = peek();
        if (c == 'n') {
            literal();
            return;
        }
        if (c != '{') throw LEAVE; // "'geometry' is not an object": said by the Gson path
        pos++;
        boolean isPoint = false;
        int n = -1;
        skipSpace();
        if (peek() == '}') throw LEAVE;
        while (true) {
            if (next() != '"') throw LEAVE;
            int len = plainString();
            if (len < 0) throw LEAVE;
            int s = pos;
            boolean type = len == 4 && same(s, "type"), coordinates = len == 11 && same(s, "coordinates");
            if (len == 10 && same(s, "geometries")) throw LEAVE;
            pos = s + len + 1;
            skipSpace();
            if (next() != ':') throw LEAVE;
            skipSpace();
            if (type) {
                if (next() != '"') throw LEAVE;
                int tl = plainString();
                if (tl < 0) throw LEAVE;
                int ts = pos;
                isPoint = tl == 5 && same(ts, "Point");
                pos = ts + tl + 1;
                if (!isPoint) throw LEAVE;
            } else if (coordinates) {
                if (next() != '[') throw LEAVE;
                n = 0;
                skipSpace();
                if (peek() == ']') throw LEAVE;
                while (true) {
                    int d = peek();
                    if (d != '-' && (d < '0' || d > '9')) throw LEAVE;
                    double v = coordinate();
                    if (n < 2) position[n] = v;
                    n++;
                    skipSpace();
                    d = next();
                    if (d == ']') break;
                    if (d != ',') throw LEAVE;
                    skipSpace();
                }
            } else {
                skipValue(0);
            }
            skipSpace();
            int d = next();
            if (d == '}') break;
            if (d != ',') throw LEAVE;
            skipSpace();
        }
        if (!isPoint || n < 2) throw LEAVE;
        point.coordinates = position;
        point.problem = null;
        GeoJsonGeometryReader.apply(point, f);
    }

    /** A string value (the opening quote read), escapes decoded. */
    private String string() throws IOException {
        pos++;
        int n = plainString();
        int s = pos;
        if (n >= 0) {
            pos = s + n + 1;
            return decode(s, n);
        }
        // There is a backslash: decode into a builder.
        StringBuilder b = new StringBuilder();
        int bytes = 0;
        while (true) {
            int run = s;
            while (true) {
                if (pos >= limit) {
                    if (pos > run) b.append(decode(run, pos - run));
                    bytes += pos - run;
                    fill();
                    run = pos;
                    if (pos >= limit) throw LEAVE;
                }
                int c = buf[pos];
                if (c == '"' || c == '\\') break;
                if (c >= 0 && c < 0x20) throw LEAVE;
                pos++;
            }
            if (pos > run) b.append(decode(run, pos - run));
            bytes += pos - run;
            if (bytes > MAX_STRING_BYTES) throw LEAVE;
            if (buf[pos] == '"') {
                pos++;
                return b.toString();
            }
            pos++;
            int e = next();
            switch (e) {
                case '"' -> b.append('"');
                case '\\' -> b.append('\\');
                case '/' -> b.append('/');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    int v = 0;
                    for (int i = 0; i < 4; i++) {
                        int h = Character.digit(next(), 16);
                        if (h < 0) throw LEAVE;
                        v = v * 16 + h;
                    }
                    b.append((char) v);
                }
                default -> throw LEAVE;
            }
            s = pos;
            bytes += 2;
        }
    }

    /**
     * From just after an opening quote: the number of bytes up to the closing quote, with the whole
     * string in the buffer from where it started (pos is left at the string's start, which may have moved
     * in the buffer); -1 if there is a backslash first (then the caller decodes escapes from pos).
     */
    private int plainString() throws IOException {
        int i = pos;
        while (true) {
            if (i >= limit) {
                int from = i - pos;
                if (from > MAX_STRING_BYTES) throw LEAVE;
                fillKeeping(from + 1);
                i = pos + from;
                if (i >= limit) throw LEAVE;
            }
            int c = buf[i];
            if (STOPS[c & 0xff] == 0) {
                i++;
                continue;
            }
            if (c == '"') {
                if (i - pos > MAX_STRING_BYTES) throw LEAVE;
                return i - pos;
            }
            if (c == '\\') return -1;
            throw LEAVE; // a control character
        }
    }

    /** Bytes that end a plain run in a string: the quote, a backslash, control characters. */
    private static final byte[] STOPS = new byte[256];

    static {
        for (int c = 0; c < 0x20; c++) STOPS[c] = 1;
        STOPS['"'] = 1;
        STOPS['\\'] = 1;
    }

    private String decode(int s, int n) {
        for (int i = s; i < s + n; i++) {
            if (buf[i] < 0) {
                String t = new String(buf, s, n, StandardCharsets.UTF_8);
                // Malformed UTF-8 (or a replacement character written as such): the Gson path decides.
                if (t.indexOf('\uFFFD') >= 0) throw LEAVE;
                return t;
            }
        }
        return new String(buf, s, n, StandardCharsets.ISO_8859_1);
    }

    /** A number's text as written, if it is a JSON number (Gson gives the same text for it). */
    private String number() throws IOException {
        int s = pos, i = pos;
        if (i >= limit - 64) {
            fillKeeping(64);
            s = pos;
            i = pos;
        }
        int end = Math.min(limit, s + 64);
        if (i < end && buf[i] == '-') i++;
        if (i >= end) throw LEAVE;
        if (buf[i] == '0') {
            i++;
        } else if (buf[i] >= '1' && buf[i] <= '9') {
            while (i < end && buf[i] >= '0' && buf[i] <= '9') i++;
        } else {
            throw LEAVE;
        }
        boolean plainInteger = true;
        if (i < end && buf[i] == '.') {
            plainInteger = false;
            i++;
            int d = i;
            while (i < end && buf[i] >= '0' && buf[i] <= '9') i++;
            if (i == d) throw LEAVE;
        }
        if (i < end && (buf[i] == 'e' || buf[i] == 'E')) {
            plainInteger = false;
            i++;
            if (i < end && (buf[i] == '+' || buf[i] == '-')) i++;
            int d = i;
            while (i < end && buf[i] >= '0' && buf[i] <= '9') i++;
            if (i == d) throw LEAVE;
        }
        if (i >= end && !eof) throw LEAVE; // 64 characters and more: not a number anyone writes
        if (i < limit) {
            int c = buf[i];
            if (!(c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) throw LEAVE;
        }
        // "-0" and integers past a long are kept as written by Gson too; so are all others (canonical here).
        if (plainInteger && i - s > 18) throw LEAVE;
        pos = i;
        return new String(buf, s, i - s, StandardCharsets.ISO_8859_1);
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * A coordinate as {@code Double.parseDouble} reads it, without making its text: a decimal of at most
     * 15 digits and no exponent is its digits (exact in a double below 2^53) divided by a power of ten up to
     * 10^22 (exact too), one correctly rounded division, hence the same double (Clinger's fast path). Any
     * other number goes through its text.
     */
    private double coordinate() throws IOException {
        fillKeeping(64);
        int i = pos, end = Math.min(limit, pos + 24);
        boolean negative = i < end && buf[i] == '-';
        if (negative) i++;
        long digits = 0;
        int count = 0, fraction = -1;
        int first = i;
        for (; i < end; i++) {
            int c = buf[i];
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (fraction >= 0) fraction++;
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                break;
            }
        }
        boolean simple = i < end && count >= 1 && buf[first] >= '0' && buf[first] <= '9' && count <= 15 && fraction != 0
                && !(buf[first] == '0' && i > first + 1 && buf[first + 1] != '.')
                && (buf[i] == ',' || buf[i] == ']' || buf[i] == ' ' || buf[i] == '\n' || buf[i] == '\r' || buf[i] == '\t');
        if (!simple) return Double.parseDouble(number());
        pos = i;
        double v = fraction <= 0 ? digits : digits / POWERS_OF_TEN[fraction];
        return negative ? -v : v;
    }

    /** true, false or null (as JsonNull). */
    private Object literal() throws IOException {
        fillKeeping(6);
        if (matchWord("true")) return Boolean.TRUE;
        if (matchWord("false")) return Boolean.FALSE;
        if (matchWord("null")) return JsonNull.INSTANCE;
        throw LEAVE;
    }

    private boolean matchWord(String w) {
        int n = w.length();
        if (pos + n > limit) return false;
        for (int i = 0; i < n; i++) if (buf[pos + i] != w.charAt(i)) return false;
        if (pos + n < limit) {
            int c = buf[pos + n];
            if (!(c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) return false;
        }
        pos += n;
        return true;
    }

    /** A nested value as Gson's tree builder makes it. */
    private JsonElement tree(int depth) throws IOException {
        if (depth > MAX_DEPTH) throw LEAVE;
        int c = peek();
        if (c == '"') return new JsonPrimitive(string());
        if (c == '-' || (c >= '0' && c <= '9')) return new JsonPrimitive(new LazilyParsedNumber(number()));
        if (c == '[') {
            pos++;
            JsonArray a = new JsonArray();
            skipSpace();
            if (peek() == ']') {
                pos++;
                return a;
            }
            while (true) {
                a.add(tree(depth + 1));
                skipSpace();
                int d = next();
                if (d == ']') return a;
                if (d != ',') throw LEAVE;
                skipSpace();
            }
        }
        if (c == '{') {
            pos++;
            JsonObject o = new JsonObject();
            skipSpace();
            if (peek() == '}') {
                pos++;
                return o;
            }
            while (true) {
                if (next() != '"') throw LEAVE;
                String name = name();
                skipSpace();
                if (next() != ':') throw LEAVE;
                skipSpace();
                o.add(name, tree(depth + 1));
                skipSpace();
                int d = next();
                if (d == '}') return o;
                if (d != ',') throw LEAVE;
                skipSpace();
            }
        }
        Object l = literal();
        return l instanceof Boolean b ? new JsonPrimitive(b) : JsonNull.INSTANCE;
    }

    private void skipValue(int depth) throws IOException {
        tree(depth);
    }

    private void skipSpace() throws IOException {
        while (true) {
            if (pos >= limit) {
                fill();
                if (pos >= limit) return;
            }
            int c = buf[pos];
            if (c == '\n') {
                line++;
                lineStart = base + pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private int peek() throws IOException {
        if (pos >= limit) {
            fill();
            if (pos >= limit) throw LEAVE;
        }
        return buf[pos];
    }

    private int next() throws IOException {
        int c = peek();
        pos++;
        return c;
    }

    /** More bytes, when all before pos are consumed. */
    private void fill() throws IOException {
        fillKeeping(1);
    }

    /** Makes at least {@code n} bytes from pos available (fewer at the end of the stream), keeping pos's content. */
    private void fillKeeping(int n) throws IOException {
        if (limit - pos >= n || eof) return;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            base += pos;
            limit -= pos;
            pos = 0;
        }
        if (n > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(n, buf.length * 2));
        while (limit - pos < n && !eof) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) eof = true;
            else limit += r;
            if (limit == buf.length && limit - pos < n) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        // No pass for NUL bytes here: every byte is looked at by something that takes no NUL (a string's run,
        // a token, a number, a literal, or a comparison with a value read before), which leaves for the Gson path.
    }
}
