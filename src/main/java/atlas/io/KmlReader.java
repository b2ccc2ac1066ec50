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
import org.locationtech.jts.geom.Geometry;

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
 * capped ({@link #MAX_TEXT_CHARS}, {@link KmlGeometry#MAX_COORDINATE_CHARS}); nesting is bounded. A Placemark whose
 * geometry cannot be used is kept without it; malformed XML stops the file with its line and column,
 * keeping the Placemarks before it. NetworkLinks are never fetched: a KMZ follows those that point
 * inside its own archive ({@link KmzReader}); elsewhere they are named in one message.
 */
public final class KmlReader implements FeatureReader {
    /** A name, description or value longer than this is cut (with a problem): no real one comes near it. */
    static final int MAX_TEXT_CHARS = 1 << 20;

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
            r = factory().createXMLStreamReader(XmlText.reader(in));
            run.document(r);
            if (run.placemarks == 0 && saySoWhenEmpty) {
                problems.add(new Problem(file, null, 0, "the document holds no Placemark: nothing to show"));
            }
        } catch (XMLStreamException | java.io.IOException | RuntimeException e) {
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
    static final class Refused extends RuntimeException {
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
                        Geometry g = KmlGeometry.geometry(r, 0, problem);
                        if (g != null) parts.add(g);
                    }
                    default -> KmlGeometry.skip(r);
                }
            }
            String folder = folderPath();
            if (folder != null) f.put("folder", folder);
            if (problem[0] != null) {
                f.geometryProblem = problem[0];
            } else if (!parts.isEmpty()) {
                LonLat.apply(parts.size() == 1 ? parts.get(0) : KmlGeometry.collect(parts), f);
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
                    KmlGeometry.skip(r);
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
                            else KmlGeometry.skip(r);
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
                                KmlGeometry.skip(r);
                            }
                        }
                    }
                    default -> KmlGeometry.skip(r);
                }
            }
        }

        /** The text inside the element the reader stands on, cut at {@code max} characters (said once per file, naming {@code what}). */
        private String text(XMLStreamReader r, int max, String what) throws XMLStreamException {
            text.setLength(0);
            if (KmlGeometry.text(r, max, text) && what != null && !cutReported) {
                cutReported = true;
                problems.add(new Problem(file, f.id == null ? null : Texts.clip(f.id), r.getLocation().getLineNumber(),
                        "a " + what + " is longer than " + (max >> 20) + " MB and was cut there (said once per file)"));
            }
            return text.toString();
        }

        /** One problem for a file that could not be read to its end; the Placemarks before the fault are kept. */
        void fault(Exception e, XMLStreamReader r) {
            String kept = delivered > 0 ? "; the " + delivered + " placemarks before it are kept" : "";
            Throwable limit = ZipLimits.refusal(e);
            Throwable dtd = e;
            while (dtd != null && !(dtd instanceof XmlText.DtdRefused)) dtd = dtd.getCause() == dtd ? null : dtd.getCause();
            if (dtd == null && e instanceof XMLStreamException x && x.getNestedException() instanceof XmlText.DtdRefused d) dtd = d;
            if (dtd != null) {
                problems.add(new Problem(file, null, 0, dtd.getMessage()));
            } else if (limit != null) {
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
                String where = at == null || at.getLineNumber() < 1 ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
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
}
