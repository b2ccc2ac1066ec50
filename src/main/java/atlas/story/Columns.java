package atlas.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * The rows of items as columns: one primitive array per hot field, texts in {@link TextColumn}s, the
 * rare heavy parts (non-point geometry, stage lists, place references) in side tables that rows point
 * into. Readers append rows through {@link Row}; the store sorts, concatenates and selects whole
 * columns. Not thread-safe while being filled; never changed once handed to an {@link ItemStore}.
 */
final class Columns {
    static final byte SCHEMATIC = 1, ONGOING = 2, HAS_LINKS = 4;
    /** Open start / open end as epoch days. */
    static final int OPEN_START = Integer.MIN_VALUE, OPEN_END = Integer.MAX_VALUE;

    int rows;
    int[] from = new int[16], to = new int[16], start = new int[16], end = new int[16];
    int[] cat = new int[16], line = new int[16], geom = new int[16], stages = new int[16], places = new int[16];
    short[] layer = new short[16], file = new short[16];
    byte[] kind = new byte[16], flags = new byte[16];
    double[] x = new double[16], y = new double[16], lon = new double[16], lat = new double[16];
    TextColumn id = new TextColumn(), title = new TextColumn(), summary = new TextColumn();
    DetailColumn detail = new DetailColumn();

    /** Side tables: geometries in lon/lat and projected, stage lists {day, stage ordinal, …}, place ids. */
    List<Geometry> geomLonLat = new ArrayList<>(), geomProjected = new ArrayList<>();
    List<int[]> stageTable = new ArrayList<>();
    List<String[]> placeTable = new ArrayList<>();
    List<String> files = new ArrayList<>();

    Columns() {
    }

    /** Room for {@code capacity} rows before any array grows (a reader that knows about how many it will append). */
    Columns(int capacity) {
        if (capacity > 16) grow(capacity);
        id.reserve(capacity);
        title.reserve(capacity);
        summary.reserve(capacity);
        detail.reserve(capacity);
    }

    /** One row being filled by a reader; {@link Columns#append} copies it, so it can be reused. */
    static final class Row {
        String id, title, summary, detail;
        /** A user's feature whose properties are the details (instead of {@link #detail}); read by {@link Columns#append} at once. */
        atlas.io.RawFeature detailOf;
        Kind kind;
        int category = -1, start, end, line, file;
        byte flags;
        double x = Double.NaN, y = Double.NaN, lon = Double.NaN, lat = Double.NaN;
        Geometry lonLat, projected;
        int[] stages;
        String[] places;

        void clear() {
            id = title = summary = detail = null;
            detailOf = null;
            kind = null;
            category = -1;
            start = end = line = 0;
            flags = 0;
            x = y = lon = lat = Double.NaN;
            lonLat = projected = null;
            stages = null;
            places = null;
        }
    }

    /** Index of {@code name} in the file table, added if new. */
    int fileIndex(String name) {
        int i = files.indexOf(name);
        if (i >= 0) return i;
        files.add(name);
        return files.size() - 1;
    }

    void append(Row r, int layerIndex) {
        if (rows == from.length) grow(rows * 2);
        int i = rows++;
        from[i] = r.start == 0 ? OPEN_START : PartialDate.firstDayOfPacked(r.start);
        to[i] = periodEnd(r);
        start[i] = r.start;
        end[i] = r.end;
        cat[i] = r.category;
        line[i] = r.line;
        layer[i] = (short) layerIndex;
        file[i] = (short) r.file;
        kind[i] = (byte) r.kind.ordinal();
        flags[i] = r.flags;
        x[i] = r.x;
        y[i] = r.y;
        lon[i] = r.lon;
        lat[i] = r.lat;
        geom[i] = -1;
        if (r.lonLat != null) {
            geom[i] = geomLonLat.size();
            geomLonLat.add(r.lonLat);
            geomProjected.add(r.projected);
        }
        stages[i] = r.stages == null ? -1 : add(stageTable, r.stages);
        places[i] = r.places == null || r.places.length == 0 ? -1 : add(placeTable, r.places);
        id.add(r.id);
        title.add(r.title);
        summary.add(r.summary);
        if (r.detailOf != null) detail.addFeature(r.detailOf);
        else detail.addShared(r.detail);
    }

    /** The period's last day: its end, an event's own start span, or open. */
    private static int periodEnd(Row r) {
        if (r.end != 0) return PartialDate.lastDayOfPacked(r.end);
        if (r.kind == Kind.EVENT && r.start != 0 && (r.flags & ONGOING) == 0) return PartialDate.lastDayOfPacked(r.start);
        return OPEN_END;
    }

    private static <T> int add(List<T> table, T v) {
        table.add(v);
        return table.size() - 1;
    }

