package atlas.geo;

import atlas.io.DataSource;
import atlas.io.Problem;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams the features of a GeoJSON FeatureCollection one at a time, so a large file never sits in
 * memory as one tree. Positions of problems are given as lines of the file.
 */
public final class GeoJsonFeatures {
    /** One feature as read: its line, its {@code id} member (may be JsonNull), properties and geometry (may be null). */
    public record Raw(int line, JsonElement id, JsonObject properties, JsonObject geometry) {
    }

    private static final Pattern LINE = Pattern.compile("line (\\d+) column (\\d+)");

    private GeoJsonFeatures() {
    }

    /**
     * Reads every feature of {@code source} into {@code sink}. A file that cannot be read or parsed
     * adds one problem (with line and column where JSON is malformed) and stops there; features read
     * before the fault are kept.
     */
    public static void read(DataSource source, Consumer<Raw> sink, List<Problem> problems) {
        try (JsonReader in = new JsonReader(new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8), 1 << 16))) {
            in.setStrictness(Strictness.LENIENT); // lets NaN through so it can be reported per item
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                problems.add(new Problem(source.name(), null, line(in), "not a GeoJSON object"));
                return;
            }
            in.beginObject();
            boolean sawFeatures = false;
            String type = null;
            while (in.hasNext()) {
                String name = in.nextName();
                if (name.equals("features")) {
                    sawFeatures = true;
                    in.beginArray();
                    while (in.hasNext()) {
                        int line = line(in);
                        JsonElement e = JsonParser.parseReader(in);
                        if (!e.isJsonObject()) {
                            problems.add(new Problem(source.name(), null, line, "a feature is not a JSON object"));
                            continue;
                        }
                        JsonObject f = e.getAsJsonObject();
                        JsonElement p = f.get("properties");
                        JsonElement g = f.get("geometry");
                        sink.accept(new Raw(line, f.has("id") ? f.get("id") : JsonNull.INSTANCE,
                                p != null && p.isJsonObject() ? p.getAsJsonObject() : new JsonObject(),
                                g != null && g.isJsonObject() ? g.getAsJsonObject() : null));
                    }
                    in.endArray();
                } else if (name.equals("type")) {
                    type = in.nextString();
                } else {
                    in.skipValue();
                }
            }
            if (type != null && !type.equals("FeatureCollection")) {
                problems.add(new Problem(source.name(), null, 1, "type is '" + atlas.io.Texts.clip(type) + "', expected 'FeatureCollection'"));
            } else if (!sawFeatures) {
                problems.add(new Problem(source.name(), null, 1, "no 'features' array"));
            }
        } catch (JsonParseException | IllegalStateException | IOException e) {
            problems.add(new Problem(source.name(), null, lineOf(e.getMessage()), malformed(e)));
        }
    }

    /** Reads all features into a list (convenience for small files). */
    public static List<Raw> readAll(DataSource source, List<Problem> problems) {
        List<Raw> all = new ArrayList<>();
        read(source, all::add, problems);
        return all;
    }

    private static String malformed(Exception e) {
        if (e instanceof java.io.FileNotFoundException || e instanceof java.nio.file.NoSuchFileException) {
            return "file not found (" + e.getMessage() + ")";
        }
        if (e instanceof IOException && !(e instanceof com.google.gson.stream.MalformedJsonException)) {
            return "cannot be read: " + e.getMessage();
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher lm = LINE.matcher(m);
        String where = lm.find() ? " at line " + lm.group(1) + ", column " + lm.group(2) : "";
        String why = m.replaceAll("(?s)\\s*(at )?line \\d+ column \\d+.*", "").replaceAll("^.*Exception: ", "");
        return "malformed JSON" + where + ": " + why;
    }

    private static int lineOf(String message) {
        if (message == null) return 0;
        Matcher m = LINE.matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static int line(JsonReader in) {
        return lineOf(in.toString());
    }
}
