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

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
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

    /**
     * Fitting the map to the new layer keeps its points clear of the key: the trial's Brest sat under its edge, with
     * the map shortened by the banner (two rows with problems) and the layer's row of filters.
     */
    @Test
    void theMapFittedToTheLayerKeepsItsPointsClearOfTheKey(FxRobot robot, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("belarus-cities.csv");
        try (var in = getClass().getResourceAsStream("/atlas/map/belarus-cities.csv")) {
            Files.copy(in, f);
        }
        Files.writeString(f, "Orsha,2013-31-02,54.51,30.42,railway\nPinsk,2017,,26.1,regional\n", java.nio.file.StandardOpenOption.APPEND);
        robot.interact(() -> window = TestWindows.show(stage, 1200, 700)); // the trial's window on that screen
        state = window.state();
        robot.interact(() -> window.openData(f));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.story().layers().size() == 2);
        atlas.state.Viewport at = still(); // the map flies to the layer
        javafx.geometry.Rectangle2D key = onFx(() -> window.map().keyBox());
        assertTrue(key != null, "the key is open");
        double h = onFx(() -> window.map().getHeight()), w = onFx(() -> window.map().getWidth());
        var store = state.story().store();
        double keyRight = key.getMaxX(), keyTop = key.getMinY();
        int seen = 0;
        for (int r = 0; r < store.size(); r++) {
            if (store.layer(r) != 1 || !store.hasLocation(r)) continue;
            double x = at.toScreenX(store.x(r)), y = at.toScreenY(store.y(r));
            assertTrue(x >= 0 && x <= w && y >= 0 && y <= h, store.title(r) + " in view");
            // Its symbol too, not only its centre (the trial's Brest was half hidden): an event's glow reaches 16 px.
            double marker = 16;
            assertTrue(!(x - marker < keyRight && y + marker > keyTop), store.title(r) + " clear of the key: at " + x + ", " + y + " (key right of " + keyRight + ", below " + keyTop + ")");
            seen++;
        }
        assertEquals(7, seen, "the layer's points were looked at");
    }

    /**
     * A layer's frame is kept when the map changes size before it is moved: opened at start, the layer was framed before
     * the problem banner and its filter row made the map shorter, and its Brest fell under the key.
     */
    @Test
    void aLayersFrameIsKeptWhenTheMapGetsShorter(FxRobot robot, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("belarus-cities.csv");
        try (var in = getClass().getResourceAsStream("/atlas/map/belarus-cities.csv")) {
            Files.copy(in, f);
        }
        robot.interact(() -> window = TestWindows.show(stage, 1200, 760));
        state = window.state();
        robot.interact(() -> window.openData(f));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.story().layers().size() == 2);
        atlas.state.Viewport before = still();
        robot.interact(() -> stage.setHeight(stage.getHeight() - 110));
        WaitForAsyncUtils.waitForFxEvents();
        atlas.state.Viewport after = still();
        assertTrue(after.height() < before.height() - 50, "the map got shorter: " + before.height() + " → " + after.height());
        javafx.geometry.Rectangle2D key = onFx(() -> window.map().keyBox());
        assertTrue(key != null, "the key is open");
        var store = state.story().store();
        for (int r = 0; r < store.size(); r++) {
            if (store.layer(r) != 1 || !store.hasLocation(r)) continue;
            double x = after.toScreenX(store.x(r)), y = after.toScreenY(store.y(r));
            assertTrue(y >= 0 && y <= after.height(), store.title(r) + " in view");
            assertTrue(!(x - 16 < key.getMaxX() && y + 16 > key.getMinY()), store.title(r) + " clear of the key: at " + x + ", " + y + ", key " + key);
        }
    }

    /** The viewport once the map stands still (a flight takes under half a second). */
    private atlas.state.Viewport still() throws java.util.concurrent.TimeoutException {
        atlas.state.Viewport[] last = {null};
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
            atlas.state.Viewport now = onFx(() -> state.viewportProperty().get());
            boolean still = now.equals(last[0]);
            last[0] = now;
            return still;
        });
        return last[0];
    }
}
