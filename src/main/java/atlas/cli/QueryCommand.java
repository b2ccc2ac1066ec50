package atlas.cli;

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

/** {@code query}: prints, as one JSON object, what the atlas shows for a date or a range. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Print as JSON what the atlas shows on a date or over a range (same rule as the window).")
public final class QueryCommand implements Callable<Integer> {
    static final Set<String> KINDS = Set.of("event", "project", "place", "corridor", "country", "border");

    @Mixin
    DateOptions time;

    @Option(names = "--category", split = ",", description = "Only these categories (comma-separated): diplomacy, economy-finance, industry, logistics, military, sanctions-conflict.")
    List<String> categories;

    @Option(names = "--kind", split = ",", description = "Only these kinds (comma-separated): event, project, place, corridor, country, border.")
    List<String> kinds;

    @Option(names = "--text", description = "Only story items whose title or summary contains this text.")
    String text;

    @Mixin
    DataOptions data = new DataOptions();

    @Override
    public Integer call() {
        LocalDate[] w = time.window(LocalDate.now());
        Set<Category> cats = null;
        if (categories != null) {
            cats = EnumSet.noneOf(Category.class);
            for (String c : categories) {
                Category cat = Category.byKey(c.trim());
                if (cat == null) throw new IllegalArgumentException("unknown --category '" + c + "' (expected one of " + Category.keys() + ")");
                cats.add(cat);
            }
        }
        Set<String> ks = null;
        if (kinds != null) {
            ks = new LinkedHashSet<>();
            for (String k : kinds) {
                if (!KINDS.contains(k.trim())) throw new IllegalArgumentException("unknown --kind '" + k + "' (expected event, project, place, corridor, country or border)");
                ks.add(k.trim());
            }
        }
        AtlasData d = AtlasData.load(data.spec(null));
        DataOptions.report(d);
        List<AtlasQuery.Row> rows = AtlasQuery.rows(d.story(), d.geo(), w[0], w[1], new AtlasQuery.Filter(cats, ks, text));
        JsonObject out = new JsonObject();
        out.addProperty("from", w[0].toString());
        out.addProperty("to", w[1].toString());
        JsonArray items = new JsonArray();
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
            if (r.between() != null && r.kind().equals("border")) {
                JsonArray b = new JsonArray();
                r.between().forEach(b::add);
                o.add("between", b);
            } else {
                o.add("between", null);
            }
            items.add(o);
        }
        out.add("items", items);
        System.out.println(new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create().toJson(out));
        return d.problems().isEmpty() ? 0 : 3;
    }
}
