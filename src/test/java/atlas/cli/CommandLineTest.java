package atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import atlas.geo.Projection;
import atlas.state.AtlasState;
import atlas.story.AtlasQuery;
import atlas.story.StoryItem;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render and query commands, run as a user runs them, with their output read back. */
public class CommandLineTest {
    /** Exit code and the two streams of one run of the command line in this JVM. */
    public record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    /** Runs the command line in this JVM, capturing its output (shared by the other command tests). */
    public static synchronized Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = AtlasCommand.run(args, d -> {
                throw new AssertionError("no window in tests");
            });
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void renderWritesAPictureOfTheAskedSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("map.png");
        Run r = run("render", "--date", "2015-06-01", "--out", png.toString(), "--size", "800x500", "--trail-months", "0");
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(500, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < 500; y += 3) for (int x = 0; x < 800; x += 3) colours.add(img.getRGB(x, y));
        assertTrue(colours.size() > 50, "a real map, not a blank: " + colours.size() + " colours");
        // Belarus is drawn in its own colour (-map-belarus #f6d28b) where Belarus is (small at this size, under
        // Minsk's label and markers in part: some of its pixels within a few of its centre).
        double[] c = Projection.eurasia().forward(28.0, 53.5);
        int[] at = screenOf(c, 800, 500);
        int belarus = 0;
        for (int y = at[1] - 12; y <= at[1] + 12; y++) for (int x = at[0] - 12; x <= at[0] + 12; x++) if ((img.getRGB(x, y) & 0xffffff) == 0xf6d28b) belarus++;
        assertTrue(belarus >= 20, belarus + " pixels of Belarus's colour round its centre");
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }

    /** A picture too small for the key leaves it out and says so; a larger one has it (China's swatch: China is off the Belarus view). */
    @Test
    void aSmallPictureLeavesTheKeyOut(@TempDir Path dir) throws Exception {
        for (String size : new String[] {"480x360", "800x500"}) {
            Path png = dir.resolve(size + ".png");
            Run r = run("render", "--view", "belarus", "--size", size, "--out", png.toString());
            assertEquals(0, r.code(), r.err());
            BufferedImage img = ImageIO.read(png.toFile());
            int swatch = 0;
            for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xffffff) == 0xf3b3a6) swatch++;
            boolean small = size.equals("480x360");
            assertEquals(small, r.err().contains("the key is left out"), r.err());
            assertTrue(small ? swatch == 0 : swatch > 50, size + ": " + swatch + " pixels of China's swatch");
        }
    }

    /** Where projected point {@code xy} is in a render of the default (Eurasia) view of w × h. */
    private static int[] screenOf(double[] xy, int w, int h) {
        AtlasState s = FxTestSupport.onFx(() -> new AtlasState(FxTestSupport.data().story()));
        FxTestSupport.onFx(() -> atlas.map.MapExport.offscreen(s, FxTestSupport.data().geo(), w, h));
        var v = s.viewportProperty().get();
        return new int[] {(int) Math.round(v.toScreenX(xy[0])), (int) Math.round(v.toScreenY(xy[1]))};
    }

    @Test
    void renderRejectsABadDateInOneLine(@TempDir Path dir) {
        Run r = run("render", "--date", "2015-13-01", "--out", dir.resolve("x.png").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("'2015-13-01' is not a date"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void renderRejectsAnUnknownOptionAndABadSize(@TempDir Path dir) {
        Run r = run("render", "--colour", "red", "--out", dir.resolve("x.png").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--colour"), r.err());
        Run s = run("render", "--size", "big", "--out", dir.resolve("x.png").toString());
        assertEquals(2, s.code());
        assertTrue(s.err().contains("'big' is not a size"), s.err());
    }

    @Test
    void helpExplainsEveryOption() {
        Run r = run("render", "--help");
        assertEquals(0, r.code());
        for (String opt : new String[] {"--date", "--from", "--to", "--out", "--size", "--view", "--data", "--trail-months"}) {
            assertTrue(r.out().contains(opt), opt + " in " + r.out());
        }
    }

    private static JsonObject query(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "query";
        System.arraycopy(args, 0, all, 1, args.length);
        Run r = run(all);
        assertEquals(0, r.code(), r.err());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    private static JsonObject item(JsonObject q, String id) {
        for (JsonElement e : q.getAsJsonArray("items")) if (e.getAsJsonObject().get("id").getAsString().equals(id)) return e.getAsJsonObject();
        return null;
    }

    @Test
    void queryOnADayShowsWhatExistsThen() {
        JsonObject q2010 = query("--date", "2010-06-01");
        assertEquals("2010-06-01", q2010.get("from").getAsString());
        assertNull(item(q2010, "great-stone"), "no Great Stone before 2011");
        JsonObject q2016 = query("--date", "2016-06-01");
        JsonObject gs = item(q2016, "great-stone");
        assertEquals("project", gs.get("kind").getAsString());
        assertEquals("construction", gs.get("stage").getAsString());
        assertEquals("2011-09-18", gs.get("start").getAsString());
        assertTrue(gs.get("end").isJsonNull());
        JsonObject border = item(q2016, "border-BLR-POL");
        assertEquals("border", border.get("kind").getAsString());
        JsonArray between = border.getAsJsonArray("between");
        assertEquals(List.of("BLR", "POL"), List.of(between.get(0).getAsString(), between.get(1).getAsString()));
        assertEquals("2004-05-01", border.get("start").getAsString());
        assertEquals("country", item(q2016, "country-BLR").get("kind").getAsString());
        assertNull(item(query("--date", "2003-06-01"), "border-BLR-POL"), "no Belarus segment before 2004");
    }

    @Test
    void queryOverARangeMatchesTheWindowsDefinition() {
        JsonObject q = query("--from", "2013-01-01", "--to", "2016-12-31", "--kind", "event,project,place,corridor");
        Set<String> cli = new HashSet<>();
        for (JsonElement e : q.getAsJsonArray("items")) cli.add(e.getAsJsonObject().get("id").getAsString());
        AtlasState.TimeWindow w = new AtlasState.TimeWindow(LocalDate.of(2013, 1, 1), LocalDate.of(2016, 12, 31), LocalDate.of(2016, 12, 31), true);
        Set<String> ui = new HashSet<>();
        for (StoryItem it : AtlasState.shown(FxTestSupport.data().story(), w, AtlasQuery.Filter.ALL)) ui.add(it.id());
        assertEquals(ui, cli);
        assertTrue(cli.contains("ev-2015-directive-5") && cli.contains("ev-2013-bri-astana"));
        assertFalse(cli.contains("ev-2020-election"));
        // A year-precision item (2016) overlaps the range; one of 2018 does not.
        assertTrue(cli.contains("ev-2016-export-strategy"));
        assertFalse(cli.contains("ev-2018-great-stone-1bn"));
    }

    @Test
    void queryOnADayListsWhatTheWindowListsThatDay() {
        // The window on 4 December 2023 (its default of 12 trailing months) lists the consulate opened in May 2023.
        JsonObject q = query("--date", "2023-12-04", "--kind", "event,project,place,corridor");
        assertEquals("2022-12-04", q.get("events_since").getAsString());
        Set<String> cli = new HashSet<>();
        for (JsonElement e : q.getAsJsonArray("items")) cli.add(e.getAsJsonObject().get("id").getAsString());
        AtlasState state = new AtlasState(FxTestSupport.data().story());
        state.dateProperty().set(LocalDate.of(2023, 12, 4));
        Set<String> ui = new HashSet<>();
        for (StoryItem it : AtlasState.shown(FxTestSupport.data().story(), state.window(), AtlasQuery.Filter.ALL)) ui.add(it.id());
        assertEquals(ui, cli);
        JsonObject onTheDay = query("--date", "2023-12-04", "--kind", "event", "--trail-months", "0");
        Set<String> day = new HashSet<>();
        for (JsonElement e : onTheDay.getAsJsonArray("items")) day.add(e.getAsJsonObject().get("id").getAsString());
        assertTrue(cli.containsAll(day) && cli.size() > day.size(), "the trailing months add events: " + day.size() + " of " + cli.size());
        for (String id : cli) {
            if (day.contains(id) || !id.startsWith("ev-")) continue;
            JsonObject it = item(q, id);
            String last = it.get("end").isJsonNull() ? it.get("start").getAsString() : it.get("end").getAsString();
            // A partial date covers its whole year or month.
            if (last.length() == 4) last += "-12-31";
            else if (last.length() == 7) last += "-31";
            assertTrue(last.compareTo("2022-12-04") >= 0, id + " ends within the trailing year: " + last);
        }
    }

    @Test
    void queryFiltersByCategoryAndKind() {
        JsonObject q = query("--date", "2021-06-24", "--category", "sanctions-conflict", "--kind", "event");
        for (JsonElement e : q.getAsJsonArray("items")) {
            assertEquals("event", e.getAsJsonObject().get("kind").getAsString());
            assertEquals("sanctions-conflict", e.getAsJsonObject().get("category").getAsString());
        }
        assertTrue(item(q, "ev-2021-eu-sectoral") != null);
        assertTrue(item(q, "ev-2020-eu-sanctions-1") != null, "sanctions still in force show");
    }

    @Test
    void queryRejectsBadInputInOneLine() {
        Run r = run("query", "--date", "2016-02-30");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'2016-02-30'"), r.err());
        Run k = run("query", "--date", "2016-02-03", "--kind", "river");
        assertEquals(2, k.code());
        assertTrue(k.err().contains("unknown --kind 'river'"), k.err());
        Run both = run("query", "--date", "2016-02-03", "--from", "2016-01-01", "--to", "2016-03-01");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("either --date or --from/--to"), both.err());
    }

    @Test
    void queryTakesAnotherDataset(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":\"mine\",\"kind\":\"event\","
                + "\"title\":\"My event\",\"start\":\"2019-05\",\"category\":\"logistics\",\"sources\":[{\"title\":\"My notes\"}]},\"geometry\":null},"
                + "{\"type\":\"Feature\",\"properties\":{\"id\":\"broken\",\"kind\":\"event\",\"title\":\"B\",\"start\":\"2019-13\",\"category\":\"logistics\",\"sources\":[{\"title\":\"x\"}]},\"geometry\":null}]}");
        Run r = run("query", "--date", "2019-05-20", "--data", f.toString(), "--no-story", "--kind", "event");
        assertEquals(3, r.code(), "done, but an item was skipped: " + r.err());
        JsonObject q = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(1, q.getAsJsonArray("items").size());
        assertEquals("2019-05", item(q, "mine").get("start").getAsString());
        assertEquals("mine", item(q, "mine").get("layer").getAsString());
        assertTrue(r.err().contains("mine.geojson") && r.err().contains("item 'broken'") && r.err().contains("2019-13"), r.err());
        // With no --kind, --no-story lists the file's items alone, not the base map's countries and EU border segments.
        JsonObject alone = JsonParser.parseString(run("query", "--date", "2019-05-20", "--data", f.toString(), "--no-story").out()).getAsJsonObject();
        assertEquals(1, alone.getAsJsonArray("items").size(), alone.toString());
        JsonObject asked = JsonParser.parseString(run("query", "--date", "2019-05-20", "--data", f.toString(), "--no-story", "--kind", "event,country").out()).getAsJsonObject();
        assertTrue(asked.getAsJsonArray("items").size() > 100, "countries when asked for");
    }

    /** The bench command runs in CI at a small size so it cannot rot; its figures are read, never judged here. */
    @Test
    void benchPrintsOneJsonObjectWithEveryFigure() {
        Run r = run("bench", "--items", "3000", "--frames", "20");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(3000, o.get("items").getAsInt());
        for (String k : new String[] {"load_ms", "heap_mb"}) assertTrue(o.get(k).getAsDouble() > 0, k);
        for (String k : new String[] {"scrub_ms", "hit_ms"}) {
            JsonObject t = o.getAsJsonObject(k);
            assertTrue(t.get("p50").getAsDouble() <= t.get("p95").getAsDouble() && t.get("p95").getAsDouble() <= t.get("max").getAsDouble(), k + " " + t);
        }
        assertTrue(o.get("shown_max").getAsInt() > 0);
    }

    @Test
    void dataOpensBesideTheStoryAndAMissingFileIsAUsageError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("points.geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":1,\"properties\":{\"name\":\"Depot\",\"date\":\"2015-06-01\",\"type\":\"rail\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[27.5,53.9]}}]}");
        Run r = run("query", "--date", "2015-06-01", "--data", f.toString(), "--kind", "event");
        assertEquals(0, r.code(), r.err());
        JsonObject q = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonObject depot = item(q, "1");
        assertEquals("points", depot.get("layer").getAsString());
        assertEquals("Depot", depot.get("title").getAsString());
        assertEquals("rail", depot.get("category").getAsString());
        assertTrue(q.getAsJsonArray("items").size() > 1, "the story's events of that day are there too");
        Run missing = run("query", "--date", "2015-06-01", "--data", dir.resolve("nope.geojson").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void renderAndQueryNeverWriteOverTheirInput(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("points.geojson");
        String text = "{\"type\":\"FeatureCollection\",\"features\":[]}";
        Files.writeString(f, text);
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), f);
        for (String[] args : new String[][] {
                {"render", "--data", f.toString(), "--out", f.toString()},
                {"render", "--data", f.toString(), "--out", link.toString()},
                {"render", "--data", dir.toString(), "--out", f.toString()},
                {"query", "--data", f.toString(), "--out", f.toString(), "--format", "csv"}}) {
            Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("refusing to overwrite input data"), r.err());
            assertEquals(text, Files.readString(f), "the data file is untouched");
        }
    }

    @Test
    void anUnwritableOutSaysWhyWithoutTemporaryNames(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Run r = run("query", "--date", "2015-06-01", "--out", file.resolve("answer.json").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("cannot write --out") && r.err().contains("is a file, not a folder"), r.err());
        assertFalse(r.err().contains(".tmp"), r.err());
    }

    @Test
    void aDateOutsideTheYearsNamesTheOptionInRenderAndQueryAlike(@TempDir Path dir) {
        for (String cmd : new String[] {"render", "query"}) {
            Run r = run(cmd, "--date", "0000-01-01", "--out", dir.resolve("x." + (cmd.equals("render") ? "png" : "json")).toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("--date") && r.err().contains("'0000-01-01' is outside the years the atlas can show (1 to 9999)"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        Run far = run("query", "--from", "2015-01-01", "--to", "+10000-01-01");
        assertEquals(2, far.code());
        assertTrue(far.err().contains("--to"), far.err());
    }

    @Test
    void controlCharactersInArgumentsAreEscaped() {
        Run r = run("query", "--date", "2015\u001b[2J\nwarning: forged");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("2015\\u001b[2J\\u000awarning: forged"), r.err());
        assertTrue(r.err().chars().noneMatch(c -> c == 0x1b), r.err());
    }

    @Test
    void anUnexpectedFaultIsOneLineAndItsTraceGoesToTheLog(@TempDir Path dir) throws Exception {
        String old = System.getProperty("atlas.config");
        System.setProperty("atlas.config", dir.toString());
        try {
            java.io.StringWriter err = new java.io.StringWriter();
            int code = AtlasCommand.fault(new java.util.concurrent.CompletionException(new NullPointerException("row was null")), new java.io.PrintWriter(err), "test");
            assertEquals(1, code);
            assertEquals(1, err.toString().strip().lines().count(), err.toString());
            Path log = dir.resolve("errors.log");
            assertTrue(err.toString().startsWith("error: unexpected failure (CompletionException: java.lang.NullPointerException: row was null)"), err.toString());
            assertTrue(err.toString().contains("the details are in " + log), err.toString());
            assertFalse(err.toString().contains("\tat "), err.toString());
            String logged = Files.readString(log);
            assertTrue(logged.contains("NullPointerException: row was null") && logged.contains("\tat "), logged);
            java.io.StringWriter oom = new java.io.StringWriter();
            assertEquals(2, AtlasCommand.fault(new java.util.concurrent.CompletionException(new OutOfMemoryError("Java heap space")), new java.io.PrintWriter(oom), "test"));
            assertTrue(oom.toString().startsWith("error: the atlas ran out of memory"), oom.toString());
        } finally {
            if (old == null) System.clearProperty("atlas.config");
            else System.setProperty("atlas.config", old);
        }
    }

    @Test
    void helpListsTheExitCodes() {
        for (String cmd : new String[] {"render", "query"}) {
            Run r = run(cmd, "--help");
            for (String code : new String[] {"0   everything loaded", "3   done, but some input was skipped", "2   a usage error", "1   an unexpected fault"}) {
                assertTrue(r.out().contains(code), code + " in " + r.out());
            }
        }
    }
}
