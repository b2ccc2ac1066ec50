package atlas.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Every item of every layer, in columns, sorted by first day: the one store the map, the timeline,
 * the list and the commands read. Items are addressed by position (row); {@link #item} builds a full
 * {@link StoryItem} only when someone asks (the details pane, the commands). Two indexes answer with
 * rows: time ({@link #overlapping}: a binary search for the items starting in the window plus an
 * interval tree for those that started before it and still run), and space (a packed grid of points,
 * an STR-tree of the other shapes). Immutable and safe to read from any thread.
 */
public final class ItemStore {
    /** The six story themes are categories 0..5 in every layer of the story format. */
    private static final int THEMES = Category.values().length;
    /** Enum values copied once: {@code values()} clones its array on every call, and these are read per row per frame. */
    private static final Kind[] KINDS = Kind.values();
    private static final Category[] CATEGORIES = Category.values();
    private static final Stage[] STAGES = Stage.values();

    /** A category as the legend and filters show it: the six themes, then each user layer's values. */
    public record CategoryRef(int layer, String key, String label) {
    }

    final Columns c;
    private final List<Layer> layers;
    private final List<CategoryRef> categories;
    /** The rows whose period is longer than a day, in an interval tree (see {@link #overlapping}). */
    private final Spans started;

    /** An interval tree over some rows' periods, and the row of each of its positions (ascending). */
    private record Spans(TimeIndex index, int[] rows) {
        /** Rows whose period holds {@code day}, ascending. */
        int[] holding(long day) {
            int[] p = index.query(day, day);
            for (int i = 0; i < p.length; i++) p[i] = rows[p[i]];
            return p;
        }
    }
    private final PointGrid grid;
    private final STRtree shapes = new STRtree();
    /** Rows by key (open addressing); a large store builds it on another core after it is handed out, see {@link #keys()}. */
    private final java.util.concurrent.CompletableFuture<int[]> keyTable;
    private final int[][] placeRows;
    private final String[] keyPrefix;

    private ItemStore(Columns c, List<Layer> layers) {
        this.layers = List.copyOf(layers);
        this.categories = categoryTable(layers);
        // The interval tree is built on another core as soon as the date order is known, while this one puts
        // every column in that order and builds the grid and the key table.
        int[] order = dateOrder(c);
        int[] from = c.from, to = c.to;
        int rows = c.rows;
        // Only periods of more than one day go into the tree: one that starts and ends on the same day overlaps a
        // window's first day only if it starts on it, and then it is in the window's run of rows already. Dated
        // events are mostly such days, so a million of them make a small tree.
        java.util.function.Supplier<Spans> time = () -> {
            int k = 0;
            for (int i = 0; i < rows; i++) {
                int r = order == null ? i : order[i];
                if (to[r] > from[r]) k++;
            }
            long[] lo = new long[k], hi = new long[k];
            int[] at = new int[k];
            for (int i = 0, j = 0; i < rows; i++) {
                int r = order == null ? i : order[i];
                if (to[r] <= from[r]) continue;
                lo[j] = from[r];
                hi[j] = to[r];
                at[j++] = i;
            }
            return new Spans(new TimeIndex(lo, hi), at);
        };
        java.util.concurrent.CompletableFuture<Spans> started = beside(rows, time);
        this.c = order == null ? c : c.reorder(order);
        this.grid = new PointGrid(this.c.x, this.c.y, this.c.rows);
        for (int i = 0; i < this.c.rows; i++) {
            if (this.c.geom[i] >= 0) shapes.insert(this.c.geomProjected.get(this.c.geom[i]).getEnvelopeInternal(), i);
        }
        shapes.build();
        keyPrefix = new String[layers.size()];
        for (int l = 0; l < layers.size(); l++) keyPrefix[l] = layers.get(l).embedded() ? "" : layers.get(l).name() + "/";
        keyTable = beside(rows, this::buildKeys);
        placeRows = resolvePlaces();
        this.started = join(started);
    }

    /** From this many rows on, building the store uses a second core (below, handing work over costs more than it saves). */
    static final int PARALLEL_ROWS = 50_000;

    /** {@code work} on another core for {@code rows} of {@link #PARALLEL_ROWS} or more, else done here and now. */
    static <T> java.util.concurrent.CompletableFuture<T> beside(int rows, java.util.function.Supplier<T> work) {
        return rows >= PARALLEL_ROWS ? java.util.concurrent.CompletableFuture.supplyAsync(work)
                : java.util.concurrent.CompletableFuture.completedFuture(work.get());
    }

    /** The result of {@code f}, waiting for it; what it threw is thrown as it was (out of memory included). */
    static <T> T join(java.util.concurrent.CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    /**
     * The store of {@code layers}, in that order (the first is drawn first, hit last). The first layer's
     * columns are taken over, not copied (a million rows are not held twice while the store is built):
     * a {@link LayerData} joins one store only.
     */
    public static ItemStore of(List<LayerData> layers) {
        Columns all = null;
        List<Layer> ls = new ArrayList<>();
        int userCats = 0;
        for (LayerData given : layers) {
            LayerData d = given.namedApartFrom(ls);
            // The first layer's columns are used as they are (no copy); later ones are appended.
            all = all == null ? d.columns() : all.concat(d.columns(), ls.size(), d.layer().story() ? 0 : userCats);
            if (!d.layer().story()) userCats += d.layer().categories().size();
            ls.add(d.layer());
        }
        if (all == null) {
            all = new Columns();
            all.trim();
        }
        return new ItemStore(all, ls);
    }

    /** This store with {@code d} added as the top layer. */
    public ItemStore with(LayerData given) {
        LayerData d = given.namedApartFrom(layers);
        int userCats = categories.size() - THEMES;
        Columns all = c.concat(d.columns(), layers.size(), d.layer().story() ? 0 : userCats);
        List<Layer> ls = new ArrayList<>(layers);
        ls.add(d.layer());
        return new ItemStore(all, ls);
    }

    /** This store without layer {@code index} (its rows dropped, the later layers and their categories renumbered). */
    public ItemStore without(int index) {
        Layer gone = layers.get(index);
        int catFrom = THEMES, catCount = gone.story() ? 0 : gone.categories().size();
        for (int l = 0; l < index; l++) if (!layers.get(l).story()) catFrom += layers.get(l).categories().size();
        int[] keep = new int[c.rows];
        int k = 0;
        for (int i = 0; i < c.rows; i++) if (c.layer[i] != index) keep[k++] = i;
        Columns rest = c.select(Arrays.copyOf(keep, k));
        for (int i = 0; i < rest.rows; i++) {
            if (rest.layer[i] > index) rest.layer[i]--;
            if (rest.cat[i] >= catFrom + catCount) rest.cat[i] -= catCount;
        }
        List<Layer> ls = new ArrayList<>(layers);
        ls.remove(index);
        return new ItemStore(rest, ls);
    }

    private static List<CategoryRef> categoryTable(List<Layer> layers) {
        List<CategoryRef> out = new ArrayList<>();
        for (Category t : Category.values()) out.add(new CategoryRef(-1, t.key(), t.label()));
        for (int l = 0; l < layers.size(); l++) {
            if (layers.get(l).story()) continue;
            for (String v : layers.get(l).categories()) out.add(new CategoryRef(l, v, v));
        }
        return List.copyOf(out);
    }

    /** Rows in order of first day (undated rows first), ties in load order (a stable sort); null when they are in it already. */
    private static int[] dateOrder(Columns c) {
        int n = c.rows;
        boolean sorted = true;
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int d = c.from[i];
            if (i > 0 && d < c.from[i - 1]) sorted = false;
            if (d != Columns.OPEN_START) {
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
        }
        if (sorted) return null;
        int[] order = new int[n];
        if (min <= max && (long) max - min < 1 << 22) {
            // Days span a few thousand values: a counting sort, stable (ties keep their order), two passes.
            int[] count = new int[max - min + 3];
            for (int i = 0; i < n; i++) count[bucket(c.from[i], min)]++;
            for (int b = 0, at = 0; b < count.length; b++) {
                int k = count[b];
                count[b] = at;
                at += k;
            }
            for (int i = 0; i < n; i++) order[count[bucket(c.from[i], min)]++] = i;
        } else {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) keys[i] = ((long) c.from[i] << 32) | i;
            if (n >= PARALLEL_ROWS) Arrays.parallelSort(keys);
            else Arrays.sort(keys);
            for (int i = 0; i < n; i++) order[i] = (int) keys[i];
        }
        return order;
    }

    /** Open starts first, then the days from {@code min} on. */
    private static int bucket(int day, int min) {
        return day == Columns.OPEN_START ? 0 : day - min + 1;
    }

    public int size() {
        return c.rows;
    }

    public List<Layer> layers() {
        return layers;
    }

    public List<CategoryRef> categories() {
        return categories;
    }

    // --- columns by row -------------------------------------------------------------------------

    public Kind kind(int row) {
        return KINDS[c.kind[row]];
    }

    public int layer(int row) {
        return c.layer[row];
    }

    /** First day covered (epoch day), {@link Integer#MIN_VALUE} for an undated place. */
    public int fromDay(int row) {
        return c.from[row];
    }

    /** Last day covered (epoch day), {@link Integer#MAX_VALUE} while ongoing. */
    public int toDay(int row) {
        return c.to[row];
    }

    /** The start as a packed date ({@link PartialDate#packed}), 0 when undated. */
    public int startPacked(int row) {
        return c.start[row];
    }

    /** The end as a packed date, 0 when open or undated. */
    public int endPacked(int row) {
        return c.end[row];
    }

    public PartialDate start(int row) {
        return PartialDate.unpack(c.start[row]);
    }

    public PartialDate end(int row) {
        return PartialDate.unpack(c.end[row]);
    }

    /** Global category index into {@link #categories}, or -1. */
    public int categoryId(int row) {
        return c.cat[row];
    }

    /** The story theme, or null for a user layer's category (or none). */
    public Category category(int row) {
        int k = c.cat[row];
        return k >= 0 && k < THEMES ? CATEGORIES[k] : null;
    }

    public boolean hasLocation(int row) {
        return !Double.isNaN(c.x[row]);
    }

    /** Representative point in projected metres (NaN when the item has no place of its own). */
    public double x(int row) {
        return c.x[row];
    }

    public double y(int row) {
        return c.y[row];
    }

    public double lon(int row) {
        return c.lon[row];
    }

    public double lat(int row) {
        return c.lat[row];
    }

    /** The projected shape of a line or polygon item, or null for points and unplaced items. */
    public Geometry shape(int row) {
        return c.geom[row] < 0 ? null : c.geomProjected.get(c.geom[row]);
    }

    public Geometry shapeLonLat(int row) {
        return c.geom[row] < 0 ? null : c.geomLonLat.get(c.geom[row]);
    }

    public String id(int row) {
        return c.id.get(row);
    }

    /** The item's key, unique in the store: the id for the story format, "layer/id" for other layers. */
    public String key(int row) {
        return keyPrefix[c.layer[row]] + c.id.get(row);
    }

    public String title(int row) {
        return c.title.get(row);
    }

    public String summary(int row) {
        String s = c.summary.get(row);
        return s == null ? "" : s;
    }

    /**
     * The item's name in the language with ISO 639-1 code {@code lang} ({@code name_ru}… in the story format),
     * or its title when none is given.
     */
    public String title(int row, String lang) {
        if (lang == null || lang.equals("en")) return title(row);
        var names = names(row);
        var n = names == null ? null : names.get(lang);
        return n == null || !n.isJsonPrimitive() ? title(row) : n.getAsString();
    }

    /** A place's names by language from its details, or null when it has none. */
    private com.google.gson.JsonObject names(int row) {
        String d = detail(row);
        if (d == null || !d.contains("\"names\"")) return null;
        return com.google.gson.JsonParser.parseString(d).getAsJsonObject().getAsJsonObject("names");
    }

    /** A place's names in every language its data gives, lower-cased and joined (for the search), or "" (cached per row). */
    public String placeNames(int row) {
        return placeNames.computeIfAbsent(row, r -> {
            var names = names(r);
            if (names == null) return "";
            StringBuilder b = new StringBuilder();
            for (var e : names.entrySet()) if (e.getValue().isJsonPrimitive()) b.append(e.getValue().getAsString().toLowerCase(java.util.Locale.ROOT)).append('\n');
            return b.toString();
        });
    }

    private final java.util.Map<Integer, String> placeNames = new java.util.concurrent.ConcurrentHashMap<>();

    String detail(int row) {
        return c.detail.get(row);
    }

    public boolean schematic(int row) {
        return (c.flags[row] & Columns.SCHEMATIC) != 0;
    }

    public boolean ongoing(int row) {
        return (c.flags[row] & Columns.ONGOING) != 0;
    }

    public String file(int row) {
        return c.files.get(c.file[row]);
    }

    public int line(int row) {
        return c.line[row];
    }

    /** The stage in force on epoch day {@code day}, or null (no stages, or none begun). */
    public Stage stageOn(int row, long day) {
        if (c.stages[row] < 0) return null;
        int[] s = c.stageTable.get(c.stages[row]);
        Stage st = null;
        for (int i = 0; i < s.length; i += 2) if (PartialDate.firstDayOfPacked(s[i]) <= day) st = STAGES[s[i + 1]];
        return st;
    }

    int[] stageTable(int row) {
        return c.stages[row] < 0 ? null : c.stageTable.get(c.stages[row]);
    }

    /** Rows of the places an event happened at (empty when none). */
    public int[] placeRows(int row) {
        return c.places[row] < 0 ? EMPTY : placeRows[c.places[row]];
    }

    private static final int[] EMPTY = new int[0];

    // --- lookups ------------------------------------------------------------------------------

    /** The row with this key, or -1. */
    public int find(String key) {
        int[] keyTable = keys();
        if (key == null || keyTable.length == 0) return -1;
        int mask = keyTable.length - 1;
        for (int h = spread(key.hashCode()) & mask; ; h = (h + 1) & mask) {
            int r = keyTable[h] - 1;
            if (r < 0) return -1;
            if (keyEquals(r, key)) return r;
        }
    }

    /**
     * The key table, waiting for it the first time if it is still being built: drawing, the time filter and
     * hit-testing never need it, so a million rows are on the map while it is made (~0.1–0.3 s).
     */
    private int[] keys() {
        return join(keyTable);
    }

    private boolean keyEquals(int row, String key) {
        String p = keyPrefix[c.layer[row]];
        if (p.isEmpty()) return c.id.equalsAt(row, key);
        return key.startsWith(p) && c.id.equalsAt(row, key.substring(p.length()));
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B1;
    }

    private int[] buildKeys() {
        int cap = Integer.highestOneBit(Math.max(4, c.rows * 2) - 1) << 1;
        int[] t = new int[cap];
        for (int r = 0; r < c.rows; r++) {
            String p = keyPrefix[c.layer[r]];
            int h = c.id.hashAt(r, p.hashCode());
            int i = spread(h) & (cap - 1);
            while (t[i] != 0) i = (i + 1) & (cap - 1);
            t[i] = r + 1;
        }
        return t;
    }

    private int[][] resolvePlaces() {
        int[][] out = new int[c.placeTable.size()][];
        int[] layerOfEntry = new int[out.length];
        for (int r = 0; r < c.rows; r++) if (c.places[r] >= 0) layerOfEntry[c.places[r]] = c.layer[r];
        for (int e = 0; e < out.length; e++) {
            String[] ids = c.placeTable.get(e);
            int[] rows = new int[ids.length];
            int k = 0;
            for (String id : ids) {
                int r = find(keyPrefix[layerOfEntry[e]] + id);
                if (r >= 0 && hasLocation(r)) rows[k++] = r;
            }
            out[e] = Arrays.copyOf(rows, k);
        }
        return out;
    }

    /**
     * Rows whose period overlaps [from, to] (epoch days, inclusive), ascending, so in date order:
     * O(log n + k). Those starting inside the window are one run of the date-sorted rows; those that
     * began before it come from the interval tree, asked only about the window's first day.
     */
    public int[] overlapping(long from, long to) {
        if (from > to || c.rows == 0) return EMPTY;
        int lo = lowerBound(from), hi = lowerBound(to + 1);
        int[] before = started.holding(from);
        int k = 0;
        for (int r : before) if (c.from[r] < from) before[k++] = r;
        int[] out = new int[k + (hi - lo)];
        System.arraycopy(before, 0, out, 0, k);
        for (int i = lo; i < hi; i++) out[k++] = i;
        return out;
    }

    /** First row whose first day is ≥ {@code day}. */
    private int lowerBound(long day) {
        int lo = 0, hi = c.rows;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (c.from[mid] < day) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Rows whose representative point lies in the rectangle (projected metres). */
    public void pointsIn(double x0, double y0, double x1, double y1, IntConsumer sink) {
        grid.query(x0, y0, x1, y1, sink);
    }

    /** Rows with a line or polygon whose envelope meets {@code e}. */
    public void shapesIn(Envelope e, IntConsumer sink) {
        for (Object o : shapes.query(e)) sink.accept((Integer) o);
    }

    /** The full item for the details and the commands, built from the columns and its detail text. */
    public StoryItem item(int row) {
        return Materialize.item(this, row);
    }

    /** Approximate bytes the columns hold. */
    public long bytes() {
        return c.bytes();
    }
}
