package atlas.map;

import atlas.geo.GeoData;
import atlas.state.AtlasState;
import atlas.state.Viewport;
import java.util.function.UnaryOperator;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/**
 * Draws the map off-screen into an image, with the same layers and stylesheet as the window plus a
 * title and the date stamped on it. Used by the {@code render} command and File ▸ Export. Call on the
 * JavaFX thread.
 */
public final class MapExport {
    private MapExport() {
    }

    /**
     * @param view turns the overview viewport of the picture's size into the one to draw
     *             (identity for the whole of Eurasia)
     */
    public static WritableImage render(AtlasState state, GeoData geo, int width, int height, UnaryOperator<Viewport> view) {
        MapView map = offscreen(state, geo, width, height);
        state.viewportProperty().set(view.apply(state.viewportProperty().get()));
        map.drawNow();
        return map.snapshotMap(new WritableImage(width, height));
    }

    /** Whether a map of {@code width} × {@code height} has room for the key, as the window opens it: else it is left out of a picture. */
    public static boolean keyFits(int width, int height, atlas.story.ItemStore store) {
        return LegendLayer.fits(width, height, store);
    }

    /**
     * A picture for publishing: the map, with a footer of {@code footer} lines under it (none when
     * empty), {@code width} × {@code height} map pixels in all, drawn at {@code scale} device pixels
     * each (2 for a 2× picture, 3 for print), so the image is {@code width·scale} × {@code height·scale}
     * and text and lines are as sharp as at 1×.
     *
     * @param view turns the overview viewport of the map's size into the one to draw
     */
    public static WritableImage publish(AtlasState state, GeoData geo, int width, int height, double scale,
                                        UnaryOperator<Viewport> view, java.util.List<String> footer) {
        return publish(state, geo, width, height, scale, view, footer, false);
    }

    /**
     * As {@link #publish(AtlasState, GeoData, int, int, double, UnaryOperator, java.util.List)}; with
     * {@code footerBelow} the map itself is {@code width} × {@code height} and the footer is added under
     * it (the picture is taller), so a picture of the window's map shows exactly what the window shows.
     */
    public static WritableImage publish(AtlasState state, GeoData geo, int width, int height, double scale,
                                        UnaryOperator<Viewport> view, java.util.List<String> footer, boolean footerBelow) {
        MapView map = new MapView(state, geo, true);
        map.setPixelScale(scale);
        javafx.scene.layout.VBox notes = new javafx.scene.layout.VBox(2);
        notes.getStyleClass().add("export-footer");
        for (int i = 0; i < footer.size(); i++) {
            javafx.scene.control.Label l = new javafx.scene.control.Label(footer.get(i));
            l.setWrapText(true);
            l.getStyleClass().add(i == 0 ? "export-footer-title" : "export-footer-line");
            notes.getChildren().add(l);
        }
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(map);
        if (!footer.isEmpty()) root.setBottom(notes);
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MapView.stylesheet());
        root.applyCss();
        if (footerBelow && !footer.isEmpty()) height += (int) Math.ceil(notes.prefHeight(width));
        root.resize(width, height);
        root.layout();
        state.viewportProperty().set(view.apply(state.viewportProperty().get()));
        map.drawNow();
        javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
        p.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
        int w = (int) Math.round(width * scale), h = (int) Math.round(height * scale);
        p.setViewport(new javafx.geometry.Rectangle2D(0, 0, w, h));
        return root.snapshot(p, new WritableImage(w, h));
    }

    /**
     * A map of {@code width} × {@code height} in a scene of its own, styled and laid out, showing all of
     * Eurasia, with a title stamped and EU borders computed in the frame (nothing waits for a pulse).
     */
    public static MapView offscreen(AtlasState state, GeoData geo, int width, int height) {
        MapView map = new MapView(state, geo, true);
        Scene scene = new Scene(map, width, height);
        scene.getStylesheets().add(MapView.stylesheet());
        map.applyCss();
        map.resize(width, height);
        map.layout();
        return map;
    }
}
