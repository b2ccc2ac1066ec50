package atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The smallest window, 800 × 600: every main part is there and whole, nothing sits on anything else. */
@ExtendWith(ApplicationExtension.class)
class SmallWindowTest {
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, WindowLimits.MIN_WIDTH, WindowLimits.MIN_HEIGHT);
        scene = window.getScene();
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static List<Node> all(Node root) {
        List<Node> out = new java.util.ArrayList<>();
        out.add(root);
        for (int i = 0; i < out.size(); i++) if (out.get(i) instanceof javafx.scene.Parent p) out.addAll(p.getChildrenUnmodifiable());
        return out;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible() || (p instanceof javafx.scene.Parent && !p.isManaged() && p != n)) return false;
        return true;
    }

    @Test
    void theSliderSearchListAndMapAreAllVisibleAndNoneOverlap(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Node> parts = new LinkedHashMap<>();
        parts.put("time slider", window.timeline().bar());
        parts.put("search field", robot.lookup("#search").query());
        parts.put("list", robot.lookup("#item-list").query());
        parts.put("map", window.map());
        parts.put("date field", robot.lookup("#date-field").query());
        parts.put("Show places", robot.lookup("#show-places").query());
        for (var e : parts.entrySet()) {
            Node n = e.getValue();
            Bounds b = inScene(n);
            assertTrue(n.isVisible() && n.getScene() == scene, e.getKey() + " is shown");
            assertTrue(b.getWidth() >= 40 && b.getHeight() >= 18, e.getKey() + " has room: " + b);
            assertTrue(b.getMinX() >= -0.5 && b.getMinY() >= -0.5 && b.getMaxX() <= scene.getWidth() + 0.5 && b.getMaxY() <= scene.getHeight() + 0.5,
                    e.getKey() + " lies within the window: " + b);
        }
        assertTrue(inScene(window.map()).getWidth() >= 300 && inScene(window.map()).getHeight() >= 250, "the map keeps a usable size");
        List<String> names = List.copyOf(parts.keySet());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                Bounds a = inScene(parts.get(names.get(i))), b = inScene(parts.get(names.get(j)));
                double ox = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double oy = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                assertFalse(ox > 0.5 && oy > 0.5, names.get(i) + " and " + names.get(j) + " overlap: " + a + " / " + b);
            }
        }
    }

    @Test
    void whereTheRowOfViewsHasNoRoomOneButtonOffersThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup("#view-buttons").query(), menu = robot.lookup("#view-menu").query();
        assertFalse(shown(row), "the row of four views does not fit a map " + window.map().getWidth() + " px wide");
        assertTrue(shown(menu), "one button offers them instead");
        Bounds b = inScene(menu), map = inScene(window.map());
        assertTrue(b.getMinX() >= map.getMinX() && b.getMaxX() <= map.getMaxX() && b.getMinY() >= map.getMinY(), "on the map: " + b + " in " + map);
        var state = window.state();
        double before = state.viewportProperty().get().scale();
        robot.clickOn(menu);
        robot.clickOn("#view-menu-eurasia");
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> state.viewportProperty().get().scale() < before / 2);
    }

    /**
     * A map shorter than the key keeps its Key button, and the key opens over the map's top when asked (a new user
     * lost both when Russian chips took a third row and made the map shorter).
     */
    @Test
    void aMapShorterThanTheKeyKeepsItsButton(FxRobot robot) {
        javafx.scene.layout.Region map = window.map();
        robot.interact(() -> {
            // As a third row of chips would: the window's top grows by a hundred pixels and the map shrinks.
            javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
            spacer.setMinHeight(160);
            ((javafx.scene.layout.VBox) window.getTop()).getChildren().add(spacer);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map.getHeight() < 330, "the map is shorter than the key and its margins: " + map.getHeight());
        Node toggle = robot.lookup("#toggle-key").query();
        assertTrue(toggle.isVisible(), "the Key button stays");
        robot.clickOn(toggle);
        assertFalse(window.state().hiddenLayers().contains("legend"), "and the key opens");
        Bounds b = toggle.localToScene(toggle.getBoundsInLocal()), m = map.localToScene(map.getBoundsInLocal());
        assertTrue(b.getMinY() >= m.getMinY(), "its button inside the map: " + b + " in " + m);
    }

    /**
     * From a review: this window is too small for the key and folds it, but an HD picture has room and shows it; a key
     * the reader closed stays out of the picture. (China's swatch, in the key's corner of the picture, tells.)
     */
    @Test
    void aPictureShowsTheKeyTheWindowFoldedOnlyForItsSize(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var state = window.state();
        assertTrue(state.keyFoldedForSizeProperty().get() && state.hiddenLayers().contains("legend"), "the window folded its key for its size");
        assertTrue(keySwatch(dir.resolve("folded.png")) > 50, "the HD picture has the key");
        robot.clickOn("#toggle-key");
        robot.clickOn("#toggle-key");
        assertTrue(state.hiddenLayers().contains("legend") && !state.keyFoldedForSizeProperty().get(), "opened and closed again by the reader");
        assertEquals(0, keySwatch(dir.resolve("closed.png")), "the reader's closed key stays out");
    }

    /** Pixels of China's key swatch in the lower left of an HD picture of the window's map. */
    private int keySwatch(java.nio.file.Path png) throws Exception {
        atlas.FxTestSupport.onFx(() -> {
            try {
                return PictureExport.write(window.state(), atlas.FxTestSupport.data(), PictureExport.Preset.HD, true, png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        int n = 0;
        for (int y = img.getHeight() - 420; y < img.getHeight(); y++) for (int x = 0; x < 260; x++) if ((img.getRGB(x, y) & 0xffffff) == 0xf3b3a6) n++;
        return n;
    }

    @Test
    void noControlOfTheTimelineOrTheFiltersIsCutShortAndTheKeyFoldsWithItsButtonLeft(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int checked = 0;
        for (Node root : new Node[] {window.timeline(), window.getTop()}) {
            for (Node n : all(root)) {
                if (!(n instanceof javafx.scene.control.Labeled l) || !shown(n) || l.getText() == null || l.getText().isEmpty()) continue;
                for (Node t : l.lookupAll(".text")) {
                    if (t instanceof Text text && t.getParent() == l) {
                        assertEquals(l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText(), text.getText(), "shown whole");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 15, "the chips, buttons and labels were checked: " + checked);
        assertTrue(window.state().hiddenLayers().contains("legend"), "the key is folded in a map this narrow");
        Node toggle = robot.lookup("#toggle-key").query();
        assertTrue(toggle.isVisible(), "its Key button stays, to open it");
        robot.clickOn(toggle);
        assertFalse(window.state().hiddenLayers().contains("legend"), "and it opens on request");
        assertEquals(WindowLimits.MIN_WIDTH, scene.getWidth(), 0.5);
    }

    /** A range's stamp on the map keeps clear of the map's buttons: its months cut short (a teacher saw "2 September 2019 – 1 Janua"). */
    @Test
    void aRangesStampFitsLeftOfTheMapsButtons(FxRobot robot) {
        var state = window.state();
        robot.interact(() -> {
            state.rangeFromProperty().set(java.time.LocalDate.of(2019, 9, 2));
            state.rangeToProperty().set(java.time.LocalDate.of(2022, 1, 1));
            state.rangeModeProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        String stamp = atlas.FxTestSupport.onFx(() -> {
            window.map().drawNow();
            return window.map().stampText();
        });
        assertTrue(atlas.FxTestSupport.onFx(() -> window.map().stampClearOfButtons()), "the stamp ends left of the buttons: '" + stamp + "'");
        assertTrue(stamp.contains("2019") && stamp.contains("2022"), "the whole range: " + stamp);
    }

    /** A window made smaller keeps most of its width for the map (the side panel kept its width, and the map had half). */
    @Test
    void aWindowMadeSmallerKeepsTheMapsShare(FxRobot robot) {
        javafx.stage.Stage stage = (javafx.stage.Stage) scene.getWindow();
        robot.interact(() -> window = TestWindows.show(stage, 1366, 768));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.setWidth(WindowLimits.MIN_WIDTH);
            stage.setHeight(WindowLimits.MIN_HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double map = atlas.FxTestSupport.onFx(() -> window.map().getWidth()), all = atlas.FxTestSupport.onFx(() -> window.getWidth());
        javafx.scene.Node list = robot.lookup("#item-list").query();
        double room = all - atlas.FxTestSupport.onFx(() -> list.minWidth(-1)) - 12; // what the list's least width leaves
        assertTrue(map >= Math.min(SideWidth.MAP_SHARE * all, room) - 2, "the map keeps its share: " + map + " of " + all + " (room " + room + ")");
        // Made large again, the side panel gets back the width it had (it kept the small one).
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        double side = atlas.FxTestSupport.onFx(() -> window.getWidth() - window.map().getWidth());
        assertTrue(side > 380, "the side panel is as wide as before: " + side);
    }

    /** A share the user chose by moving the divider stays when the window narrows (a review found it reset to the map's share). */
    @Test
    void aDividerTheUserMovedStaysWhenTheWindowNarrows(FxRobot robot) {
        javafx.stage.Stage stage = (javafx.stage.Stage) scene.getWindow();
        robot.interact(() -> window = TestWindows.show(stage, 1366, 768));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.SplitPane center = (javafx.scene.control.SplitPane) window.getCenter();
        Node divider = atlas.FxTestSupport.onFx(() -> center.getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("split-pane-divider")).findFirst().orElseThrow()); // its own, not the list's
        javafx.geometry.Bounds b = atlas.FxTestSupport.onFx(() -> divider.localToScreen(divider.getLayoutBounds()));
        double y = b.getMinY() + b.getHeight() / 2, from = b.getMinX() + b.getWidth() / 2;
        robot.drag(new javafx.geometry.Point2D(from, y), javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(from - 300, y)).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = atlas.FxTestSupport.onFx(() -> center.getDividerPositions()[0]);
        assertTrue(dragged < 0.5, "the user dragged the divider: " + dragged);
        robot.interact(() -> stage.setWidth(1300));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        double share = atlas.FxTestSupport.onFx(() -> center.getDividerPositions()[0]);
        assertTrue(share < 0.5, "the divider the user moved stays: " + share);
    }
}
