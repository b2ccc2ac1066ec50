package atlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
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
 * KML (Google Earth; GDAL's KML and LIBKML drivers), streamed with StAX: each Placemark is read,
 * handed on and forgotten. A Placemark's {@code name} and {@code description} become the properties
 * "name" and "description"; {@code TimeStamp/when} and {@code TimeSpan/begin,end} its time (text as
 * written, see {@link RawFeature#timeBegin}); {@code ExtendedData} ({@code Data/value} and
 * {@code SchemaData/SimpleData}) the other properties; the names of the Folders around it the property
 * "folder" ("Outer / Inner"). Point, LineString, LinearRing, Polygon (with holes) and MultiGeometry
 * become geometry in lon/lat.
 *
 * <p>Safe on hostile files: DTDs and external entities are off, and a file that declares a DTD is
 * refused with one message before any entity is read (billion laughs, XXE); text is read in pieces and
 * capped ({@link #MAX_TEXT_CHARS}, {@link #MAX_COORDINATE_CHARS}); nesting is bounded. A Placemark whose
 * geometry cannot be used is kept without it; malformed XML stops the file with its line and column,
 * keeping the Placemarks before it. NetworkLinks are never fetched: a KMZ follows those that point
 * inside its own archive ({@link KmzReader}); elsewhere they are named in one message.
 */
public final class KmlReader implements FeatureReader {
    /** A name, description or value longer than this is cut (with a problem): no real one comes near it. */
    static final int MAX_TEXT_CHARS = 1 << 20;
    /** One coordinates element may hold this much text (about 600,000 positions); a longer one is not read. */
    static final int MAX_COORDINATE_CHARS = 16 << 20;
    /** Geometries nested deeper than this (MultiGeometry in MultiGeometry…) are not KML anyone writes; it also bounds the recursion. */
    static final int MAX_GEOMETRY_DEPTH = 16;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Override
    public void read(DataSource source, Consumer<RawFeature> sink, List<Problem> problems) {
        try (InputStream in = source.open()) {
            List<String> links = read(in, source.name(), sink, problems);
            if (!links.isEmpty()) {
                problems.add(new Problem(source.name(), null, 0, (links.size() == 1 ? "a NetworkLink" : links.size() + " NetworkLinks") + " ('"
                        + Texts.clip(links.get(0)) + "'" + (links.size() == 1 ? "" : ", …") + ") are not followed: the atlas reads only what the file itself holds"));
            }
        } catch (IOException e) {
            problems.add(new Problem(source.name(), null, 0, Texts.malformed(e)));
        }
    }

    /**
     * Reads KML from {@code in}; problems name {@code file}. Used for .kml files and the documents inside
     * a .kmz. Returns the hrefs of the document's NetworkLinks, which it does not follow.
     */
    static List<String> read(InputStream in, String file, Consumer<RawFeature> sink, List<Problem> problems) {
        return read(in, file, sink, problems, true);
    }

    /** As above; {@code saySoWhenEmpty} false when the caller says so itself (a KMZ, whose documents may be mere indexes of links). */
    static List<String> read(InputStream in, String file, Consumer<RawFeature> sink, List<Problem> problems, boolean saySoWhenEmpty) {
        Run run = new Run(file, sink, problems);
        XMLStreamReader r = null;
        try {
            r = factory().createXMLStreamReader(in);
            run.document(r);
            if (run.placemarks == 0 && saySoWhenEmpty) {
                problems.add(new Problem(file, null, 0, "the document holds no Placemark: nothing to show"));
            }
        } catch (XMLStreamException | RuntimeException e) {
            run.fault(e, r);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // Closing a reader that already failed: nothing more to report.
                }
            }
        }
        return run.links;
    }

    /** A StAX factory that never reads a DTD or an external entity. */
    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /** Thrown (and caught in {@link #read}) to stop at a file that must not be read further. */
    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** One file's reading: the folders around the current point, the feature being filled, the count so far. */
    private static final class Run {
        final String file;
        final Consumer<RawFeature> sink;
        final List<Problem> problems;
        final RawFeature f = new RawFeature();
        final Deque<String> folders = new ArrayDeque<>();
        final StringBuilder text = new StringBuilder();
        final List<String> links = new ArrayList<>();
        int placemarks, delivered;
        boolean cutReported;

        Run(String file, Consumer<RawFeature> sink, List<Problem> problems) {
            this.file = file;
            this.sink = sink;
            this.problems = problems;
        }

        void document(XMLStreamReader r) throws XMLStreamException {
            Deque<String> open = new ArrayDeque<>();
            boolean root = true;
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.DTD) {
                    throw new Refused("refused: the file declares a DTD (<!DOCTYPE …>). KML never needs one, and its entities could expand without bound"
                            + " or read other files; nothing in this file is read");
                }
                if (e == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    if (root && !n.equals("kml")) throw new Refused("not KML: the document's root element is <" + Texts.clip(n) + ">, not <kml>");
                    root = false;
                    switch (n) {
                        case "Placemark" -> {
                            placemark(r);
                            continue;
                        }
                        case "Folder" -> folders.push("");
                        case "href" -> {
                            if ("Link".equals(open.peek()) || "Url".equals(open.peek())) {
                                String href = text(r, MAX_TEXT_CHARS, null).trim();
                                if (!href.isEmpty() && links.size() < ZipLimits.MAX_ENTRIES) links.add(href);
                                continue;
                            }
                        }
                        case "name" -> {
                            if ("Folder".equals(open.peek()) && !folders.isEmpty()) {
                                folders.pop();
                                folders.push(text(r, MAX_TEXT_CHARS, "Folder name").trim());
                                continue;
                            }
                        }
                        default -> {
                        }
                    }
                    open.push(n);
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    String n = open.isEmpty() ? "" : open.pop();
                    if (n.equals("Folder") && !folders.isEmpty()) folders.pop();
                }
            }
            if (root) throw new Refused("not KML: the file holds no XML element");
        }

        /** Reads one Placemark (the reader stands on its start tag) up to its end tag, and hands it on. */
        private void placemark(XMLStreamReader r) throws XMLStreamException {
            f.clear();
            f.index = placemarks++;
            f.line = r.getLocation().getLineNumber();
            String id = r.getAttributeValue(null, "id");
            f.id = id == null || id.isBlank() ? null : id;
            List<Geometry> parts = new ArrayList<>(1);
            String[] problem = {null};
            while (true) {
                int e = r.next();
                if (e == XMLStreamConstants.END_ELEMENT) break;
                if (e != XMLStreamConstants.START_ELEMENT) continue;
                switch (r.getLocalName()) {
                    case "name" -> f.put("name", blankToNull(text(r, MAX_TEXT_CHARS, "name")));
                    case "description" -> f.put("description", blankToNull(text(r, MAX_TEXT_CHARS, "description")));
                    case "TimeStamp" -> time(r, true);
                    case "TimeSpan" -> time(r, false);
                    case "ExtendedData" -> extendedData(r);
                    case "Point", "LineString", "LinearRing", "Polygon", "MultiGeometry", "Track", "MultiTrack", "Model" -> {
                        Geometry g = geometry(r, 0, problem);
                        if (g != null) parts.add(g);
                    }
                    default -> skip(r);
                }
            }
            String folder = folderPath();
            if (folder != null) f.put("folder", folder);
            if (problem[0] != null) {
                f.geometryProblem = problem[0];
            } else if (!parts.isEmpty()) {
                LonLat.apply(parts.size() == 1 ? parts.get(0) : collect(parts), f);
            }
            sink.accept(f);
            delivered++;
        }

        private String folderPath() {
            StringBuilder b = new StringBuilder();
            var it = folders.descendingIterator();
            while (it.hasNext()) {
                String n = it.next();
                if (n.isEmpty()) continue;
                if (b.length() > 0) b.append(" / ");
                b.append(n);
            }
            return b.length() == 0 ? null : b.toString();
        }

        private void time(XMLStreamReader r, boolean stamp) throws XMLStreamException {
            while (true) {
                int e = r.next();
                if (e == XMLStreamConstants.END_ELEMENT) return;
                if (e != XMLStreamConstants.START_ELEMENT) continue;
                String n = r.getLocalName();
                if (stamp && n.equals("when")) {
                    f.timeBegin = blankToNull(text(r, MAX_TEXT_CHARS, "when").trim());
                } else if (!stamp && n.equals("begin")) {
                    f.timeBegin = blankToNull(text(r, MAX_TEXT_CHARS, "begin").trim());
                } else if (!stamp && n.equals("end")) {
                    f.timeEnd = blankToNull(text(r, MAX_TEXT_CHARS, "end").trim());
                } else {
                    skip(r);
                }
            }
        }

        /** {@code Data name=…/value} and {@code SchemaData/SimpleData name=…}, as properties. */
        private void extendedData(XMLStreamReader r) throws XMLStreamException {
            while (true) {
                int e = r.next();
                if (e == XMLStreamConstants.END_ELEMENT) return;
                if (e != XMLStreamConstants.START_ELEMENT) continue;
                switch (r.getLocalName()) {
                    case "Data" -> {
                        String name = r.getAttributeValue(null, "name");
                        String value = null;
                        while (true) {
                            int d = r.next();
                            if (d == XMLStreamConstants.END_ELEMENT) break;
                            if (d != XMLStreamConstants.START_ELEMENT) continue;
                            if (r.getLocalName().equals("value")) value = text(r, MAX_TEXT_CHARS, "Data value");
                            else skip(r);
                        }
                        if (name != null && !name.isBlank()) f.put(name, blankToNull(value));
                    }
                    case "SchemaData" -> {
                        while (true) {
                            int d = r.next();
                            if (d == XMLStreamConstants.END_ELEMENT) break;
                            if (d != XMLStreamConstants.START_ELEMENT) continue;
                            if (r.getLocalName().equals("SimpleData")) {
                                String name = r.getAttributeValue(null, "name");
                                String value = text(r, MAX_TEXT_CHARS, "SimpleData");
                                if (name != null && !name.isBlank()) f.put(name, blankToNull(value));
                            } else {
                                skip(r);
                            }
                        }
                    }
                    default -> skip(r);
                }
            }
        }

        /**
         * The geometry element the reader stands on, read to its end tag; null (with the first problem in
         * {@code problem}) when it cannot be used. Always consumes the element, so reading stays in step.
         */
        private Geometry geometry(XMLStreamReader r, int depth, String[] problem) throws XMLStreamException {
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
        private List<LinearRing> rings(XMLStreamReader r, String[] problem) throws XMLStreamException {
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
        private List<Coordinate> coordinates(XMLStreamReader r, String[] problem) throws XMLStreamException {
            String s = text(r, MAX_COORDINATE_CHARS, null);
            if (s.length() >= MAX_COORDINATE_CHARS) {
                note(problem, "a <coordinates> element is longer than " + (MAX_COORDINATE_CHARS >> 20) + " MB; not read");
                return null;
            }
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

        /** The text inside the element the reader stands on (nested markup's text included), cut at {@code max} characters. */
        private String text(XMLStreamReader r, int max, String what) throws XMLStreamException {
            text.setLength(0);
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
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new Refused("refused: the file refers to an entity (&" + Texts.clip(r.getLocalName()) + ";) that KML does not define");
                    default -> {
                    }
                }
            }
            if (cut && what != null && !cutReported) {
                cutReported = true;
                problems.add(new Problem(file, f.id == null ? null : Texts.clip(f.id), r.getLocation().getLineNumber(),
                        "a " + what + " is longer than " + (max >> 20) + " MB and was cut there (said once per file)"));
            }
            return text.toString();
        }

        /** Skips the element the reader stands on, with everything inside it. */
        private static void skip(XMLStreamReader r) throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) depth++;
                else if (e == XMLStreamConstants.END_ELEMENT) depth--;
            }
        }

        private static void note(String[] problem, String why) {
            if (problem[0] == null) problem[0] = why;
        }

        /** One problem for a file that could not be read to its end; the Placemarks before the fault are kept. */
        void fault(Exception e, XMLStreamReader r) {
            String kept = delivered > 0 ? "; the " + delivered + " placemarks before it are kept" : "";
            Throwable limit = ZipLimits.refusal(e);
            if (limit != null) {
                problems.add(new Problem(file, null, 0, limit.getMessage() + kept));
            } else if (e instanceof Refused) {
                problems.add(new Problem(file, null, line(r), e.getMessage()));
            } else if (e instanceof XMLStreamException x) {
                Location at = x.getLocation();
                String m = x.getMessage() == null ? "" : x.getMessage();
                int msg = m.indexOf("Message: ");
                if (msg >= 0) m = m.substring(msg + 9);
                m = m.trim();
                if (m.endsWith(".")) m = m.substring(0, m.length() - 1);
                String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
                problems.add(new Problem(file, null, at == null ? 0 : Math.max(0, at.getLineNumber()), "malformed XML" + where + ": " + Texts.clip(m.trim()) + kept));
            } else {
                problems.add(new Problem(file, null, line(r), "cannot be read: " + Texts.clip(String.valueOf(e.getMessage())) + kept));
            }
        }

        private static int line(XMLStreamReader r) {
            try {
                return r == null ? 0 : Math.max(0, r.getLocation().getLineNumber());
            } catch (RuntimeException e) {
                return 0;
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
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
