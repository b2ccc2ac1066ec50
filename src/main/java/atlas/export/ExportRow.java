package atlas.export;

import atlas.story.ItemStore;
import atlas.story.Layer;
import atlas.story.PartialDate;
import atlas.story.Source;
import atlas.story.StoryItem;
import java.time.LocalDate;

/**
 * The flat fields of one item, as the CSV and GeoPackage exports write them: the id unique across
 * layers, the layer, kind, title, dates at their precision, the category as the file wrote it, a
 * representative point, the sources as one text, and the first and last day the item covers.
 */
record ExportRow(String id, String layer, String kind, String title, String start, String end, String category,
                 double lon, double lat, String sources, LocalDate startDate, LocalDate endDate, String precision) {
    /** The column names, in order, of the CSV export (the GeoPackage has the same, with its geometry for lon/lat). */
    static final String[] CSV_COLUMNS = {"id", "layer", "kind", "title", "start", "end", "category", "lon", "lat", "sources",
        "start_date", "end_date", "date_precision"};

    static ExportRow of(ItemStore store, int row) {
        StoryItem it = store.item(row);
        Layer layer = store.layers().get(store.layer(row));
        PartialDate s = it.start(), e = it.end();
        LocalDate first = s == null ? null : s.first();
        LocalDate last = it.toDay() == Long.MAX_VALUE || s == null ? null : LocalDate.ofEpochDay(it.toDay());
        return new ExportRow(store.key(row), layer.name(), it.kind().key(), it.title(), iso(s), iso(e), category(store, row, layer, it),
                store.lon(row), store.lat(row), sources(it), first, last, s == null ? null : s.precision().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A story theme's key, or a user layer's category value as its file writes it (the legend may fold it into "other"). */
    static String category(ItemStore store, int row, Layer layer, StoryItem it) {
        if (it.category() != null) return it.category().key();
        if (layer.mapping() == null || layer.mapping().category() == null) return null;
        String v = it.attributes().get(layer.mapping().category());
        return v == null || v.isBlank() ? null : v;
    }

    /** "Title <url> (note); Other title (note)". */
    static String sources(StoryItem it) {
        StringBuilder b = new StringBuilder();
        for (Source s : it.sources()) {
            if (b.length() > 0) b.append("; ");
            b.append(s.title());
            if (s.url() != null && !s.url().isBlank()) b.append(" <").append(s.url()).append('>');
            if (s.note() != null && !s.note().isBlank()) b.append(" (").append(s.note()).append(')');
        }
        return b.toString();
    }

    private static String iso(PartialDate d) {
        return d == null ? null : d.iso();
    }
}
