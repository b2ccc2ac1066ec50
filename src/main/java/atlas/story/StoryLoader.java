package atlas.story;

import atlas.geo.GeoJsonFeatures;
import atlas.geo.GeoJsonGeometry;
import atlas.geo.Projection;
import atlas.io.DataSource;
import atlas.io.Problem;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Loads story files (GeoJSON FeatureCollections, see docs/DATA-FORMAT.md) and checks every item.
 * Each problem names the file, the item and what is wrong; an invalid item is skipped and the valid
 * ones still load. Nothing here throws on bad data.
 */
public final class StoryLoader {
    private final Projection projection;

    public StoryLoader(Projection projection) {
        this.projection = projection;
    }

    /** Loads and cross-checks all {@code files} as one dataset. */
    public Story load(List<DataSource> files) {
        List<Problem> problems = new ArrayList<>();
        Map<String, StoryItem> items = new LinkedHashMap<>();
        for (DataSource file : files) {
            GeoJsonFeatures.read(file, raw -> {
                StoryItem item = parse(file.name(), raw, problems);
                if (item == null) return;
                StoryItem prev = items.putIfAbsent(item.id(), item);
                if (prev != null) {
                    problems.add(new Problem(file.name(), item.id(), raw.line(),
                            "duplicate id (first defined in " + prev.file() + ":" + prev.line() + "); this one is skipped"));
                }
            }, problems);
        }
        List<StoryItem> checked = new ArrayList<>();
        for (StoryItem it : items.values()) checked.add(checkReferences(it, items, problems));
        return new Story(checked, problems);
    }

    private StoryItem checkReferences(StoryItem it, Map<String, StoryItem> all, List<Problem> problems) {
        List<String> related = keepResolved(it, it.related(), "related", all, problems);
        List<String> places = keepResolved(it, it.places(), "places", all, problems);
        for (String p : places) {
            if (all.get(p).kind() != Kind.PLACE && all.get(p).lonLat() == null) {
                problems.add(new Problem(it.file(), it.id(), it.line(), "places refers to '" + p + "', which has no location"));
            }
        }
        if (related.size() == it.related().size() && places.size() == it.places().size()) return it;
        return new StoryItem(it.id(), it.kind(), it.title(), it.summary(), it.start(), it.end(), it.stages(), it.category(),
                it.sources(), related, places, it.figures(), it.disagreement(), it.schematic(), it.ongoing(), it.placeType(),
                it.lonLat(), it.projected(), it.file(), it.line());
    }

    private static List<String> keepResolved(StoryItem it, List<String> ids, String field, Map<String, StoryItem> all, List<Problem> problems) {
        List<String> ok = new ArrayList<>();
        for (String r : ids) {
            if (all.containsKey(r)) ok.add(r);
            else problems.add(new Problem(it.file(), it.id(), it.line(), field + " refers to unknown id '" + r + "' (the link is dropped)"));
        }
        return ok;
    }

