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
             AtlasState.TimeWindow window, List<StoryItem> visible, VisibleIds visibleIds,
             FeatureRef selected, FeatureRef hovered, boolean detail, LabelPlacer labels) {

    /** The ids of the visible items, built on first use (only hit-testing needs them, not drawing). */
    static final class VisibleIds {
        private final List<StoryItem> visible;
        private Set<String> ids;

        VisibleIds(List<StoryItem> visible) {
            this.visible = visible;
        }

        boolean contains(String id) {
            if (ids == null) {
                ids = new java.util.HashSet<>(visible.size() * 2);
                for (StoryItem it : visible) ids.add(it.id());
            }
            return ids.contains(id);
        }
    }

    boolean isSelected(FeatureRef r) {
        return r.equals(selected);
    }

    boolean isHovered(FeatureRef r) {
        return r.equals(hovered);
    }
}