    private void grow(int n) {
        from = Arrays.copyOf(from, n);
        to = Arrays.copyOf(to, n);
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
        cat = Arrays.copyOf(cat, n);
        line = Arrays.copyOf(line, n);
        geom = Arrays.copyOf(geom, n);
        stages = Arrays.copyOf(stages, n);
        places = Arrays.copyOf(places, n);
        layer = Arrays.copyOf(layer, n);
        file = Arrays.copyOf(file, n);
        kind = Arrays.copyOf(kind, n);
        flags = Arrays.copyOf(flags, n);
        x = Arrays.copyOf(x, n);
        y = Arrays.copyOf(y, n);
        lon = Arrays.copyOf(lon, n);
        lat = Arrays.copyOf(lat, n);
    }

    /** Drops spare capacity once loading is done (no copy when there is none). */
    void trim() {
        if (from.length != rows) grow(rows);
        id.trim();
        title.trim();
        summary.trim();
        detail.trim();
    }

    /** The rows {@code sel}, in that order; side tables are shared. */
    Columns select(int[] sel) {
        Columns c = new Columns();
        c.rows = sel.length;
        c.from = pick(from, sel);
        c.to = pick(to, sel);
        c.start = pick(start, sel);
        c.end = pick(end, sel);
        c.cat = pick(cat, sel);
        c.line = pick(line, sel);
        c.geom = pick(geom, sel);
        c.stages = pick(stages, sel);
        c.places = pick(places, sel);
        c.layer = new short[sel.length];
        c.file = new short[sel.length];
        c.kind = new byte[sel.length];
        c.flags = new byte[sel.length];
        c.x = new double[sel.length];
        c.y = new double[sel.length];
        c.lon = new double[sel.length];
        c.lat = new double[sel.length];
        for (int i = 0; i < sel.length; i++) {
            int s = sel[i];
            c.layer[i] = layer[s];
            c.file[i] = file[s];
            c.kind[i] = kind[s];
            c.flags[i] = flags[s];
            c.x[i] = x[s];
            c.y[i] = y[s];
            c.lon[i] = lon[s];
            c.lat[i] = lat[s];
        }
        return textsAndTables(c, sel);
    }

    /** Fills {@code c}'s texts for rows {@code sel} and shares the side tables with it. */
    private Columns textsAndTables(Columns c, int[] sel) {
        c.id = id.select(sel);
        c.title = title.select(sel);
        c.summary = summary.select(sel);
        c.detail = detail.select(sel);
        c.geomLonLat = geomLonLat;
        c.geomProjected = geomProjected;
        c.stageTable = stageTable;
        c.placeTable = placeTable;
        c.files = files;
        return c;
    }

    /**
     * A copy in the order {@code order} (a permutation), built one column at a time so that at most one
     * column exists twice: sorting a million rows needs a few MB more, not a second store. Side tables
     * and text pools are shared. This instance must not be used afterwards.
     */
    Columns reorder(int[] order) {
        Columns c = new Columns();
        c.rows = order.length;
        // The coordinates (a third of the bytes) are picked on another core meanwhile.
        java.util.concurrent.CompletableFuture<Void> doubles = ItemStore.beside(order.length, () -> {
            c.x = pick(x, order);
            c.y = pick(y, order);
            c.lon = pick(lon, order);
            c.lat = pick(lat, order);
            return null;
        });
        c.from = pick(from, order);
        from = null;
        c.to = pick(to, order);
        to = null;
        c.start = pick(start, order);
        start = null;
        c.end = pick(end, order);
        end = null;
        c.cat = pick(cat, order);
        cat = null;
        c.line = pick(line, order);
        line = null;
        c.geom = pick(geom, order);
        geom = null;
        c.stages = pick(stages, order);
        stages = null;
        c.places = pick(places, order);
        places = null;
        ItemStore.join(doubles);
        x = y = lon = lat = null;
        c.layer = new short[order.length];
        c.file = new short[order.length];
        c.kind = new byte[order.length];
        c.flags = new byte[order.length];
        for (int i = 0; i < order.length; i++) {
            c.layer[i] = layer[order[i]];
            c.file[i] = file[order[i]];
            c.kind[i] = kind[order[i]];
            c.flags[i] = flags[order[i]];
        }
        return textsAndTables(c, order);
    }

    private static double[] pick(double[] a, int[] sel) {
        double[] out = new double[sel.length];
        for (int i = 0; i < sel.length; i++) out[i] = a[sel[i]];
        return out;
    }

