package atlas.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * CSV and TSV (Apache Commons CSV): a header row, then one feature a row. The position comes from
 * longitude/latitude columns found by name ({@code lon}, {@code lng}, {@code longitude}, {@code x} and
 * {@code lat}, {@code latitude}, {@code y}, any case) or from a WKT column (named {@code wkt},
 * {@code geometry}, {@code geom}, {@code wkt_geom}…, or whose first value reads as WKT); every other
 * column is a text property. UTF-8 with or without a byte-order mark; quoted fields may hold newlines;
 * the delimiter of a .csv is the comma unless the header shows semicolons or tabs.
 *
 * <p>Bad input costs only itself: a row longer than 1 MB is cut and skipped ({@link CsvRowGuard}); rows
 * with more fields than the header are skipped and those with fewer read as far as they go, each kind
 * said once per file; a UTF-16 or binary file is refused with one message.
 */
public final class CsvReader implements FeatureReader {
    private static final Set<String> LON = Set.of("lon", "lng", "long", "longitude", "x");
    private static final Set<String> LAT = Set.of("lat", "latitude", "y");
    private static final Set<String> WKT = Set.of("wkt", "geometry", "geom", "the_geom", "wkt_geom", "shape");
    private static final String[] WKT_TYPES = {"POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION"};
    /** Bytes looked at to tell UTF-8 text from UTF-16 or binary data. */
    private static final int SNIFF_BYTES = 4096;
    /** The header is looked at to choose the delimiter only this far. */
    private static final int HEADER_SNIFF_CHARS = 1 << 16;

    /** Whether plain rows are read straight from the bytes ({@link FastCsv}); off, Commons CSV reads every row (what the fast path is checked against). */
    private final boolean fast;

    public CsvReader() {
        this(true);
    }

    CsvReader(boolean fast) {
        this.fast = fast;
    }

    @Override
    public void read(DataSource source, Consumer<RawFeature> sink, List<Problem> problems) {
        Run run = new Run(source.name(), sink, problems);
        run.fast = fast;
        run.read(source);
    }

    /** One file's reading: its columns, what was wrong, and the counts said at the end. */
    private static final class Run {
        final String file;
        final Consumer<RawFeature> sink;
        final List<Problem> problems;
        final RawFeature f = new RawFeature();
        final WKTReader wktReader = new WKTReader();
        String[] header;
        int lonCol = -1, latCol = -1, wktCol = -1;
        /** A later piece of a split file: the header given, lines counted from {@link #lineOffset} + 1, rows from {@link #rows}. */
        List<String> givenHeader;
        int lineOffset;
        boolean geometryDecided, crsRefused;
        boolean fast = true;
        int more, fewer, moreLine, fewerLine, moreFields;
        int rows;

        Run(String file, Consumer<RawFeature> sink, List<Problem> problems) {
            this.file = file;
            this.sink = sink;
            this.problems = problems;
        }

        void read(DataSource source) {
            read(source, (char) 0);
        }

