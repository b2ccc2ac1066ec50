package atlas.geo;

import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Which countries have a given boundary edge. Natural Earth (from TopoJSON) gives neighbours the very
 * same vertices along their common border, so an edge owned by two countries is on their border.
 */
final class EdgeOwners {
    private record Edge(double ax, double ay, double bx, double by) {
        static Edge of(Coordinate a, Coordinate b) {
            boolean swap = a.x > b.x || (a.x == b.x && a.y > b.y);
            return swap ? new Edge(b.x, b.y, a.x, a.y) : new Edge(a.x, a.y, b.x, b.y);
        }
    }

    private final Map<Edge, String[]> owners = new HashMap<>();

    EdgeOwners(CountrySet countries) {
        for (Country c : countries.all()) add(c.iso3(), c.lonLat());
    }

    private void add(String iso3, Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                Coordinate[] cs = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
                for (int k = 1; k < cs.length; k++) {
                    owners.merge(Edge.of(cs[k - 1], cs[k]), new String[] {iso3}, (a, b) -> {
                        for (String x : a) if (x.equals(iso3)) return a;
                        String[] c = java.util.Arrays.copyOf(a, a.length + 1);
                        c[a.length] = iso3;
                        return c;
                    });
                }
            }
        }
    }

    /** The countries that have the edge a–b (either direction), or null. */
    String[] owners(Coordinate a, Coordinate b) {
        return owners.get(Edge.of(a, b));
    }
}
