package atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A link whose opener fails says so and puts the address on the clipboard (a new user's machine had xdg-open but no
 * browser: the window said "Opening…" and nothing happened); one that opens says only that it is opening.
 */
class LinksTest {
    @Test
    void aLinkThatCannotOpenIsSaidAndCopied(@TempDir Path dir) throws Exception {
        FxTestSupport.startToolkit();
        Path failing = Files.writeString(dir.resolve("fails"), "#!/bin/sh\necho 'gio: Operation not supported' >&2\nexit 4\n");
        Path working = Files.writeString(dir.resolve("works"), "#!/bin/sh\nexit 0\n");
        assertTrue(failing.toFile().setExecutable(true) && working.toFile().setExecutable(true));
        String url = "https://example.org/a-source";
        try {
            List<String> said = new CopyOnWriteArrayList<>();
            System.setProperty("atlas.opener", failing.toString());
            FxTestSupport.onFx(() -> {
                Links.open(null, url, said::add);
                return null;
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> said.size() == 2);
            assertTrue(said.get(0).startsWith("Opening " + url), said.toString());
            assertTrue(said.get(1).startsWith("Link copied to the clipboard: no browser could be started") && said.get(1).endsWith(url), said.toString());
            assertTrue(!said.get(1).contains("gio") && !said.get(1).contains("fails 4"), "no system jargon: " + said);
            assertEquals(url, FxTestSupport.onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()));

            List<String> fine = new CopyOnWriteArrayList<>();
            System.setProperty("atlas.opener", working.toString());
            FxTestSupport.onFx(() -> {
                Links.open(null, url, fine::add);
                return null;
            });
            Thread.sleep(1_500);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of("Opening " + url + " in your browser…"), fine);
        } finally {
            System.clearProperty("atlas.opener");
        }
    }
}
