package atlas.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Bounds what JSON text can cost before Gson sees it. Gson's {@link com.google.gson.stream.JsonReader}
 * builds every string and every bare (unquoted) value whole in memory, so one unterminated string or a
 * file padded with 2 GB of zeros would be read to the end, into memory, before anything is said. This
 * reader sits in between and, in one pass over the characters with no buffering of its own:
 *
 * <ul>
 *   <li>stops at the first NUL character: no JSON writer emits one (inside a string it must be written
 *       {@code \u0000}), and a run of them is what a truncated download or a disk image looks like;</li>
 *   <li>cuts a string (a value or a name) after {@link #MAX_STRING} characters, dropping the rest up to
 *       its closing quote, so the JSON stays well formed and the feature keeps its other fields; the
 *       reader says how many were cut and where the first was;</li>
 *   <li>stops at a bare value longer than {@link #MAX_BARE} characters (a number, {@code true},
 *       {@code NaN}…: nothing real is that long; a run of garbage is).</li>
 * </ul>
 *
 * Stopping is an {@link Refused} exception naming the line; the caller keeps what it read before.
 */
final class JsonGuard extends Reader {
    /** A string longer than this many characters is cut (as KML's values are): 1 MB says all a label or summary can. */
    static final int MAX_STRING = 1 << 20;
    /** A bare value (number, literal) longer than this is not JSON: the longest double needs 24 characters. */
    static final int MAX_BARE = 4096;

    /** Reading stopped because the text is not JSON any writer would produce. */
    static final class Refused extends IOException {
        final int line;
        /** Where the characters kept before the fault end in the caller's buffer. */
        transient int kept;

        Refused(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private final Reader in;
    private int line;
    private char quote;
    private boolean escape;
    private int hexLeft;
    private int run;
    private boolean cutting;
    private char last;
    private int cut;
    private int firstCutLine;
    private Refused refused;

    /** {@code firstLine}: the line the text starts at in its file (a piece of a split file starts later). */
    JsonGuard(Reader in, int firstLine) {
        this.in = in;
        this.line = firstLine;
    }

    /** How many strings were cut at {@link #MAX_STRING}. */
    int cut() {
        return cut;
    }

    int firstCutLine() {
        return firstCutLine;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (refused != null) throw refused;
        while (true) {
            int n = in.read(buf, off, len);
            if (n <= 0) return n;
            int w = off;
            try {
                w = scan(buf, off, off + n);
            } catch (Refused r) {
                // Hand over what came before the fault first, so the features before it are read; refuse on the next call.
                refused = r;
                if (r.kept > off) return r.kept - off;
                throw r;
            }
            // Everything in this buffer was cut out of a long string: read on rather than answer 0.
            if (w > off) return w - off;
        }
    }

    /**
     * Checks {@code buf[from, to)} in place, dropping characters cut out of long strings; returns the end
     * of what is kept. One pass, once per character of every file: the state lives in locals for the loop
     * and is written back on the way out.
     */
    private int scan(char[] buf, int from, int to) throws Refused {
        int w = from;
        int run = this.run, hexLeft = this.hexLeft, line = this.line;
        char quote = this.quote, last = this.last;
        boolean escape = this.escape, cutting = this.cutting;
        try {
            for (int i = from; i < to; i++) {
                char c = buf[i];
                if (quote != 0) {
                    if (c == 0) throw nul(line);
                    if (c == '\n') line++;
                    // Inside an escape (the character after a backslash, or one of \\u's four digits): never cut there.
                    boolean wasEscape = escape || hexLeft > 0;
                    if (hexLeft > 0) {
                        hexLeft--;
                    } else if (escape) {
                        escape = false;
                        if (c == 'u') hexLeft = 4;
                    } else if (c == '\\') {
                        escape = true;
                    } else if (c == quote) {
                        quote = 0;
                        cutting = false;
                        run = 0;
                        last = c;
                        buf[w++] = c;
                        continue;
                    }
                    if (cutting) continue;
                    if (++run > MAX_STRING && !wasEscape && c != '\\' && hexLeft == 0 && !Character.isHighSurrogate(last)) {
                        // Cut here: not inside an escape or a surrogate pair, so what is kept is still a valid string.
                        cutting = true;
                        if (cut++ == 0) firstCutLine = line;
                        continue;
                    }
                    last = c;
                    buf[w++] = c;
                    continue;
                }
                switch (c) {
                    case '"' -> {
                        quote = '"';
                        escape = cutting = false;
                        hexLeft = run = 0;
                    }
                    case '\'' -> {
                        // Gson (lenient) reads a single-quoted string where a value starts.
                        if (run == 0) {
                            quote = '\'';
                            escape = cutting = false;
                            hexLeft = 0;
                        } else if (++run > MAX_BARE) {
                            throw bare(line);
                        }
                    }
                    case '\n' -> {
                        line++;
                        run = 0;
                    }
                    case ' ', '\t', '\r', '\f', '{', '}', '[', ']', ':', ',', '/', '\\', ';', '#', '=' -> run = 0;
                    case 0 -> throw nul(line);
                    default -> {
                        if (++run > MAX_BARE) throw bare(line);
                    }
                }
                last = c;
                buf[w++] = c;
            }
            return w;
        } catch (Refused r) {
            r.kept = w;
            throw r;
        } finally {
            this.run = run;
            this.hexLeft = hexLeft;
            this.line = line;
            this.quote = quote;
            this.last = last;
            this.escape = escape;
            this.cutting = cutting;
        }
    }

    private static Refused nul(int line) {
        return new Refused(line, "a NUL character at line " + line + ": binary data or zero padding, not JSON text; reading stops here");
    }

    private static Refused bare(int line) {
        return new Refused(line, "a bare value longer than " + MAX_BARE + " characters at line " + line + " (not a number or a JSON word): reading stops here");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
