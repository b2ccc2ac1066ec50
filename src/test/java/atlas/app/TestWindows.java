package atlas.app;

import atlas.FxTestSupport;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The main window on the embedded data, set up as {@link AtlasApp} sets it up, for the TestFX tests. */
final class TestWindows {
    private TestWindows() {
    }

    /** Shows the window in {@code stage} at {@code width}×{@code height}: stylesheet, shortcuts, minimum size. */
    static MainWindow show(Stage stage, double width, double height) {
        return show(stage, width, height, w -> { });
    }

    /** As above, with {@code beforeShow} done to the window first (as {@link AtlasApp} does before it puts it in the scene). */
    static MainWindow show(Stage stage, double width, double height, java.util.function.Consumer<MainWindow> beforeShow) {
        MainWindow window = new MainWindow(FxTestSupport.data(), null);
        beforeShow.accept(window);
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(MainWindow.stylesheet());
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // the stage is shared by the test classes: a size one test gave it is not the next one's
        WindowLimits.apply(stage);
        stage.show();
        return window;
    }

    /** The entry of the open stack chooser whose item is {@code title}, or null (where symbols stack, a click opens it and selects nothing). */
    static javafx.scene.control.MenuItem chooserEntry(String title) {
        return FxTestSupport.onFx(() -> {
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                if (!(w instanceof javafx.scene.control.ContextMenu c) || !"stack-chooser".equals(c.getId()) || !c.isShowing()) continue;
                for (javafx.scene.control.MenuItem m : c.getItems()) {
                    if (m.getText() != null && m.getText().trim().replaceFirst("^✓ ", "").startsWith(title + " ·")) return m;
                }
            }
            return null;
        });
    }
}
