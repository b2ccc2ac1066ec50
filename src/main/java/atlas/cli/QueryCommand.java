package atlas.cli;

import atlas.export.ExportFormat;
import atlas.export.Exporter;
import atlas.io.AtomicFiles;
import atlas.story.AtlasData;
import atlas.story.AtlasQuery;
import atlas.story.Category;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code query}: prints, as one JSON object, what the atlas shows for a date or a range; or exports those
 * items as GeoJSON, CSV or GeoPackage ({@code --format}, {@code --out}).
 */
@Command(name = "query", mixinStandardHelpOptions = true, exitCodeListHeading = AtlasCommand.EXIT_CODES_HEADING, exitCodeList = {
        "0:everything loaded and done", "3:done, but some input was skipped (each problem is one 'warning:' line on stderr)",
        "2:a usage error, or nothing could be loaded from a --data path (missing, empty, unreadable, too large)",
        "1:an unexpected fault of the atlas (one 'error:' line names the log file with the details)"},
        description = "Print as JSON what the atlas shows on a date (with the window's trailing months of events) or over a range (same rule as the window), "
                + "or export those items as GeoJSON, CSV or GeoPackage.")
public final class QueryCommand implements Callable<Integer> {
    static final Set<String> KINDS = Set.of("event", "project", "place", "corridor", "country", "border");

    @Mixin
    DateOptions time;

    @Option(names = "--category", split = ",", description = "Only these categories (comma-separated): diplomacy, economy-finance, industry, logistics, military, sanctions-conflict.")
    List<String> categories;

    @Option(names = "--kind", split = ",", description = "Only these kinds (comma-separated): event, project, place, corridor, country, border.")
    List<String> kinds;

    @Option(names = "--trail-months", defaultValue = "12", description = "With --date (or no date: today): months before the day whose events are still listed, "
            + "as the window and render show them fading (default ${DEFAULT-VALUE}; 0: only events on the day). A range lists what overlaps it.")
    int trailMonths;

    @Option(names = "--text", description = "Only story items whose title or summary contains this text.")
    String text;

    @Mixin
    DataOptions data = new DataOptions();

    @Mixin
    LangOption lang = new LangOption();

    @Option(names = "--format", defaultValue = "json", description = "json (the default: the answer as one JSON object), or the items themselves as "
            + "geojson (the atlas's story format), csv, or gpkg (GeoPackage; needs --out).")
    String format;

    @Option(names = "--out", description = "Write to this file (atomically) instead of standard output. Never one of the --data files.")
    Path out;

    @Override
    public Integer call() {
        ExportFormat export = format.trim().equalsIgnoreCase("json") ? null : ExportFormat.byName(format);
        if (export == null && !format.trim().equalsIgnoreCase("json")) {
            throw new IllegalArgumentException("--format must be json, geojson, csv or gpkg, not '" + atlas.io.Texts.clip(format) + "'");
        }
        if (export == ExportFormat.GPKG && out == null) throw new IllegalArgumentException("--format gpkg writes a database file: give --out FILE.gpkg");
        if (out != null) data.refuseOverwrite(out);
        LocalDate[] w = time.window(LocalDate.now());
        Set<Category> cats = null;
        if (categories != null) {
            cats = EnumSet.noneOf(Category.class);
            for (String c : categories) {
                Category cat = Category.byKey(c.trim());
                if (cat == null) throw new IllegalArgumentException("unknown --category '" + atlas.io.Texts.clip(c) + "' (expected one of " + Category.keys() + ")");
                cats.add(cat);
            }
        }
        Set<String> ks = null;
        if (kinds != null) {
            ks = new LinkedHashSet<>();
            for (String k : kinds) {
                if (!KINDS.contains(k.trim())) throw new IllegalArgumentException("unknown --kind '" + atlas.io.Texts.clip(k) + "' (expected event, project, place, corridor, country or border)");
                ks.add(k.trim());
            }
        }
        // With the story left out and no kinds asked for, the --data layers alone: not the base map's countries and EU
        // border segments (a teacher asking what is in her file got some 170 of them around her 8 rows).
        if (ks == null && data.noStory) ks = new LinkedHashSet<>(List.of("event", "project", "place", "corridor"));
        AtlasData d = AtlasData.load(data.spec(null));
        DataOptions.report(d);
        int code = d.problems().isEmpty() ? 0 : 3;
        AtlasQuery.Filter filter = new AtlasQuery.Filter(cats, ks, text);
        // The window's rule: on a day, events of the trailing months, and what exists on the day.
        int[] items = time.isRange() ? AtlasQuery.rowsIn(d.story().store(), w[0], w[1], filter)
                : atlas.state.AtlasState.shownRows(d.story(), new atlas.state.AtlasState.TimeWindow(w[0].minusMonths(Math.max(0, trailMonths)), w[0], w[0], false), filter);
        if (export != null) {
            try {
                if (out == null) Exporter.write(d.story().store(), items, export, System.out);
                else Exporter.write(d.story().store(), items, export, out);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(DataOptions.cannotWrite(out, e));
            }
            if (out != null) System.err.println(atlas.io.Texts.line("wrote " + items.length + " items to " + out));
            return code;
        }
        atlas.lang.Language language = lang.lang == null ? null : lang.language();
        List<AtlasQuery.Row> rows = AtlasQuery.rows(d.story(), d.geo(), items, w[0], w[1], filter);
        JsonObject result = new JsonObject();
        result.addProperty("from", w[0].toString());
        result.addProperty("to", w[1].toString());
        if (!time.isRange()) result.addProperty("events_since", w[0].minusMonths(Math.max(0, trailMonths)).toString());
        JsonArray list = new JsonArray();
        for (AtlasQuery.Row r : rows) {
            JsonObject o = new JsonObject();
            o.addProperty("id", r.id());
            o.addProperty("kind", r.kind());
            o.addProperty("title", r.title());
            o.addProperty("start", r.start());
            o.addProperty("end", r.end());
            o.addProperty("category", r.category());
            o.addProperty("stage", r.stage());
            o.addProperty("layer", r.layer());
            if (language != null) {
                o.addProperty("name", localName(d, r, language));
                o.addProperty("date_text", r.start() == null ? null : atlas.lang.DateText.range(atlas.story.PartialDate.parse(r.start()),
                        r.end() == null ? null : atlas.story.PartialDate.parse(r.end()), language));
            }
            if (r.between() != null && r.kind().equals("border")) {
                JsonArray b = new JsonArray();
                r.between().forEach(b::add);
                o.add("between", b);
            } else {
                o.add("between", null);
            }
            list.add(o);
        }
        result.add("items", list);
        String json = new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create().toJson(result);
        if (this.out == null) {
            System.out.println(json);
        } else {
            try {
                AtomicFiles.write(this.out, o -> o.write((json + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(DataOptions.cannotWrite(this.out, e));
            }
        }
        return code;
    }

    /** The row's name in {@code l}: a place's {@code name_xx}, a country's CLDR name, else its title. */
    private static String localName(AtlasData d, AtlasQuery.Row r, atlas.lang.Language l) {
        if (r.kind().equals("country") && r.between() != null && !r.between().isEmpty()) return atlas.lang.Names.country(r.between().get(0), r.title(), l);
        var store = d.story().store();
        int row = store.find(r.layer() == null || r.layer().equals(atlas.story.Layer.STORY) ? r.id() : r.layer() + "/" + r.id());
        return row < 0 ? r.title() : store.title(row, l.code());
    }
}
