package atlas.story;

import atlas.io.Problem;
import atlas.io.RawFeature;
import atlas.io.Texts;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.locationtech.jts.geom.Lineal;

/**
 * The atlas's own story format (docs/DATA-FORMAT.md): checks one feature and fills a row. Every rule
 * that fails names the file, line, item and what is wrong; the item is skipped and the rest load.
 * Fields the columns do not hold (sources, figures, links, notes) go into the row's detail text, from
 * which {@link ItemStore#item} rebuilds the full {@link StoryItem} on demand.
 */
final class StorySchema {
    /** The languages a title may be given in besides English: {@code name_ru}, {@code name_be}, {@code name_zh}. */
    static final String[] NAME_LANGUAGES = {"ru", "be", "zh"};
    /** The properties that hold them, {@code name_ru}…, made once (a million features ask for each). */
    private static final String[] NAME_KEYS = java.util.Arrays.stream(NAME_LANGUAGES).map(l -> "name_" + l).toArray(String[]::new);

    private StorySchema() {
    }

    /**
     * True when {@code f} looks like a story feature: {@code kind} and {@code title}, with a list of
     * {@code sources} or (no sources at all, to be reported) a {@code category}. A flat table with a text
     * column "sources" (the atlas's CSV and GeoPackage exports) is not the story format.
     */
    static boolean matches(RawFeature f) {
        return f.has("kind") && f.has("title") && (f.get("sources") instanceof JsonArray || (!f.has("sources") && f.has("category")));
    }

    /** The properties the format reads, each at its slot of {@link #fields}. */
    private static final String[] FIELDS = {"id", "kind", "title", "category", "attributes", "start", "end", "stages",
        "sources", "figures", "related", "places", "disagreement", "place_type", NAME_KEYS[0], NAME_KEYS[1], NAME_KEYS[2],
        "schematic", "ongoing", "summary"};
    private static final int ID = 0, KIND = 1, TITLE = 2, CATEGORY = 3, ATTRIBUTES = 4, START = 5, END = 6, STAGES = 7,
        SOURCES = 8, FIGURES = 9, RELATED = 10, PLACES = 11, DISAGREEMENT = 12, PLACE_TYPE = 13, NAMES = 14,
        SCHEMATIC = 17, ONGOING = 18, SUMMARY = 19;
    /** {@link #FIELDS} by hash (open addressing): a feature's keys are looked up here once each. */
    private static final String[] FIELD_TABLE = new String[64];
    private static final int[] FIELD_SLOT = new int[64];

    static {
        for (int k = 0; k < FIELDS.length; k++) {
            int i = FIELDS[k].hashCode() & 63;
            while (FIELD_TABLE[i] != null) i = (i + 1) & 63;
            FIELD_TABLE[i] = FIELDS[k];
            FIELD_SLOT[i] = k;
        }
    }

    private static final ThreadLocal<Object[]> FIELD_VALUES = ThreadLocal.withInitial(() -> new Object[FIELDS.length]);

    /**
     * The values of {@link #FIELDS} in {@code f}, by slot (null when absent), from one pass over its
     * properties: a million features would otherwise look up twenty names each.
     */
    private static Object[] fields(RawFeature f) {
        Object[] v = FIELD_VALUES.get();
        java.util.Arrays.fill(v, null);
        for (int k = 0, n = f.size(); k < n; k++) {
            String key = f.key(k);
            int i = key.hashCode() & 63;
            for (String t; (t = FIELD_TABLE[i]) != null; i = (i + 1) & 63) {
                if (t.equals(key)) {
                    v[FIELD_SLOT[i]] = f.value(k);
                    break;
                }
            }
        }
        return v;
    }

    /** A value as {@link RawFeature#text} gives it: strings and numbers as text, booleans as "true"/"false", else null. */
    private static String asText(Object v) {
        return v instanceof String s ? s : v instanceof Boolean b ? b.toString() : null;
    }

