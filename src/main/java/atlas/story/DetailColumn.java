package atlas.story;

import atlas.io.RawFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each row's details as a JSON object text. The embedded story's rows give that text; the rows of a user's
 * table (CSV, GeoPackage, GeoJSON in no known schema) give their properties, which share one list of names
 * row after row: those rows keep only their values, in a byte pool, beside the number of their list of names
 * (a "shape"), and the text is made when a row's details are asked for ({@link #get}), equal to
 * {@link GenericSchema#attributes} of the feature. A million rows of eight columns then hold no name a
 * million times, and loading makes no text per row.
 *
 * <p>A shaped row's bytes are, per name, a tag (0 null, 1 a string, 2 a value written as it is: a number, a
 * boolean, nested JSON) and, but for null, its text as a varint length and UTF-8.
 */
final class DetailColumn {
    /**
     * Distinct lists of names kept, and names in them all; past either, rows are kept as text. A table whose
     * rows each have names of their own would otherwise keep every name as a String (tens of bytes more
     * than its text), a thousand rows of thousands of names: three times the memory of the texts.
     */
    private static final int MAX_SHAPES = 1024, MAX_NAMES = 16_384;
    private static final byte NULL = 0, STRING = 1, RAW = 2;

    private TextColumn bytes = new TextColumn();
    /** Per row, its shape, or -1 for a row kept as text. */
    private int[] shape = new int[16];
    private int rows;
    private List<String[]> shapes = new ArrayList<>();
    private Map<List<String>, Integer> shapeIndex = new HashMap<>();
    /** The shape of the row added last (rows of one table share it), and its names. */
    private int lastShape = -1;
    private String[] lastNames;

    int size() {
        return rows;
    }

    void reserve(int n) {
        bytes.reserve(n);
        if (n > shape.length) shape = Arrays.copyOf(shape, n);
    }

    /** Appends a row given as text (may be null), sharing the bytes of an equal text given before. */
    void addShared(String text) {
        grow();
        shape[rows++] = -1;
        bytes.addShared(text);
    }

    /** Appends the properties of {@code f}: the row whose text is {@code GenericSchema.attributes(f)}. */
    void addFeature(RawFeature f) {
        int s = shapeOf(f);
        if (s < 0) {
            addShared(GenericSchema.attributes(f));
            return;
        }
        grow();
        shape[rows++] = s;
        bytes.startRow();
        for (int i = 0, n = f.size(); i < n; i++) {
            Object v = f.value(i);
            if (v == null) {
                bytes.put(NULL);
            } else if (v instanceof String t) {
                bytes.put(STRING);
                bytes.putText(t);
            } else {
                bytes.put(RAW);
                String t = String.valueOf(v);
                bytes.putText(t == null ? "null" : t); // as StringBuilder.append(Object) writes a null toString()
            }
        }
        bytes.endRow();
    }

    /** The shape of {@code f}'s names, made if new; -1 when its rows are kept as text. */
    private int shapeOf(RawFeature f) {
        int n = f.size();
        if (lastNames != null && lastNames.length == n) {
            boolean same = true;
            for (int i = 0; i < n && same; i++) {
                String k = f.key(i);
                same = k == lastNames[i] || k.equals(lastNames[i]);
            }
            if (same) return lastShape;
        }
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = f.key(i);
            // A name with half a surrogate pair comes back from a pool as U+FFFD; kept as text, so it does here too.
            for (int c = 0; c < names[i].length(); c++) if (Character.isSurrogate(names[i].charAt(c))) return -1;
        }
        Integer s = shapeIndex.get(Arrays.asList(names));
        if (s == null) {
            if (shapes.size() >= MAX_SHAPES || names.length > MAX_NAMES - names()) return -1;
            s = shapes.size();
            shapes.add(names);
            shapeIndex.put(Arrays.asList(names), s);
        }
        lastShape = s;
        lastNames = shapes.get(s);
        return s;
    }

    /** The names held in all shapes. */
    private int names() {
        int n = 0;
        for (String[] s : shapes) n += s.length;
        return n;
    }

    /** Row {@code row}'s details as JSON object text, or null. */
    String get(int row) {
        int s = shape[row];
        if (s < 0) return bytes.get(row);
        String[] names = shapes.get(s);
        byte[] pool = bytes.pool;
        int at = bytes.offset[row];
        StringBuilder b = new StringBuilder(bytes.length[row] + 8 * names.length + 2).append('{');
        for (int i = 0; i < names.length; i++) {
            if (i > 0) b.append(',');
            GenericSchema.quote(b, names[i]).append(':');
            byte tag = pool[at++];
            if (tag == NULL) {
                b.append("null");
                continue;
            }
            int n = 0;
            for (int shift = 0; ; shift += 7) {
                byte x = pool[at++];
                n |= (x & 0x7f) << shift;
                if (x >= 0) break;
            }
            String v = new String(pool, at, n, StandardCharsets.UTF_8);
            at += n;
            if (tag == STRING) GenericSchema.quote(b, v);
            else b.append(v);
        }
        return b.append('}').toString();
    }

    /** The rows {@code sel} of this column, in that order (bytes and shapes shared, not copied). */
    DetailColumn select(int[] sel) {
        DetailColumn d = new DetailColumn();
        d.bytes = bytes.select(sel);
        d.shape = new int[sel.length];
        for (int i = 0; i < sel.length; i++) d.shape[i] = shape[sel[i]];
        d.rows = sel.length;
        d.shapes = shapes;
        d.shapeIndex = shapeIndex;
        return d;
    }

    /** This column's rows followed by {@code other}'s (its shapes numbered after this one's). */
    DetailColumn concat(DetailColumn other) {
        DetailColumn d = new DetailColumn();
        d.bytes = bytes.concat(other.bytes);
        d.shapes = new ArrayList<>(shapes);
        d.shapeIndex = new HashMap<>(shapeIndex);
        int[] renumber = new int[other.shapes.size()];
        for (int s = 0; s < renumber.length; s++) {
            String[] names = other.shapes.get(s);
            Integer same = d.shapeIndex.get(Arrays.asList(names));
            if (same == null) {
                same = d.shapes.size();
                d.shapes.add(names);
                d.shapeIndex.put(Arrays.asList(names), same);
            }
            renumber[s] = same;
        }
        d.rows = rows + other.rows;
        d.shape = Arrays.copyOf(shape, d.rows);
        for (int i = 0; i < other.rows; i++) d.shape[rows + i] = other.shape[i] < 0 ? -1 : renumber[other.shape[i]];
        return d;
    }

    /** Drops spare capacity once loading is done. */
    void trim() {
        bytes.trim();
        if (shape.length != rows) shape = Arrays.copyOf(shape, rows);
        lastNames = null;
    }

    long bytes() {
        long names = 0;
        for (String[] s : shapes) for (String k : s) names += 40 + 2L * k.length();
        return bytes.bytes() + 4L * shape.length + names;
    }

    private void grow() {
        if (rows == shape.length) shape = Arrays.copyOf(shape, Math.max(16, rows * 2));
    }
}
