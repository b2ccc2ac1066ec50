package atlas.style;

import atlas.story.Category;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * The colours the canvases draw with, as read from the stylesheet (see {@link StyledPane}).
 * Keys are the CSS property names without the leading dash, e.g. {@code map-land}.
 */
public final class Palette {
    private final Map<String, Color> colors;

    Palette(Map<String, Color> colors) {
        this.colors = Map.copyOf(colors);
    }

    public Color get(String key) {
        Color c = colors.get(key);
        return c == null ? Color.MAGENTA : c;
    }

    /** Symbol colour of the {@code n}-th user layer (the palette has six; they repeat). */
    public Color layer(int n) {
        return get("map-layer-" + Math.floorMod(n, 6));
    }

    public Color category(Category c) {
        return c == null ? get("map-place") : get("cat-" + c.key());
    }
}
