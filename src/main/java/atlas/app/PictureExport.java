package atlas.app;

import atlas.lang.DateText;
import atlas.lang.Ui;
import atlas.io.AtomicFiles;
import atlas.map.MapExport;
import atlas.state.AtlasState;
import atlas.state.Viewport;
import atlas.story.AtlasData;
import atlas.story.Category;
import atlas.story.Layer;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.HostServices;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * File ▸ Export map as PNG: a picture of the map as it is (same place, date, filters) at a size fit to
 * publish — the window's shape at 1× or 2×, 16:9 at 1920 × 1080 or 3840 × 2160, or A4 landscape at
 * about 300 dpi — with a footer that says what it shows (date or range, hidden categories, the fading
 * window, a search filter) and where it comes from (data and attribution). Says where it was saved,
 * with a button that opens the folder.
 */
final class PictureExport {
    /** A size to export at: the map's logical size (null = the window's) and device pixels per map pixel. */
    enum Preset {
        WINDOW_1X("export.png.size.window1", 0, 0, 1),
        WINDOW_2X("export.png.size.window2", 0, 0, 2),
        HD("export.png.size.hd", 1920, 1080, 1),
        UHD("export.png.size.uhd", 1920, 1080, 2),
        A4("export.png.size.a4", 1169, 827, 3);

        final String label;
        final int width, height;
        final double scale;

        Preset(String label, int width, int height, double scale) {
            this.label = label;
            this.width = width;
            this.height = height;
            this.scale = scale;
        }

        @Override
        public String toString() {
            return Ui.t(label);
        }
    }

    private PictureExport() {
    }

