package atlas.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * A user's layer is told apart by its colour: in the light and the dark theme, each of the six stands apart (CIE76 ΔE
 * in Lab) from every colour the map gives a meaning of its own, and from the other layers. A teacher's second layer
 * was drawn in the crimson of Belarus's EU border, and the fifth was the orange of the selection.
 */
class PaletteTest {
    /** The colours that say something on the map: themes, EU borders, corridors, project stages, selection, places, fills. */
    private static final List<String> MEANINGS = List.of("cat-diplomacy", "cat-economy-finance", "cat-industry", "cat-logistics", "cat-military",
            "cat-sanctions-conflict", "map-eu-border", "map-eu-border-belarus", "map-corridor", "map-selected", "map-hover", "map-stage-agreed",
            "map-stage-construction", "map-stage-operating", "map-stage-suspended", "map-stage-ended", "map-place", "map-belarus", "map-china",
            "map-eu", "map-sea", "map-land");

    @Test
    void aUsersLayersStandApartFromWhatTheMapsColoursMeanAndFromEachOther() throws IOException {
        Map<String, Color> light = new LinkedHashMap<>();
        Palette defaults = StyledPane.defaults();
        for (String k : MEANINGS) light.put(k, defaults.get(k));
        for (int n = 0; n < 6; n++) light.put("map-layer-" + n, defaults.layer(n));
        Map<String, Color> sheet = colours("/assets/styles/atlas.css");
        for (int n = 0; n < 6; n++) assertEquals(defaults.layer(n), sheet.get("map-layer-" + n), "the stylesheet and the defaults agree on layer " + n);
        light.putAll(sheet);
        Map<String, Color> dark = new LinkedHashMap<>(light);
        dark.putAll(colours("/assets/styles/atlas-dark.css"));
        List<String> close = new ArrayList<>();
        close.addAll(tooClose("light", light));
        close.addAll(tooClose("dark", dark));
        assertTrue(close.isEmpty(), String.join("; ", close));
    }

    private static List<String> tooClose(String theme, Map<String, Color> p) {
        List<String> close = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            Color c = p.get("map-layer-" + n);
            for (String m : MEANINGS) if (deltaE(c, p.get(m)) < 20) close.add(theme + ": layer " + n + " " + c + " ~ " + m + " (" + Math.round(deltaE(c, p.get(m))) + ")");
            for (int k = n + 1; k < 6; k++) if (deltaE(c, p.get("map-layer-" + k)) < 25) close.add(theme + ": layer " + n + " ~ layer " + k);
        }
        return close;
    }

    /** The colours a stylesheet sets ({@code -map-land: #f2efe6;}), by name without the dash. */
    private static Map<String, Color> colours(String resource) throws IOException {
        Map<String, Color> out = new LinkedHashMap<>();
        try (InputStream in = PaletteTest.class.getResourceAsStream(resource)) {
            Matcher m = Pattern.compile("-([a-z][a-z0-9-]*):\\s*(#[0-9a-fA-F]{6,8})").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) out.put(m.group(1), Color.web(m.group(2)));
        }
        return out;
    }

    static double deltaE(Color a, Color b) {
        double[] x = lab(a), y = lab(b);
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }

    private static double[] lab(Color c) {
        double r = linear(c.getRed()), g = linear(c.getGreen()), b = linear(c.getBlue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, y = 0.2126 * r + 0.7152 * g + 0.0722 * b, z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
