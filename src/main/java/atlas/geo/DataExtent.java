package atlas.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * The region the atlas's base map covers: {@value #WEST}° to {@value #EAST}° east, {@value #SOUTH}° to
 * {@value #NORTH}° north. The Natural Earth outlines are cut to it at build time ({@link GeodataTool}), so
 * beyond it land simply stops: the map masks what lies outside so that the cut is not read as a coast.
 */
public final class DataExtent {
    public static final double WEST = -15, EAST = 150, SOUTH = 5, NORTH = 72;
    /** Step of the densified outline, in degrees, so that in the projection it follows parallels and meridians. */
    private static final double STEP_DEG = 1;
    private static volatile Polygon projected;

    private DataExtent() {
    }

    /** The region as a lon/lat polygon, densified every degree. */
    public static Polygon lonLat() {
        List<Coordinate> cs = new ArrayList<>();
        for (double x = WEST; x < EAST; x += STEP_DEG) cs.add(new Coordinate(x, SOUTH));
        for (double y = SOUTH; y < NORTH; y += STEP_DEG) cs.add(new Coordinate(EAST, y));
        for (double x = EAST; x > WEST; x -= STEP_DEG) cs.add(new Coordinate(x, NORTH));
        for (double y = NORTH; y > SOUTH; y -= STEP_DEG) cs.add(new Coordinate(WEST, y));
        cs.add(new Coordinate(WEST, SOUTH));
        return GeoJsonGeometry.FACTORY.createPolygon(cs.toArray(new Coordinate[0]));
    }

    /** The region in the atlas's projection (map metres), computed once. */
    public static Polygon projected() {
        Polygon p = projected;
        if (p == null) projected = p = (Polygon) Projection.eurasia().project(lonLat());
        return p;
    }
}
