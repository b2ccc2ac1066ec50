package atlas.app;

import javafx.stage.Stage;

/**
 * The smallest window in which every control still works and reads (the filters wrap onto two rows,
 * the list keeps its date column, the map its buttons): {@value #MIN_WIDTH} × {@value #MIN_HEIGHT}.
 * The stage is asked to keep to it, and held to it where the platform lets a program shrink it further.
 */
final class WindowLimits {
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 600;

    private WindowLimits() {
    }

    static void apply(Stage stage) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.widthProperty().addListener((o, a, w) -> {
            if (w.doubleValue() < MIN_WIDTH && !stage.isIconified()) stage.setWidth(MIN_WIDTH);
        });
        stage.heightProperty().addListener((o, a, h) -> {
            if (h.doubleValue() < MIN_HEIGHT && !stage.isIconified()) stage.setHeight(MIN_HEIGHT);
        });
        if (stage.getWidth() < MIN_WIDTH) stage.setWidth(MIN_WIDTH);
        if (stage.getHeight() < MIN_HEIGHT) stage.setHeight(MIN_HEIGHT);
    }
}