    /** Asks for the size and the file, writes the picture, and says where it went. */
    static void show(Window owner, AtlasState state, AtlasData data, HostServices host, Consumer<String> status) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Ui.t("export.png.title"));
        d.setHeaderText(Ui.t("export.png.header"));
        ComboBox<Preset> size = new ComboBox<>();
        size.setId("export-size");
        size.getItems().addAll(Preset.values());
        size.getSelectionModel().select(Preset.WINDOW_2X);
        CheckBox footer = Ui.label(new CheckBox(), "export.png.footer");
        footer.setId("export-footer");
        footer.setSelected(true);
        VBox box = new VBox(8, Ui.label(new Label(), "export.png.size"), size, footer);
        box.setPadding(new Insets(10));
        d.getDialogPane().setContent(box);
        ButtonType save = new ButtonType(Ui.t("export.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, Ui.cancel());
        if (d.showAndWait().orElse(null) != save) return;

        FileChooser fc = new FileChooser();
        fc.setTitle(Ui.t("export.png.title"));
        fc.setInitialFileName(fileName(state.window()));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Ui.t("export.png.filter"), "*.png"));
        File f = fc.showSaveDialog(owner);
        if (f == null) return;
        try {
            int[] px = write(state, data, size.getValue(), footer.isSelected(), f.toPath());
            status.accept(Ui.t("export.png.done", f, px[0], px[1]));
            saved(owner, f.toPath(), px, host, status);
        } catch (Exception ex) {
            Alert a = new Alert(Alert.AlertType.ERROR, Ui.t("export.failed", f, ex.getMessage()));
            a.initOwner(owner);
            a.show();
        }
    }

    /** The name offered for the picture: the day shown, or the first and last day of a range. */
    static String fileName(AtlasState.TimeWindow w) {
        return "belarus-china-atlas-" + (w.range() ? w.from() + "_" + w.to() : w.to()) + ".png";
    }

    /** "Saved" with the path and size, and a button that opens the folder (or says why it cannot). */
    private static void saved(Window owner, Path file, int[] px, HostServices host, Consumer<String> status) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(Ui.t("export.png.saved"));
        a.setHeaderText(Ui.t("export.png.saved.header", px[0], px[1]));
        a.setContentText(file.toString());
        ButtonType open = new ButtonType(Ui.t("export.open.folder"), ButtonBar.ButtonData.LEFT);
        a.getButtonTypes().setAll(open, Ui.ok());
        a.showAndWait().filter(open::equals).ifPresent(b -> {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) Links.openFolder(host, dir, status);
        });
    }

    /** Writes the picture of {@code state}'s map (view, date, filters) at {@code preset}; returns its size in pixels. */
    static int[] write(AtlasState state, AtlasData data, Preset preset, boolean withFooter, Path out) throws java.io.IOException {
        Viewport v = state.viewportProperty().get();
        int w = preset.width > 0 ? preset.width : (int) Math.max(100, v.width());
        int h = preset.height > 0 ? preset.height : (int) Math.max(100, v.height());
        List<String> footer = withFooter ? footer(state, data) : List.of();
        // The picture shows at least what the window shows, whatever its shape; at the window's size exactly
        // what it shows (the footer goes under the map, not into its height).
        boolean windowSize = preset.width == 0;
        AtlasState copy = copyOf(state);
        if (!windowSize) keyFor(state, copy, w, h);
        WritableImage img = MapExport.publish(copy, data.geo(), w, h, preset.scale, o -> {
            double s = v.scale() * Math.min(o.width() / v.width(), o.height() / v.height());
            return o.centeredOn(v.centerX(), v.centerY(), s);
        }, footer, windowSize);
        var buffered = SwingFXUtils.fromFXImage(img, null);
        AtomicFiles.write(out, o -> ImageIO.write(buffered, "png", o));
        return new int[] {(int) img.getWidth(), (int) img.getHeight()};
    }

    /** What the picture shows and where it comes from, one line each; the first is its title. */
    static List<String> footer(AtlasState state, AtlasData data) {
        List<String> out = new ArrayList<>();
        AtlasState.TimeWindow w = state.window();
        out.add(Ui.t("app.title") + " · " + (w.range() ? DateText.range(w.from(), w.to()) : DateText.of(w.cursor())));
        List<String> shown = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (Category c : Category.values()) (state.categories().contains(c) ? shown : hidden).add(Ui.category(c));
        hidden.addAll(state.hiddenCategories().stream().map(k -> k.replace(":", ": ")).sorted().toList());
        hidden.addAll(state.hiddenDataLayers().stream().map(l -> Ui.t("footer.layer", l)).sorted().toList());
        StringBuilder what = new StringBuilder(hidden.isEmpty() ? Ui.t("footer.all") : Ui.t("footer.hidden", String.join(", ", hidden)));
        if (w.range()) what.append(" · ").append(Ui.t("footer.range"));
        else what.append(" · ").append(Ui.t("footer.fade", state.trailingMonthsProperty().get()));
        String q = state.searchProperty().get();
        if (q != null && !q.isBlank()) what.append(" · ").append(Ui.t("footer.search", q.trim()));
        out.add(what.toString());
        List<String> layers = new ArrayList<>();
        for (Layer l : state.story().layers()) {
            layers.add(l.embedded() ? Ui.t("footer.story") : Ui.t("footer.layer", l.name()));
        }
        out.add(Ui.t("footer.data", String.join("; ", layers)));
        out.add(Ui.t("footer.credits"));
        return out;
    }

    /** A copy of the state for drawing off-screen: the same time, filters and layers shown. */
    /**
     * The key in a picture of w × h that is not the window's map: left out when the reader closed it, else shown
     * when it fits the picture (the window may have folded it only for the window's size).
     */
    static void keyFor(AtlasState state, AtlasState copy, int w, int h) {
        boolean closedByReader = state.hiddenLayers().contains("legend") && !state.keyFoldedForSizeProperty().get();
        if (closedByReader || !MapExport.keyFits(w, h, state.story().store())) copy.hiddenLayers().add("legend");
        else copy.hiddenLayers().remove("legend");
    }

    static AtlasState copyOf(AtlasState state) {
        AtlasState copy = new AtlasState(state.story());
        copy.trailingMonthsProperty().set(state.trailingMonthsProperty().get());
        copy.dateProperty().set(state.dateProperty().get());
        copy.rangeFromProperty().set(state.rangeFromProperty().get());
        copy.rangeToProperty().set(state.rangeToProperty().get());
        copy.rangeModeProperty().set(state.rangeModeProperty().get());
        copy.categories().retainAll(state.categories());
        copy.searchProperty().set(state.searchProperty().get());
        copy.hiddenLayers().addAll(state.hiddenLayers());
        copy.hiddenDataLayers().addAll(state.hiddenDataLayers());
        copy.hiddenCategories().addAll(state.hiddenCategories());
        copy.aggregateProperty().set(state.aggregateProperty().get());
        return copy;
    }
}
