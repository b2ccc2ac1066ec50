package atlas.io;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * KML geometry read from a StAX stream: Point, LineString, LinearRing, Polygon (outer and inner
 * boundaries) and MultiGeometry, in lon/lat as KML writes them. Every method consumes the element it
 * starts on, whatever it holds, so the reader stays in step with the file; what cannot be used is
 * said in the caller's {@code problem} slot (the first problem wins) and yields null.
 */
final class KmlGeometry {
    /** One coordinates element may hold this much text (about 600,000 positions); a longer one is not read. */
    static final int MAX_COORDINATE_CHARS = 16 << 20;
    /** Geometries nested deeper than this (MultiGeometry in MultiGeometry…) are not KML anyone writes; it also bounds the recursion. */
    static final int MAX_GEOMETRY_DEPTH = 16;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private KmlGeometry() {
    }

    /**
     * The geometry element the reader stands on, read to its end tag; null (with the first problem in
     * {@code problem}) when it cannot be used. Always consumes the element, so reading stays in step.
     */
    static Geometry geometry(XMLStreamReader r, int depth, String[] problem) throws XMLStreamException {
        String n = r.getLocalName();
        if (depth > MAX_GEOMETRY_DEPTH) {
            note(problem, "geometry nested more than " + MAX_GEOMETRY_DEPTH + " levels deep");
            skip(r);
            return null;
        }
        switch (n) {
            case "Point", "LineString", "LinearRing" -> {
                List<Coordinate> cs = null;
                while (true) {
                    int e = r.next();
                    if (e == XMLStreamConstants.END_ELEMENT) break;
                    if (e != XMLStreamConstants.START_ELEMENT) continue;
                    if (r.getLocalName().equals("coordinates")) cs = coordinates(r, problem);
                    else skip(r);
                }
                if (cs == null) {
                    note(problem, "<" + n + "> has no coordinates");
                    return null;
                }
                if (n.equals("Point")) {
                    if (cs.isEmpty()) {
                        note(problem, "<Point> has no coordinates");
                        return null;
                    }
                    return FACTORY.createPoint(cs.get(0));
                }
                if (cs.size() < 2) {
                    note(problem, "a <" + n + "> needs at least 2 positions, got " + cs.size());
                    return null;
                }
                return FACTORY.createLineString(cs.toArray(Coordinate[]::new));
            }
            case "Polygon" -> {
                LinearRing shell = null;
                List<LinearRing> holes = new ArrayList<>();
                while (true) {
                    int e = r.next();
                    if (e == XMLStreamConstants.END_ELEMENT) break;
                    if (e != XMLStreamConstants.START_ELEMENT) continue;
                    String b = r.getLocalName();
                    if (b.equals("outerBoundaryIs") || b.equals("innerBoundaryIs")) {
                        List<LinearRing> rings = rings(r, problem);
                        if (b.equals("outerBoundaryIs")) shell = rings.isEmpty() ? shell : rings.get(0);
                        else holes.addAll(rings);
                    } else {
                        skip(r);
                    }
                }
                if (shell == null) {
                    note(problem, "a <Polygon> has no outer boundary");
                    return null;
                }
                return FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
            }
            case "MultiGeometry" -> {
                List<Geometry> parts = new ArrayList<>();
                while (true) {
                    int e = r.next();
                    if (e == XMLStreamConstants.END_ELEMENT) break;
                    if (e != XMLStreamConstants.START_ELEMENT) continue;
                    switch (r.getLocalName()) {
                        case "Point", "LineString", "LinearRing", "Polygon", "MultiGeometry", "Track", "MultiTrack", "Model" -> {
                            Geometry g = geometry(r, depth + 1, problem);
                            if (g != null) parts.add(g);
                        }
                        default -> skip(r);
                    }
                }
                return parts.isEmpty() ? null : collect(parts);
            }
            default -> {
                // gx:Track, gx:MultiTrack and Model: timed tracks and 3D models are not drawn.
                note(problem, "<" + Texts.clip(r.getName().getPrefix().isEmpty() ? n : r.getName().getPrefix() + ":" + n) + "> is not read (tracks and 3D models are not supported)");
                skip(r);
                return null;
            }
        }
    }

