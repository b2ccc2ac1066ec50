package atlas.app;

import static atlas.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import atlas.anim.Step;
import atlas.state.AtlasState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Export animation…: progress while it runs; Cancel stops it and leaves no file. */
class AnimationDialogTest {
    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @Test
    void cancelStopsTheExportAndLeavesNoFile(@TempDir Path dir) throws Exception {
        AtlasState state = onFx(() -> new AtlasState(FxTestSupport.data().story()));
        AnimationDialog d = onFx(() -> {
            AnimationDialog dialog = new AnimationDialog(null, state, FxTestSupport.data().geo());
            dialog.from.setValue(LocalDate.of(1995, 1, 1));
            dialog.to.setValue(LocalDate.of(2023, 12, 31));
            dialog.step.setValue(Step.WEEK);
            dialog.width.getValueFactory().setValue(400);
            dialog.height.getValueFactory().setValue(300);
            dialog.show();
            return dialog;
        });
        assertTrue(onFx(() -> d.summary.getText()).startsWith("1514 frames"), onFx(() -> d.summary.getText()));
        Path out = dir.resolve("long.gif");
        Task<Void> task = onFx(() -> d.start(out));
        waitFor(() -> onFx(() -> d.progress.getProgress() > 0), "a frame is written");
        assertTrue(onFx(() -> d.status.getText()).startsWith("Frame "), onFx(() -> d.status.getText()));
        onFx(() -> {
            d.cancel.fire();
            return null;
        });
        waitFor(() -> onFx(() -> task.isDone() && d.status.getText().startsWith("Cancelled")), "the export stops");
        assertFalse(Files.exists(out), "no file after Cancel");
        try (var s = Files.list(dir)) {
            assertEquals(List.of(), s.toList(), "no temporary file either");
        }
        onFx(() -> {
            d.close();
            return null;
        });
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting until " + what);
            Thread.sleep(50);
        }
    }
}
