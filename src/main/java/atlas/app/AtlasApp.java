package atlas.app;

import atlas.story.AtlasData;
import java.lang.System.Logger.Level;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: loads the data, opens the main window. */
public final class AtlasApp extends Application {
    private static final System.Logger LOG = System.getLogger("atlas");
    private static volatile java.util.concurrent.CompletableFuture<AtlasData> pending;

    /**
     * Opens the window on the embedded story and the layers {@code data} names; returns when it closes.
     * The data starts loading on other threads before the toolkit starts, so the two overlap.
     */
    public static void launchWith(atlas.story.DataSpec data) {
        // A fault of the atlas on any thread (the JavaFX thread's included) is logged to a file with its
        // trace; the user's terminal gets one line saying where, never the trace.
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> LOG.log(Level.ERROR, atlas.io.Faults.outOfMemory(e)
                ? atlas.io.Faults.outOfMemoryMessage() : atlas.io.Faults.message("window, thread " + t.getName(), e)));
        pending = java.util.concurrent.CompletableFuture.supplyAsync(() -> AtlasData.load(data));
        Application.launch(AtlasApp.class);
    }

    @Override
    public void start(Stage stage) {
        AtlasData data;
        atlas.io.Problem failed = null;
        try {
            data = pending != null ? pending.join() : AtlasData.load();
        } catch (RuntimeException | Error e) {
            // Loading the layers named at start failed as a whole (each layer's own faults are caught where it is
            // read): open on the embedded data rather than not at all, and say why in the banner.
            String why = atlas.io.Faults.outOfMemory(e) ? atlas.io.Faults.outOfMemoryMessage() : atlas.io.Faults.message("window start", e);
            LOG.log(Level.ERROR, why);
            failed = new atlas.io.Problem("(the data given at start)", null, 0, "not loaded: " + why);
            data = AtlasData.load();
        }
        data.problems().forEach(p -> LOG.log(Level.WARNING, p.toString()));
        MainWindow window = new MainWindow(data, getHostServices());
        if (failed != null) window.state().problems().add(failed);
        java.util.List<String> warnings = new java.util.ArrayList<>();
        java.nio.file.Path settingsFile = Settings.defaultPath();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        java.time.LocalDate first = data.story().firstDay(), last = data.story().lastDay();
        java.time.LocalDate early = java.time.LocalDate.of(1992, 1, 1), today = java.time.LocalDate.now();
        Settings settings = Settings.load(settingsFile, warnings, Settings.Bounds.of(first.isBefore(early) ? first : early,
                last.isAfter(today) ? last : today, screen.getWidth(), screen.getHeight()));
        // Said once: the bad values are not kept, so closing the window writes good ones over them.
        warnings.forEach(w -> {
            LOG.log(Level.WARNING, w);
            window.state().problems().add(new atlas.io.Problem(settingsFile.toString(), null, 0, w.substring(w.indexOf(": ") + 2)));
        });
        Scene scene = new Scene(window, settings.width(), settings.height());
        scene.getStylesheets().add(MainWindow.stylesheet());
        window.installShortcuts(scene);
        settings.applyTo(window.state());
        window.setDarkTheme(settings.dark());
        stage.setOnHidden(e -> {
            try {
                Settings.of(window.state(), window.isDarkTheme(), scene.getWidth(), scene.getHeight()).save(settingsFile);
            } catch (java.io.IOException | RuntimeException ex) {
                LOG.log(Level.WARNING, "could not save the window settings to " + settingsFile + ": " + ex.getMessage());
            }
        });
        stage.setTitle("Belarus–China Atlas");
        stage.getIcons().add(new javafx.scene.image.Image(AtlasApp.class.getResourceAsStream("/assets/icons/atlas-64.png")));
        stage.setScene(scene);
        stage.show();
    }
}
