package atlas.app;

import atlas.io.AtomicFiles;
import atlas.story.FieldMapping;
import atlas.story.Kind;
import atlas.story.UserDates;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The field mapping chosen for each data file, remembered between runs in {@code mappings.properties}
 * beside the settings (key: the file's absolute path; value: the mapping as JSON). Written atomically;
 * a damaged entry is ignored, never fatal.
 */
final class Mappings {
    private final Path file;

    Mappings(Path file) {
        this.file = file;
    }

    static Mappings atDefaultPlace() {
        return new Mappings(Settings.defaultPath().resolveSibling("mappings.properties"));
    }

    private static String key(Path data) {
        return data.toAbsolutePath().normalize().toString();
    }

    /** The remembered mapping for {@code data}, or null. */
    FieldMapping get(Path data) {
        Properties p = read();
        String v = p.getProperty(key(data));
        if (v == null) return null;
        try {
            JsonObject o = JsonParser.parseString(v).getAsJsonObject();
            return new FieldMapping(str(o, "title"), list(o, "start"), list(o, "end"), str(o, "category"), str(o, "id"),
                    Kind.byKey(str(o, "kind")), o.has("order") ? UserDates.Order.valueOf(o.get("order").getAsString()) : null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    void put(Path data, FieldMapping m) throws IOException {
        Properties p = read();
        JsonObject o = new JsonObject();
        o.addProperty("title", m.title());
        JsonArray s = new JsonArray();
        m.start().forEach(s::add);
        o.add("start", s);
        JsonArray e = new JsonArray();
        m.end().forEach(e::add);
        o.add("end", e);
        o.addProperty("category", m.category());
        o.addProperty("id", m.id());
        o.addProperty("kind", m.kind() == null ? null : m.kind().key());
        o.addProperty("order", m.order().name());
        p.setProperty(key(data), o.toString());
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, out -> p.store(out, "Belarus–China Atlas: field mappings per data file"));
    }

    private Properties read() {
        Properties p = new Properties();
        if (!Files.isRegularFile(file)) return p;
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | RuntimeException e) {
            // A damaged file forgets the mappings; opening data still works with detection.
        }
        return p;
    }

    private static String str(JsonObject o, String k) {
        JsonElement e = o.get(k);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static List<String> list(JsonObject o, String k) {
        List<String> out = new ArrayList<>();
        if (o.has(k) && o.get(k).isJsonArray()) for (JsonElement e : o.getAsJsonArray(k)) out.add(e.getAsString());
        return out;
    }
}
