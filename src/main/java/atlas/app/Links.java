package atlas.app;

import atlas.lang.Ui;
import java.util.function.Consumer;
import javafx.application.HostServices;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Opens a source's web address in the reader's browser, and says in the window when it cannot: then
 * the address is put on the clipboard instead, so the reader can paste it. Only http and https open.
 */
final class Links {
    private Links() {
    }

    static void open(HostServices host, String url, Consumer<String> status) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            status.accept(Ui.t("links.not.web", url));
            return;
        }
        java.nio.file.Path opener = host == null && System.getProperty("atlas.opener") == null ? null : opener();
        if (opener != null) {
            // xdg-open says by its exit code whether a browser took the address (the toolkit's showDocument never does).
            status.accept(Ui.t("links.opening", url));
            watch(opener, url, why -> failed(url, why, status));
            return;
        }
        String why = host == null ? Ui.t("links.no.browser") : noBrowser();
        if (why == null) {
            try {
                host.showDocument(url);
                status.accept(Ui.t("links.opening", url));
                return;
            } catch (RuntimeException e) {
                why = e.getMessage() == null ? e.toString() : e.getMessage();
            }
        }
        failed(url, why, status);
    }

    /** The address on the clipboard, and the window says why it did not open. */
    private static void failed(String url, String why, Consumer<String> status) {
        ClipboardContent c = new ClipboardContent();
        c.putString(url);
        Clipboard.getSystemClipboard().setContent(c);
        // What matters first (the link is on the clipboard); the system's own words go to the console, not the status line.
        System.err.println(atlas.io.Texts.line("Could not open " + url + ": " + why)); // the address comes from data: no control characters reach the terminal
        status.accept(Ui.t("links.failed", why, url));
    }

    /**
     * Runs {@code opener url} on a thread of its own; when it ends in failure (within a minute: a browser that stays in
     * the foreground counts as opened), {@code onFailure} gets why, on the JavaFX thread.
     */
    static void watch(java.nio.file.Path opener, String url, Consumer<String> onFailure) {
        Thread t = new Thread(() -> {
            String why;
            try {
                Process p = new ProcessBuilder(opener.toString(), url).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                String err;
                try (var in = p.getErrorStream()) {
                    err = new String(in.readNBytes(2_000), java.nio.charset.StandardCharsets.UTF_8).strip();
                }
                if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() == 0) return;
                String first = err.isEmpty() ? "" : err.lines().reduce((a, b) -> b).orElse("");
                why = opener.getFileName() + " " + p.exitValue() + (first.isEmpty() ? "" : ": " + atlas.io.Texts.clip(first));
            } catch (java.io.IOException e) {
                why = String.valueOf(e.getMessage());
            } catch (InterruptedException e) {
                return;
            }
            String said = why;
            javafx.application.Platform.runLater(() -> onFailure.accept(said));
        }, "open-link");
        t.setDaemon(true);
        t.start();
    }

    /** On Linux, the xdg-open on the PATH (or {@code -Datlas.opener}, for tests); elsewhere null: the toolkit opens links. */
    static java.nio.file.Path opener() {
        String given = System.getProperty("atlas.opener");
        if (given != null) return java.nio.file.Path.of(given);
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) return null;
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            java.nio.file.Path x = java.nio.file.Path.of(dir, "xdg-open");
            if (java.nio.file.Files.isExecutable(x)) return x;
        }
        return null;
    }

    /** Opens a folder in the desktop's file manager; says so, or why it could not. */
    static void openFolder(HostServices host, java.nio.file.Path dir, Consumer<String> status) {
        String why = host == null ? Ui.t("links.no.files") : noBrowser();
        if (why == null) {
            try {
                host.showDocument(dir.toUri().toString());
                status.accept(Ui.t("links.opening.folder", dir));
                return;
            } catch (RuntimeException e) {
                why = e.getMessage() == null ? e.toString() : e.getMessage();
            }
        }
        status.accept(Ui.t("links.folder.failed", why, dir));
    }

    /** On Linux the browser is reached through xdg-open; without it nothing would happen, silently. */
    private static String noBrowser() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        return linux && System.getenv("PATH") != null && opener() == null ? Ui.t("links.no.xdg") : null;
    }
}
