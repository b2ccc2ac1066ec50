package atlas;

import atlas.story.AtlasData;
import java.util.function.Supplier;
import org.testfx.api.FxToolkit;

/** Starts the JavaFX toolkit once for all tests (headless Monocle, set in the pom) and shares the loaded data. */
public final class FxTestSupport {
    private static AtlasData data;

    private FxTestSupport() {
    }

    public static void startToolkit() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized AtlasData data() {
        if (data == null) data = AtlasData.load();
        return data;
    }

    /**
     * The text a reader sees in {@code root}: every label, link, button, cell and (selectable) text
     * area under it, in layout order, one per line.
     */
    public static String texts(javafx.scene.Node root) {
        StringBuilder b = new StringBuilder();
        collect(root, b);
        return b.toString();
    }

    private static void collect(javafx.scene.Node n, StringBuilder b) {
        if (!n.isVisible()) return;
        String t = n instanceof javafx.scene.control.Labeled l ? l.getText()
                : n instanceof javafx.scene.control.TextInputControl c ? c.getText() : null;
        if (t != null && !t.isEmpty()) b.append(b.length() == 0 ? "" : "\n").append(t);
        if (n instanceof javafx.scene.Parent p) for (javafx.scene.Node c : p.getChildrenUnmodifiable()) collect(c, b);
    }

    /** Runs {@code task} on the JavaFX thread and returns its result. */
    public static <T> T onFx(Supplier<T> task) {
        return atlas.cli.HeadlessFx.call(task);
    }
}
