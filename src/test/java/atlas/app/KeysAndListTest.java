package atlas.app;

import atlas.FxTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.state.AtlasState;
import atlas.story.ItemStore;
import atlas.story.Kind;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * As a reader at the keyboard: the date keys work wherever the focus is except where one types, the map
 * and the list show when they have the focus; the list's places can be hidden and come back after the
 * dated items.
 */
@ExtendWith(ApplicationExtension.class)
class KeysAndListTest {
    private MainWindow window;
    private AtlasState state;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, 1400, 900);
        state = window.state();
    }

    @SuppressWarnings("unchecked")
    private TableView<Integer> list(FxRobot robot) {
        return robot.lookup("#item-list").queryAs(TableView.class);
    }

    private static boolean place(ItemStore s, int row) {
        return s.kind(row) == Kind.PLACE && s.startPacked(row) == 0;
    }

    private void focus(FxRobot robot, Node n) {
        robot.interact(n::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(n.isFocused(), n + " has the focus");
    }

    @Test
    void theDateKeysMoveTheDateFromTheListTheMapAndAChipButNotFromTheSearchField(FxRobot robot) {
        robot.interact(() -> state.dateProperty().set(LocalDate.of(2015, 6, 1)));
        TableView<Integer> list = list(robot);
        focus(robot, list);
        assertTrue(list.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("focused")));
        robot.type(KeyCode.RIGHT);
        LocalDate afterRight = state.date();
        assertTrue(afterRight.isAfter(LocalDate.of(2015, 6, 1)), "→ in the list moves to the next event: " + afterRight);
        assertTrue(state.selectedProperty().get() != null, "and selects it");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(afterRight.plusYears(1), state.date(), "PageDown: a year on");
        robot.type(KeyCode.HOME);
        assertEquals(LocalDate.of(1992, 1, 20), state.date(), "Home in the list goes to the day relations began, not to its first row");

        Node map = window.map();
        focus(robot, map);
        Node ring = robot.lookup(".map-focus-ring").query();
        assertTrue(ring.isVisible(), "the map shows that it has the focus");
        robot.type(KeyCode.END);
        LocalDate end = state.date();
        assertTrue(end.isAfter(LocalDate.of(2023, 1, 1)), "End on the map: the last date, " + end);
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertEquals(end.minusMonths(1), state.date(), "Shift+← on the map: a month back");
        var before = state.viewportProperty().get();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(end.minusMonths(1), state.date(), "Ctrl+Shift+← pans the map instead");
        assertTrue(state.viewportProperty().get().centerX() < before.centerX(), "the map moved");

        focus(robot, robot.lookup("#category-military").query());
        assertFalse(ring.isVisible(), "the ring goes with the focus");
        LocalDate d = state.date();
        robot.type(KeyCode.LEFT);
        assertTrue(state.date().isBefore(d), "← on a filter chip steps back to the previous event");

        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.clickOn(search).write("Qzxqz"); // no item matches, so no suggestion popup takes the keys mid-test
        d = state.date();
        robot.type(KeyCode.LEFT, KeyCode.LEFT, KeyCode.HOME, KeyCode.END, KeyCode.PAGE_UP);
        assertEquals(d, state.date(), "in the search field the keys edit the text");
        assertEquals(5, search.getCaretPosition(), "End took the caret to the end of the text");
        robot.interact(() -> search.setText(""));
    }

    @Test
    void f6MovesTheKeyboardFromPaneToPaneFromTheSearchFieldToo(FxRobot robot) {
        robot.clickOn("#search").write("minsk");
        java.util.function.Supplier<Node> focus = () -> FxTestSupport.onFx(() -> robot.lookup("#item-list").query().getScene().getFocusOwner());
        java.util.function.Predicate<Node> in = pane -> {
            for (Node n = focus.get(); n != null; n = n.getParent()) if (n == pane) return true;
            return false;
        };
        Node map = window.map(), list = robot.lookup("#item-list").query(), details = robot.lookup("#details").query(), bar = window.timeline().bar();
        robot.type(KeyCode.F6);
        assertTrue(in.test(map), "from the search field, F6 goes to the map: " + focus.get());
        robot.type(KeyCode.F6);
        assertTrue(in.test(list), "then the list");
        robot.type(KeyCode.F6);
        assertTrue(in.test(details), "then the details");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        // ... which show where the keyboard is, as the map and the list do (a new user saw no ring there).
        javafx.scene.layout.Border ring = FxTestSupport.onFx(() -> ((javafx.scene.layout.Region) details).getBorder());
        assertTrue(ring != null && !ring.getStrokes().isEmpty(), "the details pane has its focus ring");
        robot.type(KeyCode.F6);
        assertTrue(in.test(bar), "then the timeline");
        robot.type(KeyCode.F6);
        assertTrue(in.test(map), "and round to the map");
        robot.press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
        assertTrue(in.test(bar), "Shift+F6 goes back");
        assertEquals("minsk", robot.lookup("#search").queryAs(javafx.scene.control.TextField.class).getText(), "the search kept its text");
    }

    /** Enter on a link in the details goes there and the keyboard stays in the details (it went to the first filter chip). */
    @Test
    void followingALinkInTheDetailsKeepsTheKeyboardThere(FxRobot robot) {
        robot.interact(() -> state.selectedProperty().set(atlas.state.FeatureRef.item("great-stone")));
        WaitForAsyncUtils.waitForFxEvents();
        Node details = robot.lookup("#details").query();
        // Its last link is to a related item (its sources' links, before them, open the browser).
        java.util.List<Node> links = new java.util.ArrayList<>(robot.lookup("#details .hyperlink").queryAll());
        javafx.scene.control.Hyperlink link = (javafx.scene.control.Hyperlink) links.get(links.size() - 1);
        atlas.state.FeatureRef before = state.selectedProperty().get();
        focus(robot, link);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!before.equals(state.selectedProperty().get()), "the link was followed: " + link.getText());
        Node owner = FxTestSupport.onFx(() -> details.getScene().getFocusOwner());
        boolean inDetails = false;
        for (Node n = owner; n != null; n = n.getParent()) inDetails |= n == details;
        assertTrue(inDetails, "the keyboard is still in the details: " + owner);
    }

    @Test
    void thePlacesCanBeHiddenFromTheListAndComeBackAfterTheDatedItems(FxRobot robot) {
        robot.interact(() -> state.dateProperty().set(LocalDate.of(2023, 12, 4)));
        TableView<Integer> list = list(robot);
        ItemStore s = state.shown().store();
        List<Integer> rows = List.copyOf(list.getItems());
        assertTrue(rows.stream().anyMatch(r -> place(s, r)), "places are listed at first");
        assertPlacesLast(s, rows);
        CheckBox show = robot.lookup("#show-places").queryAs(CheckBox.class);
        assertTrue(show.isSelected() && show.isVisible());
        robot.clickOn(show);
        assertFalse(window.showPlacesProperty().get());
        List<Integer> without = List.copyOf(list.getItems());
        assertTrue(without.stream().noneMatch(r -> place(s, r)), "no place rows");
        assertEquals(rows.stream().filter(r -> !place(s, r)).toList(), without, "every dated item is still there, in its order");
        robot.interact(() -> state.dateProperty().set(LocalDate.of(2016, 6, 1)));
        assertTrue(list.getItems().stream().noneMatch(r -> place(s, r)), "still none at another date");
        robot.clickOn(show);
        List<Integer> back = List.copyOf(list.getItems());
        assertTrue(back.stream().anyMatch(r -> place(s, r)), "the places come back");
        assertPlacesLast(s, back);
        // The first place row starts its group under a rule.
        int firstPlace = 0;
        while (!place(s, back.get(firstPlace))) firstPlace++;
        int at = firstPlace;
        robot.interact(() -> list.scrollTo(at));
        WaitForAsyncUtils.waitForFxEvents();
        Integer row = back.get(at);
        Node cell = robot.lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> c && row.equals(c.getItem()) && c.isVisible()).query();
        assertTrue(cell.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("group-start")));
    }

    private static void assertPlacesLast(ItemStore s, List<Integer> rows) {
        boolean seenPlace = false;
        for (int r : rows) {
            if (place(s, r)) seenPlace = true;
            else assertFalse(seenPlace, "a dated item after the places: " + s.title(r));
        }
    }
}
