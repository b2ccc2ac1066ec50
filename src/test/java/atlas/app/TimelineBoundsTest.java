package atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.lang.Language;
import atlas.lang.Ui;
import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import atlas.timeline.TimelineBar;
import java.time.LocalDate;
import javafx.geometry.Point2D;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline's dates run from 1992 to today, as the README promises, whatever moves them (a drag past the ends, End,
 * going to an item near today in a range), and the list's dates fit their column in every language. From a new
 * journalist's trial at 1366 × 768.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineBoundsTest {
    private MainWindow window;
    private AtlasState state;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, 1366, 768);
        state = window.state();
    }

    @AfterEach
    void english() {
        atlas.FxTestSupport.onFx(() -> {
            Ui.setLanguage(Language.EN);
            return null;
        });
    }

    private LocalDate lastDate() {
        LocalDate today = LocalDate.now(), l = state.story().lastDay();
        return l.isAfter(today) ? l : today;
    }

    private Point2D onTimeline(double x) {
        TimelineBar bar = window.timeline().bar();
        return bar.localToScreen(x, bar.getHeight() - 30);
    }

    @Test
    void goingToAnItemInARangeKeepsTheRangeOnTheTimeline(FxRobot robot) {
        robot.interact(() -> {
            state.rangeFromProperty().set(LocalDate.of(2009, 12, 5));
            state.rangeToProperty().set(LocalDate.of(2020, 10, 27));
            state.rangeModeProperty().set(true);
        });
        long len = LocalDate.of(2020, 10, 27).toEpochDay() - LocalDate.of(2009, 12, 5).toEpochDay();
        robot.interact(() -> state.navigation().goTo(FeatureRef.item("ev-2022-duisport-exit")));
        LocalDate from = state.rangeFromProperty().get(), to = state.rangeToProperty().get();
        assertFalse(to.isAfter(lastDate()), "the range ends by today, not in the future: " + from + " – " + to);
        assertEquals(len, to.toEpochDay() - from.toEpochDay(), "its length is kept");
        assertTrue(state.shown().contains(state.story().store().find("ev-2022-duisport-exit")), "and the item is in it");
    }

    @Test
    void endGoesToTodayAndADragStopsAt1992AndToday(FxRobot robot) {
        TimelineBar bar = window.timeline().bar();
        robot.clickOn(onTimeline(bar.xOf(LocalDate.of(2010, 1, 1))));
        robot.type(KeyCode.END);
        assertEquals(lastDate(), state.dateProperty().get(), "End: the last date, today (the story's last item is older)");
        robot.drag(onTimeline(bar.xOf(state.dateProperty().get())), MouseButton.PRIMARY).moveTo(onTimeline(2)).release(MouseButton.PRIMARY);
        assertEquals(LocalDate.of(1992, 1, 1), state.dateProperty().get(), "dragged past the start: the first date, not the margin before it");
        robot.drag(onTimeline(bar.xOf(state.dateProperty().get())), MouseButton.PRIMARY).moveTo(onTimeline(bar.getWidth() - 2)).release(MouseButton.PRIMARY);
        assertEquals(lastDate(), state.dateProperty().get(), "dragged past the end: today");
    }

    @Test
    void theListsDatesFitTheirColumnInEveryLanguage(FxRobot robot) {
        robot.interact(() -> state.dateProperty().set(LocalDate.of(2015, 1, 1)));
        for (Language l : Language.values()) {
            robot.interact(() -> Ui.setLanguage(l));
            WaitForAsyncUtils.waitForFxEvents();
            java.util.List<String> cut = new java.util.ArrayList<>();
            int[] seen = {0};
            robot.interact(() -> {
                for (var n : robot.lookup(".table-cell").queryAll()) {
                    if (!(n instanceof TableCell<?, ?> c) || c.getTableColumn() == null || !"column-date".equals(c.getTableColumn().getId())
                            || c.getText() == null || c.getText().isEmpty() || !c.isVisible()) continue;
                    javafx.scene.text.Text t = new javafx.scene.text.Text(c.getText());
                    t.setFont(c.getFont());
                    double room = c.getWidth() - c.snappedLeftInset() - c.snappedRightInset();
                    if (t.getLayoutBounds().getWidth() > room) cut.add("'" + c.getText() + "' (" + t.getLayoutBounds().getWidth() + " in " + room + ")");
                    seen[0]++;
                }
            });
            assertEquals(java.util.List.of(), cut, l + ": dates cut");
            assertTrue(seen[0] > 5, l + ": dates were looked at");
        }
    }
}
