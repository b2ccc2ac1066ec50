package atlas.story;

import atlas.io.RawFeature;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses which field of a user's dataset is the title, the start, the end, the category and the id,
 * from the fields' names (split into words, so "Sender" is not an "end") and from their values in a
 * sample (a start must read as dates; an id must be unique; a category must repeat). The columns the
 * atlas's own CSV and GeoPackage exports write are recognised first and mapped exactly.
 */
final class FieldDetector {
    /**
     * What detection found, and whether it is sure enough to use without asking; {@code kindField} (or
     * null) is a field whose values are item kinds, giving each row its own; {@code openEndField} (or
     * null) holds the last day an item covers, empty while it runs on (the exports' end_date).
     */
    record Result(FieldMapping mapping, boolean sure, String note, String kindField, String openEndField) {
    }

    /** The columns of the atlas's flat exports (atlas.export): with them, a file maps exactly as written. */
    static final List<String> EXPORT_COLUMNS = List.of("id", "layer", "kind", "title", "start", "end", "category", "date_precision");

    private static final Set<String> TITLE = Set.of("title", "name", "label", "headline", "caption", "project");
    /** When no field is named as a title: a field naming a place (a table of towns or stations) titles its rows. */
    private static final Set<String> PLACE_TITLE = Set.of("city", "town", "place", "site", "station", "settlement", "locality");
    private static final Set<String> START = Set.of("start", "begin", "begins", "from", "date", "timestamp", "when", "time", "year", "commitment", "opened", "signed",
            "established", "founded", "launched", "commissioned", "created", "started", "inaugurated");
    private static final Set<String> END = Set.of("end", "finish", "until", "to", "completion", "completed", "closed", "ended", "stop");
    private static final Set<String> CATEGORY = Set.of("category", "type", "sector", "class", "theme", "kind", "group", "status");
    private static final Set<String> ID = Set.of("id", "fid", "uid", "gid", "code", "key", "objectid", "ogc_fid");

    private FieldDetector() {
    }

    static Result detect(List<RawFeature> sample, String fileName) {
        List<String> fields = fields(sample);
        String kindField = kindField(fields, sample);
        if (fields.containsAll(EXPORT_COLUMNS)) {
            FieldMapping m = new FieldMapping("title", List.of("start"), List.of("end"), "category", "id", Kind.EVENT, UserDates.Order.ISO);
            return new Result(m, true, "the atlas's export columns: " + m.describe() + ", kind from 'kind'", kindField, fields.contains("end_date") ? "end_date" : null);
        }
        String title = best(fields, TITLE, sample, FieldDetector::isText);
        if (title == null) title = best(fields, PLACE_TITLE, sample, FieldDetector::isText);
        List<String> start = dates(fields, START, sample, true);
        List<String> end = dates(fields, END, sample, false);
        end.removeAll(start);
        String category = best(fields, CATEGORY, sample, (s, f) -> repeats(s, f));
        String id = best(fields, ID, sample, (s, f) -> unique(s, f));
        boolean project = words(fileName).contains("project") || words(fileName).contains("projects");
        for (String f : fields) if (words(f).contains("project") || words(f).contains("projects")) project = true;
        List<String> dateValues = new ArrayList<>();
        for (RawFeature r : sample) for (String f : start) dateValues.add(r.text(f));
        for (RawFeature r : sample) for (String f : end) dateValues.add(r.text(f));
        UserDates.Order order = UserDates.settle(dateValues);
        boolean kmlTime = sample.stream().anyMatch(r -> r.timeBegin != null || r.timeEnd != null);
        FieldMapping m = new FieldMapping(title, start, end, category, id, project ? Kind.PROJECT : Kind.EVENT, order);
        boolean sure = title != null && (!start.isEmpty() || kmlTime);
        String note = sure ? "detected " + m.describe() : "not sure which field is " + (title == null ? "the title" : "the start date")
                + " (fields: " + String.join(", ", fields.subList(0, Math.min(12, fields.size())).stream().map(atlas.io.Texts::clip).toList()) + (fields.size() > 12 ? ", …" : "") + ")";
        return new Result(m, sure, note, kindField, null);
    }

