package atlas.map;

import static atlas.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import atlas.cli.Views;
import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import atlas.state.Viewport;
import atlas.story.ItemStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** Corridors that share a track are drawn side by side, and each is hit where it is drawn. */
class CorridorTracksTest {
    private static List<double[]> parts(String wkt) {
        try {
            return CorridorTracks.parts(new WKTReader().read(wkt));
        } catch (org.locationtech.jts.io.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void twoLinesSharingSegmentsSitOnEitherSideOfTheTrackAndApartElsewhereNot() {
        // A runs west to east then turns north-east; B comes from the south-east and runs the shared part east to west.
        List<double[]> a = parts("LINESTRING (0 0, 100 0, 200 0, 300 100)");
        List<double[]> b = parts("LINESTRING (300 -100, 200 0, 100 0, 0 0)");
        List<double[]> c = parts("LINESTRING (0 500, 100 600)");
        Map<Integer, double[][]> shifts = CorridorTracks.layout(new int[] {1, 2, 3}, r -> r == 1 ? a : r == 2 ? b : c);
        assertNull(shifts.get(3), "a corridor sharing nothing stays on its line");
        double[] da = shifts.get(1)[0], db = shifts.get(2)[0];
        // The shared vertex (100, 0) is A's vertex 1 and B's vertex 2; at it the two are a spacing apart, across the track.
        double ax = da[2], ay = da[3], bx = db[4], by = db[5];
        assertEquals(0, ax, 1e-9, "a horizontal track shifts its corridors vertically");
        assertEquals(CorridorTracks.SPACING_PX, Math.abs(ay - by), 1e-9);
        assertTrue(ay * by < 0, "one above and one below the track");
        // At the far end of the shared part, (0, 0), the same sides are kept.
        assertEquals(Math.signum(ay), Math.signum(da[1]));
        assertEquals(Math.signum(by), Math.signum(db[7]));
        // Where they part ways ((300, 100) for A, (300, -100) for B) each is back on its own line.
        assertEquals(0, Math.hypot(da[6], da[7]), 1e-9);
        assertEquals(0, Math.hypot(db[0], db[1]), 1e-9);
    }

    @Test
    void threeOnOneTrackAreCentredAndEvenlySpaced() {
        List<double[]> line = parts("LINESTRING (0 0, 0 100)");
        Map<Integer, double[][]> shifts = CorridorTracks.layout(new int[] {7, 8, 9}, r -> line);
        double s = CorridorTracks.SPACING_PX;
        assertEquals(-s, shifts.get(7)[0][0], 1e-9);
        assertEquals(0, shifts.get(8)[0][0], 1e-9);
        assertEquals(s, shifts.get(9)[0][0], 1e-9);
    }

    @Test
    void onTheMapAClickOnEachDrawnLineSelectsThatCorridor() {
        FxTestSupport.startToolkit();
        var geo = FxTestSupport.data().geo();
        MapView[] map = new MapView[1];
        AtlasState state = onFx(() -> {
            AtlasState s = new AtlasState(FxTestSupport.data().story());
            s.dateProperty().set(LocalDate.of(2016, 6, 1)); // the western and northern corridors, both through Minsk and Brest
            map[0] = MapExport.offscreen(s, geo, 1600, 1000);
            s.viewportProperty().set(Views.belarus(s.viewportProperty().get()));
            map[0].drawNow();
            return s;
        });
        ItemStore store = state.story().store();
        int west = store.find("corridor-west"), north = store.find("corridor-north");
        CorridorTracks tracks = map[0].corridorTracks();
        assertTrue(tracks.shifted(west) && tracks.shifted(north), "both share the Minsk–Brest track");
        Viewport v = state.viewportProperty().get();
        // Minsk (27.5667, 53.9) to the next waypoint towards Brest: a segment both corridors run along.
        double[] mWest = drawnMidpoint(store.shape(west), tracks.shiftsOf(west), v, 27.5667);
        double[] mNorth = drawnMidpoint(store.shape(north), tracks.shiftsOf(north), v, 27.5667);
        double apart = Math.hypot(mWest[0] - mNorth[0], mWest[1] - mNorth[1]);
        assertEquals(CorridorTracks.SPACING_PX, apart, 0.3, "drawn a spacing apart");
        assertEquals(Optional.of(FeatureRef.item("corridor-west")), onFx(() -> map[0].hitAt(mWest[0], mWest[1], MapGestures.HIT_TOLERANCE_PX)));
        assertEquals(Optional.of(FeatureRef.item("corridor-north")), onFx(() -> map[0].hitAt(mNorth[0], mNorth[1], MapGestures.HIT_TOLERANCE_PX)));
    }

    /** The screen midpoint, as drawn, of the segment that starts at the vertex whose longitude is {@code lon}. */
    private static double[] drawnMidpoint(Geometry projected, double[][] shifts, Viewport v, double lon) {
        assertNotNull(shifts);
        double[] p = CorridorTracks.parts(projected).get(0);
        double[] start = atlas.geo.Projection.eurasia().forward(lon, 53.9);
        for (int k = 0; k + 3 < p.length; k += 2) {
            if (Math.abs(p[k] - start[0]) > 1 || Math.abs(p[k + 1] - start[1]) > 1) continue;
            double x = (v.toScreenX(p[k]) + shifts[0][k] + v.toScreenX(p[k + 2]) + shifts[0][k + 2]) / 2;
            double y = (v.toScreenY(p[k + 1]) + shifts[0][k + 1] + v.toScreenY(p[k + 3]) + shifts[0][k + 3]) / 2;
            return new double[] {x, y};
        }
        throw new AssertionError("no vertex at Minsk");
    }
}
