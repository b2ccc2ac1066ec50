package atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** At start-up the map is drawn first; the list and details come in the next pulse, in the place kept for them. */
@ExtendWith(ApplicationExtension.class)
class StartOrderTest {
    private MainWindow window;
    private boolean listAtFirst;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, 1400, 900, MainWindow::sidePanelAfterFirstFrame);
        listAtFirst = window.lookup("#item-list") != null;
    }

    @Test
    void theMapComesFirstThenTheListBesideIt(FxRobot robot) {
        assertFalse(listAtFirst, "the list waits for the map's first frame");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.map().placedLabels().isEmpty(), "the map has drawn");
        assertTrue(robot.lookup("#item-list").tryQuery().isPresent(), "then the list is there");
        double mapWidth = window.map().getWidth();
        // The split pane kept its divider: the map has about 72 % of the window, as when everything comes at once.
        assertEquals(0.70, mapWidth / 1400, 0.03, "map width " + mapWidth);
    }
}
