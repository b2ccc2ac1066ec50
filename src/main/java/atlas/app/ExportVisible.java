package atlas.app;

import atlas.lang.Ui;
import atlas.export.ExportFormat;
import atlas.export.Exporter;
import atlas.state.AtlasState;
import atlas.story.ItemStore;
import atlas.story.Layer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;

/**
 * File ▸ Export visible items…: writes the items the map and the list show now (same date or range,
 * same filters and layers) as GeoJSON, CSV or GeoPackage, chosen by the file's extension. Writing runs
 * off the JavaFX thread and is atomic; an open data file is never overwritten.
 */
final class ExportVisible {
    private ExportVisible() {
    }

    /** The menu item; {@code owner} places the dialogs, {@code status} shows the outcome. */
    static MenuItem menuItem(AtlasState state, Node owner, Consumer<String> status) {
        MenuItem m = Ui.item(new MenuItem(), "menu.file.export.items");
        m.setId("export-items");
        m.setOnAction(e -> choose(state, owner, status));
        return m;
    }

    private static void choose(AtlasState state, Node owner, Consumer<String> status) {
        FileChooser fc = new FileChooser();
        fc.setTitle(Ui.t("export.items.title"));
        for (ExportFormat f : ExportFormat.values()) fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.label(), f.glob()));
        var w = state.window(); // a range's both ends, as the picture's name has them
        fc.setInitialFileName("belarus-china-atlas-items-" + (w.range() ? w.from() + "_" + w.to() : w.to()) + ".geojson");
        File chosen = fc.showSaveDialog(owner.getScene().getWindow());
        if (chosen == null) return;
        Path out = chosen.toPath();
        if (ExportFormat.byFileName(out.getFileName().toString()) == null) {
            // No known extension typed: take the chosen filter's.
            FileChooser.ExtensionFilter ef = fc.getSelectedExtensionFilter();
            String ext = ef == null ? ".geojson" : ef.getExtensions().get(0).substring(1);
            out = out.resolveSibling(out.getFileName() + ext);
        }
        AtlasState.Shown shown = state.shown();
        Path target = out;
        Task<Integer> t = new Task<>() {
            @Override
            protected Integer call() throws IOException {
                return write(shown, target);
            }
        };
        t.setOnSucceeded(e -> status.accept(Ui.t("export.items.done", t.getValue(), target)));
        t.setOnFailed(e -> {
            Throwable x = t.getException();
            Alert a = new Alert(Alert.AlertType.ERROR, Ui.t("export.failed", target, atlas.io.Texts.clip(String.valueOf(x.getMessage()))));
            a.initOwner(owner.getScene().getWindow());
            a.show();
        });
        Thread th = new Thread(t, "export-items");
        th.setDaemon(true);
        th.start();
    }

    /**
     * Writes the rows of {@code shown} to {@code out} in the format its extension names; returns how
     * many items were written. Refuses to write over a file that an open layer was read from.
     */
    static int write(AtlasState.Shown shown, Path out) throws IOException {
        ExportFormat format = ExportFormat.byFileName(out.getFileName().toString());
        if (format == null) throw new IOException("the file name must end in .geojson, .csv or .gpkg");
        refuseOpenData(shown.store(), out);
        Exporter.write(shown.store(), shown.rows(), format, out);
        return shown.size();
    }

    /**
     * Refuses {@code out} when an open layer was read from it: its file, or a data file in its folder,
     * compared by real path (a symbolic link or another spelling of the same file is caught too).
     */
    static void refuseOpenData(ItemStore store, Path out) throws IOException {
        if (!Files.exists(out)) return;
        Path target = out.toRealPath();
        for (Layer l : store.layers()) {
            if (l.story() && l.name().equals(Layer.STORY)) continue;
            for (String from : new String[] {l.source(), l.origin()}) {
                if (from == null) continue;
                try {
                    Path source = Path.of(from);
                    if (!Files.exists(source)) continue;
                    Path real = source.toRealPath();
                    boolean inFolder = Files.isDirectory(real) && real.equals(target.getParent()) && atlas.io.Formats.isData(target.getFileName().toString());
                    if (real.equals(target) || inFolder) {
                        throw new IOException("it is " + (inFolder ? "in the folder" : "the data file") + " of the open layer '" + atlas.io.Texts.clip(l.name()) + "'; choose another name");
                    }
                } catch (java.nio.file.InvalidPathException e) {
                    // "3 files": a folder's summary, not a path; its origin is checked instead.
                }
            }
        }
    }
}
