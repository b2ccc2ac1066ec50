package atlas.io;

import org.locationtech.jts.geom.Geometry;

/**
 * One feature as a reader found it, before any schema gives its fields meaning: where it is in the
 * file, its own id, its geometry in lon/lat and its properties in file order. A reader fills one
 * instance and reuses it for the next feature, so a sink must copy what it keeps.
 *
 * <p>Property values are {@code String} (strings, and numbers as their text), {@code Boolean},
 * {@code null}, or a Gson {@code JsonElement} for nested arrays and objects. A point is given as
 * {@link #lon}/{@link #lat} with {@link #geometry} null, so a million points make no geometry objects.
 */
public final class RawFeature {
    /** 0-based position of the feature (or row) in its file. */
    public int index;
    /** 1-based line where the feature starts, 0 when unknown. */
    public int line;
    /** The feature's own id (GeoJSON {@code id}, KML {@code id} attribute, GeoPackage primary key), or null. */
    public String id;
    /** Non-point geometry in lon/lat, or null. */
    public Geometry geometry;
    /** A point's position when {@link #hasPoint}. */
    public boolean hasPoint;
    public double lon, lat;
    /** Why the geometry could not be used (the feature is kept without it), or null. */
    public String geometryProblem;
    /** KML TimeStamp/TimeSpan text as found (xsd date forms), or null. */
    public String timeBegin, timeEnd;
    /** Keys, their hashes and values in file order (arrays, not lists: a million features ask for a dozen keys each). */
    private String[] keys = new String[16];
    private int[] hashes = new int[16];
    private Object[] values = new Object[16];
    private int count;
    /** One bit per key hash (mod 64): most look-ups ask for a property the feature lacks, and this says so at once. */
    private long present;
    /**
     * Positions of the keys, built once a feature has more than {@link #SCAN} of them: a hostile file
     * can give one feature 100,000 properties, and a scan per put would cost 10^10 steps.
     */
    private java.util.HashMap<String, Integer> positions;
    private static final int SCAN = 16;
    /**
     * Properties kept per feature; more are counted in {@link #droppedProperties}, not kept. Ten
     * thousand columns is far beyond any real table, and the field detection's work grows with them.
     */
    public static final int MAX_PROPERTIES = 10_000;
    /** Properties beyond {@link #MAX_PROPERTIES} that were not kept. */
    public int droppedProperties;

    public void clear() {
        index = line = 0;
        id = null;
        geometry = null;
        hasPoint = false;
        lon = lat = Double.NaN;
        geometryProblem = null;
        timeBegin = timeEnd = null;
        java.util.Arrays.fill(values, 0, count, null);
        java.util.Arrays.fill(keys, 0, count, null);
        count = 0;
        present = 0;
        positions = null;
        droppedProperties = 0;
    }

    public void put(String key, Object value) {
        int i = indexOf(key);
        if (i >= 0) {
            values[i] = value;
        } else if (count >= MAX_PROPERTIES) {
            droppedProperties++;
        } else {
            if (count == keys.length) {
                keys = java.util.Arrays.copyOf(keys, count * 2);
                hashes = java.util.Arrays.copyOf(hashes, count * 2);
                values = java.util.Arrays.copyOf(values, count * 2);
            }
            keys[count] = key;
            hashes[count] = key.hashCode();
            present |= 1L << hashes[count];
            values[count] = value;
            if (positions != null) positions.put(key, count);
            count++;
        }
    }

    private int indexOf(String key) {
        if (positions == null) {
            if (count <= SCAN) {
                // A miss (most look-ups ask for a property the feature lacks) costs an int compare per key.
                int h = key.hashCode();
                if ((present & (1L << h)) == 0) return -1;
                for (int i = 0; i < count; i++) {
                    if (hashes[i] == h) {
                        String k = keys[i];
                        if (k == key || k.equals(key)) return i;
                    }
                }
                return -1;
            }
            positions = new java.util.HashMap<>();
            for (int i = 0; i < count; i++) positions.putIfAbsent(keys[i], i);
        }
        Integer i = positions.get(key);
        return i == null ? -1 : i;
    }

    /** The value of {@code key}, or null when absent. */
    public Object get(String key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    public boolean has(String key) {
        return indexOf(key) >= 0;
    }

    /** The value as text (strings and numbers; booleans as "true"/"false"), or null for null, nested or absent. */
    public String text(String key) {
        Object v = get(key);
        return v instanceof String s ? s : v instanceof Boolean b ? b.toString() : null;
    }

    public int size() {
        return count;
    }

    public String key(int i) {
        java.util.Objects.checkIndex(i, count);
        return keys[i];
    }

    public Object value(int i) {
        java.util.Objects.checkIndex(i, count);
        return values[i];
    }

    /** Makes {@code c} a copy of this, reusing its arrays (a pipe hands features to another thread in recycled objects). */
    public void copyInto(RawFeature c) {
        c.clear();
        c.index = index;
        c.line = line;
        c.id = id;
        c.geometry = geometry;
        c.hasPoint = hasPoint;
        c.lon = lon;
        c.lat = lat;
        c.geometryProblem = geometryProblem;
        c.timeBegin = timeBegin;
        c.timeEnd = timeEnd;
        c.droppedProperties = droppedProperties;
        if (c.keys.length < count) {
            c.keys = new String[keys.length];
            c.hashes = new int[keys.length];
            c.values = new Object[keys.length];
        }
        System.arraycopy(keys, 0, c.keys, 0, count);
        System.arraycopy(hashes, 0, c.hashes, 0, count);
        System.arraycopy(values, 0, c.values, 0, count);
        c.count = count;
        c.present = present;
    }

    /** A copy that survives the reader's reuse (for samples kept to detect the schema). */
    public RawFeature copy() {
        RawFeature c = new RawFeature();
        copyInto(c);
        return c;
    }
}
