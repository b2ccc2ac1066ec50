package atlas.story;

import atlas.geo.Country;
import atlas.geo.EuBorder;
import atlas.geo.GeoData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the atlas shows for a period [from, to]: the one definition that the map, the item list and
 * the {@code query} command all use. An item is shown when its period overlaps [from, to] (a partial
 * date covers its whole year or month; no end means ongoing for projects, corridors and places) and it
 * passes the filter.
 */
public final class AtlasQuery {
    /**
     * Which items pass: story themes (null = all), kinds (null = all), text in title or summary (null =
     * any), layers hidden by name, and user layers' categories hidden by {@link #categoryKey}.
     */
    public record Filter(Set<Category> categories, Set<String> kinds, String text, Set<String> hiddenLayers, Set<String> hiddenCategories) {
        public static final Filter ALL = new Filter(null, null, null);

        public Filter(Set<Category> categories, Set<String> kinds, String text) {
            this(categories, kinds, text, Set.of(), Set.of());
        }

        public boolean test(StoryItem it) {
            if (kinds != null && !kinds.contains(it.kind().key())) return false;
            if (categories != null && it.category() != null && !categories.contains(it.category())) return false;
            if (hiddenLayers != null && hiddenLayers.contains(it.layer())) return false;
            if (text != null && !text.isBlank()) {
                String q = text.toLowerCase(Locale.ROOT).trim();
                return it.title().toLowerCase(Locale.ROOT).contains(q) || it.summary().toLowerCase(Locale.ROOT).contains(q);
            }
            return true;
        }

        boolean wantsKind(String kind) {
            return kinds == null || kinds.contains(kind);
        }

        /** This filter compiled against one store, for testing rows without building items. */
        public RowFilter on(ItemStore store) {
            return new RowFilter(store, this);
        }
    }

    /** The key a user layer's category has in {@link Filter#hiddenCategories}: "layer:value". */
    public static String categoryKey(String layer, String value) {
        return layer + ":" + value;
    }

    /** A {@link Filter} worked out once for a store: per-category and per-layer flags, the kind mask, the text. */
    public static final class RowFilter {
        private final ItemStore store;
        private final boolean[] categoryShown, layerShown;
        private final int kindMask;
        private final String text;

        RowFilter(ItemStore store, Filter f) {
            this.store = store;
            List<ItemStore.CategoryRef> cats = store.categories();
            categoryShown = new boolean[cats.size()];
            for (int i = 0; i < cats.size(); i++) {
                ItemStore.CategoryRef c = cats.get(i);
                categoryShown[i] = c.layer() < 0
                        ? f.categories() == null || f.categories().contains(Category.byKey(c.key()))
                        : f.hiddenCategories() == null || !f.hiddenCategories().contains(categoryKey(store.layers().get(c.layer()).name(), c.key()));
            }
            layerShown = new boolean[store.layers().size()];
            for (int l = 0; l < layerShown.length; l++) layerShown[l] = f.hiddenLayers() == null || !f.hiddenLayers().contains(store.layers().get(l).name());
            int mask = 0;
            for (Kind k : Kind.values()) if (f.wantsKind(k.key())) mask |= 1 << k.ordinal();
            kindMask = mask;
            text = f.text() == null || f.text().isBlank() ? null : f.text().toLowerCase(Locale.ROOT).trim();
        }

        public boolean test(int row) {
            if ((kindMask & (1 << store.kind(row).ordinal())) == 0 || !layerShown[store.layer(row)]) return false;
            int c = store.categoryId(row);
            if (c >= 0 && !categoryShown[c]) return false;
            return text == null || store.title(row).toLowerCase(Locale.ROOT).contains(text) || store.summary(row).toLowerCase(Locale.ROOT).contains(text)
                    || store.kind(row) == Kind.PLACE && store.placeNames(row).contains(text); // "минск" finds Minsk, as the search suggests it
        }

        /** True when no row is filtered out by category, layer, kind or text (a fast path for drawing). */
        public boolean passesAll() {
            if (text != null || kindMask != (1 << Kind.values().length) - 1) return false;
            for (boolean b : categoryShown) if (!b) return false;
            for (boolean b : layerShown) if (!b) return false;
            return true;
        }
    }

    /** One row of the {@code query} output. */
    public record Row(String id, String kind, String title, String start, String end, String category, String stage, List<String> between, String layer) {
    }

    private AtlasQuery() {
    }

