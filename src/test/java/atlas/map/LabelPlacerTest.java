package atlas.map;

import static atlas.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where a label goes when every place next to its point is taken. */
class LabelPlacerTest {
    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    /**
     * A label that must be set (priority 100 and up) with a marker under each of its spots hides the fewest:
     * here two markers lie under each spot to the right and above, one under the spot below.
     */
    @Test
    void aLabelThatMustBeSetCoversTheFewestMarkers() {
        List<PlacedLabel> placed = onFx(() -> {
            LabelPlacer p = new LabelPlacer();
            p.reserve(200, 200, 5);
            double[][] others = {{340, 200}, {350, 200}, {340, 186}, {350, 186}, {340, 214}, {350, 214}, {140, 184}, {150, 184}, {150, 216}};
            for (double[] m : others) p.reserve(m[0], m[1], 1);
            p.offer("Great Stone Industrial Park near Minsk", 200, 200, 5, 105, false);
            p.drawAll(new Canvas(600, 400).getGraphicsContext2D(), Color.BLACK, Color.WHITE);
            return List.copyOf(p.placedBoxes());
        });
        assertEquals(1, placed.size());
        PlacedLabel l = placed.get(0);
        assertTrue(l.y0() > 200 && l.x0() < 200 && l.x1() > 200, "set below its point, centred, over one marker only: " + l);
    }
}
