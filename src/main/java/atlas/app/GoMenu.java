package atlas.app;

import atlas.lang.Ui;
import atlas.state.Navigation;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Back and Forward along the items the reader went to (search, links, timeline marks, list rows):
 * a Go menu and Alt+← / Alt+→ anywhere in the window, before any control can take the arrow keys.
 */
final class GoMenu {
    private static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    private static final KeyCombination FORWARD = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);

    private GoMenu() {
    }

    static Menu of(Navigation nav) {
        MenuItem back = Ui.item(new MenuItem(), "menu.go.back");
        back.setId("go-back");
        back.setAccelerator(BACK);
        back.setOnAction(e -> nav.back());
        back.disableProperty().bind(nav.canGoBackProperty().not());
        MenuItem forward = Ui.item(new MenuItem(), "menu.go.forward");
        forward.setId("go-forward");
        forward.setAccelerator(FORWARD);
        forward.setOnAction(e -> nav.forward());
        forward.disableProperty().bind(nav.canGoForwardProperty().not());
        return Ui.item(new Menu("", null, back, forward), "menu.go");
    }

    /** Alt+←/→ go back and forward wherever the focus is (the time bar would otherwise take ←/→). */
    static void install(Scene scene, Navigation nav) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (BACK.match(e)) {
                nav.back();
                e.consume();
            } else if (FORWARD.match(e)) {
                nav.forward();
                e.consume();
            }
        });
    }
}
