package atlas.story;

import atlas.io.DataSource;
import atlas.io.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The loaded dataset: the layers and their items in one {@link ItemStore}, with every problem found
 * while loading. Immutable; adding or closing a layer makes a new one. Lists of {@link StoryItem}s are
 * built on demand from the store's columns, for small data and the details; the map, the timeline and
 * the list read the store by row.
 */
public final class Story {
    /** The embedded files, in the order they load (places first, so events can refer to them). */
    /**
     * The date the window opens on (until it remembers one): 4 December 2023, the latest event of the
     * article the story is built on (Lukashenko in Beijing), with the corridors, Great Stone and the
     * sanctions of the years before all on the map.
     */
    public static final LocalDate OPENING_DATE = LocalDate.of(2023, 12, 4);

    public static final List<String> EMBEDDED_FILES = List.of(
            "story/places.geojson", "story/record-places-a.geojson", "story/record-places-b.geojson",
            "story/record-places-c.geojson",
            "story/projects.geojson", "story/corridors.geojson", "story/events.geojson",
            "story/record-visits.geojson", "story/record-treaties.geojson", "story/record-finance.geojson", "story/record-society.geojson",
            "story/record-greatstone.geojson", "story/record-rail.geojson", "story/record-west.geojson");

    private final ItemStore store;
    private volatile List<StoryItem> all;
    private final int firstDay, lastDay;

    public Story(ItemStore store) {
        this.store = store;
        int f = Integer.MAX_VALUE, l = PartialDate.epochDay(1992, 1, 1);
        // From the columns' days (first day, period's last day), the start's own last day only where the period
        // does not give it; stages are the rare rows with dates of their own.
        Columns c = store.c;
        for (int i = 0; i < c.rows; i++) {
            int s = c.start[i];
            if (s == 0) continue;
            f = Math.min(f, c.from[i]);
            int to = c.to[i];
            if (to != Columns.OPEN_END) l = Math.max(l, to); // the end's last day, or an event's start's
            if (to == Columns.OPEN_END || c.end[i] != 0) l = Math.max(l, PartialDate.lastDayOfPacked(s)); // a start may end after its end's last day ("2011" to "2011-03")
            if (c.stages[i] >= 0) {
                int[] st = c.stageTable.get(c.stages[i]);
                for (int k = 0; k < st.length; k += 2) l = Math.max(l, PartialDate.lastDayOfPacked(st[k]));
            }
        }
        this.firstDay = f == Integer.MAX_VALUE ? PartialDate.epochDay(1992, 1, 1) : f;
        this.lastDay = l;
    }

    public static Story of(List<LayerData> layers) {
        return new Story(ItemStore.of(layers));
    }

    public static Story loadEmbedded(atlas.geo.Projection projection) {
        return of(List.of(embeddedLayer()));
    }

    /** The embedded story as a layer. */
    public static LayerData embeddedLayer() {
        return LayerLoader.load(Layer.STORY, EMBEDDED_FILES.stream().map(f -> DataSource.embedded("geodata/" + f)).toList(), null, null);
    }

    public ItemStore store() {
        return store;
    }

    public List<Layer> layers() {
        return store.layers();
    }

    /** This dataset with {@code layer} on top. */
    public Story withLayer(LayerData layer) {
        return new Story(store.with(layer));
    }

    /** This dataset without layer {@code index}. */
    public Story withoutLayer(int index) {
        return new Story(store.without(index));
    }

    /** Every item, in date order (built once on first call: meant for small data, tests and exports). */
    public List<StoryItem> items() {
        List<StoryItem> a = all;
        if (a == null) {
            List<StoryItem> out = new ArrayList<>(store.size());
            for (int i = 0; i < store.size(); i++) out.add(store.item(i));
            all = a = List.copyOf(out);
        }
        return a;
    }

    /** The item with this key (the id for the story format, "layer/id" otherwise), or null. */
    public StoryItem get(String key) {
        int r = store.find(key);
        return r < 0 ? null : store.item(r);
    }

    /** Every problem of every layer, in layer order. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        for (Layer l : store.layers()) out.addAll(l.problems());
        return out;
    }

    /** Items whose period overlaps [from, to] and that {@code keep} accepts, sorted by date; O(log n + k). */
    public List<StoryItem> overlapping(LocalDate from, LocalDate to, Predicate<StoryItem> keep) {
        List<StoryItem> out = new ArrayList<>();
        for (int r : store.overlapping(from.toEpochDay(), to.toEpochDay())) {
            StoryItem it = store.item(r);
            if (keep.test(it)) out.add(it);
        }
        return out;
    }

    /** The earliest and latest dated days of the dataset, for the timeline's extent. */
    /** Where the atlas's time starts (diplomatic relations, 1992): the time axis and any period it shows begin no earlier. */
    public static final LocalDate AXIS_START = LocalDate.of(1992, 1, 1);

    public LocalDate firstDay() {
        return LocalDate.ofEpochDay(firstDay);
    }

    public LocalDate lastDay() {
        return LocalDate.ofEpochDay(lastDay);
    }

    /** The first date the timeline goes to: 1992 ({@link #AXIS_START}), or the data's first day when that is later. */
    public LocalDate firstDate() {
        LocalDate f = firstDay();
        return f.isAfter(AXIS_START) ? f : AXIS_START;
    }

    /** The last date the timeline goes to: today, or the data's last day when that is later ("1992 to today"). */
    public LocalDate lastDate() {
        LocalDate today = LocalDate.now(), l = lastDay();
        return l.isAfter(today) ? l : today;
    }

    /** {@code len} days from {@code from}, moved as little as needed to lie within {@link #firstDate()}..{@link #lastDate()} (cut to them when longer). */
    public LocalDate[] within(LocalDate from, long len) {
        long lo = firstDate().toEpochDay(), hi = lastDate().toEpochDay();
        len = Math.max(0, Math.min(len, hi - lo));
        long a = Math.max(lo, Math.min(hi - len, from.toEpochDay()));
        return new LocalDate[] {LocalDate.ofEpochDay(a), LocalDate.ofEpochDay(a + len)};
    }
}
