package atlas.map;

import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import atlas.state.Viewport;
import atlas.story.ItemStore;
import atlas.style.Palette;
import javafx.scene.canvas.GraphicsContext;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything one frame is drawn from, fixed for the frame: the graphics context, the viewport and the
 * world rectangle it shows, the palette, and a snapshot of the state.
 */
record Frame(GraphicsContext gc, Viewport viewport, Envelope view, Palette palette,
             AtlasState.TimeWindow window, AtlasState.Shown shown,
             FeatureRef selected, FeatureRef hovered, boolean detail, LabelPlacer labels) {

    /** The same frame drawn on another canvas. */
    Frame withGc(GraphicsContext other) {
        return new Frame(other, viewport, view, palette, window, shown, selected, hovered, detail, labels);
    }

    ItemStore store() {
        return shown.store();
    }

    boolean isSelected(FeatureRef r) {
        return r.equals(selected);
    }

    boolean isHovered(FeatureRef r) {
        return r.equals(hovered);
    }

    /** Whether the selection or the hover is a feature of this type (a layer can skip making refs otherwise). */
    boolean marks(FeatureRef.Type type) {
        return (selected != null && selected.type() == type) || (hovered != null && hovered.type() == type);
    }

    /** Position of layer {@code l} among the user (non-story-format) layers: it picks the layer's colour. */
    static int userLayerIndex(ItemStore s, int l) {
        int n = 0;
        for (int i = 0; i < l; i++) if (!s.layers().get(i).story()) n++;
        return n;
    }
}
