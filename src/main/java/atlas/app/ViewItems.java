package atlas.app;

import atlas.lang.Ui;
import atlas.map.MapView;
import atlas.map.NamedView;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The View menu's one-click views (the same as the buttons on the map and {@code render --view}): Ctrl+1 … Ctrl+4. */
final class ViewItems {
    private static final KeyCode[] KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};

    private ViewItems() {
    }

    static List<MenuItem> of(MapView map) {
        List<MenuItem> out = new ArrayList<>();
        NamedView[] views = NamedView.values();
        for (int i = 0; i < views.length; i++) {
            NamedView nv = views[i];
            MenuItem m = Ui.item(new MenuItem(), "view." + nv.key());
            m.setId("menu-view-" + nv.key());
            if (i < KEYS.length) m.setAccelerator(new KeyCodeCombination(KEYS[i], KeyCombination.SHORTCUT_DOWN));
            m.setOnAction(e -> map.showView(nv));
            out.add(m);
        }
        return out;
    }
}