    /** A field named "kind" (any case) whose sampled values are all item kinds (event, project, place, corridor), or null. */
    static String kindField(List<String> fields, List<RawFeature> sample) {
        for (String f : fields) {
            if (!f.equalsIgnoreCase("kind")) continue;
            int values = 0;
            for (RawFeature r : sample) {
                String v = r.text(f);
                if (v == null || v.isBlank()) continue;
                if (Kind.byKey(v) == null) return null;
                values++;
            }
            return values > 0 ? f : null;
        }
        return null;
    }

    static List<String> fields(List<RawFeature> sample) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (RawFeature r : sample) for (int i = 0; i < r.size(); i++) out.add(r.key(i));
        return new ArrayList<>(out);
    }

    /** The words of a field name: "Actual.Implementation.Start.Date.(MM/DD/YYYY)" → actual, implementation, start, date, mm, dd, yyyy. */
    static Set<String> words(String name) {
        Set<String> out = new HashSet<>();
        if (name == null) return out;
        String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2");
        for (String w : spaced.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    private interface Fits {
        boolean test(List<RawFeature> sample, String field);
    }

    /** The field whose name is a word of {@code names} (exact names first, then names containing the word) and whose values fit. */
    private static String best(List<String> fields, Set<String> names, List<RawFeature> sample, Fits fits) {
        for (String f : fields) if (names.contains(f.toLowerCase(Locale.ROOT)) && fits.test(sample, f)) return f;
        for (String f : fields) {
            for (String w : words(f)) if (names.contains(w) && fits.test(sample, f)) return f;
        }
        return null;
    }

    /** Date fields by name, in order of preference, whose sampled values mostly read as dates. */
    private static List<String> dates(List<String> fields, Set<String> names, List<RawFeature> sample, boolean start) {
        List<String> exact = new ArrayList<>(), named = new ArrayList<>(), other = new ArrayList<>();
        for (String f : fields) {
            Set<String> w = words(f);
            boolean hit = false;
            for (String n : names) if (w.contains(n)) hit = true;
            boolean endish = false;
            for (String n : END) if (w.contains(n)) endish = true;
            if (start && endish) continue;
            if (!hit || !mostlyDates(sample, f)) continue;
            if (names.contains(f.toLowerCase(Locale.ROOT))) exact.add(f);
            else if (w.contains(start ? "start" : "end") || w.contains(start ? "begin" : "finish")) named.add(f);
            else other.add(f);
        }
        List<String> out = new ArrayList<>(exact);
        out.addAll(named);
        out.addAll(other);
        return out.size() > 3 ? new ArrayList<>(out.subList(0, 3)) : out;
    }

    private static boolean mostlyDates(List<RawFeature> sample, String field) {
        int values = 0, ok = 0;
        List<String> all = new ArrayList<>();
        for (RawFeature r : sample) all.add(r.text(field));
        UserDates.Order order = UserDates.settle(all);
        for (String v : all) {
            if (v == null || v.isBlank()) continue;
            values++;
            try {
                UserDates.parse(v, order == null ? UserDates.Order.ISO : order);
                ok++;
            } catch (IllegalArgumentException e) {
                if (UserDates.isSlashed(v)) ok++; // a date whose order is still open
            }
        }
        return values > 0 && ok * 2 >= values;
    }

    private static boolean isText(List<RawFeature> sample, String field) {
        for (RawFeature r : sample) {
            String v = r.text(field);
            if (v != null && !v.isBlank()) return true;
        }
        return false;
    }

    private static boolean repeats(List<RawFeature> sample, String field) {
        Set<String> distinct = new HashSet<>();
        int n = 0;
        for (RawFeature r : sample) {
            String v = r.text(field);
            if (v == null || v.isBlank()) continue;
            distinct.add(v);
            n++;
        }
        return n > 0 && (distinct.size() <= 12 || distinct.size() * 2 <= n);
    }

    private static boolean unique(List<RawFeature> sample, String field) {
        Set<String> distinct = new HashSet<>();
        for (RawFeature r : sample) {
            String v = r.text(field);
            if (v == null || v.isBlank() || !distinct.add(v)) return false;
        }
        return !distinct.isEmpty();
    }
}
