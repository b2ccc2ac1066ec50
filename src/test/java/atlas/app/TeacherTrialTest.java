package atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a teacher preparing a lesson found in the window (a trial at 1366 × 768), each checked as it was seen. */
@ExtendWith(ApplicationExtension.class)
class TeacherTrialTest {
    private MainWindow window;
    private AtlasState state;

    private java.nio.file.Path config;

    @Start
    void start(Stage stage) throws Exception {
        config = java.nio.file.Files.createTempDirectory("atlas-teacher");
        System.setProperty("atlas.settings", config.resolve("settings.properties").toString());
        window = TestWindows.show(stage, 1366, 768);
        state = window.state();
    }

    @org.junit.jupiter.api.AfterEach
    void forget() {
        System.clearProperty("atlas.settings");
    }

    @Test
    void aFileFromWhichNothingLoadsIsSaidAndNeitherMadeALayerNorRemembered(FxRobot robot) throws Exception {
        java.nio.file.Path notData = config.resolve("notdata.geojson");
        java.nio.file.Files.writeString(notData, "These are my lesson notes, not data.\n");
        robot.interact(() -> window.openData(notData));
        javafx.scene.control.Label status = robot.lookup("#status-line").queryAs(javafx.scene.control.Label.class);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !status.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status.getText().startsWith("Nothing could be loaded from 'notdata': not GeoJSON"), "the status says why: " + status.getText());
        assertEquals(1, state.story().layers().size(), "no empty layer is added");
        Node banner = robot.lookup("#problem-banner").query();
        assertTrue(banner.isVisible(), "the banner says it");
        assertTrue(FxTestSupport.texts(banner).contains("Nothing could be loaded from 'notdata': not GeoJSON"), FxTestSupport.texts(banner));
        assertTrue(window.layers().recentMenu().getItems().stream().noneMatch(i -> i.getText() != null && i.getText().startsWith("notdata")),
                "it is not offered under Open recent");
        assertTrue(state.problems().stream().anyMatch(p -> p.file().endsWith("notdata.geojson")), "its problem is in the list: " + state.problems());

