package atlas.app;

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
            status.accept("Not a web address, so it was not opened: " + url);
            return;
        }
        String why = host == null ? "no browser is available to this program" : noBrowser();
        if (why == null) {
            try {
                host.showDocument(url);
                status.accept("Opening " + url + " in your browser…");
                return;
            } catch (RuntimeException e) {
                why = e.getMessage() == null ? e.toString() : e.getMessage();
            }
        }
        ClipboardContent c = new ClipboardContent();
        c.putString(url);
        Clipboard.getSystemClipboard().setContent(c);
        status.accept("Could not open the link (" + why + "); it is on the clipboard: " + url);
    }

    /** Opens a folder in the desktop's file manager; says so, or why it could not. */
    static void openFolder(HostServices host, java.nio.file.Path dir, Consumer<String> status) {
        String why = host == null ? "no file manager is available to this program" : noBrowser();
        if (why == null) {
            try {
                host.showDocument(dir.toUri().toString());
                status.accept("Opening the folder " + dir + "…");
                return;
            } catch (RuntimeException e) {
                why = e.getMessage() == null ? e.toString() : e.getMessage();
            }
        }
        status.accept("Could not open the folder (" + why + "): " + dir);
    }

    /** On Linux the browser is reached through xdg-open; without it nothing would happen, silently. */
    private static String noBrowser() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) return null;
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, "xdg-open"))) return null;
        }
        return "no xdg-open to start a browser or file manager";
    }
}
