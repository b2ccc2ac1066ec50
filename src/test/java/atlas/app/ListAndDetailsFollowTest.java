package atlas.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a reader picks elsewhere (a search suggestion, the map) is shown in the list, and the details of a newly picked item start at its title. */
@ExtendWith(ApplicationExtension.class)
class ListAndDetailsFollowTest {
    private MainWindow window;
    private AtlasState state;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, 1400, 900);
        state = window.state();
    }

    @Test
    void aSearchedItemIsSeenInTheListAndNewDetailsStartAtTheTitle(FxRobot robot) {
        robot.clickOn("#search").write("great stone ind");
        waitFor("the suggestions", () -> robot.lookup(".auto-complete-popup .list-cell")
                .match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null && c.getText().startsWith("Great Stone Industrial Park")).tryQuery().isPresent());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        javafx.scene.Node suggestion = robot.lookup(".auto-complete-popup .list-cell")
                .match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null && c.getText().startsWith("Great Stone Industrial Park")).query();
        robot.clickOn(suggestion);
        waitFor("Great Stone selected", () -> FeatureRef.item("great-stone").equals(state.selectedProperty().get()));
        var table = robot.lookup("#item-list").queryAs(javafx.scene.control.TableView.class);
        waitFor("its row in view", () -> {
            javafx.geometry.Bounds list = table.localToScreen(table.getBoundsInLocal());
            return robot.lookup("#item-list .table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> row && row.isSelected() && row.isVisible()).tryQuery()
                    .map(n -> n.localToScreen(n.getBoundsInLocal()))
                    .filter(b -> b.getMinY() >= list.getMinY() + 20 && b.getMaxY() <= list.getMaxY() + 1).isPresent();
        });
        // Its details are long: read them to the end, then pick another item in the list.
        var pane = robot.lookup("#details").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> pane.setVvalue(pane.getVmax()));
        robot.clickOn("#item-list").type(KeyCode.UP);
        waitFor("another item", () -> state.selectedProperty().get() != null && !FeatureRef.item("great-stone").equals(state.selectedProperty().get()));
        waitFor("its details from their title", () -> pane.getVvalue() == 0);
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> c) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, c);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }
}
