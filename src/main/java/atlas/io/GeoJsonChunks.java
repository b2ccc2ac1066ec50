package atlas.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Splits a large GeoJSON FeatureCollection file into pieces at feature boundaries, so several threads
 * can read it at once. One pass over the bytes tracks strings, escapes and nesting (no parsing), finds
 * the "features" array and the start of each feature in it, and cuts near equal sizes. Each piece reads
 * as a JSON array of whole features, and knows the line and feature index it starts at, so messages
 * keep naming the right line. Any doubt (no "features" array at the top, unbalanced brackets) and the
 * file is not split: the ordinary sequential reader then reads it and reports what is wrong.
 *
 * <p>The loader splits with {@link #streaming}: the scan runs while the first piece is read and stops at
 * the last piece's start. {@link #split} scans the whole file first and gives every piece at once (tests
 * compare the readers on it).
 */
public final class GeoJsonChunks {
    /** Files smaller than this are read in one piece: splitting would cost more than it saves. */
    public static final long MIN_SPLIT_BYTES = 4L << 20;

    /**
     * One piece: its bytes as a stream of a JSON array of features, its first line and first feature
     * index, and about how many features it holds (exact but for the last piece, which is estimated from
     * its size; a reader sizes its arrays by it, so it need not grow them by copying).
     */
    public record Piece(DataSource source, int firstLine, int firstIndex, int expectedFeatures) implements Pieces.Piece {
        @Override
        public boolean read(java.util.function.Consumer<RawFeature> sink, List<Problem> problems) {
            return new GeoJsonReader().readPiece(this, sink, problems);
        }

