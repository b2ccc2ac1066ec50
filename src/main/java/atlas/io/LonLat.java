package atlas.io;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;

/** Checks positions the way the GeoJSON reader does, for the readers of other formats: finite, longitude first, in range. */
final class LonLat {
    private LonLat() {
    }

    /** Why {@code lon, lat} is not a usable position, or null when it is. */
    static String problem(double lon, double lat) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) return "a coordinate is not a finite number";
        if (lon < -180 || lon > 180) return "longitude " + lon + " is out of range -180..180";
        if (lat < -90 || lat > 90) return "latitude " + lat + " is out of range -90..90";
        return null;
    }

    /** The first bad position of {@code g} said as {@link #problem}, or null when every position is usable. */
    static String problem(Geometry g) {
        String[] first = {null};
        g.apply((CoordinateFilter) (Coordinate c) -> {
            if (first[0] == null) first[0] = problem(c.x, c.y);
        });
        return first[0];
    }

    /** Puts {@code g} into {@code f}: a point as lon/lat, any other shape as itself, a bad one as the feature's geometry problem. */
    static void apply(Geometry g, RawFeature f) {
        if (g == null || g.isEmpty()) return;
        String why = problem(g);
        if (why != null) {
            f.geometryProblem = why;
        } else if (g instanceof org.locationtech.jts.geom.Point p) {
            f.hasPoint = true;
            f.lon = p.getX();
            f.lat = p.getY();
        } else {
            f.geometry = g;
        }
    }
}
