package atlas.map;

import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import atlas.state.Viewport;
import atlas.story.StoryItem;
import atlas.style.Palette;
import java.util.List;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything one frame is drawn from, fixed for the frame: the graphics context, the viewport and the
 * world rectangle it shows, the palette, and a snapshot of the state.
 */
record Frame(GraphicsContext gc, Viewport viewport, Envelope view, Palette palette,
             AtlasState.TimeWindow window, List<StoryItem> visible, Set<String> visibleIds,
             FeatureRef selected, FeatureRef hovered, boolean detail, LabelPlacer labels) {

    boolean isSelected(FeatureRef r) {
        return r.equals(selected);
    }

    boolean isHovered(FeatureRef r) {
        return r.equals(hovered);
    }
}
