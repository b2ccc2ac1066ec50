package atlas.map;

import atlas.lang.DateText;
import atlas.lang.Ui;
import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * Where items stack under the pointer (Minsk holds a place, events and projects), a click opens this
 * menu listing every one of them with its date (the click has selected the topmost); choosing one goes to it. The hover tooltip names
 * them too ({@link #summary}).
 */
final class StackChooser {
    /** Entries listed (more would not be read; the rest are counted). */
    static final int MAX_LISTED = 25;
    private final MapView map;
    private final AtlasState state;
    private final ContextMenu menu = new ContextMenu();

    StackChooser(MapView map, AtlasState state) {
        this.map = map;
        this.state = state;
        menu.setId("stack-chooser");
        menu.setAutoHide(true);
        // A click elsewhere closes the chooser and still does what it does (select, pan).
        menu.setConsumeAutoHidingEvents(false);
    }

    void show(List<Hit> stack, double screenX, double screenY) {
        menu.hide();
        menu.getItems().clear();
        MenuItem head = new MenuItem(Ui.t("stack.head", stack.size()));
        head.setDisable(true);
        menu.getItems().addAll(head, new SeparatorMenuItem());
        for (int i = 0; i < Math.min(MAX_LISTED, stack.size()); i++) {
            Hit h = stack.get(i);
            MenuItem m = new MenuItem((h.ref().equals(state.selectedProperty().get()) ? "✓ " : "    ") + line(h, state));
            m.getStyleClass().add("stack-entry");
            FeatureRef ref = h.ref();
            m.setOnAction(e -> state.navigation().goTo(ref));
            menu.getItems().add(m);
        }
        if (stack.size() > MAX_LISTED) {
            MenuItem more = new MenuItem(Ui.t("stack.more", stack.size() - MAX_LISTED));
            more.setDisable(true);
            menu.getItems().add(more);
        }
        menu.show(map.canvas(), screenX + 6, screenY + 6); // beside the pointer, so no entry starts out highlighted
    }

    /** "Title · date · kind", and the layer for an item of a user's layer (two layers may hold one item: an export re-opened). */
    static String line(Hit h, AtlasState state) {
        var store = state.story().store();
        int r = store.find(h.ref().id());
        if (r < 0) return h.label();
        String date = DateText.item(store.item(r));
        var layer = store.layers().get(store.layer(r));
        return h.label() + (date.isEmpty() ? "" : " · " + date) + " · " + Ui.kind(store.kind(r)) + (layer.embedded() ? "" : " · " + layer.name());
    }

    /** The tooltip over a stack: how many, the first few, and that a click lists them all. */
    static String summary(List<Hit> stack, AtlasState state) {
        StringBuilder b = new StringBuilder(Ui.t("stack.tip", stack.size()));
        for (int i = 0; i < Math.min(8, stack.size()); i++) b.append("\n• ").append(line(stack.get(i), state));
        if (stack.size() > 8) b.append("\n").append(Ui.t("stack.tip.more", stack.size() - 8));
        return b.toString();
    }
}
