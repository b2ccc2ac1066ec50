package atlas.app;

import static atlas.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import atlas.geo.Projection;
import atlas.lang.Language;
import atlas.lang.Ui;
import atlas.map.NamedView;
import atlas.state.AtlasState;
import atlas.state.Viewport;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ Language: the open window, the map's names and the dates change language at once. */
@ExtendWith(ApplicationExtension.class)
class LanguageTest {
    private MainWindow window;
    private AtlasState state;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, 1400, 900);
        state = window.state();
    }

    /** The machine's locale before the menu set another (choosing a language sets the JVM's, for the toolkit's own words). */
    private static final java.util.Locale MACHINE = java.util.Locale.getDefault();

    @AfterEach
    void english() {
        fx(() -> Ui.setLanguage(Language.EN));
        java.util.Locale.setDefault(MACHINE);
    }

    private static void fx(Runnable r) {
        onFx(() -> {
            r.run();
            return null;
        });
    }

    /** Chooses a language in View ▸ Language, as the menu does. */
    private void choose(String nativeName) {
        fx(() -> {
            MenuBar bar = (MenuBar) window.lookup(".menu-bar");
            Menu language = (Menu) bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> "language-menu".equals(i.getId())).findFirst().orElseThrow();
            for (MenuItem i : language.getItems()) if (i.getText().equals(nativeName)) ((RadioMenuItem) i).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitFor(String what, java.util.concurrent.Callable<Boolean> c) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, c);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + "; the list shows: " + onFx(() -> window.lookup("#item-list").lookupAll(".table-cell").stream().map(n -> ((javafx.scene.control.Labeled) n).getText()).toList()), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void choosingBelarusianRelabelsTheWindowTheMapAndTheDates(FxRobot robot) {
        fx(() -> state.dateProperty().set(LocalDate.of(2023, 12, 4)));
        fx(() -> window.map().showView(NamedView.BELARUS));
        waitFor("the Belarus view's labels", () -> window.map().placedLabels().contains("Minsk"));
        robot.interact(() -> ((javafx.scene.control.Label) window.lookup("#status-line")).setText("Saved map.png (1600×1000)"));
        choose("Беларуская");
        assertEquals(Language.BE, Ui.language());
        assertEquals("", onFx(() -> ((javafx.scene.control.Label) window.lookup("#status-line")).getText()), "no English message left in the status bar");
        String menus = onFx(() -> String.join(" ", ((MenuBar) window.lookup(".menu-bar")).getMenus().stream().map(Menu::getText).toList()));
        assertTrue(menus.contains("_Файл") && menus.contains("_Выгляд"), menus);
        TableView<?> list = robot.lookup("#item-list").queryAs(TableView.class);
        assertEquals("Назва", onFx(() -> list.getColumns().get(2).getText()), "the list's header");
        waitFor("places and countries named in Belarusian on the map", () -> window.map().placedLabels().contains("Мінск")
                && window.map().placedLabels().contains("Беларусь"));
        assertTrue(window.map().placedLabels().stream().noneMatch("Minsk"::equals), window.map().placedLabels().toString());

        // A click on Minsk: the details speak Belarusian, with the date at its precision.
        double[] minsk = Projection.eurasia().forward(27.5667, 53.9);
        Viewport v = state.viewportProperty().get();
        Point2D at = onFx(() -> window.map().localToScreen(v.toScreenX(minsk[0]), v.toScreenY(minsk[1])));
        robot.clickOn(at);
        // Minsk holds events too: the chooser (in Belarusian) lists them, and the place is chosen from it.
        waitFor("the chooser", () -> TestWindows.chooserEntry("Мінск") != null);
        javafx.scene.control.MenuItem minskEntry = TestWindows.chooserEntry("Мінск");
        robot.interact(minskEntry::fire);
        waitFor("Minsk selected", () -> state.selectedProperty().get() != null && state.selectedProperty().get().id().equals("minsk"));
        String details = FxTestSupport.texts(window.lookup("#details"));
        assertTrue(details.contains("Крыніцы"), details);

        choose("English");
        waitFor("English names again", () -> window.map().placedLabels().contains("Minsk"));
        assertEquals("Title", onFx(() -> list.getColumns().get(2).getText()));
        assertTrue(FxTestSupport.texts(window.lookup("#details")).contains("Sources"));
    }

    private static java.util.List<String> cells(FxRobot robot) {
        return onFx(() -> robot.lookup("#item-list .table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(java.util.Objects::nonNull).toList());
    }

    @Test
    void theListShowsDatesInTheLanguage(FxRobot robot) {
        fx(() -> state.dateProperty().set(LocalDate.of(2023, 12, 4)));
        choose("中文");
        waitFor("a Chinese date in the list", () -> cells(robot).contains("2023年12月3日–4日"));
        choose("Русский");
        waitFor("a Russian date in the list", () -> cells(robot).contains("3–4 дек. 2023"));
    }
}
