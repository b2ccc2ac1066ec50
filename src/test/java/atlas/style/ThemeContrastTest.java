package atlas.style;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * Every text and symbol reads in both themes: the colour pairs the stylesheets set (text on its panel,
 * labels on their halo, timeline marks on the track, placeholders on their field) are sampled from the
 * stylesheets themselves and held to WCAG contrast: 4.5:1 for text, 3:1 for symbols and lines. The EU's
 * fill must stand apart from the sea, and the timeline cursor from every category colour.
 */
class ThemeContrastTest {
    private static final Path LIGHT = Path.of("assets/styles/atlas.css"), DARK = Path.of("assets/styles/atlas-dark.css");

    /** The colours one theme gives: the canvas palette, plus the control colours the checks need. */
    private record Theme(String name, Map<String, Color> c) {
        Color get(String key) {
            Color v = c.get(key);
            if (v == null) throw new AssertionError(name + ": no colour " + key);
            return v;
        }
    }

    private static Map<String, String> block(String css, String selector) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile(Pattern.quote(selector) + "\\s*\\{([^}]*)}").matcher(css);
        while (m.find()) {
            for (String decl : m.group(1).split(";")) {
                int colon = decl.indexOf(':');
                if (colon < 0) continue;
                String k = decl.substring(0, colon).replaceAll("/\\*.*?\\*/", "").trim(), v = decl.substring(colon + 1).trim();
                if (k.startsWith("-")) out.put(k.substring(1), v);
            }
        }
        return out;
    }

    private static Theme theme(boolean dark) throws Exception {
        String light = Files.readString(LIGHT);
        Map<String, Color> c = new LinkedHashMap<>();
        block(light, ".map-view, .timeline-bar").forEach((k, v) -> c.put(k, Color.web(v)));
        // Modena's light defaults for the control colours the checks need.
        c.put("fx-background", Color.web("#f4f4f4"));
        c.put("fx-control-inner-background", Color.WHITE);
        c.put("fx-text-base-color", Color.web("#333333"));
        String[][] texts = {{".details-meta", "details-meta"}, {".details-disagreement", "details-disagreement"},
            {".schematic-note", "schematic-note"}, {".filter-chip.chip-off", "chip-off"}, {".filter-chip.chip-on", "chip-on"}};
        for (String[] t : texts) put(c, block(light, t[0]), "fx-text-fill", t[1]);
        put(c, block(light, ".filter-chip.chip-on"), "fx-background-color", "chip-on-background");
        put(c, block(light, ".text-input"), "fx-prompt-text-fill", "prompt");
        if (dark) {
            String d = Files.readString(DARK);
            block(d, ".map-view, .timeline-bar").forEach((k, v) -> c.put(k, Color.web(v)));
            Map<String, String> root = block(d, ".root");
            c.put("fx-background", Color.web(root.get("fx-background")));
            c.put("fx-control-inner-background", Color.web(root.get("fx-control-inner-background")));
            c.put("fx-text-base-color", Color.web("#f0f0f0")); // Modena's ladder picks white text on a dark base
            for (String[] t : texts) put(c, block(d, t[0]), "fx-text-fill", t[1]);
            put(c, block(d, ".filter-chip.chip-on"), "fx-background-color", "chip-on-background");
            put(c, block(d, ".text-input"), "fx-prompt-text-fill", "prompt");
        }
        return new Theme(dark ? "dark" : "light", c);
    }

    private static void put(Map<String, Color> c, Map<String, String> block, String prop, String key) {
        if (block.containsKey(prop)) c.put(key, Color.web(block.get(prop)));
    }

    /** {@code top} painted over {@code bottom} (alpha blended). */
    static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a), 1);
    }

    static double luminance(Color c) {
        double[] ch = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) ch[i] = ch[i] <= 0.03928 ? ch[i] / 12.92 : Math.pow((ch[i] + 0.055) / 1.055, 2.4);
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** CIE76 colour difference (Lab), for telling fills apart when contrast is not the point. */
    static double deltaE(Color a, Color b) {
        double[] x = lab(a), y = lab(b);
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }

    private static double[] lab(Color c) {
        double[] ch = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) ch[i] = ch[i] <= 0.04045 ? ch[i] / 12.92 : Math.pow((ch[i] + 0.055) / 1.055, 2.4);
        double x = (0.4124 * ch[0] + 0.3576 * ch[1] + 0.1805 * ch[2]) / 0.95047;
        double y = 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
        double z = (0.0193 * ch[0] + 0.1192 * ch[1] + 0.9505 * ch[2]) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static final String[] CATEGORIES = {"cat-diplomacy", "cat-economy-finance", "cat-industry", "cat-logistics", "cat-military", "cat-sanctions-conflict"};

    private static List<String> problems(Theme t) {
        List<String> bad = new ArrayList<>();
        java.util.function.BiConsumer<String, double[]> check = (what, r) -> {
            if (r[0] < r[1]) bad.add(String.format("%s: %s %.2f:1 < %.1f:1", t.name(), what, r[0], r[1]));
        };
        Color sea = t.get("map-sea"), land = t.get("map-land");
        for (Color under : new Color[] {sea, land, t.get("map-eu"), t.get("map-belarus")}) {
            Color panel = over(t.get("map-panel"), under);
            check.accept("map text on its panel over " + under, new double[] {contrast(t.get("map-text"), panel), 4.5});
            Color halo = over(t.get("map-label-halo"), under);
            check.accept("label on its halo over " + under, new double[] {contrast(t.get("map-label"), halo), 4.5});
            check.accept("place ring over " + under, new double[] {contrast(t.get("map-place"), under), 3});
        }
        Color track = t.get("timeline-bar");
        check.accept("cursor date on the timeline", new double[] {contrast(t.get("map-text"), track), 4.5});
        check.accept("year labels on the timeline", new double[] {contrast(t.get("timeline-tick"), track), 4.5});
        check.accept("timeline cursor", new double[] {contrast(t.get("timeline-cursor"), track), 3});
        for (String cat : CATEGORIES) {
            check.accept(cat + " mark on the timeline", new double[] {contrast(t.get(cat), track), 3});
            if (deltaE(t.get(cat), t.get("timeline-cursor")) < 30) bad.add(t.name() + ": the cursor looks like " + cat);
        }
        Color bg = t.get("fx-background");
        for (String k : new String[] {"details-meta", "details-disagreement", "schematic-note", "chip-off"}) {
            check.accept(k + " text", new double[] {contrast(t.get(k), bg), 4.5});
        }
        if (t.c().containsKey("chip-on")) check.accept("chip-on text", new double[] {contrast(t.get("chip-on"), t.get("chip-on-background")), 4.5});
        check.accept("search placeholder", new double[] {contrast(t.get("prompt"), t.get("fx-control-inner-background")), 4.5});
        if (deltaE(t.get("map-eu"), sea) < 10) bad.add(t.name() + ": the EU's fill is hard to tell from the sea (ΔE " + deltaE(t.get("map-eu"), sea) + ")");
        if (deltaE(t.get("map-eu"), land) < 8) bad.add(t.name() + ": the EU's fill is hard to tell from other land");
        return bad;
    }

    @Test
    void lightThemeReads() throws Exception {
        List<String> bad = problems(theme(false));
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void darkThemeReads() throws Exception {
        List<String> bad = problems(theme(true));
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    /** The check itself: the old EU fill (217,227,245) against the old sea (207,224,234) is what the reader could not tell apart. */
    @Test
    void theCheckCatchesWhatReadersReported() {
        assertTrue(deltaE(Color.rgb(217, 227, 245), Color.rgb(207, 224, 234)) < 10);
        assertTrue(contrast(Color.web("#b3b3b3"), Color.WHITE) < 4.5, "Modena's default placeholder grey fails");
        assertTrue(deltaE(Color.web("#d84315"), Color.web("#ef6c00")) < 30, "the old orange cursor beside the industry colour");
    }
}
