package atlas.app;

import static atlas.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.map.PlacedLabel;
import atlas.state.AtlasState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A user's file of Belarus's cities opened as a layer in the window (a user's trial): the window shows its period as a
 * range and fits Belarus; the story's names stay, the user's points are named beside them, and a name both layers give
 * at one spot is set once. The user's "Gomel" had kept both its own name and the story's "Gomel (Homiel)" off the map,
 * "Vitebsk" was missing and "Brest" was set twice, while a picture of the same data named them.
 */
@ExtendWith(ApplicationExtension.class)
class LayerLabelsTest {
    private MainWindow window;
    private AtlasState state;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, 1366, 768); // the trial's screen
        state = window.state();
    }

    @Test
    void aLayerOfCitiesKeepsTheStorysNamesAndNamesEachPlaceOnce(FxRobot robot, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("belarus-cities.csv");
        try (var in = getClass().getResourceAsStream("/atlas/map/belarus-cities.csv")) {
            Files.copy(in, f);
        }
        robot.interact(() -> window.openData(f));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.story().layers().size() == 2 && state.rangeModeProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(1992, 1, 20), state.rangeFromProperty().get(), "the layer's period, as a range");
        assertEquals(LocalDate.of(2020, 3, 1), state.rangeToProperty().get());
        List<PlacedLabel> labels = onFx(() -> {
            window.map().drawNow();
            return window.map().placedLabelBoxes();
        });
        List<String> names = labels.stream().map(PlacedLabel::text).toList();
        for (String n : List.of("Minsk", "Brest", "Vitebsk", "Vitebsk hydropower plant", "Mogilev", "Gomel (Homiel)", "Gomel")) {
            assertEquals(1, names.stream().filter(n::equals).count(), n + " named once: " + names);
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) assertTrue(!labels.get(i).overlaps(labels.get(j)), labels.get(i) + " / " + labels.get(j));
        }
    }
}
