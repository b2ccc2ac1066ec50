package atlas.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
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
    public static final long MIN_SPLIT_BYTES = 32L << 20;

    /** One piece: its bytes as a stream of a JSON array of features, its first line and first feature index. */
    public record Piece(DataSource source, int firstLine, int firstIndex) {
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
            MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            return split(b, (int) size, name, parts);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static List<Piece> split(ByteBuffer b, int size, String name, int parts) {
        int depth = 0, featuresStart = -1, featuresEnd = -1;
        boolean inString = false, escape = false, keyIsFeatures = false;
        int stringStart = -1;
        List<Integer> starts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        long target = size / parts;
        for (int i = 0; i < size; i++) {
            byte c = b.get(i);
            if (c == '\n') line++;
            if (c == 0) return List.of(); // binary or zero-padded: the sequential reader stops at it and says so
            if (inString) {
                if (escape) escape = false;
                else if (c == '\\') escape = true;
                else if (c == '"') {
                    inString = false;
                    if (depth == 1) keyIsFeatures = i - stringStart == 9 && matches(b, stringStart + 1, "features");
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
                        }
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
        if (inString || depth != 0 || featuresStart < 0 || featuresEnd < 0 || starts.size() < 2) return List.of();
        List<Piece> out = new ArrayList<>();
        int[] featureIndex = countFeatures(b, featuresStart, featuresEnd, starts);
        for (int p = 0; p < starts.size(); p++) {
            int from = starts.get(p);
            int to = p + 1 < starts.size() ? lastCloseBefore(b, starts.get(p + 1)) : lastCloseBefore(b, featuresEnd);
            if (to <= from) return List.of();
            out.add(new Piece(slice(b, from, to, name), lines.get(p), featureIndex[p]));
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean matches(ByteBuffer b, int at, String s) {
        for (int k = 0; k < s.length(); k++) if (b.get(at + k) != s.charAt(k)) return false;
        return true;
    }

    /** Position just after the last '}' before {@code at} (skipping whitespace and the separating comma). */
    private static int lastCloseBefore(ByteBuffer b, int at) {
        int i = at - 1;
        while (i >= 0 && b.get(i) != '}') i--;
        return i + 1;
    }

    /** The index of the feature each cut starts with: features are counted by their opening braces at depth 2. */
    private static int[] countFeatures(ByteBuffer b, int from, int to, List<Integer> starts) {
        int[] out = new int[starts.size()];
        int depth = 0, count = 0, next = 0;
        boolean inString = false, escape = false;
        for (int i = from + 1; i < to && next < starts.size(); i++) {
            byte c = b.get(i);
            if (inString) {
                if (escape) escape = false;
                else if (c == '\\') escape = true;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            else if (c == '{' || c == '[') {
                if (depth == 0 && c == '{') {
                    if (i == starts.get(next)) out[next++] = count;
                    count++;
                }
                depth++;
            } else if (c == '}' || c == ']') depth--;
        }
        return out;
    }

    private static DataSource slice(ByteBuffer b, int from, int to, String name) {
        return new DataSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                ByteBuffer s = b.duplicate().position(from).limit(to).slice();
                InputStream body = new InputStream() {
                    @Override
                    public int read() {
                        return s.hasRemaining() ? s.get() & 0xff : -1;
                    }

                    @Override
                    public int read(byte[] dst, int off, int len) {
                        if (!s.hasRemaining()) return -1;
                        int n = Math.min(len, s.remaining());
                        s.get(dst, off, n);
                        return n;
                    }
                };
                return new SequenceInputStream(Collections.enumeration(List.of(
                        new ByteArrayInputStream(new byte[] {'['}), body, new ByteArrayInputStream(new byte[] {']'}))));
            }
        };
    }
}
