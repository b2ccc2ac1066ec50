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

    /** Runs {@code task} on the JavaFX thread and returns its result. */
    public static <T> T onFx(Supplier<T> task) {
        return atlas.cli.HeadlessFx.call(task);
    }
}