    /** The LinearRings inside an outer or inner boundary; rings left open are closed, as Google Earth does. */
    private static List<LinearRing> rings(XMLStreamReader r, String[] problem) throws XMLStreamException {
        List<LinearRing> out = new ArrayList<>(1);
        while (true) {
            int e = r.next();
            if (e == XMLStreamConstants.END_ELEMENT) return out;
            if (e != XMLStreamConstants.START_ELEMENT) continue;
            if (!r.getLocalName().equals("LinearRing")) {
                skip(r);
                continue;
            }
            List<Coordinate> cs = null;
            while (true) {
                int d = r.next();
                if (d == XMLStreamConstants.END_ELEMENT) break;
                if (d != XMLStreamConstants.START_ELEMENT) continue;
                if (r.getLocalName().equals("coordinates")) cs = coordinates(r, problem);
                else skip(r);
            }
            if (cs == null) continue;
            if (!cs.isEmpty() && !cs.get(0).equals2D(cs.get(cs.size() - 1))) cs.add(new Coordinate(cs.get(0)));
            if (cs.size() < 4) {
                note(problem, "a polygon ring needs at least 3 distinct positions, got " + Math.max(0, cs.size() - 1));
                continue;
            }
            out.add(FACTORY.createLinearRing(cs.toArray(Coordinate[]::new)));
        }
    }

    /** "lon,lat[,alt] lon,lat[,alt] …" (spaces after commas tolerated); null with a problem when a number is bad or the text too long. */
    private static List<Coordinate> coordinates(XMLStreamReader r, String[] problem) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        if (text(r, MAX_COORDINATE_CHARS, b)) {
            note(problem, "a <coordinates> element is longer than " + (MAX_COORDINATE_CHARS >> 20) + " MB; not read");
            return null;
        }
        String s = b.toString();
        List<Coordinate> out = new ArrayList<>();
        int i = 0, n = s.length();
        double[] v = new double[3];
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
            if (i >= n) break;
            int k = 0;
            while (true) {
                int start = i;
                while (i < n && s.charAt(i) != ',' && !Character.isWhitespace(s.charAt(i))) i++;
                String num = s.substring(start, i);
                try {
                    double d = Double.parseDouble(num);
                    if (k < 3) v[k] = d;
                    k++;
                } catch (NumberFormatException ex) {
                    note(problem, "coordinates: '" + Texts.clip(num) + "' is not a number");
                    return null;
                }
                int j = i;
                while (j < n && Character.isWhitespace(s.charAt(j))) j++;
                if (j < n && s.charAt(j) == ',') {
                    i = j + 1;
                    while (i < n && Character.isWhitespace(s.charAt(i))) i++;
                    continue;
                }
                break;
            }
            if (k < 2) {
                note(problem, "coordinates: a position needs longitude and latitude");
                return null;
            }
            out.add(new Coordinate(v[0], v[1]));
        }
        return out;
    }

    /** Appends the text inside the element the reader stands on (nested markup's text included), up to {@code max} characters; true when cut. */
    static boolean text(XMLStreamReader r, int max, StringBuilder text) throws XMLStreamException {
        int depth = 1;
        boolean cut = false;
        while (depth > 0) {
            int e = r.next();
            switch (e) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int room = max - text.length();
                    int len = r.getTextLength();
                    if (len > room) cut = true;
                    if (room > 0) text.append(r.getTextCharacters(), r.getTextStart(), Math.min(len, room));
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new KmlReader.Refused("refused: the file refers to an entity (&" + Texts.clip(r.getLocalName()) + ";) that KML does not define");
                default -> {
                }
            }
        }
        return cut;
    }

    /** Skips the element the reader stands on, with everything inside it. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) depth++;
            else if (e == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    static void note(String[] problem, String why) {
        if (problem[0] == null) problem[0] = why;
    }

    /** The parts as one geometry: a Multi* when they are all of one kind, else a collection. */
    static Geometry collect(List<Geometry> parts) {
        boolean points = true, lines = true, polygons = true;
        for (Geometry g : parts) {
            points &= g instanceof Point;
            lines &= g instanceof LineString;
            polygons &= g instanceof Polygon;
        }
        if (points) return FACTORY.createMultiPoint(parts.toArray(Point[]::new));
        if (lines) return FACTORY.createMultiLineString(parts.toArray(LineString[]::new));
        if (polygons) return FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
        return FACTORY.createGeometryCollection(parts.toArray(Geometry[]::new));
    }
}
