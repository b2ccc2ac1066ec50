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
        ClipboardContent c = new ClipboardContent();
        c.putString(url);
        Clipboard.getSystemClipboard().setContent(c);
        status.accept(Ui.t("links.failed", why, url));
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
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) return null;
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, "xdg-open"))) return null;
        }
        return Ui.t("links.no.xdg");
    }
}
