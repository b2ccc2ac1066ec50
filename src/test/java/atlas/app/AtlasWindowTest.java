package atlas.app;

import static atlas.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import atlas.cli.Views;
import atlas.geo.Projection;
import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import atlas.state.Viewport;
import atlas.story.AtlasQuery;
import atlas.story.StoryItem;
import atlas.timeline.TimelineBar;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a person uses it: click the map, drag it, drag the timeline, step, play, read the details. */
@ExtendWith(ApplicationExtension.class)
class AtlasWindowTest {
    private MainWindow window;
    private AtlasState state;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, 1400, 900);
        state = window.state();
    }

    private Point2D onMap(double lon, double lat) {
        double[] xy = Projection.eurasia().forward(lon, lat);
        Viewport v = state.viewportProperty().get();
        return window.map().localToScreen(v.toScreenX(xy[0]), v.toScreenY(xy[1]));
    }

    /** Where symbols stack, a click opens the chooser and selects nothing: chooses the entry for {@code title}. */
    private void chooseIfStacked(FxRobot robot, String title) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.MenuItem entry = TestWindows.chooserEntry(title);
        if (entry != null) robot.interact(entry::fire);
    }

    private Point2D onTimeline(LocalDate d) {
        TimelineBar bar = window.timeline().bar();
        return bar.localToScreen(bar.xOf(d), bar.getHeight() - 30);
    }

    private String detailsTitle(FxRobot robot) {
        return robot.lookup("#details-title").queryAs(Label.class).getText();
    }

    private String detailsText(FxRobot robot) {
        return FxTestSupport.texts(robot.lookup("#details").query());
    }

    /** The items the list shows, as objects (the list holds store rows; this is what its cells display). */
    @SuppressWarnings("unchecked")
    private List<StoryItem> listed(FxRobot robot) {
        List<Integer> rows = List.copyOf(robot.lookup("#item-list").queryAs(TableView.class).getItems());
        var store = state.shown().store();
        return rows.stream().map(store::item).toList();
    }

    /** The list row that shows {@code id}, or -1. */
    private int rowOf(String id) {
        return state.shown().store().find(id);
    }

    private void zoomToBelarus() {
        onFx(() -> {
            state.viewportProperty().set(Views.belarus(state.viewportProperty().get()));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickingACountryNamesItInTheDetails(FxRobot robot) {
        zoomToBelarus();
        robot.clickOn(onMap(28.5, 52.3));
        assertEquals(FeatureRef.country("BLR"), state.selectedProperty().get());
        assertEquals("Belarus", detailsTitle(robot));
        assertTrue(detailsText(robot).contains("Not a member of the European Union."));
        robot.clickOn(onMap(23.0, 53.0)); // Poland, east of Białystok
        assertEquals("Poland", detailsTitle(robot));
        assertTrue(detailsText(robot).contains("EU member since 1 May 2004"), detailsText(robot));
    }

    @Test
    void clickingTheSeaClearsTheSelection(FxRobot robot) {
        robot.interact(() -> window.map().resetView()); // all of Eurasia (the window opens on Belarus and its neighbours)
        robot.clickOn(onMap(68, 46));
        assertEquals("Kazakhstan", detailsTitle(robot));
        robot.clickOn(onMap(18, 35));
        assertEquals(null, state.selectedProperty().get());
        assertTrue(robot.lookup("#details-title").tryQuery().isEmpty());
    }

    @Test
    void draggingTheMapMovesTheViewport(FxRobot robot) {
        Viewport before = state.viewportProperty().get();
        Point2D from = onMap(24, 51);
        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(-150, 80)).release(MouseButton.PRIMARY);
        Viewport after = state.viewportProperty().get();
        assertEquals(before.scale(), after.scale(), 1e-12);
        assertEquals(150 / before.scale(), after.centerX() - before.centerX(), 3 / before.scale(), "moved with the pointer in x");
        assertEquals(80 / before.scale(), after.centerY() - before.centerY(), 3 / before.scale(), "and in y");
    }

    @Test
    void draggingTheTimelineMakesGreatStoneAppear(FxRobot robot) {
        zoomToBelarus();
        robot.drag(onTimeline(state.date()), MouseButton.PRIMARY).moveTo(onTimeline(LocalDate.of(2010, 6, 15))).release(MouseButton.PRIMARY);
        assertEquals(2010, state.date().getYear());
        assertFalse(listed(robot).stream().anyMatch(i -> i.id().equals("great-stone")), "no Great Stone in the list in 2010");
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            window.map().drawNow();
            return null;
        });
        assertFalse(window.map().placedLabels().contains("Great Stone Industrial Park"), window.map().placedLabels().toString());

        robot.drag(onTimeline(state.date()), MouseButton.PRIMARY).moveTo(onTimeline(LocalDate.of(2016, 6, 15))).release(MouseButton.PRIMARY);
        assertEquals(2016, state.date().getYear());
        StoryItem gs = listed(robot).stream().filter(i -> i.id().equals("great-stone")).findFirst().orElseThrow();
        assertTrue(Set.of(atlas.story.Stage.CONSTRUCTION, atlas.story.Stage.OPERATING).contains(gs.stageOn(state.date())));
        onFx(() -> {
            window.map().drawNow();
            return null;
        });
        assertTrue(window.map().placedLabels().contains("Great Stone Industrial Park"), window.map().placedLabels().toString());
        robot.clickOn(onMap(27.9755, 53.8643));
        chooseIfStacked(robot, "Great Stone Industrial Park");
        assertEquals("Great Stone Industrial Park", detailsTitle(robot));
        assertTrue(detailsText(robot).contains("Under construction"), detailsText(robot));
    }

    @Test
    void steppingLandsOnTheNextEventAndSelectsIt(FxRobot robot) {
        robot.clickOn("#date-field").eraseText(40).write("2015-01-01").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2015, 1, 1), state.date());
        StoryItem next = FxTestSupport.data().story().items().stream()
                .filter(i -> i.start() != null && (i.kind() == atlas.story.Kind.EVENT || i.kind() == atlas.story.Kind.PROJECT))
                .filter(i -> i.start().first().isAfter(LocalDate.of(2015, 1, 1)))
                .min((a, b) -> a.start().first().compareTo(b.start().first())).orElseThrow();
        robot.type(KeyCode.RIGHT); // Enter in the date field hands the focus to the time bar
        assertTrue(window.timeline().bar().isFocused());
        assertEquals(next.start().first(), state.date());
        assertEquals(FeatureRef.item(next.id()), state.selectedProperty().get());
        @SuppressWarnings("unchecked")
        TableView<Integer> list = robot.lookup("#item-list").queryAs(TableView.class);
        assertEquals(next.id(), state.shown().store().id(list.getSelectionModel().getSelectedItem()));
        robot.clickOn("#next-event");
        assertNotEquals(FeatureRef.item(next.id()), state.selectedProperty().get(), "the button steps on to the event after");
        assertFalse(state.date().isBefore(next.start().first()));
    }

    @Test
    void selectingInTheListShowsTheSources(FxRobot robot) {
        robot.clickOn("#date-field").eraseText(40).write("2015-09-15").type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        TableView<Integer> list = robot.lookup("#item-list").queryAs(TableView.class);
        Integer directive = rowOf("ev-2015-directive-5");
        assertTrue(list.getItems().contains(directive), "listed in September 2015");
        robot.interact(() -> list.scrollTo(directive)); // as a user scrolls the list
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> c && directive.equals(c.getItem()) && c.isVisible()).query();
        assertTrue(FxTestSupport.texts(cell).contains("Directive No. 5 on relations with China"), FxTestSupport.texts(cell));
        robot.clickOn(cell);
        assertEquals(FeatureRef.item("ev-2015-directive-5"), state.selectedProperty().get());
        assertEquals("Directive No. 5 on relations with China", detailsTitle(robot));
        assertTrue(detailsText(robot).contains("31 August 2015"), detailsText(robot));
        Set<String> links = robot.lookup("#details").query().lookupAll(".hyperlink").stream().map(n -> ((Hyperlink) n).getText()).collect(Collectors.toSet());
        assertTrue(links.contains("Vitebsk region: Lukashenko signs directive on Belarus–China relations"), links.toString());
        assertTrue(detailsText(robot).contains("Preiherman"), "the article is named as a source");
        assertTrue(detailsText(robot).contains("Sources disagree"), "the disagreement about Directive No. 9 is shown");
    }

    @Test
    void clickingAMarkOnTheTimelineSelectsThatEvent(FxRobot robot) {
        TimelineBar bar = window.timeline().bar();
        robot.clickOn(bar.localToScreen(bar.xOf(LocalDate.of(2015, 8, 31)), 31));
        assertEquals(FeatureRef.item("ev-2015-directive-5"), state.selectedProperty().get());
        assertEquals(LocalDate.of(2015, 8, 31), state.date());
        assertEquals("Directive No. 5 on relations with China", detailsTitle(robot));
    }

    @Test
    void plusZoomsTheTimeAxisAndZeroShowsItAll(FxRobot robot) {
        TimelineBar bar = window.timeline().bar();
        long full = bar.viewLast().toEpochDay() - bar.viewFirst().toEpochDay();
        robot.clickOn(onTimeline(state.date())).type(KeyCode.PLUS).type(KeyCode.PLUS).type(KeyCode.PLUS);
        long zoomed = bar.viewLast().toEpochDay() - bar.viewFirst().toEpochDay();
        assertTrue(zoomed < full / 2, "zoomed from " + full + " to " + zoomed + " days");
        assertTrue(!state.date().isBefore(bar.viewFirst()) && !state.date().isAfter(bar.viewLast()), "the cursor stays in view");
        robot.clickOn("#date-field").eraseText(40).write("2022-02-24").type(KeyCode.ENTER);
        assertTrue(!state.date().isBefore(bar.viewFirst()) && !state.date().isAfter(bar.viewLast()), "the axis follows the cursor");
        robot.clickOn(bar).type(KeyCode.DIGIT0);
        assertEquals(full, bar.viewLast().toEpochDay() - bar.viewFirst().toEpochDay());
    }

    @Test
    void playingMovesTimeForward(FxRobot robot) {
        robot.clickOn("#date-field").eraseText(40).write("2012-01-01").type(KeyCode.ENTER);
        robot.clickOn("#play");
        WaitForAsyncUtils.sleep(700, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.clickOn("#play");
        LocalDate stopped = state.date();
        assertTrue(stopped.isAfter(LocalDate.of(2012, 1, 20)), "advanced to " + stopped);
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals(stopped, state.date(), "paused");
    }

    @Test
    void rangeModeListsExactlyTheItemsOverlappingTheRange(FxRobot robot) {
        robot.clickOn("#range-mode");
        robot.clickOn("#date-field").eraseText(40).write("2013/2016").type(KeyCode.ENTER);
        assertTrue(state.rangeModeProperty().get());
        assertEquals(LocalDate.of(2013, 1, 1), state.rangeFromProperty().get());
        assertEquals(LocalDate.of(2016, 12, 31), state.rangeToProperty().get());
        List<String> expected = AtlasQuery.items(FxTestSupport.data().story(), LocalDate.of(2013, 1, 1), LocalDate.of(2016, 12, 31), AtlasQuery.Filter.ALL)
                .stream().map(StoryItem::id).toList();
        assertEquals(Set.copyOf(expected), Set.copyOf(listed(robot).stream().map(StoryItem::id).toList()));
        assertEquals(expected.size(), listed(robot).size());
        List<StoryItem> dated = listed(robot).stream().filter(i -> i.start() != null).toList();
        for (int i = 1; i < dated.size(); i++) assertTrue(dated.get(i - 1).fromDay() <= dated.get(i).fromDay(), "sorted by date");
        assertTrue(expected.contains("ev-2013-bri-astana") && !expected.contains("ev-2020-election"));
    }

    @Test
    void categoryTogglesFilterTheList(FxRobot robot) {
        robot.clickOn("#date-field").eraseText(40).write("2021-07-01").type(KeyCode.ENTER);
        assertTrue(listed(robot).stream().anyMatch(i -> i.category() == atlas.story.Category.CONFLICT));
        robot.clickOn("#category-sanctions-conflict");
        assertFalse(listed(robot).stream().anyMatch(i -> i.category() == atlas.story.Category.CONFLICT));
        robot.clickOn("#category-sanctions-conflict");
        assertTrue(listed(robot).stream().anyMatch(i -> i.category() == atlas.story.Category.CONFLICT));
    }

    @Test
    void doubleClickInTheListFliesTheMapThere(FxRobot robot) throws Exception {
        robot.clickOn("#date-field").eraseText(40).write("2023-12-04").type(KeyCode.ENTER);
        Integer visit = rowOf("ev-2023-december-visit");
        @SuppressWarnings("unchecked")
        TableView<Integer> list = robot.lookup("#item-list").queryAs(TableView.class);
        robot.interact(() -> list.scrollTo(visit));
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> c && visit.equals(c.getItem()) && c.isVisible()).query();
        robot.doubleClickOn(cell);
        double[] beijing = Projection.eurasia().forward(116.3917, 39.9139);
        // The flight is an animation: wait until it has landed (a busy machine draws it in fewer, later frames).
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
            Viewport now = state.viewportProperty().get();
            return state.flyToProperty().get() == null && Math.abs(now.toScreenX(beijing[0]) - now.width() / 2) <= 2
                    && Math.abs(now.toScreenY(beijing[1]) - now.height() / 2) <= 2;
        });
        Viewport v = state.viewportProperty().get();
        assertEquals(v.width() / 2, v.toScreenX(beijing[0]), 2, "Beijing, where the visit took place, is in the middle");
        assertEquals(v.height() / 2, v.toScreenY(beijing[1]), 2);
    }

    @Test
    void exportWritesThePictureOfTheMapAsItIs(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path out = dir.resolve("export.png");
        robot.interact(() -> {
            try {
                window.exportPng(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(out.toFile());
        Viewport v = state.viewportProperty().get();
        assertEquals((int) v.width(), img.getWidth());
        assertEquals((int) v.height(), img.getHeight());
    }

    @Test
    void theDarkThemeIsAStylesheetThatRecoloursTheCanvases(FxRobot robot) {
        javafx.scene.paint.Color light = window.map().palette().get("map-sea");
        robot.interact(() -> window.setDarkTheme(true));
        assertEquals(javafx.scene.paint.Color.web("#17232e"), window.map().palette().get("map-sea"));
        assertEquals(javafx.scene.paint.Color.web("#26282b"), window.timeline().bar().palette().get("timeline-bar"));
        robot.interact(() -> window.setDarkTheme(false));
        assertEquals(light, window.map().palette().get("map-sea"));
    }

    @Test
    void theMapZoomsWithTheButtons(FxRobot robot) {
        robot.clickOn("#zoom-reset");
        double before = state.viewportProperty().get().scale();
        robot.clickOn("#zoom-in");
        assertEquals(before * 1.5, state.viewportProperty().get().scale(), before * 1e-9);
        robot.clickOn("#zoom-reset");
        assertEquals(before, state.viewportProperty().get().scale(), before * 1e-9);
    }

    /** Opens {@code f} beside the story as dropping it on the window does, and waits until its layer is shown. */
    private void openAsLayer(FxRobot robot, java.nio.file.Path f) throws java.util.concurrent.TimeoutException {
        robot.interact(() -> window.openData(f));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> state.story().layers().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openingSomeoneElsesDataAddsALayerWhoseItemsShowTheirAttributes(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("foreign-projects.geojson");
        try (var in = getClass().getResourceAsStream("/atlas/foreign-projects.geojson")) {
            java.nio.file.Files.copy(in, f);
        }
        openAsLayer(robot, f); // what dropping the file on the window does
        String status = robot.lookup("#status-line").queryAs(Label.class).getText();
        assertTrue(status.contains("Opened layer 'foreign-projects': 6 of 6 features loaded"), status);
        assertTrue(state.rangeModeProperty().get(), "the time axis shows the new layer's period");
        assertTrue(listed(robot).stream().anyMatch(i -> i.title().equals("Fixture plant A")), "its items are in the list");
        assertTrue(listed(robot).stream().anyMatch(i -> i.id().equals("great-stone")), "the story is still there");
        Integer row = rowOf("foreign-projects/101");
        @SuppressWarnings("unchecked")
        TableView<Integer> list = robot.lookup("#item-list").queryAs(TableView.class);
        robot.interact(() -> list.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> c && row.equals(c.getItem()) && c.isVisible()).query();
        robot.clickOn(cell);
        assertEquals("Fixture plant A", detailsTitle(robot));
        String text = detailsText(robot);
        assertTrue(text.contains("Attributes (layer foreign-projects)") && text.contains("Sector.Name") && text.contains("ENERGY"), text);
        assertTrue(text.contains("foreign-projects.geojson (layer foreign-projects)"), "its file and layer are its source: " + text);
        // In another language the window says them in it (a new user found "(layer mine)" and "line 5" in English).
        robot.interact(() -> atlas.lang.Ui.setLanguage(atlas.lang.Language.RU));
        try {
            robot.interact(() -> state.selectedProperty().set(null));
            robot.interact(() -> state.selectedProperty().set(FeatureRef.item("foreign-projects/101")));
            String ru = detailsText(robot);
            assertTrue(ru.contains("foreign-projects.geojson (слой foreign-projects)") && ru.contains("строка") && !ru.contains("(layer ") && !ru.contains("line "), ru);
        } finally {
            robot.interact(() -> atlas.lang.Ui.setLanguage(atlas.lang.Language.EN));
        }
        // On the map: the item's polygon is drawn, and clicking inside it selects it.
        onFx(() -> {
            var v = window.map().viewportFor(state.story().get("foreign-projects/101"));
            double[] c = Projection.eurasia().forward(27.45, 53.85);
            state.viewportProperty().set(v.centeredOn(c[0], c[1], v.scale() * 4));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onMap(27.45, 53.85));
        assertEquals(FeatureRef.item("foreign-projects/101"), state.selectedProperty().get());
    }

    @Test
    void openingTheSameFileAgainReplacesItsLayerAndAnotherOfTheSameNameIsAddedBesideIt(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("mine.csv"), other = java.nio.file.Files.createDirectory(dir.resolve("other")).resolve("mine.csv");
        java.nio.file.Files.writeString(f, "name,lon,lat,date\nBarysaw,28.505,54.228,2015-06-01\n");
        java.nio.file.Files.writeString(other, "name,lon,lat,date\nSlutsk,27.559,53.027,2016\n");
        robot.interact(() -> window.openData(f));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> state.story().layers().size() == 2);
        robot.interact(() -> window.openData(f));
        robot.interact(() -> window.openData(other));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> state.story().layers().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("story", "mine", "mine (other)"), state.story().layers().stream().map(atlas.story.Layer::name).toList(),
                "the same file once; the other file of that name beside it, under a name of its own");
        String status = robot.lookup("#status-line").queryAs(Label.class).getText();
        assertTrue(status.contains("Opened layer 'mine (other)'"), status);
        // Hidden, then closed: a layer opened later under that name starts shown.
        robot.interact(() -> state.hiddenDataLayers().add("mine"));
        robot.interact(() -> window.layers().close(1));
        assertFalse(state.hiddenDataLayers().contains("mine"), "what was hidden of a closed layer goes with it");
        robot.interact(() -> window.openData(f));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> state.story().layers().size() == 3);
        assertFalse(state.hiddenDataLayers().contains(state.story().layers().get(2).name()));
    }

    @Test
    void dataGivenAtStartIsShownOverItsOwnPeriodAndPlace(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("towns.csv");
        java.nio.file.Files.writeString(f, "name,lon,lat,date\nBarysaw,28.505,54.228,2015-06-01\nSlutsk,27.559,53.027,2017-03\nMaladzyechna,26.85,54.316,2016\n");
        atlas.story.LayerData layer = atlas.story.AtlasData.loadLayer(f, null, null);
        robot.interact(() -> {
            state.storyProperty().set(state.story().withLayer(layer)); // as `--data towns.csv` opens the window
            window.layers().showGivenAtStart();
        });
        assertTrue(state.rangeModeProperty().get(), "the time shows the data's period");
        assertEquals(LocalDate.of(2015, 6, 1), state.rangeFromProperty().get());
        assertEquals(LocalDate.of(2017, 3, 31), state.rangeToProperty().get());
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
            var v = state.viewportProperty().get();
            double[] a = Projection.eurasia().forward(28.505, 54.228), b = Projection.eurasia().forward(27.559, 53.027);
            return v.scale() > 0 && v.worldBounds().contains(a[0], a[1]) && v.worldBounds().contains(b[0], b[1]) && v.zoomLevel() > 2;
        });
        assertTrue(listed(robot).stream().anyMatch(i -> i.title().equals("Slutsk")), "its items are listed");
        // Few of them in view: each is named beside its point (where a story name does not take the room).
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> window.map().placedLabels().containsAll(List.of("Barysaw", "Slutsk")));
    }

    /**
     * From a new user's trial: the story exported to GeoJSON and opened again is a layer of its own, named after its
     * file (not a second "story" whose keys were the story's), its period shown from 1992 on (its Suez route began in
     * 1869, off the time axis), and leaving the range goes to the range's last day.
     */
    @Test
    void anExportOfTheStoryOpenedAgainIsALayerOfItsOwn(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path out = dir.resolve("export.geojson");
        var store = state.story().store();
        int[] all = new int[store.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        atlas.export.Exporter.write(store, all, atlas.export.ExportFormat.GEOJSON, out);
        openAsLayer(robot, out);
        assertEquals("export", state.story().layers().get(1).name());
        StoryItem copy = state.story().get("export/great-stone"), own = state.story().get("great-stone");
        assertTrue(copy != null && own != null && !copy.key().equals(own.key()), "both are there under keys of their own");
        assertEquals(0, state.story().store().layer(state.story().store().find("great-stone")), "the story's key is still the story's item");
        assertTrue(state.rangeModeProperty().get());
        assertFalse(state.rangeFromProperty().get().isBefore(atlas.story.Story.AXIS_START), "the period starts on the axis: " + state.rangeFromProperty().get());
        LocalDate end = state.rangeToProperty().get();
        assertTrue(robot.lookup("#status-line").queryAs(Label.class).getText().contains("as a range"));
        robot.interact(() -> state.rangeModeProperty().set(false));
        assertEquals(end, state.dateProperty().get(), "leaving the range shows its last day");
        assertEquals("", robot.lookup("#status-line").queryAs(Label.class).getText(), "and the status line no longer speaks of a range");
    }

    /** Dates are never cut in the list, a range of days across years included (a new user's file cut it at 1600 px). */
    @Test
    void aRangeOfDaysAcrossYearsIsNotCutInTheList(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("works.csv");
        java.nio.file.Files.writeString(f, "name,lon,lat,start,end\nLong works,27.5,53.9,2012-06-15,2016-12-31\nUndated works,27.6,53.8,,\n");
        openAsLayer(robot, f);
        Integer row = rowOf("works/1");
        @SuppressWarnings("unchecked")
        TableView<Integer> list = robot.lookup("#item-list").queryAs(TableView.class);
        robot.interact(() -> list.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableColumn() != null && "column-date".equals(c.getTableColumn().getId()) && c.getTableRow() != null && row.equals(c.getTableRow().getItem())).query();
        assertEquals("15 Jun 2012–31 Dec 2016", cell.getText());
        javafx.scene.text.Text t = new javafx.scene.text.Text(cell.getText());
        t.setFont(cell.getFont());
        double room = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
        assertTrue(t.getLayoutBounds().getWidth() <= room, "the date fits: " + t.getLayoutBounds().getWidth() + " in " + room);
        // An item with no date says why it is on the map at every date.
        robot.interact(() -> state.selectedProperty().set(FeatureRef.item("works/2")));
        String text = detailsText(robot);
        assertTrue(text.contains("No usable start date in its data: it is shown at every date."), text);
    }

    /** A hidden layer's category chips are greyed (they filter nothing while it is off), and come back with it. */
    @Test
    void aHiddenLayersChipsAreGreyed(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("sites.csv");
        java.nio.file.Files.writeString(f, "name,lon,lat,date,type\nA,27.5,53.9,2015,mill\nB,28.5,54.2,2016,port\nC,26.5,53.2,2016,mill\n");
        openAsLayer(robot, f);
        Node chip = robot.lookup("#category-sites-mill").query();
        assertFalse(chip.isDisabled());
        robot.interact(() -> state.hiddenDataLayers().add("sites"));
        assertTrue(chip.isDisabled(), "greyed while the layer is hidden");
        robot.interact(() -> state.hiddenDataLayers().remove("sites"));
        assertFalse(chip.isDisabled());
    }

    /** More of a layer's points in view than can be read: none of them is named, the story's names stay. */
    @Test
    void manyItemsOfALayerInViewGoUnnamed(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        StringBuilder b = new StringBuilder("name,lon,lat,date\n");
        for (int i = 0; i < 400; i++) b.append("Site ").append(i).append(',').append(24 + i % 20 * 0.4).append(',').append(51.5 + i / 20 * 0.2).append(",2015\n");
        java.nio.file.Path f = dir.resolve("sites.csv");
        java.nio.file.Files.writeString(f, b);
        atlas.story.LayerData layer = atlas.story.AtlasData.loadLayer(f, null, null);
        robot.interact(() -> {
            state.storyProperty().set(state.story().withLayer(layer));
            window.layers().showGivenAtStart();
        });
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> state.viewportProperty().get().zoomLevel() > 2
                && window.map().placedLabels().contains("Minsk"));
        assertTrue(window.map().placedLabels().stream().noneMatch(l -> l.startsWith("Site ")), window.map().placedLabels().toString());
    }

    @Test
    void aProjectsSymbolInTheListIsTheMapsItsStageOnTheDate(FxRobot robot) {
        assertEquals("construction", listedStage(robot, "great-stone"), "under construction on 4 December 2023, as the map draws it");
        robot.clickOn("#date-field").eraseText(40).write("2012-06-01").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("agreed", listedStage(robot, "great-stone"), "agreed, not yet built, in 2012");
    }

    /** The stage the list's symbol shows for item {@code id}, scrolled into view. */
    @SuppressWarnings("unchecked")
    private String listedStage(FxRobot robot, String id) {
        Integer row = rowOf(id);
        TableView<Integer> list = robot.lookup("#item-list").queryAs(TableView.class);
        robot.interact(() -> list.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableRow<?> r = (javafx.scene.control.TableRow<?>) robot.lookup(".table-row-cell")
                .match(n -> n instanceof javafx.scene.control.TableRow<?> c && row.equals(c.getItem()) && c.isVisible()).query();
        Node swatch = r.lookup(".legend-swatch");
        return (String) swatch.getProperties().get("stage");
    }

    @Test
    void theMappingDialogPreviewsAChoiceAndReloadsTheLayerWithIt(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        System.setProperty("atlas.settings", dir.resolve("settings.properties").toString());
        java.nio.file.Path f = dir.resolve("foreign-projects.geojson");
        try (var in = getClass().getResourceAsStream("/atlas/foreign-projects.geojson")) {
            java.nio.file.Files.copy(in, f);
        }
        robot.interact(() -> window.openData(f));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> state.story().layers().size() == 2);
        atlas.story.Layer layer = state.story().layers().get(1);
        javafx.application.Platform.runLater(() -> window.layers().remap(layer));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#mapping-preview").tryQuery().isPresent());
        Label preview = robot.lookup("#mapping-preview").queryAs(Label.class);
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && l.getText().startsWith("An event shows around its dates")).tryQuery().isPresent(),
                "the dialog says what an event and a project are on the map");
        assertTrue(preview.getText().startsWith("6 of 6 rows have a start date; first problem: line 10"), preview.getText()); // its line in the file, as the problems list says it
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> start = robot.lookup("#map-start").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> start.setValue("Title"));
        assertTrue(preview.getText().startsWith("5 of 6 rows have a start date; first problem: line 4, field 'Title'"), preview.getText());
        robot.interact(() -> start.setValue("Commitment.Year"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> state.story().get("foreign-projects/101") != null && state.story().get("foreign-projects/101").start().precision() == atlas.story.PartialDate.Precision.YEAR);
        assertEquals("2011", state.story().get("foreign-projects/101").start().iso(), "reloaded with the chosen start field");
        assertEquals(2, state.story().layers().size(), "the layer was replaced, not added twice");
        System.clearProperty("atlas.settings");
    }
}
