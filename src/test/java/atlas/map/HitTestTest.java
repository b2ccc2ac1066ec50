package atlas.map;

import static atlas.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import atlas.cli.Views;
import atlas.geo.EuBorder;
import atlas.geo.GeoData;
import atlas.geo.Projection;
import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import atlas.state.Viewport;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/** What a click at a pixel selects, with the map's own tolerance in pixels. */
class HitTestTest {
    static AtlasState state;
    static MapView map;
    static GeoData geo;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        geo = FxTestSupport.data().geo();
        onFx(() -> {
            state = new AtlasState(FxTestSupport.data().story());
            state.dateProperty().set(LocalDate.of(2016, 6, 1));
            map = MapExport.offscreen(state, geo, 1600, 1000);
            return null;
        });
    }

    private static double[] screen(double lon, double lat) {
        double[] xy = Projection.eurasia().forward(lon, lat);
        Viewport v = state.viewportProperty().get();
        return new double[] {v.toScreenX(xy[0]), v.toScreenY(xy[1])};
    }

    private static Optional<FeatureRef> clickAt(double[] p) {
        return onFx(() -> {
            map.drawNow();
            return map.hitAt(p[0], p[1], MapGestures.HIT_TOLERANCE_PX);
        });
    }

    private static void view(boolean belarus) {
        onFx(() -> {
            map.resetView();
            if (belarus) state.viewportProperty().set(Views.belarus(state.viewportProperty().get()));
            return null;
        });
    }

    @Test
    void zoomedOnBelarusMinskAndGreatStoneAreSeparateMarks() {
        view(true);
        double[] minsk = screen(27.5667, 53.9), gs = screen(27.9755, 53.8643);
        assertTrue(Math.hypot(minsk[0] - gs[0], minsk[1] - gs[1]) > 30, "at least 30 px apart");
        assertEquals(Optional.of(FeatureRef.item("minsk")), clickAt(minsk));
        assertEquals(Optional.of(FeatureRef.item("great-stone")), clickAt(gs));
        assertEquals(Optional.of(FeatureRef.item("great-stone")), clickAt(new double[] {gs[0] + 4, gs[1] - 3}), "a few pixels off still hits");
    }

    @Test
    void atTheOverviewAClickOnMinskFindsMinskOrGreatStone() {
        view(false);
        FeatureRef r = clickAt(screen(27.5667, 53.9)).orElseThrow();
        assertTrue(r.equals(FeatureRef.item("minsk")) || r.equals(FeatureRef.item("great-stone")), r.toString());
    }

    @Test
    void aClickNearTheBelarusPolandBorderSelectsThatSegment() {
        view(true);
        EuBorder.Segment seg = onFx(() -> geo.overviewBorder().at(LocalDate.of(2016, 6, 1))).segments().stream()
                .filter(s -> s.id().equals("border-BLR-POL")).findFirst().orElseThrow();
        // A point in the middle of the longest part, then 4 px to the side.
        LineString longest = null;
        for (int i = 0; i < seg.lonLat().getNumGeometries(); i++) {
            LineString l = (LineString) seg.lonLat().getGeometryN(i);
            if (longest == null || l.getLength() > longest.getLength()) longest = l;
        }
        Coordinate c = longest.getCoordinateN(longest.getNumPoints() / 2);
        double[] p = screen(c.x, c.y);
        FeatureRef hit = clickAt(new double[] {p[0] + 4, p[1]}).orElseThrow();
        assertEquals(FeatureRef.border("border-BLR-POL"), hit);
    }

    @Test
    void crimeaIsDrawnWithItsOwnerOfTheDay() {
        view(false);
        try {
            onFx(() -> {
                state.dateProperty().set(LocalDate.of(2013, 6, 1));
                return null;
            });
            assertEquals(Optional.of(FeatureRef.country("UKR")), clickAt(screen(34.1, 44.95)), "Simferopol in 2013");
            onFx(() -> {
                state.dateProperty().set(LocalDate.of(2014, 3, 18));
                return null;
            });
            assertEquals(Optional.of(FeatureRef.country("RUS")), clickAt(screen(34.1, 44.95)), "from the annexation treaty on, Natural Earth's de facto line");
            assertEquals(Optional.of(FeatureRef.country("UKR")), clickAt(screen(30.52, 50.45)), "Kyiv stays in Ukraine");
        } finally {
            onFx(() -> {
                state.dateProperty().set(LocalDate.of(2016, 6, 1));
                return null;
            });
        }
    }

    @Test
    void aClickInsideACountrySelectsItAndTheSeaSelectsNothing() {
        view(true);
        assertEquals(Optional.of(FeatureRef.country("BLR")), clickAt(screen(28.5, 52.3)));
        view(false);
        assertEquals(Optional.of(FeatureRef.country("KAZ")), clickAt(screen(68, 46)));
        assertEquals(Optional.empty(), clickAt(screen(18, 35)), "the Mediterranean");
    }
}
