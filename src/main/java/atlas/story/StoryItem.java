package atlas.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One item of the story: an event, a project, a place or a corridor, with its dates at their real
 * precision and its sources. Geometry is in lon/lat ({@code lonLat}) and projected once
 * ({@code projected}); both are null for an item with no place of its own (it may name places by id).
 *
 * <p>The period an item covers: an event from its start's first day to its end's (or, with no end,
 * its start's) last day, or on with no end when it is {@code ongoing} (a sanction still in force); a
 * project, corridor or place from its start's first day on, ongoing while it has no end. A place with
 * no start has always been there.
 *
 * <p>{@code layer} names the dataset it came from ({@link Layer#STORY} for the embedded story);
 * {@code key} is unique among all layers (see {@link ItemStore#key}); {@code attributes} are a user
 * dataset's fields as written (empty for the story format).
 */
public record StoryItem(
        String id, Kind kind, String title, String summary,
        PartialDate start, PartialDate end, List<StageChange> stages,
        Category category, List<Source> sources, List<String> related, List<String> places,
        List<Figure> figures, String disagreement, boolean schematic, boolean ongoing, String placeType,
        Geometry lonLat, Geometry projected, String file, int line, String layer, String key, java.util.Map<String, String> attributes) {

    public StoryItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        stages = List.copyOf(stages);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        places = List.copyOf(places);
        figures = List.copyOf(figures);
        if (key == null) key = id;
        attributes = attributes == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }

    /** First day covered, as epoch day; Long.MIN_VALUE when open at the start. */
    public long fromDay() {
        return start == null ? Long.MIN_VALUE : start.first().toEpochDay();
    }

    /** Last day covered, as epoch day; Long.MAX_VALUE when ongoing. */
    public long toDay() {
        if (end != null) return end.last().toEpochDay();
        if (kind == Kind.EVENT && start != null && !ongoing) return start.last().toEpochDay();
        return Long.MAX_VALUE;
    }

    public boolean covers(LocalDate day) {
        long d = day.toEpochDay();
        return fromDay() <= d && d <= toDay();
    }

    /** The stage in force on {@code day}: the last stage change whose start's first day is not after it. */
    public Stage stageOn(LocalDate day) {
        Stage s = null;
        for (StageChange c : stages) if (!c.start().first().isAfter(day)) s = c.stage();
        return s;
    }

    /** Dates for people: "March 2023", "2011–2012", "since 2011" for an ongoing project. */
    public String displayDate() {
        if (start == null) return "";
        if (end == null && (kind != Kind.EVENT || ongoing)) return "since " + start.display();
        return PartialDate.displayRange(start, end);
    }
}
