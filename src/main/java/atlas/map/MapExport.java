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
