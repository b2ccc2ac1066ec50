package atlas.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The baseline of scripts/compare-startup.sh: a bare JavaFX window with one Label, the atlas window's
 * default size, started like the atlas (a plain main class that launches the Application, from the same
 * jar and JVM flags). Prints {@code startup-ms: N} (from the JVM's start) when the stage is shown, as
 * the atlas does with {@code -Datlas.startupProbe=true}.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application itself. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> System.out.println("startup-ms: " + (System.currentTimeMillis() - jvmStart)));
            stage.setScene(new Scene(new Label("Belarus–China Atlas"), 1400, 900));
            stage.setTitle("Bare window");
            stage.show();
        }
    }
}
