package atlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProjectionTest {
    private final Projection p = Projection.eurasia();

    @Test
    void roundTripsAcrossTheRegion() {
        for (double lon = -15; lon <= 150; lon += 15) {
            for (double lat = 5; lat <= 72; lat += 7) {
                double[] xy = p.forward(lon, lat);
                double[] back = p.inverse(xy[0], xy[1]);
                assertEquals(lon, back[0], 1e-7, "lon at " + lon + "," + lat);
                assertEquals(lat, back[1], 1e-7, "lat at " + lon + "," + lat);
            }
        }
    }

    @Test
    void isConicNotPlateCarree() {
        // On a conic projection the meridians converge: 10° of longitude is shorter in metres at 60°N than at 40°N.
        double w60 = p.forward(70, 60)[0] - p.forward(60, 60)[0];
        double w40 = p.forward(70, 40)[0] - p.forward(60, 40)[0];
        assertTrue(w60 < w40 * 0.75, "meridians converge northwards");
        // The central meridian (65°E) is vertical.
        assertEquals(p.forward(65, 30)[0], p.forward(65, 70)[0], 1e-6);
    }

    @Test
    void keepsDistancesNearTheStandardParallelsTrue() {
        GeoPoint minsk = new GeoPoint(27.5667, 53.9), moscow = new GeoPoint(37.6175, 55.7504);
        double[] a = p.forward(minsk.lon(), minsk.lat()), b = p.forward(moscow.lon(), moscow.lat());
        double mapKm = Math.hypot(a[0] - b[0], a[1] - b[1]) / 1000;
        double trueKm = minsk.distanceKm(moscow);
        assertEquals(trueKm, mapKm, trueKm * 0.03, "Minsk–Moscow within 3% of the great-circle distance");
        assertEquals(676, trueKm, 10);
    }
}
