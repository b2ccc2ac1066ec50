package atlas.cli;

import atlas.map.NamedView;
import atlas.state.Viewport;

/** Named views for commands and tests; the names and rectangles are {@link NamedView}'s, shared with the window. */
public final class Views {
    private Views() {
    }

    public static Viewport belarus(Viewport v) {
        return NamedView.BELARUS.apply(v, null);
    }
}
