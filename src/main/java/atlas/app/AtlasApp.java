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
        spec = data;
        Application.launch(AtlasApp.class);
    }

    /**
     * Shows the window at once (a "loading" pane, in the size remembered), then puts the atlas in it as
     * soon as the data is there. The data starts loading on other threads when the window is about to
     * show: started earlier, on two cores it slowed the toolkit's own start by more than it saved.
     */
    @Override
    public void start(Stage stage) {
        java.util.List<String> warnings = new java.util.ArrayList<>();
        java.nio.file.Path settingsFile = Settings.defaultPath();
        Settings settings = Settings.load(settingsFile, warnings);
        warnings.forEach(w -> LOG.log(Level.WARNING, w));
        javafx.scene.control.Label loading = new javafx.scene.control.Label("Opening the atlas…");
        loading.setId("loading");
        Scene scene = new Scene(new javafx.scene.layout.StackPane(loading), settings.width(), settings.height());
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setTitle("Belarus–China Atlas");
        // Every size, so that title bars, task switchers and docks pick a sharp one.
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(AtlasApp.class.getResourceAsStream("/assets/icons/atlas-" + size + ".png")));
        }
        stage.setScene(scene);
        WindowLimits.apply(stage);
        MainWindow[] shown = new MainWindow[1];
        if (Boolean.getBoolean("atlas.startupProbe")) probeStartup(stage, shown);
        stage.show();
        java.util.concurrent.CompletableFuture<AtlasData> data = java.util.concurrent.CompletableFuture.supplyAsync(() -> AtlasData.load(spec));
        data.whenComplete((d, failure) -> javafx.application.Platform.runLater(() -> {
            if (failure != null) {
                LOG.log(Level.ERROR, "the atlas could not load its data", failure);
                loading.setText("The atlas could not load its own data: " + atlas.io.Texts.clip(String.valueOf(failure)));
                return;
            }
            d.problems().forEach(p -> LOG.log(Level.WARNING, p.toString()));
            MainWindow window = new MainWindow(d, getHostServices());
            scene.setRoot(window);
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
            shown[0] = window;
        }));
    }

    /**
     * Opt-in start-up probe ({@code -Datlas.startupProbe=true}, for scripts/compare-startup.sh): prints
     * {@code startup-ms: N} when the stage is shown and {@code first-frame-ms: N} at the first pulse whose
     * map frame is drawn (its labels placed), both counted from the JVM's start.
     */
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