    /** One feature to an item, or null (with a problem added) when it cannot be used. */
    private StoryItem parse(String file, GeoJsonFeatures.Raw raw, List<Problem> problems) {
        JsonObject p = raw.properties();
        String id = str(p, "id");
        if (id == null && raw.id().isJsonPrimitive()) id = raw.id().getAsString();
        int line = raw.line();
        if (id == null || id.isBlank()) {
            problems.add(new Problem(file, null, line, "feature has no 'id'"));
            return null;
        }
        Checker c = new Checker(file, id, line, problems);

        Kind kind = Kind.byKey(str(p, "kind"));
        if (kind == null) return c.fail("unknown kind '" + str(p, "kind") + "' (expected event, project, place or corridor)");
        String title = str(p, "title");
        if (title == null || title.isBlank()) return c.fail("no title");

        String catKey = str(p, "category");
        Category category = catKey == null ? null : Category.byKey(catKey);
        if (catKey != null && category == null) return c.fail("unknown category '" + catKey + "' (expected one of " + Category.keys() + ")");
        if (category == null && kind != Kind.PLACE) return c.fail("no category (expected one of " + Category.keys() + ")");

        PartialDate start = c.date(p, "start");
        PartialDate end = c.date(p, "end");
        if (c.failed) return null;
        if (start == null && kind != Kind.PLACE) return c.fail("no start date");
        if (start == null && end != null) return c.fail("has an end but no start");
        if (end != null && end.last().isBefore(start.first())) {
            return c.fail("end " + end.iso() + " is before start " + start.iso());
        }

        List<StageChange> stages = new ArrayList<>();
        for (JsonObject s : objects(p, "stages")) {
            Stage st = Stage.byKey(str(s, "stage"));
            if (st == null) return c.fail("unknown stage '" + str(s, "stage") + "' (expected agreed, construction, operating, suspended or ended)");
            PartialDate d = c.date(s, "start");
            if (c.failed) return null;
            if (d == null) return c.fail("stage '" + st.key() + "' has no start");
            if (start != null && d.last().isBefore(start.first())) return c.fail("stage '" + st.key() + "' starts before the item");
            stages.add(new StageChange(st, d));
        }
        stages.sort((a, b) -> a.start().compareTo(b.start()));

        List<Source> sources = new ArrayList<>();
        for (JsonObject s : objects(p, "sources")) {
            String t = str(s, "title"), url = str(s, "url");
            if (t == null || t.isBlank()) return c.fail("a source has no title");
            if (url != null && !url.isBlank() && !(url.startsWith("http://") || url.startsWith("https://"))) {
                return c.fail("source url '" + url + "' is not an http or https address");
            }
            sources.add(new Source(t, url == null ? "" : url, str(s, "note")));
        }
        if (sources.isEmpty()) return c.fail("no sources: every item must say where it comes from");

        List<Figure> figures = new ArrayList<>();
        for (JsonObject f : objects(p, "figures")) figures.add(new Figure(str(f, "label"), str(f, "value"), str(f, "note")));

        Geometry lonLat = null;
        if (raw.geometry() != null) {
            try {
                lonLat = GeoJsonGeometry.parse(raw.geometry());
            } catch (GeoJsonGeometry.Invalid e) {
                return c.fail("invalid geometry: " + e.getMessage());
            }
            if (!lonLat.isValid()) {
                lonLat = GeometryFixer.fix(lonLat);
                c.warn("invalid geometry repaired");
            }
        }
        if (kind == Kind.PLACE && !(lonLat instanceof Point)) return c.fail("a place needs Point geometry");
        if (kind == Kind.CORRIDOR && !(lonLat instanceof Lineal)) return c.fail("a corridor needs LineString or MultiLineString geometry");

        boolean schematic = bool(p, "schematic");
        boolean ongoing = bool(p, "ongoing");
        if (ongoing && end != null) return c.fail("is 'ongoing' but has an end");
        return new StoryItem(id, kind, title.trim(), nz(str(p, "summary")), start, end, stages, category, sources,
                strings(p, "related"), strings(p, "places"), figures, str(p, "disagreement"), schematic, ongoing, str(p, "place_type"),
                lonLat, lonLat == null ? null : projection.project(lonLat), file, line);
    }

    /** Collects problems for one item; {@link #fail} marks it unusable. */
    private static final class Checker {
        final String file, id;
        final int line;
        final List<Problem> problems;
        boolean failed;

        Checker(String file, String id, int line, List<Problem> problems) {
            this.file = file;
            this.id = id;
            this.line = line;
            this.problems = problems;
        }

        StoryItem fail(String message) {
            problems.add(new Problem(file, id, line, message + "; the item is skipped"));
            failed = true;
            return null;
        }

        void warn(String message) {
            problems.add(new Problem(file, id, line, message));
        }

        PartialDate date(JsonObject o, String key) {
            String s = str(o, key);
            if (s == null) return null;
            try {
                return PartialDate.parse(s);
            } catch (IllegalArgumentException e) {
                fail("bad " + key + " date: " + e.getMessage());
                return null;
            }
        }
    }

    private static boolean bool(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean() && e.getAsBoolean();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
    }

    private static List<JsonObject> objects(JsonObject o, String key) {
        List<JsonObject> out = new ArrayList<>();
        JsonElement e = o.get(key);
        if (e != null && e.isJsonArray()) for (JsonElement x : e.getAsJsonArray()) if (x.isJsonObject()) out.add(x.getAsJsonObject());
        return out;
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        JsonElement e = o.get(key);
        if (e != null && e.isJsonArray()) {
            Set<String> seen = new HashSet<>();
            for (JsonElement x : (JsonArray) e) if (x.isJsonPrimitive() && seen.add(x.getAsString())) out.add(x.getAsString());
        }
        return out;
    }
}
