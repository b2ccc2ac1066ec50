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
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
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

    /** Details of an item the date has left say that it is not on the map now, and why. */
    @Test
    void detailsSayWhenTheirItemIsNotOnTheMap(FxRobot robot) {
        robot.interact(() -> {
            state.dateProperty().set(LocalDate.of(2018, 1, 1));
            state.selectedProperty().set(FeatureRef.item("corridor-kaliningrad"));
        });
        String on = atlas.FxTestSupport.texts(window.lookup("#details"));
        assertFalse(on.contains("Not on the map"), on);
        robot.interact(() -> state.dateProperty().set(LocalDate.of(2015, 1, 1)));
        String off = atlas.FxTestSupport.texts(window.lookup("#details"));
        assertTrue(off.contains("Not on the map on 1 January 2015: its dates lie outside it."), off);
        robot.interact(() -> {
            state.dateProperty().set(LocalDate.of(2018, 1, 1));
            state.categories().remove(atlas.story.Category.LOGISTICS);
        });
        String hidden = atlas.FxTestSupport.texts(window.lookup("#details"));
        assertTrue(hidden.contains("a filter hides it"), hidden);
        robot.interact(() -> state.categories().add(atlas.story.Category.LOGISTICS));
    }

    /** In Russian a place is found and suggested by its Russian name, as the map names it. */
    @Test
    void searchFindsAPlaceByItsNameInTheLanguage(FxRobot robot) {
        robot.interact(() -> Ui.setLanguage(Language.RU));
        var found = atlas.FxTestSupport.onFx(() -> FilterBar.suggestions(state.story().store(), "минск"));
        assertTrue(found.stream().anyMatch(s -> s.title().equals("Минск") && s.key().equals("minsk")), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.title().equals("Minsk")), "not its English title: " + found);
    }

    /** A smaller window keeps the opening view's Belarus whole (it was cut at the edge); after a pan, a resize keeps the pan. */
    @Test
    void aSmallerWindowKeepsTheOpeningViewFramedUntilTheMapIsMoved(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        org.locationtech.jts.geom.Envelope blr = atlas.FxTestSupport.data().geo().overview().get("BLR").projected().getEnvelopeInternal();
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        atlas.state.Viewport v = state.viewportProperty().get();
        assertTrue(v.width() < 700, "the map got narrower: " + v.width());
        double x0 = v.toScreenX(blr.getMinX()), x1 = v.toScreenX(blr.getMaxX()), y0 = v.toScreenY(blr.getMaxY()), y1 = v.toScreenY(blr.getMinY());
        assertTrue(x0 >= 0 && x1 <= v.width() && y0 >= 0 && y1 <= v.height(), "Belarus whole in the map: x " + x0 + "–" + x1 + " of " + v.width() + ", y " + y0 + "–" + y1 + " of " + v.height());
        robot.interact(() -> state.viewportProperty().set(state.viewportProperty().get().panBy(-120, 0)));
        atlas.state.Viewport panned = state.viewportProperty().get();
        robot.interact(() -> stage.setWidth(1000));
        WaitForAsyncUtils.waitForFxEvents();
        atlas.state.Viewport after = state.viewportProperty().get();
        assertEquals(panned.centerX(), after.centerX(), 1e-6, "a map moved by hand stays where it was put");
        assertEquals(panned.scale(), after.scale(), 1e-12);
    }

    /** A click in the axis's margin, or a typed date beyond the ends, lands on the first or last date (a review found 1991 and 2027). */
    @Test
    void aClickOrATypedDateBeyondTheEndsLandsOnThem(FxRobot robot) {
        TimelineBar bar = window.timeline().bar();
        robot.clickOn(onTimeline(2));
        assertEquals(LocalDate.of(1992, 1, 1), state.dateProperty().get(), "a click left of 1992");
        robot.clickOn(onTimeline(bar.getWidth() - 2));
        assertEquals(lastDate(), state.dateProperty().get(), "a click right of today");
        robot.clickOn("#date-field").eraseText(12).write("1985").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(1992, 1, 1), state.dateProperty().get(), "1985 typed");
        robot.clickOn("#date-field").eraseText(12).write("2040").type(KeyCode.ENTER);
        assertEquals(lastDate(), state.dateProperty().get(), "2040 typed");
    }

    /** The search filter finds a place by its name in another language, as the suggestions do (the map emptied). */
    @Test
    void searchingAPlacesNameInTheLanguageShowsIt(FxRobot robot) {
        robot.interact(() -> state.searchProperty().set("Минск"));
        int minsk = state.story().store().find("minsk");
        assertTrue(state.shown().contains(minsk), "Minsk is shown for 'Минск'");
        robot.interact(() -> state.searchProperty().set(""));
    }

    /** Playback runs to the data's own last date when a layer reaches past today (it jumped back to 1992). */
    @Test
    void playbackRunsOnToALayersFutureDates(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("plans.csv");
        java.nio.file.Files.writeString(f, "name,lon,lat,start\nPlanned terminal,27.5,53.9,2030-05-01\n");
        robot.interact(() -> window.openData(f));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> state.story().layers().size() == 2);
        robot.interact(() -> {
            state.rangeModeProperty().set(false);
            state.dateProperty().set(LocalDate.of(2028, 1, 1));
            window.timeline().playback().playingProperty().set(true);
        });
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> state.dateProperty().get().isAfter(LocalDate.of(2028, 1, 20)));
        robot.interact(() -> window.timeline().playback().playingProperty().set(false));
        assertTrue(state.dateProperty().get().getYear() >= 2028, "played on from 2028: " + state.dateProperty().get());
    }

    /** A place whose name in the language and summary both hold the query is suggested once (a review saw "Лида" twice). */
    @Test
    void aPlaceIsSuggestedOnce(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("lida.geojson");
        java.nio.file.Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":\"lida\",\"kind\":\"place\","
                + "\"title\":\"Lida\",\"name_ru\":\"Лида\",\"summary\":\"Город Лида\",\"sources\":[{\"title\":\"x\",\"url\":\"https://example.org\"}]},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[25.3,53.9]}}]}");
        var store = atlas.story.ItemStore.of(java.util.List.of(atlas.story.LayerLoader.load("lida", java.util.List.of(atlas.io.DataSource.of(f)), null, null)));
        atlas.FxTestSupport.onFx(() -> {
            Ui.setLanguage(Language.RU);
            return null;
        });
        var found = FilterBar.suggestions(store, "лида");
        assertEquals(1, found.size(), found.toString());
        assertEquals("Лида", found.get(0).title());
    }

    /** Home in a range starts the range on 20 January 1992, as the README says of Home (it ended the range there, so it began on 1 January). */
    @Test
    void homeInARangeStartsItWhenRelationsBegan(FxRobot robot) {
        robot.interact(() -> {
            state.rangeFromProperty().set(LocalDate.of(2019, 9, 2));
            state.rangeToProperty().set(LocalDate.of(2022, 1, 1));
            state.rangeModeProperty().set(true);
        });
        robot.clickOn(window.timeline().bar());
        robot.interact(() -> {
            state.rangeFromProperty().set(LocalDate.of(2019, 9, 2));
            state.rangeToProperty().set(LocalDate.of(2022, 1, 1));
        });
        robot.type(KeyCode.HOME);
        assertEquals(LocalDate.of(1992, 1, 20), state.rangeFromProperty().get(), "the range starts when relations began");
        long len = LocalDate.of(2022, 1, 1).toEpochDay() - LocalDate.of(2019, 9, 2).toEpochDay();
        assertEquals(LocalDate.of(1992, 1, 20).plusDays(len), state.rangeToProperty().get(), "and keeps its length");
    }
}
