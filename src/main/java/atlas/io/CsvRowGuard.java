package atlas.io;

import java.io.IOException;
import java.io.Reader;
import java.util.HashSet;
import java.util.Set;

/**
 * Sits between a CSV file and Commons CSV and bounds every row: a row longer than {@link #MAX_ROW_CHARS}
 * (one huge line, or an unclosed quote that would swallow the rest of the file) is cut there, the rest of
 * its line is dropped, and parsing resumes on the next line, so one broken row never costs memory
 * without bound nor the rows after it. It follows the quoting exactly as Commons CSV does (a quote opens
 * a field only at its start; a doubled quote inside is a quote), so it knows where rows end. The rows it
 * cut are remembered by their first line, for the reader to skip and report.
 */
final class CsvRowGuard extends Reader {
    /** A row may hold at most this many characters: real rows are far shorter, and a longer one is buffered whole by the parser. */
    static final int MAX_ROW_CHARS = 1 << 20;

    /** Where the row stands: at a field's start, in an unquoted field, in a quoted one, just after a quote in a quoted one. */
    private static final int START = 0, UNQUOTED = 1, QUOTED = 2, QUOTE_SEEN = 3;

    private final Reader in;
    private final char delimiter;
    private final char[] buf = new char[1 << 14];
    private int pos, len;
    private int state = START;
    private int rowChars;
    private int line = 1, rowLine = 1;
    private boolean skipping, closeQuote, eof, endedInQuotes;
    private final Set<Integer> cut = new HashSet<>();
    private int replaced, firstReplacedLine;

    CsvRowGuard(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** True when the row that starts on {@code line} was cut at the limit. */
    boolean wasCut(int line) {
        return cut.remove(line);
    }

    /** Whether the file ended inside a quoted field (the parser ends the field there). */
    boolean endedInQuotes() {
        return endedInQuotes;
    }

    /** Characters that were not valid UTF-8 (decoded as U+FFFD), and the line of the first. */
    int replaced() {
        return replaced;
    }

    int firstReplacedLine() {
        return firstReplacedLine;
    }

    @Override
    public int read(char[] out, int off, int n) throws IOException {
        if (n == 0) return 0;
        int k = 0;
        while (k < n) {
            if (pos == len) {
                if (k > 0 && !in.ready()) break;
                len = eof ? -1 : in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!eof) endedInQuotes = !skipping && state == QUOTED;
                    eof = true;
                    if (skipping) {
                        // The file ended inside a cut row: close its quote so the parser ends the field.
                        skipping = false;
                        if (closeQuote) out[off + k++] = '"';
                    }
                    break;
                }
            }
            char c = buf[pos++];
            if (skipping) {
                if (c != '\n') continue;
                // End of the cut row's line: close an open quote, then read the newline again as the row's end.
                skipping = false;
                pos--;
                if (closeQuote) {
                    out[off + k++] = '"';
                    state = QUOTE_SEEN;
                }
                continue;
            }
            boolean newline = c == '\n' || c == '\r';
            if (newline && state != QUOTED) {
                endRow();
                if (c == '\n') line++;
                out[off + k++] = c;
                continue;
            }
            if (rowChars == 0) rowLine = line;
            if (++rowChars > MAX_ROW_CHARS) {
                cut.add(rowLine);
                closeQuote = state == QUOTED;
                skipping = true;
                if (c == '\n') {
                    pos--; // the newline itself ends the skip
                }
                continue;
            }
            if (c == '\uFFFD' && replaced++ == 0) firstReplacedLine = line;
            if (c == '\n') line++;
            // START: '"' opens a quote, the delimiter starts a field, else unquoted; UNQUOTED: until the delimiter;
            // QUOTED: until '"'; QUOTE_SEEN: '"' was a doubled quote (quoted again), the delimiter starts a field.
            if (c == '"') state = state == START || state == QUOTE_SEEN ? QUOTED : state == QUOTED ? QUOTE_SEEN : UNQUOTED;
            else if (c == delimiter) state = state == QUOTED ? QUOTED : START;
            else if (state != QUOTED) state = UNQUOTED;
            out[off + k++] = c;
        }
        return k == 0 && eof ? -1 : k;
    }

    private void endRow() {
        state = START;
        rowChars = 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
