package atlas.io;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * GeoJSON (RFC 7946) of any schema, streamed with Gson's {@link JsonReader} straight to the sink: no
 * tree per feature. Accepts what GDAL and Python accept too: a FeatureCollection, a single Feature or a
 * bare geometry at the top; the bare tokens {@code NaN} and {@code Infinity} in properties (read as
 * empty); positions with a third value. A geometry of the wrong shape costs only that feature's
 * geometry (the feature is kept without it, with a problem), never the features after it.
 */
public final class GeoJsonReader implements FeatureReader {
    @Override
    public void read(DataSource source, Consumer<RawFeature> sink, List<Problem> problems) {
        RawFeature f = new RawFeature();
        int[] count = {0};
        JsonGuard guard = null;
        try (JsonReader in = new JsonReader(guard = guard(source.open(), 1))) {
            in.setStrictness(Strictness.LENIENT);
            in.setNestingLimit(MAX_NESTING);
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                problems.add(new Problem(source.name(), null, line(in), "not GeoJSON: the file does not start with a JSON object"));
                return;
            }
            Top top = readTop(in, f, source.name(), sink, problems, count);
            if (top.features) {
                if (top.type != null && !top.type.equals("FeatureCollection")) {
                    problems.add(new Problem(source.name(), null, 1, "type is '" + Texts.clip(top.type) + "' but the object has 'features'; read as a FeatureCollection"));
                }
            } else if ("Feature".equals(top.type)) {
                sink.accept(f);
                count[0]++;
            } else if (top.geometry != null) {
                f.clear();
                f.line = 1;
                GeoJsonGeometryReader.apply(top.geometry, f);
                sink.accept(f);
                count[0]++;
            } else {
                problems.add(new Problem(source.name(), null, 1, "not GeoJSON: no 'features', no Feature and no geometry"
                        + (top.type == null ? "" : " (type '" + Texts.clip(top.type) + "')")));
            }
        } catch (JsonGuard.Refused e) {
            problems.add(new Problem(source.name(), null, e.line, e.getMessage() + kept(count[0], "")));
        } catch (java.util.concurrent.CancellationException e) {
            throw e; // an IllegalStateException, but the load was cancelled: not a fault of the file
        } catch (JsonParseException | IllegalStateException | IOException | NumberFormatException e) {
            problems.add(new Problem(source.name(), null, Texts.lineOf(e.getMessage()), malformed(e) + kept(count[0], "")));
        }
        cuts(guard, source.name(), problems);
    }

    /**
     * Deeper than this is no GeoJSON anyone writes (a MultiPolygon's coordinates are 4 deep inside a
     * feature inside a collection; properties rarely nest at all), and it bounds the recursion.
     */
    static final int MAX_NESTING = 64;

    private static JsonGuard guard(java.io.InputStream in, int firstLine) {
        return new JsonGuard(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16), firstLine);
    }

    private static String kept(int count, String where) {
        return count > 0 ? "; the " + count + " features before it" + where + " are kept" : "";
    }

    private static String malformed(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Nesting limit")) {
            return "nested deeper than " + MAX_NESTING + " levels at line " + Texts.lineOf(m) + " (no GeoJSON needs that): reading stops here";
        }
        return Texts.malformed(e);
    }

    /** One message for the strings cut at {@link JsonGuard#MAX_STRING}, if any. */
    private static void cuts(JsonGuard guard, String file, List<Problem> problems) {
        if (guard == null || guard.cut() == 0) return;
        problems.add(new Problem(file, null, guard.firstCutLine(), (guard.cut() == 1 ? "a text value is" : guard.cut() + " text values are")
                + " longer than " + JsonGuard.MAX_STRING + " characters: cut there (the first at line " + guard.firstCutLine() + ")"));
    }

    private record Top(String type, boolean features, GeoJsonGeometryReader.Parsed geometry) {
    }

    /** The top-level object: streams a "features" array as it comes; a lone Feature or geometry is returned. */
    private Top readTop(JsonReader in, RawFeature f, String file, Consumer<RawFeature> sink, List<Problem> problems, int[] count) throws IOException {
        f.clear();
        f.line = 1;
        String type = null;
        boolean features = false;
        GeoJsonGeometryReader.Parsed bare = new GeoJsonGeometryReader.Parsed();
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            switch (name) {
                case "features" -> {
                    features = true;
                    if (in.peek() != JsonToken.BEGIN_ARRAY) {
                        problems.add(new Problem(file, null, line(in), "'features' is not an array"));
                        in.skipValue();
                        continue;
                    }
                    features(in, f, file, sink, problems, count, 1, 0);
                }
                case "type" -> type = in.peek() == JsonToken.STRING ? in.nextString() : skip(in);
                case "geometry", "properties", "id" -> readMember(in, name, f, file, problems);
                case "coordinates", "geometries" -> GeoJsonGeometryReader.member(in, name, bare);
                default -> in.skipValue();
            }
        }
        in.endObject();
        if (!features && type != null && !"Feature".equals(type) && !"FeatureCollection".equals(type)) {
            bare.type = type;
            return new Top(type, false, bare);
        }
        return new Top(type, features, null);
    }

    /** Reads a JSON array of features; lines and indexes are counted from {@code firstLine} and {@code firstIndex}. */
    private void features(JsonReader in, RawFeature f, String file, Consumer<RawFeature> sink, List<Problem> problems, int[] count,
                          int firstLine, int firstIndex) throws IOException {
        in.beginArray();
        int index = firstIndex;
        while (in.hasNext()) {
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                problems.add(new Problem(file, null, line(in) + firstLine - 1, "feature " + index + " is not a JSON object; skipped"));
                in.skipValue();
            } else {
                f.clear();
                f.index = index;
                f.line = line(in) + firstLine - 1;
                in.beginObject();
                readFeatureMembers(in, f, file, problems);
                in.endObject();
                sink.accept(f);
                count[0]++;
            }
            index++;
        }
        in.endArray();
    }

    /**
     * Reads one piece of a split file ({@link GeoJsonChunks}): its features, with lines and indexes as in
     * the whole file. A fault stops this piece only: false then, true when the piece was read to its end.
     */
    public boolean readPiece(GeoJsonChunks.Piece piece, Consumer<RawFeature> sink, List<Problem> problems) {
        return readPiece(piece, sink, problems, FAST);
    }

    /** {@code fast}: through {@link FastFeatures} first (tests compare the two ways). */
    boolean readPiece(GeoJsonChunks.Piece piece, Consumer<RawFeature> sink, List<Problem> problems, boolean fast) {
        RawFeature f = new RawFeature();
        int[] count = {0};
        if (fast) {
            // The common case straight from the bytes; from the first feature it does not take on, the Gson path.
            try (java.io.InputStream in = piece.source().open()) {
                FastFeatures.Stop stop = FastFeatures.read(in, piece.firstLine(), piece.firstIndex(), f, sink, count);
                if (stop == null) return true;
                if (stop == FastFeatures.LEFT_OVER) return false;
                piece = piece.from(stop.offset(), stop.lineStart(), stop.line(), stop.index());
            } catch (IOException e) {
                problems.add(new Problem(piece.source().name(), null, 0, malformed(e) + kept(count[0], " in this part of the file")));
                return false;
            }
        }
        JsonGuard guard = null;
        try (JsonReader in = new JsonReader(guard = guard(piece.source().open(), piece.firstLine()))) {
            in.setStrictness(Strictness.LENIENT);
            in.setNestingLimit(MAX_NESTING);
            features(in, f, piece.source().name(), sink, problems, count, piece.firstLine(), piece.firstIndex());
            // More after the array's end, or text values cut: what one read says once or reads otherwise.
            if (in.peek() != JsonToken.END_DOCUMENT || guard.cut() > 0) return false;
        } catch (JsonGuard.Refused e) {
            problems.add(new Problem(piece.source().name(), null, e.line, e.getMessage() + kept(count[0], " in this part of the file")));
            return false;
        } catch (java.util.concurrent.CancellationException e) {
            throw e; // an IllegalStateException, but the load was cancelled: not a fault of the file
        } catch (JsonParseException | IllegalStateException | IOException | NumberFormatException e) {
            int at = Texts.lineOf(e.getMessage());
            problems.add(new Problem(piece.source().name(), null, at == 0 ? 0 : at + piece.firstLine() - 1,
                    malformed(e).replaceAll("at line (\\d+)", "near line " + (at + piece.firstLine() - 1))
                            + kept(count[0], " in this part of the file")));
            return false;
        } finally {
            cuts(guard, piece.source().name(), problems);
        }
        return true;
    }

    /** Whether pieces are read by {@link FastFeatures} first ({@code -Datlas.fastGeoJson=false} turns it off, to compare). */
    static final boolean FAST = !"false".equals(System.getProperty("atlas.fastGeoJson"));

    private static String skip(JsonReader in) throws IOException {
        in.skipValue();
        return null;
    }

    private void readFeatureMembers(JsonReader in, RawFeature f, String file, List<Problem> problems) throws IOException {
        while (in.hasNext()) readMember(in, in.nextName(), f, file, problems);
    }

    private void readMember(JsonReader in, String name, RawFeature f, String file, List<Problem> problems) throws IOException {
        switch (name) {
            case "id" -> {
                JsonToken t = in.peek();
                if (t == JsonToken.STRING || t == JsonToken.NUMBER) f.id = in.nextString();
                else in.skipValue();
            }
            case "geometry" -> {
                if (in.peek() == JsonToken.NULL) {
                    in.nextNull();
                } else if (in.peek() != JsonToken.BEGIN_OBJECT) {
                    f.geometryProblem = "'geometry' is not an object";
                    in.skipValue();
                } else {
                    GeoJsonGeometryReader.Parsed g = GeoJsonGeometryReader.read(in);
                    GeoJsonGeometryReader.apply(g, f);
                }
            }
            case "properties" -> {
                if (in.peek() != JsonToken.BEGIN_OBJECT) {
                    in.skipValue();
                    return;
                }
                in.beginObject();
                while (in.hasNext()) f.put(in.nextName(), value(in));
                in.endObject();
            }
            default -> in.skipValue();
        }
    }

    /** A property value: text for strings and numbers (NaN and Infinity read as empty), Boolean, null, or a JsonElement. */
    private static Object value(JsonReader in) throws IOException {
        switch (in.peek()) {
            case STRING, NUMBER -> {
                String s = in.nextString();
                return isNonFinite(s) ? null : s;
            }
            case BOOLEAN -> {
                return in.nextBoolean();
            }
            case NULL -> {
                in.nextNull();
                return null;
            }
            default -> {
                return JsonParser.parseReader(in);
            }
        }
    }

    private static boolean isNonFinite(String s) {
        return s.length() <= 9 && (s.equals("NaN") || s.equals("Infinity") || s.equals("-Infinity"));
    }

    /**
     * The reader's current line. Gson keeps it in a private field that only its toString() reveals; that
     * string costs more than parsing a feature, so the field is read directly where the runtime allows,
     * and through toString() where it does not.
     */
    static int line(JsonReader in) {
        if (LINE_NUMBER != null) {
            try {
                return (int) LINE_NUMBER.get(in) + 1;
            } catch (RuntimeException e) {
                // fall through to the slow, public way
            }
        }
        return Texts.lineOf(in.toString());
    }

    private static final java.lang.invoke.VarHandle LINE_NUMBER = lineNumberHandle();

    private static java.lang.invoke.VarHandle lineNumberHandle() {
        try {
            var lookup = java.lang.invoke.MethodHandles.privateLookupIn(JsonReader.class, java.lang.invoke.MethodHandles.lookup());
            return lookup.findVarHandle(JsonReader.class, "lineNumber", int.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
