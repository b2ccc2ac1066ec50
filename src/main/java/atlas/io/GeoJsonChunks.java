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
import java.util.Collections;
import java.util.List;

/**
 * Splits a large GeoJSON FeatureCollection file into pieces at feature boundaries, so several threads
 * can read it at once. One pass over the bytes tracks strings, escapes and nesting (no parsing), finds
 * the "features" array and the start of each feature in it, and cuts near equal sizes. Each piece reads
 * as a JSON array of whole features, and knows the line and feature index it starts at, so messages
 * keep naming the right line. Any doubt (no "features" array at the top, unbalanced brackets) and the
 * file is not split: the ordinary sequential reader then reads it and reports what is wrong.
 */
public final class GeoJsonChunks {
    /** Files smaller than this are read in one piece: splitting would cost more than it saves. */
    public static final long MIN_SPLIT_BYTES = 4L << 20;

    /**
     * One piece: its bytes as a stream of a JSON array of features, its first line and first feature
     * index, and about how many features it holds (exact but for the last piece, which is estimated from
     * its size; a reader sizes its arrays by it, so it need not grow them by copying).
     */
    public record Piece(DataSource source, int firstLine, int firstIndex, int expectedFeatures) {
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

    /** Up to {@code parts} pieces of the file, or an empty list when it should be read in one go. */
    public static List<Piece> split(Path file, String name, int parts) {
        return split(file, name, parts, MIN_SPLIT_BYTES);
    }

    /** As {@link #split(Path, String, int)}, splitting files from {@code minBytes} on (tests split small files). */
    public static List<Piece> split(Path file, String name, int parts, long minBytes) {
        if (parts < 2) return List.of();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < minBytes || size > Integer.MAX_VALUE) return List.of();
            return split(new Bytes(ch), (int) size, name, parts, file);
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

    private static List<Piece> split(Bytes b, int size, String name, int parts, Path file) {
        int depth = 0, featuresStart = -1, featuresEnd = -1;
        boolean inString = false, escape = false, keyIsFeatures = false;
        int stringStart = -1;
        List<Integer> starts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<Integer> firstIndexes = new ArrayList<>();
        int features = 0;
        int line = 1;
        long target = size / parts;
        // The scan reads the window's array directly, a block at a time (a call per byte was a sixth of a
        // million-feature load); names are checked through a second window so that this one stays put.
        Bytes names = new Bytes(b.ch);
        for (int base = 0; base < size; ) {
            int n = Math.min(b.fill(base), size - base);
            byte[] w = b.window;
            int off = base - b.lo;
            for (int k = 0; k < n; k++) {
                int i = base + k;
                byte c = w[off + k];
                if (c == '\n') line++;
                if (c == 0) return List.of(); // binary or zero-padded: the sequential reader stops at it and says so
                if (inString) {
                    if (escape) escape = false;
                    else if (c == '\\') escape = true;
                    else if (c == '"') {
                        inString = false;
                        if (depth == 1) keyIsFeatures = i - stringStart == 9 && matches(names, stringStart + 1, "features");
                    }
                    continue;
                }
                switch (c) {
                    case '"' -> {
                        inString = true;
                        stringStart = i;
                    }
                    case '{', '[' -> {
                        if (depth == 1 && c == '[' && keyIsFeatures && featuresStart < 0) featuresStart = i;
                        else if (depth == 2 && featuresStart >= 0 && featuresEnd < 0 && c == '{') {
                            // A feature starts: it opens a new piece once the pieces so far hold their share of the bytes.
                            if (starts.size() < parts && (starts.isEmpty() || (long) (i - featuresStart) >= target * starts.size())) {
                                starts.add(i);
                                lines.add(line);
                                firstIndexes.add(features);
                            }
                            features++;
                        }
                        depth++;
                    }
                    case '}', ']' -> {
                        depth--;
                        if (depth == 1 && c == ']' && featuresStart >= 0 && featuresEnd < 0) featuresEnd = i;
                        if (depth < 0) return List.of();
                    }
                    case ':', ',' -> {
                        if (depth == 1 && c == ',') keyIsFeatures = false;
                    }
                    default -> {
                    }
                }
            }
            base += n;
        }
        if (inString || depth != 0 || featuresStart < 0 || featuresEnd < 0 || starts.size() < 2) return List.of();
        List<Piece> out = new ArrayList<>();
        int[] featureIndex = firstIndexes.stream().mapToInt(Integer::intValue).toArray();
        double perByte = 0;
        for (int p = 0; p < starts.size(); p++) {
            int from = starts.get(p);
            int to = p + 1 < starts.size() ? lastCloseBefore(b, starts.get(p + 1)) : lastCloseBefore(b, featuresEnd);
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
