package atlas.map;

import static atlas.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import atlas.geo.Projection;
import atlas.state.AtlasState;
import atlas.state.Viewport;
import java.time.LocalDate;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Beyond the data's cut (72°N, 15°W, …) the map is veiled, so the cut is not read as a coast; inside, nothing is. */
class ExtentMaskTest {
    static AtlasState state;
    static Viewport eurasia;
    static WritableImage picture;
    static Color sea;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        onFx(() -> {
            state = new AtlasState(FxTestSupport.data().story());
            state.dateProperty().set(LocalDate.of(2018, 6, 1));
            picture = MapExport.render(state, FxTestSupport.data().geo(), 1600, 1000, v -> v);
            eurasia = state.viewportProperty().get();
            sea = new MapView(state, FxTestSupport.data().geo(), true).palette().get("map-sea");
            return null;
        });
    }

    private static double[] screen(double lon, double lat) {
        double[] xy = Projection.eurasia().forward(lon, lat);
        return new double[] {eurasia.toScreenX(xy[0]), eurasia.toScreenY(xy[1])};
    }

    @Test
    void theMaskCoversWhatLiesBeyondTheCutInScreenSpaceAndNothingWithin() {
        ExtentMask mask = new ExtentMask();
        assertTrue(mask.visible(eurasia), "the Eurasia view reaches beyond the data");
        // Just beyond each cut and just within it, at points on screen.
        double[][] beyond = {{60, 73}, {100, 72.5}, {30, 75}, {-16, 45}, {-20, 55}};
        double[][] within = {{60, 71.5}, {100, 71}, {-14, 45}, {27.5667, 53.9}, {116.4, 39.9}};
        for (double[] p : beyond) {
            double[] s = screen(p[0], p[1]);
            assertTrue(s[0] > 0 && s[0] < 1600 && s[1] > 0 && s[1] < 1000, "on screen: " + p[0] + ", " + p[1]);
            assertTrue(mask.masked(eurasia, s[0], s[1]), "masked: " + p[0] + ", " + p[1]);
        }
        for (double[] p : within) {
            double[] s = screen(p[0], p[1]);
            assertFalse(mask.masked(eurasia, s[0], s[1]), "not masked: " + p[0] + ", " + p[1]);
        }
        Viewport minsk = eurasia.centeredOn(Projection.eurasia().forward(27.5667, 53.9)[0], Projection.eurasia().forward(27.5667, 53.9)[1], eurasia.scale() * 12);
        assertFalse(mask.visible(minsk), "around Minsk all is within the data: nothing is veiled");
        assertNotNull(mask.notePlace(eurasia, 180, 16), "the note has a place at the Eurasia view");
    }

    @Test
    void inThePictureTheSeaBeyondTheCutIsVeiledAndTheSeaWithinIsNot() {
        double[] arctic = screen(70, 76), atlantic = screen(-20, 50), baltic = screen(19.5, 57.5);
        assertTrue(differsFromSea(arctic), "the Arctic beyond 72°N is not drawn as open sea");
        assertTrue(differsFromSea(atlantic), "the Atlantic beyond 15°W is not drawn as open sea");
        assertFalse(differsFromSea(baltic), "the Baltic within the data is sea");
    }

    /** Whether most pixels of the 7 × 7 block at p differ clearly from the sea's colour. */
    private static boolean differsFromSea(double[] p) {
        int differ = 0;
        for (int dx = -3; dx <= 3; dx++) {
            for (int dy = -3; dy <= 3; dy++) {
                Color c = picture.getPixelReader().getColor((int) p[0] + dx, (int) p[1] + dy);
                double d = Math.abs(c.getRed() - sea.getRed()) + Math.abs(c.getGreen() - sea.getGreen()) + Math.abs(c.getBlue() - sea.getBlue());
                if (d > 0.08) differ++;
            }
        }
        return differ > 30;
    }
}
