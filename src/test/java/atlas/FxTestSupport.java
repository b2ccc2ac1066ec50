package atlas;

import atlas.story.AtlasData;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
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
        if (data == null) data = AtlasData.load(null);
        return data;
    }

    public static <T> T onFx(Supplier<T> task) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error er) throw er;
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
