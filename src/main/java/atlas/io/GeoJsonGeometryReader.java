package atlas.io;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * A GeoJSON geometry read token by token. Coordinates of the wrong shape (too shallow, a flat list, a
 * number where a position belongs, numbers written as strings) are recorded as the geometry's problem
 * and the rest of the value is skipped, so the reader stays in step with the file.
 */
final class GeoJsonGeometryReader {
    static final GeometryFactory FACTORY = new GeometryFactory();
    /** Deeper nesting than a MultiPolygon's is not GeoJSON (and guards the recursion). */
    private static final int MAX_DEPTH = 6;

    /** The parts of a geometry object as read, in whatever order its members came. */
    static final class Parsed {
        String type;
        Object coordinates;
        List<Parsed> geometries;
        String problem;
    }

    private GeoJsonGeometryReader() {
    }

    static Parsed read(JsonReader in) throws IOException {
        Parsed p = new Parsed();
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            if (name.equals("type")) {
                if (in.peek() == JsonToken.STRING) p.type = in.nextString();
                else in.skipValue();
            } else {
                member(in, name, p);
            }
        }
        in.endObject();
        return p;
    }

    /** Reads member {@code name} of a geometry object into {@code p} (coordinates, geometries; others skipped). */
    static void member(JsonReader in, String name, Parsed p) throws IOException {
        if (name.equals("coordinates")) {
            p.coordinates = coords(in, 0, p);
        } else if (name.equals("geometries") && in.peek() == JsonToken.BEGIN_ARRAY) {
            p.geometries = new ArrayList<>();
            in.beginArray();
            while (in.hasNext()) {
                if (in.peek() == JsonToken.BEGIN_OBJECT) {
                    p.geometries.add(read(in));
                } else {
                    if (p.problem == null) p.problem = "a GeometryCollection member is not a geometry object";
                    in.skipValue();
                }
            }
            in.endArray();
        } else {
            in.skipValue();
        }
    }

    /** A position as double[], or a List of nested coordinates; null (with p.problem set) when malformed. */
    private static Object coords(JsonReader in, int depth, Parsed p) throws IOException {
        JsonToken t = in.peek();
        if (t != JsonToken.BEGIN_ARRAY || depth > MAX_DEPTH) {
            if (p.problem == null) {
                p.problem = depth > MAX_DEPTH ? "coordinates nested deeper than any GeoJSON geometry"
                        : t == JsonToken.STRING ? "a coordinate is written as a string" : "expected an array of coordinates, found " + token(t);
            }
            in.skipValue();
            return null;
        }
        in.beginArray();
        if (!in.hasNext()) {
            in.endArray();
            return List.of();
        }
        if (in.peek() == JsonToken.NUMBER || in.peek() == JsonToken.STRING) {
            double[] pos = new double[2];
            int n = 0;
            while (in.hasNext()) {
                if (in.peek() != JsonToken.NUMBER) {
                    String why = "a position holds " + token(in.peek());
                    if (in.peek() == JsonToken.STRING) {
                        String v = in.nextString();
                        why = v.equals("NaN") || v.endsWith("Infinity") ? "a coordinate is NaN or infinite" : "a coordinate is written as a string (\"" + Texts.clip(v) + "\")";
                    } else {
                        in.skipValue();
                    }
                    if (p.problem == null) p.problem = why;
                    n = -1000;
                } else {
                    double v = in.nextDouble();
                    if (n >= 0 && n < 2) pos[n] = v;
                    n++;
                }
            }
            in.endArray();
            if (n < 0) return null;
            if (n < 2) {
                if (p.problem == null) p.problem = "a position needs longitude and latitude";
                return null;
            }
            return pos;
        }
        List<Object> list = new ArrayList<>();
        while (in.hasNext()) {
            Object c = coords(in, depth + 1, p);
            if (c != null) list.add(c);
        }
        in.endArray();
        return p.problem == null ? list : null;
    }

    private static String token(JsonToken t) {
        return switch (t) {
            case NUMBER -> "a number";
            case STRING -> "a string";
            case BEGIN_OBJECT -> "an object";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> t.toString().toLowerCase();
        };
    }

    /** Puts the geometry into {@code f}: a point as lon/lat, else a JTS geometry; or the problem. */
    static void apply(Parsed g, RawFeature f) {
        try {
            if ("Point".equals(g.type) && g.problem == null && g.coordinates instanceof double[] pos) {
                check(pos);
                f.hasPoint = true;
                f.lon = pos[0];
                f.lat = pos[1];
                return;
            }
            f.geometry = build(g);
        } catch (Invalid e) {
            f.geometryProblem = e.getMessage();
        }
    }

    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    static Geometry build(Parsed g) throws Invalid {
        if (g.problem != null) throw new Invalid(g.problem);
        if (g.type == null) throw new Invalid("geometry has no 'type'");
        if (g.type.equals("GeometryCollection")) {
            if (g.geometries == null) throw new Invalid("GeometryCollection has no 'geometries'");
            Geometry[] parts = new Geometry[g.geometries.size()];
            for (int i = 0; i < parts.length; i++) parts[i] = build(g.geometries.get(i));
            return FACTORY.createGeometryCollection(parts);
        }
        Object c = g.coordinates;
        if (c == null) throw new Invalid("geometry has no 'coordinates'");
        return switch (g.type) {
            case "Point" -> FACTORY.createPoint(position(c));
            case "MultiPoint" -> FACTORY.createMultiPointFromCoords(positions(c));
            case "LineString" -> line(c);
            case "MultiLineString" -> {
                List<?> l = list(c);
                LineString[] ls = new LineString[l.size()];
                for (int i = 0; i < ls.length; i++) ls[i] = line(l.get(i));
                yield FACTORY.createMultiLineString(ls);
            }
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                List<?> l = list(c);
                Polygon[] ps = new Polygon[l.size()];
                for (int i = 0; i < ps.length; i++) ps[i] = polygon(l.get(i));
                yield FACTORY.createMultiPolygon(ps);
            }
            default -> throw new Invalid("unknown geometry type '" + Texts.clip(g.type) + "'");
        };
    }

    private static List<?> list(Object c) throws Invalid {
        if (c instanceof List<?> l) return l;
        throw new Invalid("coordinates are one level too shallow for the geometry type");
    }

    private static Coordinate position(Object c) throws Invalid {
        if (!(c instanceof double[] p)) throw new Invalid("expected a position [lon, lat], found a list");
        check(p);
        return new Coordinate(p[0], p[1]);
    }

    private static void check(double[] p) throws Invalid {
        if (Double.isNaN(p[0]) || Double.isNaN(p[1]) || Double.isInfinite(p[0]) || Double.isInfinite(p[1])) {
            throw new Invalid("a coordinate is not a finite number");
        }
        if (p[0] < -180 || p[0] > 180) throw new Invalid("longitude " + p[0] + " is out of range -180..180 (positions are [lon, lat])");
        if (p[1] < -90 || p[1] > 90) throw new Invalid("latitude " + p[1] + " is out of range -90..90 (positions are [lon, lat])");
    }

    private static Coordinate[] positions(Object c) throws Invalid {
        List<?> l = list(c);
        Coordinate[] cs = new Coordinate[l.size()];
        for (int i = 0; i < cs.length; i++) cs[i] = position(l.get(i));
        return cs;
    }

    private static LineString line(Object c) throws Invalid {
        Coordinate[] cs = positions(c);
        if (cs.length < 2) throw new Invalid("a LineString needs at least 2 positions, got " + cs.length);
        return FACTORY.createLineString(cs);
    }

    private static LinearRing ring(Object c) throws Invalid {
        Coordinate[] cs = positions(c);
        if (cs.length < 4) throw new Invalid("a polygon ring needs at least 4 positions, got " + cs.length);
        if (!cs[0].equals2D(cs[cs.length - 1])) throw new Invalid("a polygon ring is not closed (first and last positions differ)");
        return FACTORY.createLinearRing(cs);
    }

    private static Polygon polygon(Object c) throws Invalid {
        List<?> rings = list(c);
        if (rings.isEmpty()) throw new Invalid("a Polygon has no rings");
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(rings.get(i));
        return FACTORY.createPolygon(shell, holes);
    }
}
