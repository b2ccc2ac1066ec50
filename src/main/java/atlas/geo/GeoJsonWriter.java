package atlas.geo;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Writes JTS lon/lat geometry as RFC 7946 GeoJSON: [lon, lat] positions, exterior rings counter-clockwise, holes clockwise. */
public final class GeoJsonWriter {
    private static final Gson GSON = new Gson();

    private GeoJsonWriter() {
    }

    /** A copy of {@code g} whose polygon rings follow the right-hand rule. */
    public static Geometry rfc7946(Geometry g) {
        if (g instanceof Polygon p) {
            LinearRing shell = orient(p.getExteriorRing(), true);
            LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
            for (int i = 0; i < holes.length; i++) holes[i] = orient(p.getInteriorRingN(i), false);
            return g.getFactory().createPolygon(shell, holes);
        }
        if (g instanceof MultiPolygon mp) {
            Polygon[] ps = new Polygon[mp.getNumGeometries()];
            for (int i = 0; i < ps.length; i++) ps[i] = (Polygon) rfc7946(mp.getGeometryN(i));
            return g.getFactory().createMultiPolygon(ps);
        }
        return g;
    }

    private static LinearRing orient(LinearRing r, boolean ccw) {
        boolean isCcw = Orientation.isCCW(r.getCoordinateSequence());
        return isCcw == ccw ? r : r.reverse();
    }

    /** One Feature as a compact JSON line. */
    public static String feature(String id, JsonObject properties, Geometry g) {
        JsonObject f = new JsonObject();
        f.addProperty("type", "Feature");
        f.addProperty("id", id);
        f.add("properties", properties);
        f.add("geometry", geometry(g));
        return GSON.toJson(f);
    }

    public static JsonObject geometry(Geometry g) {
        JsonObject o = new JsonObject();
        o.addProperty("type", g.getGeometryType());
        if (g instanceof Point p) {
            o.add("coordinates", pos(p.getCoordinate()));
        } else if (g instanceof LineString l) {
            o.add("coordinates", line(l.getCoordinates()));
        } else if (g instanceof Polygon p) {
            o.add("coordinates", polygon(p));
        } else if (g instanceof MultiPoint || g instanceof MultiLineString || g instanceof MultiPolygon) {
            JsonArray a = new JsonArray();
            for (int i = 0; i < g.getNumGeometries(); i++) a.add(geometry(g.getGeometryN(i)).get("coordinates"));
            o.add("coordinates", a);
        } else if (g instanceof GeometryCollection) {
            JsonArray a = new JsonArray();
            for (int i = 0; i < g.getNumGeometries(); i++) a.add(geometry(g.getGeometryN(i)));
            o.add("geometries", a);
        }
        return o;
    }

    private static JsonArray polygon(Polygon p) {
        JsonArray a = new JsonArray();
        a.add(line(p.getExteriorRing().getCoordinates()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) a.add(line(p.getInteriorRingN(i).getCoordinates()));
        return a;
    }

    private static JsonArray line(Coordinate[] cs) {
        JsonArray a = new JsonArray();
        for (Coordinate c : cs) a.add(pos(c));
        return a;
    }

    private static JsonElement pos(Coordinate c) {
        JsonArray a = new JsonArray();
        a.add(num(c.x));
        a.add(num(c.y));
        return a;
    }

    private static JsonPrimitive num(double v) {
        return new JsonPrimitive(BigDecimal.valueOf(Math.round(v * 1e5) / 1e5).stripTrailingZeros());
    }
}