        /** {@code given}: the delimiter of a later piece (its bytes start on a row, no header, no byte-order mark), else 0. */
        void read(DataSource source, char given) {
            int base = 0; // lines before the part the general reader reads (those the fast path read)
            CsvRowGuard guard = null;
            try (InputStream raw = source.open(); BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
                String refused = given != 0 ? null : encoding(in);
                if (refused != null) {
                    problems.add(new Problem(file, null, 0, refused));
                    return;
                }
                char delimiter = given != 0 ? given : delimiter(in, Formats.extension(file).equals("tsv"));
                // The plain rows straight from the bytes; from the first row that is not plain on, Commons CSV.
                FastCsv fast = new FastCsv(in, delimiter, 1);
                boolean headed = givenHeader != null;
                if (headed) header(givenHeader);
                int n;
                while ((n = this.fast ? fast.next() : FastCsv.NOT_PLAIN) >= 0) {
                    String[] v = fast.fields();
                    if (!headed) {
                        header(java.util.Arrays.asList(v).subList(0, n));
                        headed = true;
                    } else {
                        row(v, n, fast.rowLine() + lineOffset);
                    }
                }
                if (n == FastCsv.END && !headed) {
                    problems.add(new Problem(file, null, 0, "the file is empty: a CSV needs a header row"));
                    return;
                }
                if (n == FastCsv.NOT_PLAIN) {
                    base = fast.line() - 1;
                    BufferedReader text = new BufferedReader(new InputStreamReader(fast.rest(), StandardCharsets.UTF_8), 1 << 16);
                    guard = new CsvRowGuard(text, delimiter);
                    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                            .setTrailingData(true).setLenientEof(true).get();
                    try (CSVParser parser = CSVParser.builder().setReader(guard).setFormat(format).get()) {
                        records(parser, guard, headed, base);
                    }
                }
                if (guard != null && guard.replaced() > 0) {
                    problems.add(new Problem(file, null, guard.firstReplacedLine() + base + lineOffset, guard.replaced()
                            + " characters are not valid UTF-8 (first on this line) and show as \uFFFD: save the file as UTF-8"));
                }
            } catch (IOException | UncheckedIOException e) {
                IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                String why = io instanceof java.nio.file.NoSuchFileException || io instanceof java.io.FileNotFoundException
                        ? "file not found" : "malformed CSV: " + Texts.clip(io.getMessage());
                problems.add(new Problem(file, null, 0, why + (rows > 0 ? "; the " + rows + " rows before it are kept" : "")));
            }
            if (more > 0) {
                problems.add(new Problem(file, null, moreLine, (more == 1 ? "a row has " : more + " rows have ") + "more fields than the header's " + header.length
                        + " (first on this line, with " + moreFields + "; a delimiter inside an unquoted value?); " + (more == 1 ? "it is" : "they are") + " skipped"));
            }
            if (fewer > 0) {
                problems.add(new Problem(file, null, fewerLine, (fewer == 1 ? "a row has " : fewer + " rows have ") + "fewer fields than the header's " + header.length
                        + " (first on this line); the missing fields are read as empty"));
            }
        }

