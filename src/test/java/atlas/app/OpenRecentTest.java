package atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.state.AtlasState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Open recent: a file opened as a layer is offered again, after a restart too (a user's layers are not reopened
 * by themselves); a file gone since is said so and forgotten; the list is written atomically and a damaged one is
 * forgotten, never fatal.
 */
@ExtendWith(ApplicationExtension.class)
class OpenRecentTest {
    private Path config;
    private MainWindow window;
    private AtlasState state;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        config = Files.createTempDirectory("atlas-recent");
        System.setProperty("atlas.settings", config.resolve("settings.properties").toString());
        this.stage = stage;
        window = TestWindows.show(stage, 1200, 800);
        state = window.state();
    }

    @AfterEach
    void forget() {
        System.clearProperty("atlas.settings");
    }

    private Menu recentMenu(FxRobot robot) {
        return window.layers().recentMenu();
    }

    private List<String> entries(FxRobot robot) {
        return recentMenu(robot).getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList();
    }

    private Path copyOfFixture(String name) throws Exception {
        Path f = config.resolve(name);
        try (var in = getClass().getResourceAsStream("/atlas/foreign-projects.geojson")) {
            Files.copy(in, f);
        }
        return f;
    }

    @Test
    void aFileOpenedOnceIsOfferedAgainAfterARestart(FxRobot robot) throws Exception {
        assertEquals(List.of("No files opened yet"), entries(robot));
        assertTrue(recentMenu(robot).getItems().get(0).isDisable());
        Path f = copyOfFixture("foreign-projects.geojson");
        robot.interact(() -> window.openData(f));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.story().layers().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("foreign-projects.geojson  —  " + config, entries(robot).get(0));
        assertEquals("Clear this list", entries(robot).get(entries(robot).size() - 1));
        // A new window (the next run) offers it; choosing it opens the layer again.
        robot.interact(() -> window = TestWindows.show(stage, 1200, 800));
        state = window.state();
        assertEquals(1, state.story().layers().size(), "the new window starts with the story alone");
        MenuItem again = recentMenu(robot).getItems().get(0);
        robot.interact(again::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.story().layers().size() == 2);
        assertEquals("foreign-projects", state.story().layers().get(1).name());
    }

    @Test
    void aFileGoneSinceIsSaidSoAndForgotten(FxRobot robot) throws Exception {
        Path f = copyOfFixture("gone.geojson");
        robot.interact(() -> window.openData(f));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.story().layers().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        Files.delete(f);
        robot.interact(() -> recentMenu(robot).getItems().get(0).fire());
        String status = robot.lookup("#status-line").queryAs(Label.class).getText();
        assertEquals(f + " is no longer there; it is taken off this list.", status);
        assertEquals(List.of("No files opened yet"), entries(robot));
        assertEquals(2, state.story().layers().size(), "nothing open was lost");
    }

    @Test
    void theListKeepsTheNewestEightOnceEachAndSurvivesDamage() throws Exception {
        RecentFiles r = new RecentFiles(config.resolve("recent.properties"));
        for (int i = 0; i < 10; i++) r.add(config.resolve("f" + i + ".csv"));
        r.add(config.resolve("sub/../f5.csv")); // the same file by another path: once, now first
        List<Path> l = r.list();
        assertEquals(RecentFiles.MAX, l.size());
        assertEquals(config.resolve("f5.csv"), l.get(0));
        assertEquals(config.resolve("f9.csv"), l.get(1));
        assertEquals(1, l.stream().filter(p -> p.endsWith("f5.csv")).count());
        assertTrue(l.stream().noneMatch(p -> p.endsWith("f0.csv") || p.endsWith("f1.csv")), "the oldest went: " + l);
        Files.write(config.resolve("recent.properties"), new byte[] {'r', 'e', 'c', 'e', 'n', 't', '.', '1', '=', '\\', 'u', '1', 'Z'});
        assertEquals(List.of(), r.list(), "a damaged list is forgotten");
        r.add(config.resolve("f1.csv"));
        assertEquals(List.of(config.resolve("f1.csv")), r.list(), "and written anew");
        Files.writeString(config.resolve("recent.properties"), "recent.1=relative/path.csv\nrecent.2=" + config.resolve("ok.csv").toString().replace("\\", "\\\\") + "\n");
        assertEquals(List.of(config.resolve("ok.csv")), r.list(), "a relative entry is skipped");
    }

    /** A list that cannot be written is said once, after the opened layer's summary, which stays. */
    @Test
    void aListThatCannotBeWrittenIsSaidOnceBesideTheSummary(FxRobot robot) throws Exception {
        Path blocker = config.resolve("blocker");
        Files.writeString(blocker, "a file where the config folder should be");
        System.setProperty("atlas.settings", blocker.resolve("settings.properties").toString());
        robot.interact(() -> window = TestWindows.show(stage, 1200, 800));
        state = window.state();
        Path f = copyOfFixture("first.geojson");
        robot.interact(() -> window.openData(f));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.story().layers().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        String status = robot.lookup("#status-line").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Opened layer 'first'") && status.contains("The list of recent files could not be saved"), status);
        Path g = copyOfFixture("second.geojson");
        robot.interact(() -> window.openData(g));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.story().layers().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        status = robot.lookup("#status-line").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Opened layer 'second'") && !status.contains("could not be saved"), "said once: " + status);
    }
}
