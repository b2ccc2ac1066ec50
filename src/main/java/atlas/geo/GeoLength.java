package atlas.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/** Lengths on the globe of lon/lat linework. */
public final class GeoLength {
    private GeoLength() {
    }

    /** Sum of the great-circle lengths of all line parts of {@code lonLat}, in kilometres. */
    public static double km(Geometry lonLat) {
        double total = 0;
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Geometry g = lonLat.getGeometryN(i);
            if (g instanceof LineString ls) {
                Coordinate[] c = ls.getCoordinates();
                for (int k = 1; k < c.length; k++) total += GeoPoint.distanceKm(c[k - 1].x, c[k - 1].y, c[k].x, c[k].y);
            } else if (g.getNumGeometries() > 1) {
                total += km(g);
            }
        }
        return total;
    }
}
