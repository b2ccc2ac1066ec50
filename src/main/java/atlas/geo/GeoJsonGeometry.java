package atlas.geo;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Turns a GeoJSON geometry object (RFC 7946) into a JTS geometry in lon/lat, checking every position. */
public final class GeoJsonGeometry {
    /** Thrown with a message that says what is wrong with the geometry. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    public static final GeometryFactory FACTORY = new GeometryFactory();

    private GeoJsonGeometry() {
    }

    public static Geometry parse(JsonObject g) throws Invalid {
        return parse(g, 180);
    }

    /** For build tools: accepts longitudes up to {@code maxLon} (rings unwrapped past the antimeridian). */
    static Geometry parseUnwrapped(JsonObject g) throws Invalid {
        return parse(g, 540);
    }

    private static Geometry parse(JsonObject g, double maxLon) throws Invalid {
        String type = string(g, "type");
        if ("GeometryCollection".equals(type)) {
            JsonArray parts = array(g, "geometries");
            Geometry[] gs = new Geometry[parts.size()];
            for (int i = 0; i < gs.length; i++) gs[i] = parse(parts.get(i).getAsJsonObject(), maxLon);
            return FACTORY.createGeometryCollection(gs);
        }
        JsonArray c = array(g, "coordinates");
        return switch (type) {
            case "Point" -> FACTORY.createPoint(position(c, maxLon));
            case "MultiPoint" -> FACTORY.createMultiPoint(points(c, maxLon));
            case "LineString" -> line(c, maxLon);
            case "MultiLineString" -> {
                LineString[] ls = new LineString[c.size()];
                for (int i = 0; i < ls.length; i++) ls[i] = line(c.get(i).getAsJsonArray(), maxLon);
                yield FACTORY.createMultiLineString(ls);
            }
            case "Polygon" -> polygon(c, maxLon);
            case "MultiPolygon" -> {
                Polygon[] ps = new Polygon[c.size()];
                for (int i = 0; i < ps.length; i++) ps[i] = polygon(c.get(i).getAsJsonArray(), maxLon);
                yield FACTORY.createMultiPolygon(ps);
            }
            default -> throw new Invalid("unknown geometry type '" + atlas.io.Texts.clip(type) + "'");
        };
    }

    private static String string(JsonObject o, String key) throws Invalid {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive()) throw new Invalid("geometry has no '" + key + "'");
        return e.getAsString();
    }

    private static JsonArray array(JsonObject o, String key) throws Invalid {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonArray()) throw new Invalid("geometry has no '" + key + "' array");
        return e.getAsJsonArray();
    }

    private static Coordinate position(JsonArray p, double maxLon) throws Invalid {
        if (p.size() < 2) throw new Invalid("a position needs longitude and latitude, got " + p);
        double lon, lat;
        try {
            lon = p.get(0).getAsDouble();
            lat = p.get(1).getAsDouble();
        } catch (RuntimeException e) {
            throw new Invalid("a position is not numeric: " + p);
        }
        if (Double.isNaN(lon) || Double.isNaN(lat)) throw new Invalid("a coordinate is NaN: " + p);
        if (lon < -180 || lon > maxLon) throw new Invalid("longitude " + lon + " is out of range -180..180 (positions are [lon, lat])");
        if (lat < -90 || lat > 90) throw new Invalid("latitude " + lat + " is out of range -90..90 (positions are [lon, lat])");
        return new Coordinate(lon, lat);
    }

    private static Coordinate[] positions(JsonArray a, double maxLon) throws Invalid {
        Coordinate[] cs = new Coordinate[a.size()];
        for (int i = 0; i < cs.length; i++) {
            if (!a.get(i).isJsonArray()) throw new Invalid("expected a position, got " + a.get(i));
            cs[i] = position(a.get(i).getAsJsonArray(), maxLon);
        }
        return cs;
    }

    private static Point[] points(JsonArray a, double maxLon) throws Invalid {
        Coordinate[] cs = positions(a, maxLon);
        Point[] ps = new Point[cs.length];
        for (int i = 0; i < cs.length; i++) ps[i] = FACTORY.createPoint(cs[i]);
        return ps;
    }

    private static LineString line(JsonArray a, double maxLon) throws Invalid {
        Coordinate[] cs = positions(a, maxLon);
        if (cs.length < 2) throw new Invalid("a LineString needs at least 2 positions, got " + cs.length);
        return FACTORY.createLineString(cs);
    }

    private static LinearRing ring(JsonArray a, double maxLon) throws Invalid {
        Coordinate[] cs = positions(a, maxLon);
        if (cs.length < 4) throw new Invalid("a polygon ring needs at least 4 positions, got " + cs.length);
        if (!cs[0].equals2D(cs[cs.length - 1])) throw new Invalid("a polygon ring is not closed (first and last positions differ)");
        return FACTORY.createLinearRing(cs);
    }

    private static Polygon polygon(JsonArray rings, double maxLon) throws Invalid {
        if (rings.isEmpty()) throw new Invalid("a Polygon has no rings");
        LinearRing shell = ring(rings.get(0).getAsJsonArray(), maxLon);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(rings.get(i).getAsJsonArray(), maxLon);
        return FACTORY.createPolygon(shell, holes);
    }
}