    /** Fills {@code row} from {@code f}; false (with a problem added) when the item cannot be used. */
    static boolean toRow(String file, RawFeature f, Columns.Row row, List<Problem> problems) {
        Object[] v = fields(f);
        String id = asText(v[ID]);
        if (id == null) id = f.id;
        if (id == null || id.isBlank()) {
            problems.add(new Problem(file, null, f.line, "feature has no 'id'; skipped"));
            return false;
        }
        Check c = new Check(file, id, f.line, problems);
        Kind kind = Kind.byKey(asText(v[KIND]));
        if (kind == null) return c.fail("unknown kind '" + Texts.clip(asText(v[KIND])) + "' (expected event, project, place or corridor)");
        String title = asText(v[TITLE]);
        if (title == null || title.isBlank()) return c.fail("no title");
        String catKey = asText(v[CATEGORY]);
        Category category = catKey == null ? null : Category.byKey(catKey);
        if (catKey != null && category == null) return c.fail("unknown category '" + Texts.clip(catKey) + "' (expected one of " + Category.keys() + ")");
        // An item exported from a user's layer carries that layer's fields in "attributes" and needs no theme.
        JsonObject attributes = v[ATTRIBUTES] instanceof JsonObject a ? a : null;
        if (category == null && kind != Kind.PLACE && attributes == null) return c.fail("no category (expected one of " + Category.keys() + ")");
        int start = c.date(asText(v[START]), "start"), end = c.date(asText(v[END]), "end");
        if (c.failed) return false;
        if (start == 0 && kind != Kind.PLACE && attributes == null) return c.fail("no start date");
        if (start == 0 && end != 0) return c.fail("has an end but no start");
        if (end != 0 && PartialDate.lastDayOfPacked(end) < PartialDate.firstDayOfPacked(start)) {
            return c.fail("end " + PartialDate.unpack(end).iso() + " is before start " + PartialDate.unpack(start).iso());
        }
        JsonObject detail = new JsonObject();
        int[] stages = stages(v[STAGES], start, c, detail);
        if (c.failed) return false;
        // Generated and exported files repeat the same sources (the reader then gives the same objects) and
        // nothing else of the detail: the last feature's checked detail is taken again without building it.
        Object[] inputs = {v[SOURCES], v[FIGURES], v[RELATED], v[PLACES], attributes,
            asText(v[DISAGREEMENT]), asText(v[PLACE_TYPE]), asText(v[NAMES]), asText(v[NAMES + 1]), asText(v[NAMES + 2])};
        Object[] last = LAST_INPUTS.get();
        List<String> related, places;
        String detailText;
        if (inputs[0] != null && sameInputs(last, inputs)) {
            detailText = (String) last[inputs.length];
            @SuppressWarnings("unchecked") List<String> r = (List<String>) last[inputs.length + 1];
            @SuppressWarnings("unchecked") List<String> pl = (List<String>) last[inputs.length + 2];
            related = r;
            places = pl;
        } else {
            if (!sources(inputs[0], c, detail)) return false;
            JsonArray figures = new JsonArray();
            for (JsonObject o : objects(inputs[1])) figures.add(o);
            if (!figures.isEmpty()) detail.add("figures", figures);
            related = strings(inputs[2]);
            places = strings(inputs[3]);
            if (!related.isEmpty()) detail.add("related", array(related));
            if (!places.isEmpty()) detail.add("places", array(places));
            String disagreement = (String) inputs[5], placeType = (String) inputs[6];
            if (disagreement != null) detail.addProperty("disagreement", disagreement);
            if (placeType != null) detail.addProperty("place_type", placeType);
            JsonObject names = new JsonObject();
            for (int k = 0; k < NAME_KEYS.length; k++) {
                String n = (String) inputs[7 + k];
                if (n != null && !n.isBlank()) names.addProperty(NAME_LANGUAGES[k], n.trim());
            }
            if (!names.isEmpty()) detail.add("names", names);
            if (attributes != null) detail.add("attributes", attributes);
            detailText = text(detail);
            Object[] keep = java.util.Arrays.copyOf(inputs, inputs.length + 3);
            keep[inputs.length] = detailText;
            keep[inputs.length + 1] = related;
            keep[inputs.length + 2] = places;
            LAST_INPUTS.set(keep);
        }

        boolean hasGeometry = f.hasPoint || f.geometry != null;
        if (f.geometryProblem != null) return c.fail("invalid geometry: " + f.geometryProblem);
        if (kind == Kind.PLACE && !f.hasPoint) return c.fail("a place needs Point geometry");
        if (kind == Kind.CORRIDOR && !(f.geometry instanceof Lineal)) return c.fail("a corridor needs LineString or MultiLineString geometry");
        boolean schematic = Boolean.TRUE.equals(v[SCHEMATIC]), ongoing = Boolean.TRUE.equals(v[ONGOING]);
        if (ongoing && end != 0) return c.fail("is 'ongoing' but has an end");

        row.id = id;
        row.kind = kind;
        row.title = title.trim();
        String summary = asText(v[SUMMARY]);
        row.summary = summary == null || summary.isEmpty() ? null : summary;
        row.category = category == null ? -1 : category.ordinal();
        row.start = start;
        row.end = end;
        row.line = f.line;
        row.flags = (byte) ((schematic ? Columns.SCHEMATIC : 0) | (ongoing ? Columns.ONGOING : 0)
                | (related.isEmpty() && places.isEmpty() ? 0 : Columns.HAS_LINKS));
        row.stages = stages;
        row.places = places.isEmpty() ? null : places.toArray(String[]::new);
        row.detail = detailText;
        if (!hasGeometry) return true;
        return Geometries.place(f, row, c.problems, file, id);
    }