    /** Rows of the store shown in [from, to] that pass the filter, in date order. */
    public static int[] rowsIn(ItemStore store, LocalDate from, LocalDate to, Filter filter) {
        int[] rows = store.overlapping(from.toEpochDay(), to.toEpochDay());
        RowFilter f = filter.on(store);
        int k = 0;
        for (int r : rows) if (f.test(r)) rows[k++] = r;
        return java.util.Arrays.copyOf(rows, k);
    }

    /** Story items shown in [from, to], sorted by date. */
    public static List<StoryItem> items(Story story, LocalDate from, LocalDate to, Filter filter) {
        List<StoryItem> out = new ArrayList<>();
        for (int r : rowsIn(story.store(), from, to, filter)) out.add(story.store().item(r));
        return out;
    }

    /** Everything shown in [from, to]: items of every layer, then countries, then EU border segments. */
    public static List<Row> rows(Story story, GeoData geo, LocalDate from, LocalDate to, Filter filter) {
        return rows(story, geo, rowsIn(story.store(), from, to, filter), from, to, filter);
    }

    /** Rows {@code items} of the store (their stages as on {@code to}), then the countries and EU border segments of [from, to]. */
    public static List<Row> rows(Story story, GeoData geo, int[] items, LocalDate from, LocalDate to, Filter filter) {
        List<Row> rows = new ArrayList<>();
        ItemStore s = story.store();
        for (int r : items) {
            Stage st = s.stageOn(r, to.toEpochDay());
            Layer layer = s.layers().get(s.layer(r));
            String category = s.category(r) != null ? s.category(r).key() : rawCategory(s, r, layer);
            rows.add(new Row(s.id(r), s.kind(r).key(), s.title(r), iso(s.start(r)), iso(s.end(r)),
                    category, st == null ? null : st.key(), null, layer.name()));
        }
        boolean noText = filter.text() == null || filter.text().isBlank();
        if (filter.wantsKind("country") && noText) {
            for (Country c : geo.overview().all()) rows.add(new Row("country-" + c.iso3(), "country", c.name(), null, null, null, null, List.of(c.iso3()), null));
        }
        if (filter.wantsKind("border") && noText) rows.addAll(borderRows(geo, from, to));
        return rows;
    }

    /** A user item's category as its file writes it (the legend may have folded it into "other"). */
    private static String rawCategory(ItemStore s, int r, Layer layer) {
        if (layer.mapping() == null || layer.mapping().category() == null || s.categoryId(r) < 0) return null;
        return s.item(r).attributes().get(layer.mapping().category());
    }

    /** EU external border segments in force at any time in [from, to]. */
    static List<Row> borderRows(GeoData geo, LocalDate from, LocalDate to) {
        EuBorder border = geo.overviewBorder();
        List<LocalDate> changes = border.membership().changes();
        List<EuBorder.Epoch> epochs = new ArrayList<>();
        epochs.add(border.at(from));
        for (LocalDate c : changes) if (c.isAfter(from) && !c.isAfter(to)) epochs.add(border.at(c));
        Map<String, EuBorder.Segment> shown = new LinkedHashMap<>();
        for (EuBorder.Epoch e : epochs) for (EuBorder.Segment s : e.segments()) shown.putIfAbsent(s.id(), s);
        List<Row> rows = new ArrayList<>();
        for (EuBorder.Segment s : shown.values()) {
            LocalDate end = lastDayOf(border, s.id(), changes);
            rows.add(new Row(s.id(), "border", "EU external border: " + name(geo, s.member()) + " – " + name(geo, s.neighbour()),
                    s.since().toString(), end == null ? null : end.toString(), null, null, s.between(), null));
        }
        return rows;
    }

    /** The last day a segment is part of the border, or null while it still is. */
    static LocalDate lastDayOf(EuBorder border, String segmentId, List<LocalDate> changes) {
        for (int i = changes.size() - 1; i >= 0; i--) {
            boolean present = border.at(changes.get(i)).segments().stream().anyMatch(s -> s.id().equals(segmentId));
            if (present) return i == changes.size() - 1 ? null : changes.get(i + 1).minusDays(1);
        }
        return null;
    }

    private static String name(GeoData geo, String iso3) {
        Country c = geo.overview().get(iso3);
        return c == null ? iso3 : c.name();
    }

    private static String iso(PartialDate d) {
        return d == null ? null : d.iso();
    }
}