    /**
     * These rows followed by {@code o}'s, with {@code o}'s layer indexes shifted by {@code layerShift},
     * its category indexes by {@code catShift}, and its side-table references re-based.
     */
    Columns concat(Columns o, int layerShift, int catShift) {
        Columns c = select(identity(rows));
        c.grow(rows + o.rows);
        c.geomLonLat = new ArrayList<>(geomLonLat);
        c.geomLonLat.addAll(o.geomLonLat);
        c.geomProjected = new ArrayList<>(geomProjected);
        c.geomProjected.addAll(o.geomProjected);
        c.stageTable = new ArrayList<>(stageTable);
        c.stageTable.addAll(o.stageTable);
        c.placeTable = new ArrayList<>(placeTable);
        c.placeTable.addAll(o.placeTable);
        c.files = new ArrayList<>(files);
        c.files.addAll(o.files);
        for (int j = 0; j < o.rows; j++) {
            int i = rows + j;
            c.from[i] = o.from[j];
            c.to[i] = o.to[j];
            c.start[i] = o.start[j];
            c.end[i] = o.end[j];
            c.cat[i] = o.cat[j] < 0 ? -1 : o.cat[j] + catShift;
            c.line[i] = o.line[j];
            c.geom[i] = o.geom[j] < 0 ? -1 : o.geom[j] + geomLonLat.size();
            c.stages[i] = o.stages[j] < 0 ? -1 : o.stages[j] + stageTable.size();
            c.places[i] = o.places[j] < 0 ? -1 : o.places[j] + placeTable.size();
            c.layer[i] = (short) (o.layer[j] + layerShift);
            c.file[i] = (short) (o.file[j] + files.size());
            c.kind[i] = o.kind[j];
            c.flags[i] = o.flags[j];
            c.x[i] = o.x[j];
            c.y[i] = o.y[j];
            c.lon[i] = o.lon[j];
            c.lat[i] = o.lat[j];
        }
        c.rows = rows + o.rows;
        c.id = c.id.concat(o.id);
        c.title = c.title.concat(o.title);
        c.summary = c.summary.concat(o.summary);
        c.detail = c.detail.concat(o.detail);
        return c;
    }

    /**
     * The rows of {@code parts} one after the other (pieces of one file read at once, same layer and
     * categories), with side-table references re-based: every column is allocated once at its final size
     * and copied into, so a million rows are not copied three times (select, grow, trim) on the way.
     */
    static Columns concatAll(List<Columns> parts) {
        if (parts.size() == 1) {
            parts.get(0).trim();
            return parts.get(0);
        }
        int n = 0;
        for (Columns p : parts) n += p.rows;
        Columns c = new Columns();
        c.from = new int[n];
        c.to = new int[n];
        c.start = new int[n];
        c.end = new int[n];
        c.cat = new int[n];
        c.line = new int[n];
        c.geom = new int[n];
        c.stages = new int[n];
        c.places = new int[n];
        c.layer = new short[n];
        c.file = new short[n];
        c.kind = new byte[n];
        c.flags = new byte[n];
        c.x = new double[n];
        c.y = new double[n];
        c.lon = new double[n];
        c.lat = new double[n];
        int at = 0;
        TextColumn id = null, title = null, summary = null;
        DetailColumn detail = null;
        for (Columns p : parts) {
            int k = p.rows;
            System.arraycopy(p.from, 0, c.from, at, k);
            System.arraycopy(p.to, 0, c.to, at, k);
            System.arraycopy(p.start, 0, c.start, at, k);
            System.arraycopy(p.end, 0, c.end, at, k);
            System.arraycopy(p.cat, 0, c.cat, at, k);
            System.arraycopy(p.line, 0, c.line, at, k);
            System.arraycopy(p.layer, 0, c.layer, at, k);
            System.arraycopy(p.kind, 0, c.kind, at, k);
            System.arraycopy(p.flags, 0, c.flags, at, k);
            System.arraycopy(p.x, 0, c.x, at, k);
            System.arraycopy(p.y, 0, c.y, at, k);
            System.arraycopy(p.lon, 0, c.lon, at, k);
            System.arraycopy(p.lat, 0, c.lat, at, k);
            int geoms = c.geomLonLat.size(), stageRows = c.stageTable.size(), placeRows = c.placeTable.size(), files = c.files.size();
            for (int j = 0; j < k; j++) {
                int i = at + j;
                c.geom[i] = p.geom[j] < 0 ? -1 : p.geom[j] + geoms;
                c.stages[i] = p.stages[j] < 0 ? -1 : p.stages[j] + stageRows;
                c.places[i] = p.places[j] < 0 ? -1 : p.places[j] + placeRows;
                c.file[i] = (short) (p.file[j] + files);
            }
            c.geomLonLat.addAll(p.geomLonLat);
            c.geomProjected.addAll(p.geomProjected);
            c.stageTable.addAll(p.stageTable);
            c.placeTable.addAll(p.placeTable);
            c.files.addAll(p.files);
            id = id == null ? p.id : id.concat(p.id);
            title = title == null ? p.title : title.concat(p.title);
            summary = summary == null ? p.summary : summary.concat(p.summary);
            detail = detail == null ? p.detail : detail.concat(p.detail);
            at += k;
            // This part's arrays are garbage from here on, before the next part is copied.
            p.from = p.to = p.start = p.end = p.cat = p.line = p.geom = p.stages = p.places = null;
            p.x = p.y = p.lon = p.lat = null;
        }
        c.rows = n;
        c.id = id;
        c.title = title;
        c.summary = summary;
        c.detail = detail;
        return c;
    }

    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    private static int[] pick(int[] a, int[] sel) {
        int[] out = new int[sel.length];
        for (int i = 0; i < sel.length; i++) out[i] = a[sel[i]];
        return out;
    }

    /** Approximate bytes held by the columns (for the benchmark's report). */
    long bytes() {
        return rows * (4L * 9 + 2 * 2 + 2 + 8 * 4) + id.bytes() + title.bytes() + summary.bytes() + detail.bytes();
    }
}
