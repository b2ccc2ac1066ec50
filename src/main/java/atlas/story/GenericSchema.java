package atlas.story;

import atlas.io.Problem;
import atlas.io.RawFeature;
import atlas.io.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Any other dataset, read through a {@link FieldMapping}: title, dates (first non-empty of the
 * fallbacks, at the precision written), category, id, and every attribute kept for the details. A row
 * without a usable date is kept and shown at every date (and counted, so the layer can say so, unless it
 * is a place). With a {@link #kindField}, each row's kind comes from it (event, project, place, corridor).
 */
final class GenericSchema {
    private final FieldMapping mapping;
    private final Map<String, Integer> categoryIndex = new HashMap<>();
    final List<String> categoryValues = new ArrayList<>();
    final List<int[]> categoryCounts = new ArrayList<>();
    int undated;
    /** Where the first few undated rows are ("line 7", "b.csv:3", or the item), for the layer's message. */
    final List<String> undatedAt = new ArrayList<>();
    static final int UNDATED_NAMED = 3;
    /** Put before a row number used as id, so rows of the files of one folder stay distinct ("b.json:3"). */
    String rowIdPrefix = "";
    /** The field whose value (event, project, place or corridor) gives each row its kind, or null: the mapping's kind for all. */
    final String kindField;
    /** A field holding the last day an item covers, empty while it runs on (the atlas's exports: end_date), or null. */
    final String openEndField;

    GenericSchema(FieldMapping mapping) {
        this(mapping, null, null);
    }

    GenericSchema(FieldMapping mapping, String kindField, String openEndField) {
        this.mapping = mapping;
        this.kindField = kindField;
        this.openEndField = openEndField;
    }

    FieldMapping mapping() {
        return mapping;
    }

    void toRow(String file, RawFeature f, Columns.Row row, List<Problem> problems) {
        String id = mapping.id() == null ? null : f.text(mapping.id());
        if (id == null || id.isBlank()) id = f.id;
        boolean numbered = id == null || id.isBlank();
        if (numbered) id = rowIdPrefix + (f.index + 1);
        String title = mapping.title() == null ? null : f.text(mapping.title());
        boolean titled = title != null && !title.isBlank();
        if (!titled) title = "Feature " + (f.index + 1);
        // Messages name the item as a reader knows it: by its id, or, with none in the data, by its title.
        String where = Texts.clip(numbered && titled ? title.trim() : id);
        int said = problems.size();
        int start = f.timeBegin != null ? date(file, f, where, "TimeSpan/TimeStamp", f.timeBegin, problems) : 0;
        if (start == 0) start = first(file, f, where, mapping.start(), problems);
        int end = f.timeEnd != null ? date(file, f, where, "TimeSpan end", f.timeEnd, problems) : 0;
        if (end == 0) end = first(file, f, where, mapping.end(), problems);
        if (start == 0 && end != 0) {
            start = end;
            end = 0;
        }
        if (end != 0 && PartialDate.lastDayOfPacked(end) < PartialDate.firstDayOfPacked(start)) {
            problems.add(new Problem(file, where, f.line, "end " + PartialDate.unpack(end).iso() + " is before start " + PartialDate.unpack(start).iso() + "; the end is ignored"));
            end = 0;
        }
        Kind kind = kindField == null ? null : Kind.byKey(f.text(kindField));
        if (kind == null) kind = mapping.kind() == null ? Kind.EVENT : mapping.kind();
        if (start == 0 && kind != Kind.PLACE) {
            if (problems.size() > said) {
                // Its date was refused and said so: that message says what follows too, and the count of rows with no
                // date at all does not count it again (a row with a bad date was one problem said twice).
                Problem p = problems.get(problems.size() - 1);
                problems.set(problems.size() - 1, new Problem(p.file(), p.itemId(), p.line(), p.message() + "; it is shown at every date"));
            } else if (++undated <= UNDATED_NAMED) {
                undatedAt.add(f.line <= 0 ? where : rowIdPrefix.isEmpty() ? "line " + f.line : atlas.io.DataSource.fileName(file) + ":" + f.line);
            }
        }
        row.id = id;
        row.title = title.trim();
        row.kind = kind;
        if (openEndField != null && kind == Kind.EVENT && start != 0 && end == 0) {
            String last = f.text(openEndField);
            if (last == null || last.isBlank()) row.flags |= Columns.ONGOING; // an event with no last day runs on
        }
        row.start = start;
        row.end = end;
        row.line = f.line;
        row.category = category(mapping.category() == null ? null : f.text(mapping.category()));
        row.detailOf = f; // its properties are the details, kept column-wise (DetailColumn)
        if (f.geometryProblem != null) problems.add(new Problem(file, where, f.line, "geometry not used: " + f.geometryProblem + "; the feature is kept without a place"));
        Geometries.place(f, row, problems, file, id);
    }

    private int first(String file, RawFeature f, String where, List<String> fields, List<Problem> problems) {
        for (String field : fields) {
            String v = f.text(field);
            if (v == null || v.isBlank()) continue;
            int d = date(file, f, where, field, v, problems);
            if (d != 0) return d;
        }
        return 0;
    }

    private int date(String file, RawFeature f, String where, String field, String v, List<Problem> problems) {
        try {
            return UserDates.parse(v, mapping.order());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file, where, f.line, "field '" + Texts.clip(field) + "': " + e.getMessage()));
            return 0;
        }
    }

    /** This schema's index for {@code value}, counting {@code n} more rows of it (merging a parallel reader's categories). */
    int merge(String value, int n) {
        Integer i = categoryIndex.get(value);
        if (i == null) {
            i = categoryValues.size();
            categoryIndex.put(value, i);
            categoryValues.add(value);
            categoryCounts.add(new int[1]);
        }
        categoryCounts.get(i)[0] += n;
        return i;
    }

    private static final int THEMES = Category.values().length;

    /** Local category index, offset past the six story themes (see {@link ItemStore}); -1 for none. */
    private int category(String value) {
        if (value == null || value.isBlank()) return -1;
        return THEMES + merge(value, 1);
    }

    /** All properties as one JSON object text (values as written), for the details' property table. */
    static String attributes(RawFeature f) {
        int room = 2;
        for (int i = 0; i < f.size(); i++) {
            room += f.key(i).length() + 4;
            room += f.value(i) instanceof String v ? v.length() + 2 : 8;
        }
        StringBuilder b = new StringBuilder(room + 8).append('{');
        for (int i = 0; i < f.size(); i++) {
            if (i > 0) b.append(',');
            quote(b, f.key(i)).append(':');
            Object v = f.value(i);
            if (v == null) b.append("null");
            else if (v instanceof String s) quote(b, s);
            else b.append(v);
        }
        return b.append('}').toString();
    }

    static StringBuilder quote(StringBuilder b, String s) {
        b.append('"');
        int plain = 0;
        while (plain < s.length()) {
            char c = s.charAt(plain);
            if (c < 0x20 || c == '"' || c == '\\') break;
            plain++;
        }
        if (plain == s.length()) return b.append(s).append('"'); // nothing to escape: the common case, in one copy
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"');
    }
}
