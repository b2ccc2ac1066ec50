package atlas.story;

import atlas.io.DataSource;
import atlas.io.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The loaded dataset: items sorted by date, looked up by id, and a {@link TimeIndex} over their periods.
 * Immutable.
 */
public final class Story {
    /** The embedded files, in the order they load. */
    public static final List<String> EMBEDDED_FILES = List.of(
            "story/places.geojson", "story/record-places-a.geojson", "story/projects.geojson", "story/corridors.geojson", "story/events.geojson", "story/record-visits.geojson", "story/record-treaties.geojson", "story/record-finance.geojson", "story/record-society.geojson");

    private final List<StoryItem> items;
    private final Map<String, StoryItem> byId = new LinkedHashMap<>();
    private final TimeIndex index;
    private final List<Problem> problems;

    public Story(List<StoryItem> items, List<Problem> problems) {
        List<StoryItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingLong(StoryItem::fromDay).thenComparing(StoryItem::id));
        this.items = List.copyOf(sorted);
        for (StoryItem it : this.items) byId.put(it.id(), it);
        this.index = TimeIndex.of(this.items);
        this.problems = List.copyOf(problems);
    }

    public static Story loadEmbedded(atlas.geo.Projection projection) {
        return new StoryLoader(projection).load(EMBEDDED_FILES.stream().map(f -> DataSource.embedded("geodata/" + f)).toList());
    }

    public List<StoryItem> items() {
        return items;
    }

    public StoryItem get(String id) {
        return byId.get(id);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Items whose period overlaps [from, to] and that {@code keep} accepts, sorted by date; O(log n + k). */
    public List<StoryItem> overlapping(LocalDate from, LocalDate to, Predicate<StoryItem> keep) {
        // Items are stored in date order, so sorting the positions the index reports sorts by date.
        int[] hits = index.query(from.toEpochDay(), to.toEpochDay());
        List<StoryItem> out = new ArrayList<>(hits.length);
        for (int i : hits) {
            StoryItem it = items.get(i);
            if (keep.test(it)) out.add(it);
        }
        return out;
    }

    /** The earliest and latest dated days of the dataset, for the timeline's extent. */
    public LocalDate firstDay() {
        return items.stream().filter(i -> i.start() != null).map(i -> i.start().first()).min(LocalDate::compareTo).orElse(LocalDate.of(1992, 1, 1));
    }

    public LocalDate lastDay() {
        LocalDate last = LocalDate.of(1992, 1, 1);
        for (StoryItem i : items) {
            if (i.start() != null && i.start().last().isAfter(last)) last = i.start().last();
            if (i.end() != null && i.end().last().isAfter(last)) last = i.end().last();
            for (StageChange s : i.stages()) if (s.start().last().isAfter(last)) last = s.start().last();
        }
        return last;
    }
}
