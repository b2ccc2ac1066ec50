package atlas.geo;

import atlas.io.DataSource;
import atlas.io.Problem;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * The precomputed EU border, {@code geodata/eu-border-50m.geojson} and {@code eu-border-10m.geojson}:
 * an RFC 7946 FeatureCollection with one LineString/MultiLineString feature per segment per membership
 * epoch (properties {@code epoch_start}, {@code epoch_end} (last day, null while in force), {@code member},
 * {@code neighbour}, {@code since}, {@code length_km}). A foreign member {@code eu_border}, written before
 * the features, names what the file was derived from: the CRC-32 and size of the countries file and every
 * epoch with its members. {@link #check} accepts the file only when both match what the atlas loaded, so an
 * edited {@code eu-membership.csv} or new outlines never show an old border.
 */
final class EuBorderFile {
    /** Bump when the derivation in {@link EuBorder} changes: older files are then stale. */
    static final int FORMAT = 1;
    /** Writes nulls: {@code "epoch_end": null} says "still in force", the first epoch's {@code "start": null} "before any member". */
    private static final Gson GSON = new GsonBuilder().serializeNulls().create();
    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final String REBUILD = "scripts/build-geodata.sh --border-only rewrites it";

    private EuBorderFile() {
    }

    static String fileName(String level) {
        return "eu-border-" + level + ".geojson";
    }

    /** One membership epoch as the file records it: {@code start} null before the first members, {@code end} (last day) null while in force. */
    record EpochKey(LocalDate start, LocalDate end, List<String> members) {
        JsonObject toJson() {
            JsonObject o = new JsonObject();
            o.add("start", start == null ? JsonNull.INSTANCE : new JsonPrimitive(start.toString()));
            o.add("end", end == null ? JsonNull.INSTANCE : new JsonPrimitive(end.toString()));
            JsonArray m = new JsonArray();
            members.forEach(m::add);
            o.add("members", m);
            return o;
        }
    }

    /** What a border file is derived from; a file is used only when its header equals the inputs of the run. */
    record Inputs(String level, Checksummed.Checksum countries, List<EpochKey> epochs) {
        static Inputs of(String level, Checksummed.Checksum countries, EuMembership eu) {
            List<LocalDate> starts = EuBorder.epochStarts(eu);
            List<EpochKey> keys = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                LocalDate s = starts.get(i);
                keys.add(new EpochKey(s.equals(LocalDate.MIN) ? null : s, i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : null,
                        eu.membersOn(EuBorder.firstDay(s))));
            }
            return new Inputs(level, countries, List.copyOf(keys));
        }

        JsonObject toJson() {
            JsonObject o = new JsonObject();
            o.addProperty("format", FORMAT);
            o.addProperty("derived_by", "atlas.geo.GeodataTool (scripts/build-geodata.sh)");
            o.addProperty("countries", "countries-" + level + ".geojson");
            o.addProperty("countries_crc32", countries == null ? null : countries.crc32());
            o.addProperty("countries_bytes", countries == null ? null : countries.bytes());
            o.addProperty("membership", "eu-membership.csv");
            o.addProperty("min_segment_km", EuBorder.MIN_SEGMENT_KM);
            JsonArray a = new JsonArray();
            epochs.forEach(e -> a.add(e.toJson()));
            o.add("epochs", a);
            return o;
        }

        /** Why a file with header {@code h} was not derived from these inputs, or null if it was. */
        String mismatch(JsonObject h) {
            JsonObject want = toJson();
            if (!want.get("format").equals(h.get("format"))) return "it is in format " + h.get("format") + ", this atlas derives format " + FORMAT;
            if (!want.get("countries").equals(h.get("countries"))) return "it was derived from " + h.get("countries") + ", not " + want.get("countries");
            if (countries == null) return "countries-" + level + ".geojson could not be read whole to check it";
            if (!want.get("countries_crc32").equals(h.get("countries_crc32")) || !want.get("countries_bytes").equals(h.get("countries_bytes"))) {
                return "it was derived from another countries-" + level + ".geojson (CRC-32 or size differs)";
            }
            if (!want.get("min_segment_km").equals(h.get("min_segment_km"))) return "it drops segments shorter than " + h.get("min_segment_km") + " km, not " + EuBorder.MIN_SEGMENT_KM;
            JsonArray have = h.has("epochs") && h.get("epochs").isJsonArray() ? h.getAsJsonArray("epochs") : new JsonArray();
            JsonArray need = want.getAsJsonArray("epochs");
            for (int i = 0; i < Math.max(have.size(), need.size()); i++) {
                JsonElement a = i < have.size() ? have.get(i) : null, b = i < need.size() ? need.get(i) : null;
                if (!Objects.equals(a, b)) {
                    return "its membership epochs differ from eu-membership.csv: the file has " + (a == null ? "no epoch " + (i + 1) : a)
                            + " where the table gives " + (b == null ? "none" : b);
                }
            }
            return null;
        }
    }

    /** Writes the file: the header, then one feature a line in epoch order, segments by id. */
    static void write(OutputStream out, Inputs inputs, List<EuBorder.Epoch> epochs) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("{\"type\":\"FeatureCollection\",\"name\":\"eu-border-" + inputs.level() + "\",\n");
        w.write("\"eu_border\":" + GSON.toJson(inputs.toJson()) + ",\n");
        w.write("\"features\":[\n");
        Map<LocalDate, EpochKey> keys = new HashMap<>();
        for (EpochKey k : inputs.epochs()) keys.put(k.start() == null ? LocalDate.MIN : k.start(), k);
        List<String> lines = new ArrayList<>();
        for (EuBorder.Epoch e : epochs) {
            EpochKey k = keys.get(e.start());
            if (k == null) throw new IllegalArgumentException("epoch " + e.start() + " is not in the inputs");
            for (EuBorder.Segment s : e.segments()) {
                JsonObject p = new JsonObject();
                p.addProperty("epoch_start", k.start() == null ? null : k.start().toString());
                p.addProperty("epoch_end", k.end() == null ? null : k.end().toString());
                p.addProperty("member", s.member());
                p.addProperty("neighbour", s.neighbour());
                p.addProperty("since", s.since().toString());
                p.addProperty("length_km", Math.round(s.lengthKm() * 1000) / 1000.0);
                String id = (k.start() == null ? "before" : k.start().toString()) + "/" + s.id();
                JsonObject f = new JsonObject();
                f.addProperty("type", "Feature");
                f.addProperty("id", id);
                f.add("properties", p);
                f.add("geometry", GeoJsonWriter.geometry(s.lonLat()));
                lines.add(GSON.toJson(f));
            }
        }
        w.write(String.join(",\n", lines));
        w.write("\n]}\n");
        w.flush();
    }

    /**
     * A border file as read, not yet checked against the outlines and membership of the run: its header,
     * and the segments of each epoch by the epoch's {@code epoch_start} ("" before the first members), each
     * projected once and shared between the epochs that have it unchanged. {@code failure} says why the
     * file cannot be used at all (then the rest is empty).
     */
    record Parsed(String file, JsonObject header, Map<String, List<EuBorder.Segment>> segments, Problem failure) {
        static Parsed failed(String file, int line, String why) {
            return new Parsed(file, null, Map.of(), new Problem(file, null, line, why + "; the EU border is derived at start-up instead (" + REBUILD + ")"));
        }
    }

    /** Reads a border file; never throws (a missing or broken file is a {@link Parsed#failure()}). */
    static Parsed parse(DataSource source, Projection projection) {
        try (JsonReader in = new JsonReader(new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8), 1 << 16))) {
            JsonObject header = null;
            Map<String, List<EuBorder.Segment>> out = new LinkedHashMap<>();
            Map<String, EuBorder.Segment> shared = new HashMap<>();
            boolean sawFeatures = false;
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                if (name.equals("eu_border")) {
                    JsonElement h = JsonParser.parseReader(in);
                    if (!h.isJsonObject()) return Parsed.failed(source.name(), line(in), "its 'eu_border' header is not an object");
                    header = h.getAsJsonObject();
                } else if (name.equals("features")) {
                    if (header == null) return Parsed.failed(source.name(), line(in), "no 'eu_border' header before the features");
                    sawFeatures = true;
                    in.beginArray();
                    while (in.hasNext()) {
                        int line = line(in);
                        String bad = feature(in, projection, shared, out);
                        if (bad != null) return Parsed.failed(source.name(), line, bad);
                    }
                    in.endArray();
                } else {
                    in.skipValue();
                }
            }
            if (!sawFeatures) return Parsed.failed(source.name(), 0, "no 'features'");
            return new Parsed(source.name(), header, out, null);
        } catch (FileNotFoundException | NoSuchFileException e) {
            return Parsed.failed(source.name(), 0, "not found");
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            return Parsed.failed(source.name(), lineOf(e.getMessage()), "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * The segments of every epoch (keyed by epoch start, {@link LocalDate#MIN} first) when the file was
     * derived from {@code expected}; else null with one problem (the file is missing, unreadable or stale).
     */
    static Map<LocalDate, List<EuBorder.Segment>> check(Parsed parsed, Inputs expected, List<Problem> problems) {
        if (parsed.failure() != null) {
            problems.add(parsed.failure());
            return null;
        }
        String why = expected.mismatch(parsed.header());
        if (why != null) {
            problems.add(new Problem(parsed.file(), null, 0, "stale: " + why + "; the EU border is derived at start-up instead (" + REBUILD + ")"));
            return null;
        }
        Map<String, LocalDate> epochByName = new HashMap<>();
        for (EpochKey k : expected.epochs()) epochByName.put(k.start() == null ? "" : k.start().toString(), k.start() == null ? LocalDate.MIN : k.start());
        Map<LocalDate, List<EuBorder.Segment>> out = new LinkedHashMap<>();
        for (var e : parsed.segments().entrySet()) {
            LocalDate start = epochByName.get(e.getKey());
            if (start == null) {
                problems.add(new Problem(parsed.file(), null, 0, "has segments in epoch " + e.getKey() + ", which its header does not list;"
                        + " the EU border is derived at start-up instead (" + REBUILD + ")"));
                return null;
            }
            out.put(start, e.getValue());
        }
        return out;
    }

    /** Reads one feature into {@code out}; returns what is wrong with it, or null. */
    private static String feature(JsonReader in, Projection projection, Map<String, EuBorder.Segment> shared,
            Map<String, List<EuBorder.Segment>> out) throws IOException {
        JsonObject p = null;
        Geometry lonLat = null;
        String id = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> id = in.peek() == JsonToken.NULL ? null : JsonParser.parseReader(in).getAsString();
                case "properties" -> {
                    JsonElement e = JsonParser.parseReader(in);
                    p = e.isJsonObject() ? e.getAsJsonObject() : null;
                }
                case "geometry" -> lonLat = lines(in);
                default -> in.skipValue();
            }
        }
        in.endObject();
        String what = "feature '" + id + "'";
        if (p == null) return what + " has no properties";
        if (lonLat == null) return what + " has no LineString or MultiLineString geometry";
        String member = text(p, "member"), neighbour = text(p, "neighbour"), epoch = text(p, "epoch_start");
        if (member == null || neighbour == null || !ISO3.matcher(member).matches() || !ISO3.matcher(neighbour).matches()) {
            return what + " lacks a member or neighbour code";
        }
        LocalDate since;
        double km;
        try {
            since = LocalDate.parse(text(p, "since"));
            km = p.get("length_km").getAsDouble();
        } catch (DateTimeParseException | NullPointerException | UnsupportedOperationException | NumberFormatException | IllegalStateException e) {
            return what + " has no valid 'since' date or 'length_km'";
        }
        String key = member + "|" + neighbour + "|" + since;
        EuBorder.Segment s = shared.get(key);
        if (s == null || s.lengthKm() != km || !s.lonLat().equalsExact(lonLat)) {
            s = new EuBorder.Segment(member, neighbour, lonLat, projection.project(lonLat), km, since);
            shared.put(key, s);
        }
        out.computeIfAbsent(epoch == null ? "" : epoch, x -> new ArrayList<>()).add(s);
        return null;
    }

    /** A LineString or MultiLineString geometry streamed into JTS (lon/lat), or null for any other type. */
    private static Geometry lines(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        String type = null;
        List<Coordinate[]> parts = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "type" -> type = in.nextString();
                case "coordinates" -> {
                    // LineString: [[x, y], …]; MultiLineString: [[[x, y], …], …]. Read both shapes, check the type after.
                    parts = new ArrayList<>();
                    List<Coordinate> run = new ArrayList<>();
                    in.beginArray();
                    while (in.hasNext()) {
                        in.beginArray();
                        if (in.peek() == JsonToken.NUMBER) {
                            run.add(new Coordinate(in.nextDouble(), in.nextDouble()));
                            in.endArray();
                            continue;
                        }
                        List<Coordinate> part = new ArrayList<>();
                        while (in.hasNext()) {
                            in.beginArray();
                            part.add(new Coordinate(in.nextDouble(), in.nextDouble()));
                            in.endArray();
                        }
                        in.endArray();
                        parts.add(part.toArray(new Coordinate[0]));
                    }
                    in.endArray();
                    if (!run.isEmpty()) parts.add(0, run.toArray(new Coordinate[0]));
                }
                default -> in.skipValue();
            }
        }
        in.endObject();
        if (parts == null || parts.isEmpty() || !("LineString".equals(type) || "MultiLineString".equals(type))) return null;
        LineString[] ls = new LineString[parts.size()];
        for (int i = 0; i < ls.length; i++) {
            if (parts.get(i).length < 2) return null;
            ls[i] = GeoJsonGeometry.FACTORY.createLineString(parts.get(i));
        }
        return GeoJsonGeometry.FACTORY.createMultiLineString(ls);
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
    }

    private static int line(JsonReader in) {
        return lineOf(in.toString());
    }

    private static int lineOf(String message) {
        if (message == null) return 0;
        Matcher m = LINE.matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
