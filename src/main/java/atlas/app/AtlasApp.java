package atlas.app;

import atlas.story.AtlasData;
import java.lang.System.Logger.Level;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: loads the data, opens the main window. */
public final class AtlasApp extends Application {
    private static final System.Logger LOG = System.getLogger("atlas");
    private static volatile atlas.story.DataSpec spec = atlas.story.DataSpec.EMBEDDED;

    /** Opens the window on the embedded story and the layers {@code data} names; returns when it closes. */
    public static void launchWith(atlas.story.DataSpec data) {
        // A fault of the atlas on any thread (the JavaFX thread's included) is logged to a file with its
        // trace; the user's terminal gets one line saying where, never the trace.
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> LOG.log(Level.ERROR, atlas.io.Faults.outOfMemory(e)
                ? atlas.io.Faults.outOfMemoryMessage() : atlas.io.Faults.message("window, thread " + t.getName(), e)));
        spec = data;
        Application.launch(AtlasApp.class);
    }

    /**
     * Shows the window at once (a "loading" pane, in the size remembered), then puts the atlas in it as
     * soon as the data is there. The data starts loading on other threads when the window is about to
     * show: started earlier, on two cores it slowed the toolkit's own start by more than it saved. If the
     * layers named at start fail as a whole, the atlas opens on its embedded data and says why.
     */
    @Override
    public void start(Stage stage) {
        java.util.List<String> warnings = new java.util.ArrayList<>();
        java.nio.file.Path settingsFile = Settings.defaultPath();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        java.time.LocalDate today = java.time.LocalDate.now();
        Settings settings = Settings.load(settingsFile, warnings, Settings.Bounds.of(atlas.story.Story.AXIS_START,
                today.isAfter(java.time.LocalDate.of(2026, 12, 31)) ? today : java.time.LocalDate.of(2026, 12, 31), screen.getWidth(), screen.getHeight()));
        warnings.forEach(w -> LOG.log(Level.WARNING, w));
        LanguageMenu.use(settings.language());
        javafx.scene.control.Label loading = new javafx.scene.control.Label(atlas.lang.Ui.t("app.loading"));
        loading.setId("loading");
        Scene scene = new Scene(new javafx.scene.layout.StackPane(loading), settings.width(), settings.height());
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.titleProperty().bind(atlas.lang.Ui.bind("app.title"));
        stage.setScene(scene);
        WindowLimits.apply(stage);
        MainWindow[] shown = new MainWindow[1];
        if (Boolean.getBoolean("atlas.startupProbe")) probeStartup(stage, shown);
        stage.show();
        // Every size, so that title bars, task switchers and docks pick a sharp one; decoded once the window
        // is up (seven images decoded in a cold JVM held the window back by a tenth of a second).
        javafx.application.Platform.runLater(() -> {
            for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
                stage.getIcons().add(new javafx.scene.image.Image(AtlasApp.class.getResourceAsStream("/assets/icons/atlas-" + size + ".png")));
            }
        });
        atlas.io.Problem[] failed = {null};
        java.util.concurrent.CompletableFuture<AtlasData> data = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return AtlasData.load(spec);
            } catch (RuntimeException | Error e) {
                // Each layer's own faults are caught where it is read; this is the whole load failing.
                String why = atlas.io.Faults.outOfMemory(e) ? atlas.io.Faults.outOfMemoryMessage() : atlas.io.Faults.message("window start", e);
                LOG.log(Level.ERROR, why);
                failed[0] = new atlas.io.Problem("(the data given at start)", null, 0, "not loaded: " + why);
                return AtlasData.load();
            }
        });
        boolean probe = Boolean.getBoolean("atlas.startupProbe");
        data.whenComplete((d, failure) -> javafx.application.Platform.runLater(() -> {
            if (probe) probe("data-ms");
            if (failure != null) {
                LOG.log(Level.ERROR, atlas.io.Faults.message("window start", failure));
                loading.setText(atlas.lang.Ui.t("app.load.failed", atlas.io.Texts.clip(String.valueOf(failure))));
                return;
            }
            d.problems().forEach(p -> LOG.log(Level.WARNING, p.toString()));
            MainWindow window = new MainWindow(d, getHostServices());
            if (probe) probe("window-built-ms");
            if (failed[0] != null) window.state().problems().add(failed[0]);
            // Said once: the bad values are not kept, so closing the window writes good ones over them.
            for (String w : warnings) window.state().problems().add(new atlas.io.Problem(settingsFile.toString(), null, 0, w.substring(w.indexOf(": ") + 2)));
            window.sidePanelAfterFirstFrame();
            scene.setRoot(window);
            window.installShortcuts(scene);
            settings.applyTo(window.state());
            // Layers given at start are shown over their own period and place (the remembered day may have none of them).
            window.layers().showGivenAtStart();
            window.setDarkTheme(settings.dark());
            window.showPlacesProperty().set(settings.showPlaces());
            stage.setOnHidden(e -> {
                try {
                    Settings.of(window.state(), window.isDarkTheme(), window.showPlacesProperty().get(), scene.getWidth(), scene.getHeight()).save(settingsFile);
                } catch (java.io.IOException | RuntimeException ex) {
                    LOG.log(Level.WARNING, "could not save the window settings to " + settingsFile + ": " + ex.getMessage());
                }
            });
            shown[0] = window;
        }));
    }

    /**
     * Opt-in start-up probe ({@code -Datlas.startupProbe=true}, for scripts/compare-startup.sh): prints
     * {@code startup-ms: N} when the stage is shown and {@code first-frame-ms: N} at the first pulse whose
     * map frame is drawn (its labels placed), both counted from the JVM's start; between them {@code data-ms}
     * when the data is there and {@code window-built-ms} when the main window's controls are built.
     */
    /** A probe line: {@code what: N}, N ms since the JVM started. */
    private static void probe(String what) {
        System.out.println(what + ": " + (System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    private static void probeStartup(Stage stage, MainWindow[] window) {
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> System.out.println("startup-ms: " + (System.currentTimeMillis() - jvmStart)));
        new javafx.animation.AnimationTimer() { // started after the map's own pulse timer, so it runs after it in a pulse
            @Override
            public void handle(long now) {
                if (window[0] == null || window[0].map().placedLabels().isEmpty()) return;
                System.out.println("first-frame-ms: " + (System.currentTimeMillis() - jvmStart));
                stop();
            }
        }.start();
    }
}
