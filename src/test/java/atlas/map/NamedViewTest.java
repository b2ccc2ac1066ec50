package atlas.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import atlas.state.Viewport;
import atlas.story.ItemStore;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** The views a reader jumps to show their subject whole and clear of what is drawn over the map. */
class NamedViewTest {
    /** At the window's usual sizes, no point of Belarus's outline lies under the key in the lower left, and all of it is in view. */
    @Test
    void theBelarusViewKeepsTheCountryClearOfTheKey() {
        ItemStore store = FxTestSupport.data().story().store();
        Geometry belarus = FxTestSupport.data().geo().overview().get("BLR").projected();
        for (int[] size : new int[][] {{1000, 700}, {1150, 800}, {1600, 1000}, {740, 520}, {1100, 560}, {470, 430}, {300, 400}}) {
            double w = size[0], h = size[1];
            Viewport start = Viewport.fit(NamedView.EURASIA.world(store), w, h, 250);
            Viewport v = NamedView.BELARUS.apply(start, store, true, FxTestSupport.data().geo());
            double keyRight = 10 + LegendLayer.W, keyTop = LegendLayer.top(h, store);
            int under = 0, outside = 0;
            for (Coordinate c : belarus.getCoordinates()) {
                double x = v.toScreenX(c.x), y = v.toScreenY(c.y);
                if (x < keyRight && y > keyTop && y < h - 48) under++;
                if (x < 0 || x > w || y < NamedView.TOP_PX || y > h - NamedView.BOTTOM_PX) outside++;
            }
            assertTrue(under == 0, under + " points of Belarus under the key at " + w + "x" + h);
            assertTrue(outside == 0, outside + " points of Belarus out of view or under the top and bottom bands at " + w + "x" + h);
            // With the key folded away, the view is the plain fit, clear of the bands too.
            Viewport plain = NamedView.BELARUS.apply(start, store, false, FxTestSupport.data().geo());
            for (Coordinate c : belarus.getCoordinates()) {
                double y = plain.toScreenY(c.y), x = plain.toScreenX(c.x);
                assertTrue(x >= 0 && x <= w && y >= NamedView.TOP_PX && y <= h - NamedView.BOTTOM_PX, "folded key: in view at " + w + "x" + h);
            }
            assertTrue(plain.scale() >= v.scale() - 1e-9, "moving clear of the key never zooms in");
        }
    }
}
