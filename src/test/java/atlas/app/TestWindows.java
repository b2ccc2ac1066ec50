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
        WindowLimits.apply(stage);
        stage.show();
        return window;
    }
}
