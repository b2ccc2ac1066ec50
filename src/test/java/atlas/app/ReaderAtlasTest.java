package atlas.app;

import static atlas.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import atlas.geo.Projection;
import atlas.map.PlacedLabel;
import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import atlas.state.Viewport;
import atlas.story.Story;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The atlas as a new reader meets it: it opens on Belarus and the story's latest date, every link goes
 * somewhere (search of all dates, related items, Back), stacked symbols can each be reached, the list
 * sorts, citations copy, and the filters say whether they are on.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderAtlasTest {
    private MainWindow window;
    private AtlasState state;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, 1400, 900);
        state = window.state();
    }

    private void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + " (viewport " + state.viewportProperty().get() + ", selected " + state.selectedProperty().get() + ")", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D onMap(double lon, double lat) {
        double[] xy = Projection.eurasia().forward(lon, lat);
        Viewport v = state.viewportProperty().get();
        return window.map().localToScreen(v.toScreenX(xy[0]), v.toScreenY(xy[1]));
    }

    private String details() {
        return FxTestSupport.texts(window.lookup("#details"));
    }

    @Test
    void itOpensOnBelarusAndItsNeighboursOnTheStorysLatestDateWithLabelsApart(FxRobot robot) {
        assertEquals(Story.OPENING_DATE, state.date(), "a meaningful first date: the article's latest event");
        Viewport v = state.viewportProperty().get();
        double[] west = Projection.eurasia().forward(23.18, 52.1), east = Projection.eurasia().forward(32.78, 52.1);
        double belarusPx = v.toScreenX(east[0]) - v.toScreenX(west[0]);
        assertTrue(belarusPx >= 150, "Belarus is " + belarusPx + " px wide");
        double[] duisburg = Projection.eurasia().forward(6.7627, 51.4351);
        assertTrue(v.toScreenX(duisburg[0]) > 0 && v.toScreenY(duisburg[1]) > 0, "the western end of the corridor, Duisburg, is in view");
        List<PlacedLabel> labels = onFx(() -> {
            window.map().drawNow();
            return window.map().placedLabelBoxes();
        });
        assertTrue(labels.stream().anyMatch(l -> l.text().equals("Minsk")), labels.toString());
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) assertFalse(labels.get(i).overlaps(labels.get(j)), labels.get(i) + " / " + labels.get(j));
            assertTrue(labels.get(i).gap() <= labels.get(i).markerRadius() + 4, labels.get(i).toString());
        }
        // One click to all of Eurasia, one back to Belarus.
        robot.clickOn("#view-eurasia");
        waitFor("the map shows Eurasia", () -> state.viewportProperty().get().scale() < v.scale() / 3);
        robot.clickOn("#view-belarus");
        double belarusScale = atlas.map.NamedView.BELARUS.apply(v, state.story().store(), !state.hiddenLayers().contains("legend"), FxTestSupport.data().geo()).scale();
        waitFor("the map shows Belarus", () -> Math.abs(state.viewportProperty().get().scale() / belarusScale - 1) < 1e-6);
    }

    /**
     * The Belarus view names the neighbours, not only the countries whose own name point is in view: Russia's is in
     * Siberia, Ukraine's south of the map, Poland's beside Warsaw's name (a journalist's picture named only Lithuania).
     * Names stay apart (a space's width at least between two side by side) and on their country.
     */
    @Test
    void theBelarusViewNamesTheNeighboursAndKeepsNamesApart(FxRobot robot) {
        robot.clickOn("#view-belarus");
        double belarusScale = atlas.map.NamedView.BELARUS.apply(state.viewportProperty().get(), state.story().store(), !state.hiddenLayers().contains("legend"), FxTestSupport.data().geo()).scale();
        waitFor("the map shows Belarus", () -> Math.abs(state.viewportProperty().get().scale() / belarusScale - 1) < 1e-6);
        robot.interact(() -> state.dateProperty().set(java.time.LocalDate.of(2015, 1, 1)));
        List<PlacedLabel> labels = onFx(() -> {
            window.map().drawNow();
            return window.map().placedLabelBoxes();
        });
        List<String> names = labels.stream().map(PlacedLabel::text).toList();
        for (String n : List.of("Poland", "Lithuania", "Russia", "Ukraine", "Belarus")) assertTrue(names.contains(n), n + " is not named: " + names);
        Viewport v = state.viewportProperty().get();
        for (PlacedLabel l : labels) {
            String iso = switch (l.text()) {
                case "Poland" -> "POL";
                case "Russia" -> "RUS";
                case "Ukraine" -> "UKR";
                default -> null;
            };
            if (iso == null) continue;
            double wx = v.toWorldX((l.x0() + l.x1()) / 2), wy = v.toWorldY((l.y0() + l.y1()) / 2);
            boolean on = FxTestSupport.data().geo().overview().get(iso).projected().contains(atlas.geo.GeoJsonGeometry.FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(wx, wy)));
            assertTrue(on, l.text() + "'s name is set on its country: " + l);
        }
        for (PlacedLabel a : labels) {
            for (PlacedLabel b : labels) {
                if (a == b || a.y1() <= b.y0() || b.y1() <= a.y0()) continue;
                assertTrue(Math.max(b.x0() - a.x1(), a.x0() - b.x1()) >= 6, a + " and " + b + " read as one name");
            }
        }
    }

    @Test
    void withNothingSelectedTheDetailsSayWhatTheMapShowsAndGoToItsNewestEvent(FxRobot robot) {
        String text = details();
        assertTrue(text.startsWith("4 December 2023"), text);
        var store = state.shown().store();
        long events = java.util.Arrays.stream(state.shown().rows()).filter(r -> store.kind(r) == atlas.story.Kind.EVENT).count();
        long projects = java.util.Arrays.stream(state.shown().rows()).filter(r -> store.kind(r) == atlas.story.Kind.PROJECT).count();
        assertTrue(events > 10 && projects > 3, events + " events, " + projects + " projects");
        assertTrue(text.contains("Events: " + events + " (this day and the 12 months before it) · projects: " + projects), text);
        // The newest event shown, one click away.
        javafx.scene.control.Hyperlink newest = robot.lookup("#details-newest").queryAs(javafx.scene.control.Hyperlink.class);
        assertTrue(newest.getText().contains("Lukashenko"), newest.getText());
        robot.clickOn(newest);
        waitFor("the newest event selected", () -> state.selectedProperty().get() != null);
        assertTrue(details().contains("Sources"), details());
        // A category turned off is no longer counted.
        robot.interact(() -> state.selectedProperty().set(null));
        robot.clickOn("#category-sanctions-conflict");
        WaitForAsyncUtils.waitForFxEvents();
        long fewer = java.util.Arrays.stream(state.shown().rows()).filter(r -> store.kind(r) == atlas.story.Kind.EVENT).count();
        assertTrue(fewer < events && details().contains("Events: " + fewer + " "), details());
        robot.clickOn("#category-sanctions-conflict");
    }

    @Test
    void selectAllInTheSearchFieldSelectsItsTextWhileSuggestionsShow(FxRobot robot) {
        robot.clickOn("#search").write("Brest");
        waitFor("the suggestions", () -> robot.lookup(".auto-complete-popup .list-cell").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Great");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Great", robot.lookup("#search").queryAs(javafx.scene.control.TextField.class).getText());
        robot.interact(() -> state.searchProperty().set(""));
    }

    @Test
    void homeGoesToTheDayRelationsBegan(FxRobot robot) {
        robot.clickOn(window.timeline().bar()).type(KeyCode.HOME);
        assertEquals(LocalDate.of(1992, 1, 20), state.date());
    }

    @Test
    void aSearchSuggestionFromAnotherYearGoesToItsDateSelectsItAndShowsIt(FxRobot robot) {
        robot.clickOn("#date-field").eraseText(40).write("2015-06-01").type(KeyCode.ENTER);
        assertFalse(state.shown().contains(state.story().store().find("ev-2011-swift-eagle")));
        robot.interact(() -> window.map().resetView()); // all of Eurasia, where Belarus is too small to read
        robot.clickOn("#search").write("swift eag");
        waitFor("the suggestions", () -> robot.lookup(".auto-complete-popup .list-cell")
                .match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null && c.getText().contains("2011")).tryQuery().isPresent());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS); // the suggestions of the last keystroke have settled
        Node suggestion = robot.lookup(".auto-complete-popup .list-cell")
                .match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null && c.getText().contains("2011")).query();
        assertTrue(((javafx.scene.control.ListCell<?>) suggestion).getText().contains("Swift Eagle 2011"), "listed with its date");
        // The whole suggestion can be read: the list is wider than the field, and opens leftwards from its right edge.
        javafx.geometry.Bounds field = robot.lookup("#search").query().localToScreen(robot.lookup("#search").query().getBoundsInLocal());
        javafx.geometry.Bounds cell = suggestion.localToScreen(suggestion.getBoundsInLocal());
        javafx.scene.text.Text measured = new javafx.scene.text.Text(((javafx.scene.control.ListCell<?>) suggestion).getText());
        measured.setFont(((javafx.scene.control.ListCell<?>) suggestion).getFont());
        assertTrue(cell.getWidth() > measured.getLayoutBounds().getWidth() + 10, "the suggestion fits: " + cell.getWidth() + " for " + measured.getLayoutBounds().getWidth());
        assertTrue(cell.getMaxX() <= field.getMaxX() + 2 && cell.getMinX() < field.getMinX(), "opens leftwards from the field's right edge: " + cell + " / " + field);
        robot.clickOn(suggestion);
        waitFor("the item selected", () -> FeatureRef.item("ev-2011-swift-eagle").equals(state.selectedProperty().get()));
        assertEquals(2011, state.date().getYear(), "the date moved to the item's");
        assertTrue(state.shown().contains(state.story().store().find("ev-2011-swift-eagle")), "and it is on the map");
        assertEquals("", state.searchProperty().get(), "the map is not left filtered by the suggestion's title");
        // The map flies to Baranavichy, where the training took place (it stays still for an item already in view and legible).
        waitFor("the map at Baranavichy", () -> {
            Viewport v = state.viewportProperty().get();
            double[] b = Projection.eurasia().forward(26.0, 53.13);
            return Math.abs(v.toScreenX(b[0]) - v.width() / 2) < 60 && Math.abs(v.toScreenY(b[1]) - v.height() / 2) < 60;
        });
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
        // Every text of its details shows whole: no box cuts its last line and scrolls on its own.
        waitFor("every text of the details whole", () -> robot.lookup("#details .selectable-text").queryAll().stream()
                .allMatch(n -> ((SelectableText) n).showsAll()));
        // Its details are long: read them to the end, then pick another item in the list.
        var pane = robot.lookup("#details").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> pane.setVvalue(pane.getVmax()));
        robot.clickOn("#item-list").type(KeyCode.UP);
        waitFor("another item", () -> state.selectedProperty().get() != null && !FeatureRef.item("great-stone").equals(state.selectedProperty().get()));
        waitFor("its details from their title", () -> pane.getVvalue() == 0);
    }

    @Test
    void aRelatedLinkGoesToItsItemAndBackReturns(FxRobot robot) {
        robot.clickOn("#date-field").eraseText(40).write("2015-09-15").type(KeyCode.ENTER);
        robot.interact(() -> state.navigation().goTo(FeatureRef.item("ev-2015-directive-5")));
        Hyperlink link = robot.lookup("#details .hyperlink").match(n -> ((Hyperlink) n).getText().startsWith("Directive No. 9")).queryAs(Hyperlink.class);
        var pane = robot.lookup("#details").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> pane.setVvalue(pane.getVmax())); // the related items are at the end, as a reader scrolls
        robot.clickOn(link);
        waitFor("Directive No. 9 selected", () -> FeatureRef.item("ev-2021-directive-9").equals(state.selectedProperty().get()));
        assertEquals(LocalDate.of(2021, 12, 3), state.date(), "the date moved so the item is on the map");
        assertTrue(robot.lookup("#status-line").queryAs(javafx.scene.control.Label.class).getText().contains("3 December 2021"), "and the window says so");
        robot.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        waitFor("back at Directive No. 5", () -> FeatureRef.item("ev-2015-directive-5").equals(state.selectedProperty().get()));
        assertEquals(LocalDate.of(2015, 9, 15), state.date(), "Back restores the date");
        robot.press(KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT);
        waitFor("forward at Directive No. 9", () -> FeatureRef.item("ev-2021-directive-9").equals(state.selectedProperty().get()));
        assertEquals(LocalDate.of(2021, 12, 3), state.date());
    }

    @Test
    void aClickWhereItemsStackOffersAChooserOfThemAll(FxRobot robot) {
        robot.clickOn("#view-belarus");
        waitFor("the Belarus view", () -> state.viewportProperty().get().zoomLevel() > 8);
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS); // the flight ends
        FeatureRef before = state.selectedProperty().get();
        robot.clickOn(onMap(27.5667, 53.9)); // Minsk, where events of late 2023 glow around the place
        waitFor("the chooser", () -> chooser() != null);
        assertEquals(before, state.selectedProperty().get(), "the chooser opens; nothing is selected until one is chosen");
        List<MenuItem> entries = chooser().getItems().stream().filter(m -> m.getStyleClass().contains("stack-entry")).toList();
        assertTrue(entries.size() >= 3, "Minsk and the events there: " + entries.stream().map(MenuItem::getText).toList());
        assertTrue(entries.stream().anyMatch(m -> m.getText().contains("Minsk · place")), entries.stream().map(MenuItem::getText).toList().toString());
        MenuItem event = entries.stream().filter(m -> m.getText().contains("· event")).findFirst().orElseThrow();
        robot.interact(event::fire);
        String title = event.getText().trim().replaceFirst("^✓ ", "");
        title = title.substring(0, title.indexOf(" · "));
        String chosen = title;
        waitFor("the chosen event selected", () -> state.selectedProperty().get() != null
                && state.story().get(state.selectedProperty().get().id()).title().equals(chosen));
        // The place's details list what happened there.
        robot.interact(() -> state.navigation().goTo(FeatureRef.item("minsk")));
        assertTrue(details().contains("What happened here"), details());
        assertTrue(robot.lookup("#details .place-event").queryAll().size() >= 10, "Minsk's events are listed");
    }

    private ContextMenu chooser() {
        for (Window w : Window.getWindows()) if (w instanceof ContextMenu c && "stack-chooser".equals(c.getId()) && c.isShowing()) return c;
        return null;
    }

    @Test
    void theListHeaderSortsByTitle(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<Integer> list = robot.lookup("#item-list").queryAs(TableView.class);
        Node header = robot.lookup("#item-list .column-header").match(n -> FxTestSupport.texts(n).equals("Title")).query();
        robot.clickOn(header);
        var store = state.shown().store();
        List<String> titles = list.getItems().stream().filter(r -> store.startPacked(r) != 0).map(r -> store.title(r).toLowerCase()).toList();
        for (int i = 1; i < titles.size(); i++) assertTrue(titles.get(i - 1).compareTo(titles.get(i)) <= 0, titles.get(i - 1) + " before " + titles.get(i));
        assertEquals(state.shown().size(), list.getItems().size(), "sorting keeps every row");
        robot.clickOn(header); // descending
        List<String> down = list.getItems().stream().filter(r -> store.startPacked(r) != 0).map(r -> store.title(r).toLowerCase()).toList();
        assertTrue(down.get(0).compareTo(down.get(down.size() - 1)) > 0);
    }

    @Test
    void copyCitationPutsTheTitleDateAndSourcesOnTheClipboard(FxRobot robot) {
        robot.interact(() -> state.navigation().goTo(FeatureRef.item("ev-2015-directive-5")));
        robot.clickOn("#copy-citation");
        String copied = onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertTrue(copied.startsWith("“Directive No. 5 on relations with China”, 31 August 2015. Belarus–China Atlas"), copied);
        assertTrue(copied.contains("Sources:") && copied.contains("https://"), copied);
        // Body text is selectable: the summary is a read-only text area a reader can select from.
        var summary = robot.lookup("#details .selectable-text").queryAs(javafx.scene.control.TextArea.class);
        assertFalse(summary.isEditable());
        robot.interact(summary::selectAll);
        assertFalse(summary.getSelectedText().isEmpty());
    }

    @Test
    void filterChipsSayWhetherTheyAreOnAndAllShowsEverythingAgain(FxRobot robot) {
        ToggleButton military = robot.lookup("#category-military").queryAs(ToggleButton.class);
        assertTrue(military.getStyleClass().contains("chip-on"));
        robot.clickOn(military);
        assertTrue(military.getStyleClass().contains("chip-off") && !military.getStyleClass().contains("chip-on"));
        assertTrue(military.getTooltip().getText().contains("hidden"));
        robot.clickOn("#category-all");
        assertTrue(military.getStyleClass().contains("chip-on"));
        assertEquals(atlas.story.Category.values().length, state.categories().size());
    }

    @Test
    void playbackPausesAtTheNextEventAndCaptionsIt(FxRobot robot) {
        robot.clickOn("#date-field").eraseText(40).write("2015-01-01").type(KeyCode.ENTER);
        var store = state.story().store();
        int next = -1;
        for (int r = 0; r < store.size(); r++) {
            if (store.kind(r) == atlas.story.Kind.EVENT && store.startPacked(r) != 0 && store.fromDay(r) > LocalDate.of(2015, 1, 1).toEpochDay()
                    && (next < 0 || store.fromDay(r) < store.fromDay(next))) next = r;
        }
        String title = store.title(next);
        LocalDate day = LocalDate.ofEpochDay(store.fromDay(next));
        robot.clickOn("#pause-at-events");
        javafx.scene.control.ToggleButton play = robot.lookup("#play").queryAs(javafx.scene.control.ToggleButton.class);
        double width = play.getWidth();
        robot.clickOn(play);
        waitFor("playback paused at the event", () -> !state.playingProperty().get());
        assertEquals(day, state.date(), "stopped on the event's day");
        assertEquals(FeatureRef.item(store.key(next)), state.selectedProperty().get(), "with the event selected");
        assertTrue(window.map().captionLines().stream().anyMatch(l -> l.endsWith(title)), window.map().captionLines().toString());
        assertEquals(width, play.getWidth(), 0.5, "Play and Pause take the same room");
    }

    /** The window's map written as a picture at {@code preset}, with its footer; its size in pixels. */
    private int[] picture(PictureExport.Preset preset, java.nio.file.Path out) {
        return onFx(() -> {
            try {
                return PictureExport.write(state, FxTestSupport.data(), preset, true, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void aPublishedPictureIsTwiceTheSizeWithAFooterSayingWhatItShows(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        robot.clickOn("#category-military");
        java.nio.file.Path out = dir.resolve("published.png");
        int[] px = picture(PictureExport.Preset.UHD, out);
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(out.toFile());
        assertEquals(3840, img.getWidth());
        assertEquals(2160, img.getHeight());
        assertEquals(3840, px[0]);
        int corner = img.getRGB(8, img.getHeight() - 8) & 0xffffff;
        assertEquals(0xffffff, corner, "the footer's white band is at the bottom");
        List<String> footer = PictureExport.footer(state, FxTestSupport.data());
        assertEquals("Belarus–China Atlas · 4 December 2023", footer.get(0));
        assertTrue(footer.get(1).contains("Hidden: Military") && footer.get(1).contains("fade over the 12 months"), footer.get(1));
        assertTrue(footer.get(2).startsWith("Data: the atlas's story"), footer.get(2));
        assertTrue(footer.get(3).contains("Natural Earth"), footer.get(3));
    }

    @Test
    void aPictureAtTheWindowsSizeShowsExactlyTheWindowsMapWithTheFooterUnderIt(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        atlas.state.Viewport v = state.viewportProperty().get();
        java.nio.file.Path out = dir.resolve("window.png");
        int[] px = picture(PictureExport.Preset.WINDOW_1X, out);
        assertEquals((int) v.width(), px[0], "as wide as the window's map");
        assertTrue(px[1] > v.height() + 20, "taller than the map by the footer: " + px[1] + " for a map of " + v.height());
        // The same map: drawn at the window's size, the picture's view is the window's (same centre, same scale).
        atlas.state.Viewport[] seen = new atlas.state.Viewport[1];
        onFx(() -> atlas.map.MapExport.publish(new atlas.state.AtlasState(FxTestSupport.data().story()), FxTestSupport.data().geo(), (int) v.width(), (int) v.height(), 1,
                o -> seen[0] = o, List.of("a footer line"), true));
        assertEquals(v.width(), seen[0].width(), 0.5);
        assertEquals(v.height(), seen[0].height(), 0.5, "the footer does not take the map's height");
        LocalDate from = LocalDate.of(2017, 9, 1), to = LocalDate.of(2020, 12, 31);
        assertEquals("belarus-china-atlas-2017-09-01_2020-12-31.png", PictureExport.fileName(new atlas.state.AtlasState.TimeWindow(from, to, to, true)));
        assertEquals("belarus-china-atlas-2020-12-31.png", PictureExport.fileName(new atlas.state.AtlasState.TimeWindow(from, to, to, false)));
    }

    @Test
    void theWindowKeepsItsMinimumSize(FxRobot robot) {
        Stage small = onFx(() -> {
            Stage st = new Stage();
            st.setScene(new Scene(new javafx.scene.layout.StackPane(), 900, 700));
            WindowLimits.apply(st);
            st.show();
            st.setWidth(500);
            st.setHeight(300);
            return st;
        });
        try {
            waitFor("the window held to its minimum", () -> small.getWidth() >= WindowLimits.MIN_WIDTH && small.getHeight() >= WindowLimits.MIN_HEIGHT);
        } finally {
            robot.interact(small::close);
        }
    }
}