        /** Commons CSV's records, {@code base} lines into the file; the header first unless {@code headed}. */
        private void records(CSVParser parser, CsvRowGuard guard, boolean headed, int base) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!headed) {
                if (!it.hasNext()) {
                    problems.add(new Problem(file, null, 0, "the file is empty: a CSV needs a header row"));
                    return;
                }
                CSVRecord head = it.next();
                if (guard.wasCut(1)) {
                    problems.add(new Problem(file, null, 1 + base, "the header row is longer than 1 MB: not a CSV table"));
                    return;
                }
                header(head.toList());
            }
            String[] v = new String[16];
            while (it.hasNext()) {
                CSVRecord r = it.next();
                // A last value that runs to the end of the file in an unclosed quote holds the file's last line break.
                boolean runsOn = guard.endedInQuotes() && r.size() > 0 && endsWithBreak(r.get(r.size() - 1));
                int line = startLine(parser, r, runsOn && !it.hasNext() ? 1 : 0);
                if (guard.wasCut(line)) {
                    problems.add(new Problem(file, null, line + base + lineOffset, "the row is longer than 1 MB (" + CsvRowGuard.MAX_ROW_CHARS
                            + " characters; an unclosed quote?); it is skipped and reading goes on with the next line"));
                    continue;
                }
                if (v.length < r.size()) v = new String[r.size()];
                for (int i = 0; i < r.size(); i++) v[i] = r.get(i);
                row(v, r.size(), line + base + lineOffset);
            }
        }

        private static boolean endsWithBreak(String v) {
            return !v.isEmpty() && (v.charAt(v.length() - 1) == '\n' || v.charAt(v.length() - 1) == '\r');
        }

        /**
         * The line a record starts on: where the parser stands after it, less the newlines inside its values
         * (one too few when its last value runs to the end of the file in an unclosed quote and holds the
         * file's last line break: the caller adds it).
         */
        private static int startLine(CSVParser parser, CSVRecord r, int more) {
            long line = parser.getCurrentLineNumber() + more;
            for (int i = 0; i < r.size(); i++) {
                String v = r.get(i);
                for (int k = v.indexOf('\n'); k >= 0; k = v.indexOf('\n', k + 1)) line--;
            }
            return (int) Math.min(Integer.MAX_VALUE, Math.max(1, line));
        }

        private void header(List<String> head) {
            header = new String[head.size()];
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < header.length; i++) {
                String h = head.get(i).trim();
                if (h.isEmpty()) h = "column " + (i + 1);
                String unique = h;
                for (int k = 2; !seen.add(unique); k++) unique = h + " (" + k + ")";
                header[i] = unique;
                String n = h.toLowerCase(Locale.ROOT);
                if (LON.contains(n) && lonCol < 0) lonCol = i;
                if (LAT.contains(n) && latCol < 0) latCol = i;
                if (WKT.contains(n) && wktCol < 0) wktCol = i;
            }
            if (lonCol < 0 || latCol < 0) lonCol = latCol = -1;
            geometryDecided = wktCol >= 0 || lonCol >= 0;
        }

        private void row(String[] r, int n, int line) {
            if (n > header.length) {
                if (more++ == 0) {
                    moreLine = line;
                    moreFields = n;
                }
                return;
            }
            if (n < header.length && fewer++ == 0) fewerLine = line;
            if (!geometryDecided) findWkt(r, n);
            f.clear();
            f.index = rows++;
            f.line = line;
            if (wktCol >= 0) wkt(n > wktCol ? r[wktCol] : "");
            else if (lonCol >= 0) lonLat(n > lonCol ? r[lonCol] : "", n > latCol ? r[latCol] : "", line);
            for (int i = 0; i < header.length; i++) {
                if (i == wktCol || i == lonCol || i == latCol) continue;
                String v = i < n ? r[i] : null;
                f.put(header[i], v == null || v.isEmpty() ? null : v);
            }
            sink.accept(f);
        }

        /** With no geometry column named, the first row decides: a column whose value reads as WKT, or none. */
        private void findWkt(String[] r, int n) {
            geometryDecided = true;
            for (int i = 0; i < n; i++) {
                if (looksLikeWkt(r[i])) {
                    wktCol = i;
                    return;
                }
            }
            problems.add(new Problem(file, null, 0, "no geometry: no longitude/latitude columns (lon/lng/longitude/x and lat/latitude/y) and no WKT column; the rows load without a place"));
        }

        static boolean looksLikeWkt(String v) {
            String s = stripSrid(v.trim()).toUpperCase(Locale.ROOT);
            for (String t : WKT_TYPES) {
                if (s.startsWith(t) && s.length() > t.length()) {
                    char c = s.charAt(t.length());
                    if (c == ' ' || c == '(') return true;
                }
            }
            return false;
        }

        private static String stripSrid(String s) {
            if (s.regionMatches(true, 0, "SRID=", 0, 5)) {
                int semi = s.indexOf(';');
                if (semi > 0) return s.substring(semi + 1);
            }
            return s;
        }

        private void wkt(String text) {
            String v = text.trim();
            if (v.isEmpty() || crsRefused) return;
            if (v.regionMatches(true, 0, "SRID=", 0, 5)) {
                int semi = v.indexOf(';');
                String srid = semi > 0 ? v.substring(5, semi).trim() : "";
                if (!srid.equals("4326")) {
                    refuseCrs("the WKT says SRID=" + Texts.clip(srid));
                    return;
                }
                v = v.substring(semi + 1);
            }
            Geometry g;
            try {
                g = wktReader.read(v);
            } catch (ParseException | RuntimeException e) {
                f.geometryProblem = "WKT not understood: " + Texts.clip(e.getMessage());
                return;
            }
            if (!g.isEmpty() && !checkFirst(g.getEnvelopeInternal())) return;
            LonLat.apply(g, f);
        }

        private void lonLat(String lonText, String latText, int line) {
            String a = lonText.trim(), b = latText.trim();
            if (crsRefused || (a.isEmpty() && b.isEmpty())) return;
            double lon, lat;
            try {
                lon = Double.parseDouble(a);
                lat = Double.parseDouble(b);
            } catch (NumberFormatException e) {
                f.geometryProblem = "'" + header[lonCol] + "'/'" + header[latCol] + "' are not two numbers ('" + Texts.clip(a) + "', '" + Texts.clip(b) + "'"
                        + (a.contains(",") || b.contains(",") ? "; write decimals with a point" : "") + ")";
                return;
            }
            if (!checkFirst(new Envelope(lon, lon, lat, lat))) return;
            String why = LonLat.problem(lon, lat);
            if (why != null) {
                f.geometryProblem = why;
                return;
            }
            f.hasPoint = true;
            f.lon = lon;
            f.lat = lat;
        }

        /**
         * The first position tells whether the file is in longitude/latitude at all: numbers far beyond
         * ±360/±180 are metres of a projected system, said once, and the file's geometry is skipped.
         */
        private boolean checkFirst(Envelope e) {
            if (crsRefused) return false;
            if (anyPlaced) return true;
            if (Math.max(Math.abs(e.getMinX()), Math.abs(e.getMaxX())) > 360 || Math.max(Math.abs(e.getMinY()), Math.abs(e.getMaxY())) > 180) {
                refuseCrs("the first position is (" + e.getMinX() + ", " + e.getMinY() + ")");
                return false;
            }
            anyPlaced = true;
            return true;
        }

        boolean anyPlaced;

        private void refuseCrs(String why) {
            crsRefused = true;
            problems.add(new Problem(file, null, f.line, "positions are not longitude/latitude (" + why
                    + ": a projected coordinate system?); the file's geometry is skipped. Reproject it to EPSG:4326 first (e.g. ogr2ogr -t_srs EPSG:4326)"));
        }
    }

    /**
     * A large CSV cut at rows into pieces that threads read at once. One pass over the bytes up to the last
     * cut follows the quoting as {@link CsvRowGuard} does and counts lines and rows, so each later piece
     * knows its first line and row; it gets the header and delimiter of the first. A piece that says
     * anything about its rows (too long, too many or too few fields, bad UTF-8, not lon/lat) or whose rows
     * do not come out as counted returns false, and the loader reads the file in one go, so every message
     * is said as one read says it. Null (read in one go) when small, when the geometry is not named in the
     * header (a WKT column found by its values), or when the head of the file is not plain CSV.
     */
    public static Pieces pieces(DataSource source, int parts, long minBytes) {
        java.nio.file.Path path = source.path();
        if (path == null || parts < 2) return null;
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(path)) {
            long size = ch.size();
            if (size < minBytes || size > Integer.MAX_VALUE) return null;
            // The first piece's own read decides the delimiter and header; the plan reads them the same way.
            Run head = new Run(source.name(), f -> { }, new java.util.ArrayList<>());
            char delimiter;
            try (InputStream raw = source.open(); BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
                if (encoding(in) != null) return null;
                delimiter = delimiter(in, Formats.extension(source.name()).equals("tsv"));
                BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
                CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
                try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get()) {
                    Iterator<CSVRecord> it = parser.iterator();
                    if (!it.hasNext()) return null;
                    head.header(it.next().toList());
                }
            }
            if (head.lonCol < 0 && head.wktCol < 0) return null;
            List<String> header = java.util.Arrays.asList(head.header);
            long[] cuts = RowScan.cuts(ch, (int) size, delimiter, parts);
            if (cuts == null) return null;
            int n = cuts.length / 3 + 1;
            List<Pieces.Piece> out = new java.util.ArrayList<>();
            for (int p = 0; p < n; p++) {
                long from = p == 0 ? 0 : cuts[3 * (p - 1)], to = p == n - 1 ? size : cuts[3 * p];
                int firstLine = p == 0 ? 1 : (int) cuts[3 * (p - 1) + 1];
                int firstRow = p == 0 ? 0 : (int) cuts[3 * (p - 1) + 2];
                int rowsAfter = p == n - 1 ? -1 : (int) cuts[3 * p + 2];
                out.add(piece(source.name(), path, from, to, p == 0 ? null : header, p == 0 ? 0 : delimiter, firstLine, firstRow, rowsAfter,
                        (int) Math.min(Integer.MAX_VALUE / 2, (to - from) / 16 + 16)));
            }
            return Pieces.of(out);
        } catch (IOException | RuntimeException e) {
            return null; // the read in one go says what is wrong
        }
    }

    private static Pieces.Piece piece(String file, java.nio.file.Path path, long from, long to, List<String> header, char delimiter,
                                      int firstLine, int firstRow, int rowsAfter, int expected) {
        return Pieces.piece(expected, (sink, problems) -> {
            List<Problem> said = new java.util.ArrayList<>();
            Run run = new Run(file, sink, said);
            run.givenHeader = header;
            run.lineOffset = firstLine - 1;
            run.rows = firstRow;
            DataSource slice = new DataSource() {
                @Override
                public String name() {
                    return file;
                }

                @Override
                public InputStream open() throws IOException {
                    InputStream in = java.nio.file.Files.newInputStream(path);
                    in.skipNBytes(from);
                    return new java.io.FilterInputStream(in) {
                        private long left = to - from;

                        @Override
                        public int read() throws IOException {
                            if (left <= 0) return -1;
                            int b = super.read();
                            if (b >= 0) left--;
                            return b;
                        }

                        @Override
                        public int read(byte[] b, int off, int len) throws IOException {
                            if (left <= 0) return -1;
                            int k = super.read(b, off, (int) Math.min(len, left));
                            if (k > 0) left -= k;
                            return k;
                        }
                    };
                }
            };
            run.read(slice, delimiter);
            problems.addAll(said);
            return said.isEmpty() && (rowsAfter < 0 || run.rows == rowsAfter);
        });
    }

    /** Where a CSV file can be cut between rows, found by following its quoting byte by byte. */
    static final class RowScan {
        private RowScan() {
        }

        /**
         * Up to {@code parts - 1} cuts, near equal shares of the file, each as three numbers: the offset a
         * row starts at (just after a line break outside quotes), its line, and the rows before it (the header
         * not counted, empty lines not counted, as the parser skips them). Null when there is no cut, or on a
         * carriage return that is not part of CRLF, in quotes or not (the parser counts it as a line break).
         */
        static long[] cuts(java.nio.channels.FileChannel ch, int size, char delimiter, int parts) throws IOException {
            final int start = 0, unquoted = 1, quoted = 2, quoteSeen = 3;
            int state = start, line = 1;
            long records = 0;
            boolean content = false, cr = false;
            long[] out = new long[3 * (parts - 1)];
            int found = 0;
            long share = size / parts, target = share;
            java.nio.ByteBuffer bb = java.nio.ByteBuffer.allocate(1 << 20);
            byte[] w = bb.array();
            for (long base = 0; base < size && found < parts - 1; ) {
                bb.clear();
                int n = ch.read(bb, base);
                if (n <= 0) break;
                for (int k = 0; k < n; k++) {
                    byte c = w[k];
                    // A lone CR is a line break for the parser, inside quotes too: lines would be counted otherwise.
                    if (cr && c != '\n') return null;
                    cr = c == '\r';
                    if (c == '\n') {
                        line++;
                        if (state == quoted) continue;
                        if (content) records++;
                        content = false;
                        state = start;
                        long next = base + k + 1;
                        if (records >= 1 && next >= target && next < size) {
                            out[3 * found] = next;
                            out[3 * found + 1] = line;
                            out[3 * found + 2] = records - 1;
                            found++;
                            target = share * (found + 1);
                            if (found == parts - 1) break;
                        }
                        continue;
                    }
                    if (c == '\r' && state != quoted) continue;
                    content = true;
                    if (c == '"') state = state == start || state == quoteSeen ? quoted : state == quoted ? quoteSeen : unquoted;
                    else if (c == delimiter) state = state == quoted ? quoted : start;
                    else if (state != quoted) state = unquoted;
                }
                base += n;
            }
            return found == 0 ? null : java.util.Arrays.copyOf(out, 3 * found);
        }
    }

    /** Null when the bytes look like UTF-8 text (a byte-order mark is skipped); otherwise why the file is refused. */
    static String encoding(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return "the file is UTF-16 text: save it as UTF-8 (in Excel: CSV UTF-8) and open it again";
        }
        int nul = 0;
        for (byte b : head) if (b == 0) nul++;
        if (nul > 0) {
            return nul * 4 >= head.length ? "the file looks like UTF-16 text (every other byte is zero): save it as UTF-8 and open it again"
                    : "the file holds NUL bytes: it is not CSV text (a binary file?)";
        }
        if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) in.skipNBytes(3);
        return null;
    }

    /** A .tsv's delimiter is the tab; a .csv's is the comma unless its header has more semicolons or tabs (outside quotes). */
    private static char delimiter(BufferedInputStream in, boolean tsv) throws IOException {
        if (tsv) return '\t';
        // The header's first characters, from at most 4 bytes each (UTF-8); a character cut at the end is of no account.
        in.mark(4 * HEADER_SNIFF_CHARS + 1);
        byte[] head = in.readNBytes(4 * HEADER_SNIFF_CHARS);
        in.reset();
        String text = new String(head, StandardCharsets.UTF_8);
        int n = Math.min(text.length(), HEADER_SNIFF_CHARS);
        int comma = 0, semicolon = 0, tab = 0;
        boolean quoted = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted && c == ',') comma++;
            else if (!quoted && c == ';') semicolon++;
            else if (!quoted && c == '\t') tab++;
        }
        if (tab > comma && tab >= semicolon) return '\t';
        if (semicolon > comma) return ';';
        return ',';
    }
}