    /** The last feature's detail inputs (nested values by identity, texts by value), then its detail text and links. */
    private static final ThreadLocal<Object[]> LAST_INPUTS = ThreadLocal.withInitial(() -> new Object[0]);

    private static boolean sameInputs(Object[] last, Object[] inputs) {
        if (last.length < inputs.length) return false;
        for (int i = 0; i < 5; i++) if (last[i] != inputs[i]) return false;
        for (int i = 5; i < inputs.length; i++) if (!java.util.Objects.equals(last[i], inputs[i])) return false;
        return true;
    }

    /** Generated and exported data repeat the same details row after row: serialise each distinct one once. */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

    private static String text(JsonObject detail) {
        Object[] last = LAST.get();
        if (detail.equals(last[0])) return (String) last[1];
        String t = detail.toString();
        last[0] = detail;
        last[1] = t;
        return t;
    }

    private static int[] stages(Object v, int start, Check c, JsonObject detail) {
        List<JsonObject> list = objects(v);
        if (list.isEmpty()) return null;
        List<int[]> pairs = new ArrayList<>();
        for (JsonObject s : list) {
            String key = str(s, "stage");
            Stage st = Stage.byKey(key);
            if (st == null) {
                c.fail("unknown stage '" + Texts.clip(key) + "' (expected agreed, construction, operating, suspended or ended)");
                return null;
            }
            int d = c.date(str(s, "start"), "start");
            if (c.failed) return null;
            if (d == 0) {
                c.fail("stage '" + st.key() + "' has no start");
                return null;
            }
            if (start != 0 && PartialDate.lastDayOfPacked(d) < PartialDate.firstDayOfPacked(start)) {
                c.fail("stage '" + st.key() + "' starts before the item");
                return null;
            }
            pairs.add(new int[] {d, st.ordinal()});
        }
        pairs.sort((a, b) -> PartialDate.unpack(a[0]).compareTo(PartialDate.unpack(b[0])));
        int[] out = new int[pairs.size() * 2];
        for (int i = 0; i < pairs.size(); i++) {
            out[2 * i] = pairs.get(i)[0];
            out[2 * i + 1] = pairs.get(i)[1];
        }
        return out;
    }

    private static boolean sources(Object v, Check c, JsonObject detail) {
        JsonArray out = new JsonArray();
        for (JsonObject s : objects(v)) {
            String t = str(s, "title"), url = str(s, "url");
            if (t == null || t.isBlank()) return c.fail("a source has no title");
            if (url != null && !url.isBlank() && !(url.startsWith("http://") || url.startsWith("https://"))) {
                return c.fail("source url '" + Texts.clip(url) + "' is not an http or https address");
            }
            out.add(s);
        }
        if (out.isEmpty()) return c.fail("no sources: every item must say where it comes from");
        detail.add("sources", out);
        return true;
    }

    /** Collects the problems of one item; {@link #fail} marks it unusable. */
    static final class Check {
        final String file, id;
        final int line;
        final List<Problem> problems;
        boolean failed;

        Check(String file, String id, int line, List<Problem> problems) {
            this.file = file;
            this.id = id;
            this.line = line;
            this.problems = problems;
        }

        boolean fail(String message) {
            problems.add(new Problem(file, Texts.clip(id), line, message + "; the item is skipped"));
            failed = true;
            return false;
        }

        /** A packed date, 0 when absent; a bad one fails the item. */
        int date(String s, String key) {
            if (s == null) return 0;
            int p = PartialDate.parsePacked(s);
            if (p > 0) return p;
            try {
                return PartialDate.parse(s).packed();
            } catch (IllegalArgumentException e) {
                fail("bad " + key + " date: " + Texts.clip(e.getMessage()));
                return 0;
            }
        }
    }

    static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
    }

    static List<JsonObject> objects(Object v) {
        if (!(v instanceof JsonArray)) return List.of();
        List<JsonObject> out = new ArrayList<>();
        if (v instanceof JsonArray a) for (JsonElement x : a) if (x.isJsonObject()) out.add(x.getAsJsonObject());
        return out;
    }

    static List<String> strings(Object v) {
        if (!(v instanceof JsonArray)) return List.of();
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (v instanceof JsonArray a) for (JsonElement x : a) if (x.isJsonPrimitive()) out.add(x.getAsString());
        return new ArrayList<>(out);
    }

    private static JsonArray array(List<String> xs) {
        JsonArray a = new JsonArray();
        xs.forEach(a::add);
        return a;
    }
}