        /**
         * The rest of this piece from byte {@code offset} of its stream (where a feature starts, on line
         * {@code line}, which starts at {@code lineStart}), as a piece of its own: '[', a line break, and
         * spaces up to the feature's column, so that lines and columns in messages are those of the file.
         */
        Piece from(long offset, long lineStart, int line, int index) {
            DataSource whole = source;
            DataSource rest = new DataSource() {
                @Override
                public String name() {
                    return whole.name();
                }

                @Override
                public InputStream open() throws IOException {
                    InputStream in = whole.open();
                    try {
                        in.skipNBytes(offset);
                    } catch (IOException | RuntimeException e) {
                        in.close();
                        throw e;
                    }
                    long spaces = offset - lineStart;
                    InputStream indent = new InputStream() {
                        private long left = spaces;

                        @Override
                        public int read() {
                            return left-- > 0 ? ' ' : -1;
                        }

                        @Override
                        public int read(byte[] b, int off, int len) {
                            if (left <= 0) return -1;
                            int n = (int) Math.min(len, left);
                            java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                            left -= n;
                            return n;
                        }
                    };
                    return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(new byte[] {'[', '\n'}), indent, in)));
                }
            };
            return new Piece(rest, line - 1, index, expectedFeatures);
        }
    }

    private GeoJsonChunks() {
    }

    /** Up to {@code parts} pieces of the file, or an empty list when it should be read in one go (the whole file scanned first). */
    public static List<Piece> split(Path file, String name, int parts) {
        return split(file, name, parts, MIN_SPLIT_BYTES);
    }

    /** As {@link #split(Path, String, int)}, splitting files from {@code minBytes} on (tests split small files). */
    public static List<Piece> split(Path file, String name, int parts, long minBytes) {
        if (parts < 2) return List.of();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < minBytes || size > Integer.MAX_VALUE) return List.of();
            return split((int) size, name, parts, file, ch);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The file's bytes by position, read through a window of {@link #WINDOW} bytes. Not a memory mapping:
     * the pages of a mapped file count in the process's resident memory for as long as it is mapped (a
     * 270 MB file was 270 MB of a render's peak RSS), and Java cannot unmap.
     */
    private static final class Bytes {
        private static final int WINDOW = 1 << 20;
        private final FileChannel ch;
        private final byte[] window = new byte[WINDOW];
        /** The window holds the file's bytes [lo, hi). */
        private int lo, hi;

        Bytes(FileChannel ch) {
            this.ch = ch;
        }

        byte get(int i) {
            if (i >= lo && i < hi) return window[i - lo];
            load(i);
            return window[i - lo];
        }

        /** Makes the window hold byte {@code i}; returns how many bytes from {@code i} on it holds. */
        int fill(int i) {
            if (i < lo || i >= hi) load(i);
            return hi - i;
        }

        private void load(int i) {
            int start = i & ~(WINDOW - 1);
            ByteBuffer into = ByteBuffer.wrap(window);
            try {
                while (into.hasRemaining()) {
                    int n = ch.read(into, (long) start + into.position());
                    if (n < 0) break;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            lo = start;
            hi = start + into.position();
            if (i >= hi) throw new IndexOutOfBoundsException("byte " + i + " is past the end of the file");
        }
    }

    /**
     * The structure of the file, scanned byte by byte without parsing: strings, escapes, nesting, the
     * "features" array at the top and the start of each feature in it (counted, with lines).
     */
    private static final class Scanner {
        static final int END = -1, FAIL = -2;
        final Bytes b, names;
        final int size;
        int pos, depth, featuresStart = -1, featuresEnd = -1, stringStart = -1, features, line = 1;
        boolean inString, escape, keyIsFeatures;
        /** Start of the latest feature passed over (not returned as a boundary), -1 before the first. */
        volatile int passed = -1;

        Scanner(FileChannel ch, int size) {
            this.b = new Bytes(ch);
            this.names = new Bytes(ch);
            this.size = size;
        }

        /**
         * Scans on to the first feature that starts at or after {@code target} and returns its position
         * (the scan stops before it: {@link #features} is its index, {@link #line} its line); {@link #END}
         * when the file ended (a whole, balanced file whose features array ended), {@link #FAIL} when it is
         * not a file to split (no "features" array at the top, unbalanced, a NUL byte). {@code block} runs
         * after each block of bytes.
         */
        int next(long target, Runnable block) {
            this.target = target;
            while (pos < size) {
                int n = Math.min(b.fill(pos), size - pos);
                byte[] w = b.window;
                int off = pos - b.lo, end = off + n;
                int j = off;
                while (j < end) {
                    byte c = w[j];
                    if (inString) {
                        if (escape) {
                            escape = false;
                        } else {
                            // Through the string to the next byte that matters in one: quote, backslash, line break, NUL.
                            while (j < end && IN_STRING[w[j] & 0xff] == 0) j++;
                            if (j == end) break;
                            c = w[j];
                            if (c == '"') {
                                inString = false;
                                int i = pos + (j - off);
                                if (depth == 1) keyIsFeatures = i - stringStart == 9 && matches(names, stringStart + 1, "features");
                                j++;
                                continue;
                            }
                            if (c == '\\') escape = true;
                        }
                        if (c == '\n') line++;
                        else if (c == 0) return FAIL;
                        j++;
                        continue;
                    }
                    if (STRUCTURE[c & 0xff] == 0) {
                        // In the features array only objects are counted: null, a number or a word there is the one-go read's to say.
                        if (depth == 2 && featuresStart >= 0 && featuresEnd < 0 && c != ' ' && c != '\t' && c != '\r') return FAIL;
                        j++;
                        continue;
                    }
                    int i = pos + (j - off);
                    switch (c) {
                        case '\n' -> line++;
                        case 0 -> {
                            return FAIL; // binary or zero-padded: the sequential reader stops at it and says so
                        }
                        case '"' -> {
                            if (depth == 2 && featuresStart >= 0 && featuresEnd < 0) return FAIL; // a string as a feature
                            inString = true;
                            stringStart = i;
                        }
                        case '{', '[' -> {
                            if (depth == 1 && c == '[' && keyIsFeatures && featuresStart >= 0) return FAIL; // a second "features"
                            if (depth == 2 && c == '[' && featuresStart >= 0 && featuresEnd < 0) return FAIL; // an array as a feature
                            if (depth == 1 && c == '[' && keyIsFeatures && featuresStart < 0) {
                                featuresStart = i;
                            } else if (depth == 2 && featuresStart >= 0 && featuresEnd < 0 && c == '{') {
                                if (i >= this.target) {
                                    pos = i;
                                    return i;
                                }
                                features++;
                                passed = i;
                            }
                            depth++;
                        }
                        case '}', ']' -> {
                            depth--;
                            if (depth == 1 && c == ']' && featuresStart >= 0 && featuresEnd < 0) featuresEnd = i;
                            if (depth < 0) return FAIL;
                        }
                        case ',' -> {
                            if (depth == 1) keyIsFeatures = false;
                        }
                        default -> {
                        }
                    }
                    j++;
                }
                pos += n;
                if (block != null) block.run();
            }
            return inString || depth != 0 || featuresStart < 0 || featuresEnd < 0 ? FAIL : END;
        }

        /** Where the scan stops: the first feature from here on (a block's callback may move it). */
        long target;
        /** Bytes that matter inside a string, and outside one. */
        private static final byte[] IN_STRING = new byte[256], STRUCTURE = new byte[256];

        static {
            for (char c : new char[] {'"', '\\', '\n', 0}) IN_STRING[c] = 1;
            for (char c : new char[] {'"', '\n', 0, '{', '}', '[', ']', ','}) STRUCTURE[c] = 1;
        }

        /** The feature at the returned position is taken as a boundary: step into it. */
        void take() {
            features++;
            depth++;
            pos++;
        }
    }

    private static List<Piece> split(int size, String name, int parts, Path file, FileChannel ch) {
        Scanner sc = new Scanner(ch, size);
        List<Integer> starts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<Integer> firstIndexes = new ArrayList<>();
        long target = size / parts;
        long next = 0;
        while (true) {
            int at = sc.next(next, null);
            if (at == Scanner.FAIL) return List.of();
            if (at == Scanner.END) break;
            starts.add(at);
            lines.add(sc.line);
            firstIndexes.add(sc.features);
            sc.take();
            // A feature opens a new piece once the pieces so far hold their share of the bytes.
            next = starts.size() < parts ? sc.featuresStart + target * starts.size() : Long.MAX_VALUE;
        }
        if (starts.size() < 2) return List.of();
        Bytes b = sc.b;
        List<Piece> out = new ArrayList<>();
        int[] featureIndex = firstIndexes.stream().mapToInt(Integer::intValue).toArray();
        double perByte = 0;
        for (int p = 0; p < starts.size(); p++) {
            int from = starts.get(p);
            int to = p + 1 < starts.size() ? lastCloseBefore(b, starts.get(p + 1)) : lastCloseBefore(b, sc.featuresEnd);
            if (to <= from) return List.of();
            int expected;
            if (p + 1 < starts.size()) {
                expected = featureIndex[p + 1] - featureIndex[p];
                perByte = Math.max(perByte, expected / (double) (to - from));
            } else {
                expected = (int) Math.min(Integer.MAX_VALUE / 2, Math.ceil(perByte * (to - from) * 1.02) + 16);
            }
            out.add(new Piece(slice(file, from, to, name), lines.get(p), featureIndex[p], expected));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Splits while the file is being read: the first piece can be read at once, while a thread of this
     * split scans on for where the next pieces start (the scan is several times faster than reading,
     * so it stays ahead; a reader that catches up waits for it). The scan stops at the last piece's start
     * instead of going through the whole file: that piece ends where the file ends, when the file closes
     * as a FeatureCollection does (a feature's '}', then ']' and '}'); otherwise the scan goes on to the
     * end. Null when the file should be read in one go (small, or no "features" array near the top).
     */
    public static Streaming streaming(Path file, String name, int parts, long minBytes) {
        if (parts < 2) return null;
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
            long size = ch.size();
            if (size < minBytes || size > Integer.MAX_VALUE) {
                ch.close();
                return null;
            }
            Streaming st = new Streaming(file, name, parts, (int) size, ch);
            if (!st.begin()) {
                ch.close();
                return null;
            }
            Thread t = new Thread(st::scan, "split-" + name);
            t.setDaemon(true);
            t.start();
            return st;
        } catch (IOException | RuntimeException e) {
            try {
                if (ch != null) ch.close();
            } catch (IOException ignored) {
                // nothing was read
            }
            return null;
        }
    }

    /** See {@link #streaming}. */
    public static final class Streaming implements Pieces {
        /** Bytes scanned before the first piece is handed out, to estimate how many features a piece holds. */
        private static final int PROBE = 256 << 10;
        private final Path file;
        private final String name;
        private final int parts, size;
        private final FileChannel ch;
        private final Scanner sc;
        private final GeoJsonChunks.Piece[] pieces;
        private final int[] from, ends;
        private final Object lock = new Object();
        /** Pieces whose start is known. */
        private int known;
        /** Bytes of the last known piece before this offset are certainly in it. */
        private int safe;
        private boolean done, failed;
        private volatile boolean cancelled;
        private double perByte;

        private Streaming(Path file, String name, int parts, int size, FileChannel ch) {
            this.file = file;
            this.name = name;
            this.parts = parts;
            this.size = size;
            this.ch = ch;
            this.sc = new Scanner(ch, size);
            this.pieces = new GeoJsonChunks.Piece[parts];
            this.from = new int[parts];
            this.ends = new int[parts];
            this.readerAt = new java.util.concurrent.atomic.AtomicLongArray(parts);
            Arrays.fill(ends, -1);
        }

        /** Finds the first feature and measures the features' density; false when the file is not one to split. */
        private boolean begin() {
            int first = sc.next(0, null);
            if (first < 0) return false;
            from[0] = first;
            int line = sc.line;
            sc.take();
            int probe = sc.next((long) first + Math.min(PROBE, share() / 4), null);
            if (probe == Scanner.FAIL || probe == Scanner.END) return false;
            perByte = sc.features / (double) (probe - first);
            from[0] = first;
            safe = Math.max(first, sc.passed);
            pieces[0] = new GeoJsonChunks.Piece(blocking(0), line, 0, estimate(share()));
            known = 1;
            return true;
        }

        /** Bytes of the features array each piece is given (the last one's start follows the readers instead, see {@link #balance}). */
        private long share() {
            return (size - from[0]) / parts;
        }

        private int estimate(long bytes) {
            return (int) Math.min(Integer.MAX_VALUE / 2, Math.ceil(perByte * bytes * 1.05) + 16);
        }

        /** Piece {@code i}, once its start is known (waiting for the scan); null when the file has fewer pieces or the split failed. */
        @Override
        public GeoJsonChunks.Piece piece(int i) throws InterruptedException {
            synchronized (lock) {
                while (known <= i && !done && !failed) lock.wait();
                return failed || i >= known ? null : pieces[i];
            }
        }

        @Override
        public int parts() {
            return parts;
        }

        /** True when the scan found the file is not one to split: what its pieces gave must be dropped and the file read in one go. */
        @Override
        public boolean failed() {
            synchronized (lock) {
                while (!done && !failed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return true;
                    }
                }
                return failed;
            }
        }

        /** Stops the scan (the load was cancelled); readers waiting for it see the split failed. */
        @Override
        public void cancel() {
            cancelled = true;
        }

        private void scan() {
            try {
                for (int p = 1; p < parts; p++) {
                    last = p == parts - 1;
                    int at = sc.next(last ? balance() : from[0] + share() * p, this::publish);
                    if (at == Scanner.FAIL) {
                        finish(false, -1);
                        return;
                    }
                    if (at == Scanner.END) {
                        finish(true, sc.featuresEnd);
                        return;
                    }
                    int line = sc.line, index = sc.features;
                    int end = lastCloseBefore(sc.b, at);
                    sc.take();
                    synchronized (lock) {
                        ends[p - 1] = end;
                        from[p] = at;
                        safe = at;
                        long bytes = p + 1 < parts ? share() : size - at;
                        pieces[p] = new GeoJsonChunks.Piece(blocking(p), line, index, estimate(bytes));
                        known = p + 1;
                        lock.notifyAll();
                    }
                }
                last = false;
                int close = tail();
                if (close < 0) {
                    // Not the usual end: scan on to find where the features array closes.
                    int at = sc.next(Long.MAX_VALUE, this::publish);
                    finish(at == Scanner.END, at == Scanner.END ? sc.featuresEnd : -1);
                } else {
                    finish(true, close);
                }
            } catch (RuntimeException | Error e) {
                // Whatever stops the scan (out of memory included), the readers waiting for it must hear that it failed.
                finish(false, -1);
            } finally {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // the scan is over
                }
            }
        }

        /** Looking for the last piece's start (then the scan's target follows the reader before it). */
        private boolean last;
        /** How far each piece's reader has read. */
        private final java.util.concurrent.atomic.AtomicLongArray readerAt;

        /**
         * Where the last piece should start so that its reader (this thread, once the scan stops) and the
         * reader of the piece before it finish together: halfway between that reader and the end, as both
         * read at about the same speed. The scan is faster than reading, so it catches up with this point.
         */
        private long balance() {
            int p = parts - 2;
            long r = Math.max(readerAt.get(p), from[p]);
            return Math.max(from[p] + 1, (size + r) / 2);
        }

        /** After each block of the scan: the last piece's bytes up to the latest feature passed can be read. */
        private void publish() {
            if (cancelled) throw new java.util.concurrent.CancellationException();
            if (last) sc.target = balance();
            synchronized (lock) {
                safe = Math.max(safe, sc.passed);
                lock.notifyAll();
            }
        }

        private void finish(boolean ok, int featuresEnd) {
            synchronized (lock) {
                if (ok) {
                    int end = lastCloseBefore(sc.b, featuresEnd);
                    if (end <= from[known - 1]) ok = false;
                    else ends[known - 1] = end;
                }
                if (ok) done = true;
                else failed = true;
                lock.notifyAll();
            }
        }

        /**
         * Where the features array closes if the file ends as a FeatureCollection usually does: '}' (a
         * feature's end), ']', '}', with only whitespace between and after; else -1. The ']' cannot be in a
         * string (only '}' and whitespace follow it), and a reader of the last piece stops at the array's
         * own end should it come earlier (then, as in a sequential read, what follows is not features).
         */
        private int tail() {
            int i = size - 1;
            i = skipBackSpace(i);
            if (i < 0 || sc.b.get(i) != '}') return -1;
            i = skipBackSpace(i - 1);
            if (i < 0 || sc.b.get(i) != ']') return -1;
            int close = i;
            i = skipBackSpace(i - 1);
            if (i < 0 || sc.b.get(i) != '}' || i < from[known - 1]) return -1;
            return close;
        }

        private int skipBackSpace(int i) {
            while (i >= 0) {
                byte c = sc.b.get(i);
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return i;
                i--;
            }
            return -1;
        }

        /** Piece {@code p}'s bytes as '[' features ']', waiting for the scan while its end is not known. */
        private DataSource blocking(int p) {
            return bracketed(file, name, from[p], at -> {
                readerAt.lazySet(p, at);
                synchronized (lock) {
                    while (true) {
                        if (failed) throw new IOException("the file's split was abandoned");
                        if (ends[p] >= 0) return ends[p];
                        if (p == known - 1 && safe > at) return safe;
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new java.io.InterruptedIOException();
                        }
                    }
                }
            });
        }
    }

    private static boolean matches(Bytes b, int at, String s) {
        for (int k = 0; k < s.length(); k++) if (b.get(at + k) != s.charAt(k)) return false;
        return true;
    }

    /** Position just after the last '}' before {@code at} (skipping whitespace and the separating comma). */
    private static int lastCloseBefore(Bytes b, int at) {
        int i = at - 1;
        while (i >= 0 && b.get(i) != '}') i--;
        return i + 1;
    }

    /** Bytes {@code [from, to)} of {@code file} inside '[' and ']', read when opened. */
    private static DataSource slice(Path file, int from, int to, String name) {
        return bracketed(file, name, from, at -> to);
    }

    /** How far a piece's bytes can be read, asked before each read with the offset reached (may wait). */
    private interface Limit {
        long readable(long at) throws IOException;
    }

    /** Bytes of {@code file} from {@code from} up to where {@code limit} says, inside '[' and ']', read when opened. */
    private static DataSource bracketed(Path file, String name, long from, Limit limit) {
        return new DataSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
                InputStream body = new InputStream() {
                    private long at = from;

                    @Override
                    public int read() throws IOException {
                        byte[] one = new byte[1];
                        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                    }

                    @Override
                    public int read(byte[] dst, int off, int len) throws IOException {
                        long to = limit.readable(at);
                        if (at >= to) return -1;
                        int n = ch.read(ByteBuffer.wrap(dst, off, (int) Math.min(len, to - at)), at);
                        if (n < 0) return -1;
                        at += n;
                        return n;
                    }

                    @Override
                    public void close() throws IOException {
                        ch.close();
                    }
                };
                return new SequenceInputStream(Collections.enumeration(List.of(
                        new ByteArrayInputStream(new byte[] {'['}), body, new ByteArrayInputStream(new byte[] {']'})))) {
                    @Override
                    public void close() throws IOException {
                        try {
                            super.close();
                        } finally {
                            body.close();
                        }
                    }
                };
            }
        };
    }
}
