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
    /** Which items pass: categories (null = all), kinds (null = all), text in title or summary (null = any). */
    public record Filter(Set<Category> categories, Set<String> kinds, String text) {
        public static final Filter ALL = new Filter(null, null, null);

        public boolean test(StoryItem it) {
            if (kinds != null && !kinds.contains(it.kind().key())) return false;
            if (categories != null && it.category() != null && !categories.contains(it.category())) return false;
            if (text != null && !text.isBlank()) {
                String q = text.toLowerCase(Locale.ROOT).trim();
                return it.title().toLowerCase(Locale.ROOT).contains(q) || it.summary().toLowerCase(Locale.ROOT).contains(q);
            }
            return true;
        }

        boolean wantsKind(String kind) {
            return kinds == null || kinds.contains(kind);
        }
    }

    /** One row of the {@code query} output. */
    public record Row(String id, String kind, String title, String start, String end, String category, String stage, List<String> between) {
    }

    private AtlasQuery() {
    }

    /** Story items shown in [from, to], sorted by date. */
    public static List<StoryItem> items(Story story, LocalDate from, LocalDate to, Filter filter) {
        return story.overlapping(from, to, filter::test);
    }

    /** Everything shown in [from, to]: story items, then countries, then EU border segments. */
    public static List<Row> rows(Story story, GeoData geo, LocalDate from, LocalDate to, Filter filter) {
        List<Row> rows = new ArrayList<>();
        for (StoryItem it : items(story, from, to, filter)) {
            Stage st = it.stageOn(to);
            rows.add(new Row(it.id(), it.kind().key(), it.title(), iso(it.start()), iso(it.end()),
                    it.category() == null ? null : it.category().key(), st == null ? null : st.key(), null));
        }
        boolean noText = filter.text() == null || filter.text().isBlank();
        if (filter.wantsKind("country") && noText) {
            for (Country c : geo.overview().all()) rows.add(new Row("country-" + c.iso3(), "country", c.name(), null, null, null, null, List.of(c.iso3())));
        }
        if (filter.wantsKind("border") && noText) rows.addAll(borderRows(geo, from, to));
        return rows;
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
                    s.since().toString(), end == null ? null : end.toString(), null, null, s.between()));
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