        // A file that loads afterwards is a layer as ever, and the banner about the other goes with the change of layers.
        java.nio.file.Path good = config.resolve("foreign-projects.geojson");
        try (var in = getClass().getResourceAsStream("/atlas/foreign-projects.geojson")) {
            java.nio.file.Files.copy(in, good);
        }
        robot.interact(() -> window.openData(good));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> state.story().layers().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.problems().stream().noneMatch(p -> p.file().endsWith("notdata.geojson")), "said once, then gone: " + state.problems());
    }

    /** The details' text showing {@code text}, or null. */
    private static SelectableText showing(FxRobot robot, String text) {
        for (Node n : robot.lookup("#details .selectable-text").queryAll()) {
            if (n instanceof SelectableText t && t.getText().equals(text)) return t;
        }
        return null;
    }

    @Test
    void theDetailsKeepTheirParagraphsWholeWhileTimePlays(FxRobot robot) {
        robot.interact(() -> {
            state.dateProperty().set(LocalDate.of(1992, 9, 24));
            state.selectedProperty().set(FeatureRef.item("chinese-loans"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        String summary = state.story().get("chinese-loans").summary();
        SelectableText still = showing(robot, summary);
        assertTrue(still != null, "the summary is in the details");
        double height = FxTestSupport.onFx(still::getHeight), line = FxTestSupport.onFx(() -> still.getFont().getSize());
        assertTrue(height > 2.5 * line, "the summary wraps to several lines when still: " + height + " px");

        robot.clickOn("#details .details-title");
        robot.type(KeyCode.SPACE);
        try {
            assertTrue(state.playingProperty().get(), "Space plays");
            LocalDate from = state.date();
            for (int k = 0; k < 6; k++) {
                WaitForAsyncUtils.sleep(150, java.util.concurrent.TimeUnit.MILLISECONDS);
                SelectableText now = FxTestSupport.onFx(() -> showing(robot, summary));
                assertTrue(now != null, "the summary stays in the details (" + state.date() + ")");
                assertEquals(height, FxTestSupport.onFx(now::getHeight), 0.5, "with all its lines (" + state.date() + ")");
                assertSame(still, now, "the same text, not made anew at every step (" + state.date() + ")");
            }
            assertTrue(state.date().isAfter(from), "time played: " + from + " → " + state.date());
        } finally {
            robot.type(KeyCode.SPACE);
        }
        WaitForAsyncUtils.waitForFxEvents();
        String said = FxTestSupport.texts(robot.lookup("#details").query());
        String when = FxTestSupport.onFx(() -> DATE.apply(state.window().cursor()));
        assertTrue(said.contains(when), "the details name the date where play stopped, " + when + ": " + said);
    }

    private static final java.util.function.Function<LocalDate, String> DATE = atlas.lang.DateText::of;

    /**
     * Right after a change of language the list's columns still fit its width: a teacher saw the titles run past the
     * list's right edge under its scroll bar, cut mid-word ("China downgrades ties wi"), until a click laid it out again.
     */
    @Test
    void theListsTitlesStayInsideTheListRightAfterTheLanguageChanges(FxRobot robot) {
        robot.interact(() -> state.dateProperty().set(LocalDate.of(2021, 12, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> table = robot.lookup("#item-list").queryAs(javafx.scene.control.TableView.class);
        try {
            for (atlas.lang.Language l : new atlas.lang.Language[] {atlas.lang.Language.RU, atlas.lang.Language.BE, atlas.lang.Language.ZH, atlas.lang.Language.EN}) {
                robot.interact(() -> atlas.lang.Ui.setLanguage(l));
                WaitForAsyncUtils.waitForFxEvents();
                java.util.List<String> past = new java.util.ArrayList<>();
                robot.interact(() -> {
                    double right = table.localToScene(table.getLayoutBounds()).getMaxX();
                    for (Node b : table.lookupAll(".scroll-bar")) {
                        if (b instanceof javafx.scene.control.ScrollBar sb && sb.getOrientation() == javafx.geometry.Orientation.VERTICAL && sb.isVisible()) {
                            right = Math.min(right, sb.localToScene(sb.getLayoutBounds()).getMinX());
                        }
                    }
                    for (Node n : table.lookupAll(".table-cell")) {
                        if (!(n instanceof javafx.scene.control.TableCell<?, ?> c) || c.getTableColumn() == null || !"column-title".equals(c.getTableColumn().getId())
                                || c.getText() == null || c.getText().isEmpty() || !c.isVisible() || c.getScene() == null) continue;
                        double cellRight = c.localToScene(c.getLayoutBounds()).getMaxX();
                        if (cellRight > right + 1) past.add("'" + c.getText() + "' to " + cellRight + " past " + right);
                    }
                });
                assertEquals(java.util.List.of(), past, l + ": titles past the list's edge");
            }
        } finally {
            robot.interact(() -> atlas.lang.Ui.setLanguage(atlas.lang.Language.EN));
        }
    }

    /** Details kept while the date moves keep a link only when it goes to the same item: two items may share a title and a date. */
    @Test
    void aKeptLinkGoesWhereItsTextSays() {
        boolean[] same = FxTestSupport.onFx(() -> {
            javafx.scene.control.Hyperlink a = new javafx.scene.control.Hyperlink("2015 · Copy of an event"), b = new javafx.scene.control.Hyperlink("2015 · Copy of an event");
            a.setUserData("ev-1");
            b.setUserData("mine/ev-1");
            javafx.scene.control.Hyperlink c = new javafx.scene.control.Hyperlink("2015 · Copy of an event");
            c.setUserData("ev-1");
            return new boolean[] {DetailsPane.sameShape(new javafx.scene.layout.VBox(a), new javafx.scene.layout.VBox(b)),
                DetailsPane.sameShape(new javafx.scene.layout.VBox(a), new javafx.scene.layout.VBox(c))};
        });
        assertTrue(!same[0], "links to two items are not the same node, whatever they read");
        assertTrue(same[1], "links to one item are");
    }

    /**
     * A new paragraph in the details is whole after one layout: it was one line until its width was known, a frame later,
     * which showed at each step of playback where the details changed (the "not on the map" line coming or going).
     */
    @Test
    void aNewParagraphIsWholeAtItsFirstLayout() {
        double[] h = FxTestSupport.onFx(() -> {
            String text = "At the summit the members signed a memorandum of obligations, the step before membership, and the atlas "
                    + "keeps its date and its source; a reader sees every line of it, not the first line cut mid-sentence.";
            SelectableText t = new SelectableText(text, null);
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(t);
            box.setPrefWidth(300);
            javafx.scene.Scene scene = new javafx.scene.Scene(box, 300, 400);
            scene.getStylesheets().add(MainWindow.stylesheet());
            box.applyCss();
            box.layout();
            return new double[] {t.getHeight(), t.getFont().getSize()};
        });
        assertTrue(h[0] > 3 * h[1], "several lines at the first layout: " + h[0] + " px for a " + h[1] + " px font");
    }
}
