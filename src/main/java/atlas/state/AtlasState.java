package atlas.state;

import atlas.story.AtlasQuery;
import atlas.story.Category;
import atlas.story.Kind;
import atlas.story.ItemStore;
import atlas.story.Story;
import atlas.story.StoryItem;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The one observable state of the atlas. The map, the timeline, the item list and the details panel
 * get it through their constructors and bind to it; they never call each other. Change it on the
 * JavaFX application thread.
 *
 * <p>Time: in instant mode the atlas shows {@link #date} — events whose period contains it or ended
 * within the trailing window of {@link #trailingMonths} before it (fading with age), and projects,
 * corridors and places that exist on it. In range mode it shows everything overlapping
 * [{@link #rangeFrom}, {@link #rangeTo}]. {@link #shown} always holds the result as rows of the
 * store, sorted by date, with the undated places (always there) at the end.
 */
public final class AtlasState {
    private final ObjectProperty<Story> story = new SimpleObjectProperty<>(this, "story");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date", LocalDate.of(2015, 6, 1));
    private final BooleanProperty rangeMode = new SimpleBooleanProperty(this, "rangeMode", false);
    private final ObjectProperty<LocalDate> rangeFrom = new SimpleObjectProperty<>(this, "rangeFrom", LocalDate.of(2013, 1, 1));
    private final ObjectProperty<LocalDate> rangeTo = new SimpleObjectProperty<>(this, "rangeTo", LocalDate.of(2016, 12, 31));
    private final IntegerProperty trailingMonths = new SimpleIntegerProperty(this, "trailingMonths", 12);
    private final ObjectProperty<FeatureRef> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<FeatureRef> hovered = new SimpleObjectProperty<>(this, "hovered");
    private final ObservableSet<Category> categories = FXCollections.observableSet(EnumSet.allOf(Category.class));
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableSet<String> hiddenLayers = FXCollections.observableSet();
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport");
    private final ObjectProperty<Viewport> flyTo = new SimpleObjectProperty<>(this, "flyTo");
    private final ReadOnlyObjectWrapper<TimeWindow> window = new ReadOnlyObjectWrapper<>(this, "window");
    private final BooleanProperty aggregate = new SimpleBooleanProperty(this, "aggregate", true);
    /** Whether the key is folded because the window's map is too small for it, not by the reader (a picture of another size decides anew). */
    private final BooleanProperty keyFoldedForSize = new SimpleBooleanProperty(this, "keyFoldedForSize", false);
    private final ObservableSet<String> hiddenDataLayers = FXCollections.observableSet();
    private final ObservableSet<String> hiddenCategories = FXCollections.observableSet();
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ObservableList<atlas.io.Problem> problems = FXCollections.observableArrayList();
    private final Navigation navigation;
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);

    /**
     * What is on the map now: rows of the store, dated ones in date order, then the undated places.
     * Replaced (never changed) on every recompute, so a listener sees one consistent set.
     */
    public static final class Shown {
        private final ItemStore store;
        private final int[] rows;
        private final java.util.Set<String> hiddenLayers;
        private java.util.BitSet set;

        public Shown(ItemStore store, int[] rows) {
            this(store, rows, java.util.Set.of());
        }

        public Shown(ItemStore store, int[] rows, java.util.Set<String> hiddenLayers) {
            this.store = store;
            this.rows = rows;
            this.hiddenLayers = java.util.Set.copyOf(hiddenLayers);
        }

        /** The names of the data layers hidden at the time (their items are not among the rows; the key says so). */
        public java.util.Set<String> hiddenLayers() {
            return hiddenLayers;
        }

        public ItemStore store() {
            return store;
        }

        /** The rows; do not change the array. */
        public int[] rows() {
            return rows;
        }

        public int size() {
            return rows.length;
        }

        /** Whether {@code row} is shown; O(1) after a first call that costs O(k). */
        public boolean contains(int row) {
            if (set == null) {
                java.util.BitSet b = new java.util.BitSet(store.size());
                for (int r : rows) b.set(r);
                set = b;
            }
            return set.get(row);
        }
    }

    /** The period the atlas shows now, and the date events fade towards. */
    public record TimeWindow(LocalDate from, LocalDate to, LocalDate cursor, boolean range) {
    }

    public AtlasState(Story initial) {
        story.set(initial);
        Observable[] deps = {story, date, rangeMode, rangeFrom, rangeTo, trailingMonths, categories, search, hiddenDataLayers, hiddenCategories};
        for (Observable o : deps) o.addListener(x -> recompute());
        // Leaving a range shows its last day, where the range's map left off (not a day set before it).
        rangeMode.addListener((o, was, now) -> {
            if (was && !now && rangeTo.get() != null) date.set(rangeTo.get());
        });
        recompute();
        navigation = new Navigation(this);
    }

    private void recompute() {
        LocalDate cursor = date.get();
        TimeWindow w = rangeMode.get()
                ? new TimeWindow(rangeFrom.get(), rangeTo.get(), rangeTo.get(), true)
                : new TimeWindow(cursor.minusMonths(Math.max(0, trailingMonths.get())), cursor, cursor, false);
        window.set(w);
        Story st = story.get();
        shown.set(new Shown(st.store(), shownRows(st, w, filter()), hiddenDataLayers));
    }

    /** The rows shown for window {@code w}: the same rule the {@code query} command applies. */
    public static int[] shownRows(Story story, TimeWindow w, AtlasQuery.Filter filter) {
        ItemStore s = story.store();
        int[] rows = AtlasQuery.rowsIn(s, w.from(), w.to(), filter);
        long cursor = w.cursor().toEpochDay();
        // Dated items first, in date order; undated places (always on the map) after them.
        int[] out = new int[rows.length];
        int k = 0;
        for (int r : rows) if (s.startPacked(r) != 0 && keep(s, r, w, cursor)) out[k++] = r;
        for (int r : rows) if (s.startPacked(r) == 0 && keep(s, r, w, cursor)) out[k++] = r;
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }

    private static boolean keep(ItemStore s, int r, TimeWindow w, long cursor) {
        return w.range() || s.kind(r) == Kind.EVENT || (s.fromDay(r) <= cursor && cursor <= s.toDay(r));
    }

    /** The items shown for window {@code w}, built as objects (for tests and small data). */
    public static List<StoryItem> shown(Story story, TimeWindow w, AtlasQuery.Filter filter) {
        List<StoryItem> out = new java.util.ArrayList<>();
        for (int r : shownRows(story, w, filter)) out.add(story.store().item(r));
        return out;
    }

    public AtlasQuery.Filter filter() {
        return new AtlasQuery.Filter(EnumSet.copyOf(categories.isEmpty() ? EnumSet.noneOf(Category.class) : categories), null, search.get(),
                java.util.Set.copyOf(hiddenDataLayers), java.util.Set.copyOf(hiddenCategories));
    }

    public ObjectProperty<Story> storyProperty() { return story; }
    public Story story() { return story.get(); }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public LocalDate date() { return date.get(); }
    public BooleanProperty rangeModeProperty() { return rangeMode; }
    public ObjectProperty<LocalDate> rangeFromProperty() { return rangeFrom; }
    public ObjectProperty<LocalDate> rangeToProperty() { return rangeTo; }
    public IntegerProperty trailingMonthsProperty() { return trailingMonths; }
    public ObjectProperty<FeatureRef> selectedProperty() { return selected; }
    public ObjectProperty<FeatureRef> hoveredProperty() { return hovered; }
    public ObservableSet<Category> categories() { return categories; }
    public StringProperty searchProperty() { return search; }
    public ObservableSet<String> hiddenLayers() { return hiddenLayers; }
    public ObjectProperty<Viewport> viewportProperty() { return viewport; }
    /** A viewport the map should move to smoothly (the map clears it when it starts the flight). */
    public ObjectProperty<Viewport> flyToProperty() { return flyTo; }
    public ReadOnlyObjectProperty<TimeWindow> windowProperty() { return window.getReadOnlyProperty(); }
    public TimeWindow window() { return window.get(); }
    /** What is on the map now (see {@link Shown}). */
    public ReadOnlyObjectProperty<Shown> shownProperty() { return shown.getReadOnlyProperty(); }
    public Shown shown() { return shown.get(); }
    /** Whether dense point data is drawn as clusters with counts (View menu). */
    public BooleanProperty aggregateProperty() { return aggregate; }

    public BooleanProperty keyFoldedForSizeProperty() { return keyFoldedForSize; }
    /** Data layers hidden by name (the layers panel's eye). */
    public ObservableSet<String> hiddenDataLayers() { return hiddenDataLayers; }
    /** User layers' categories hidden, by {@link AtlasQuery#categoryKey}. */
    public ObservableSet<String> hiddenCategories() { return hiddenCategories; }
    /** Whether time is being played forward (the map captions events as their dates pass). */
    public BooleanProperty playingProperty() { return playing; }
    /** Go to an item, Back and Forward (see {@link Navigation}). */
    public Navigation navigation() { return navigation; }
    /** Data problems found while loading, for the user to see. */
    public ObservableList<atlas.io.Problem> problems() { return problems; }
}
