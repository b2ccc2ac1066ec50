package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Place names in four languages (issue 10): every place in the three place files carries its Russian,
 * Belarusian and Chinese name, each backed by a source whose note starts with {@code name_xx:} (or, for a
 * GeoNames or Wikidata record giving several, holds it among the "; "-separated clauses before " (") and whose
 * address is https on that language's Wikipedia, GeoNames or Wikidata; or the name is listed in
 * {@link #MISSING} because no page read for the issue gave it (the map then falls back to English).
 */
class PlaceNamesTest {
    static final List<String> FILES = List.of("places.geojson", "record-places-a.geojson", "record-places-b.geojson", "record-places-c.geojson");
    static final List<String> LANGS = List.of("ru", "be", "zh");

    /**
     * Names that neither a page read for issue 10 nor GeoNames' alternate names (as shipped in Debian's
     * libgeonames-common 0.3.0-1, cities of 15,000 or more) gave; see docs/DATA-NOTES.md, "Place names in four
     * languages". Remove an entry when its name is added.
     */
    static final Map<String, Set<String>> MISSING = Map.of(
            // Russian: Astana's GeoNames record (data of 2022) names it Нур-Султан only; Dostyk and Kuźnica are
            // not among the cities of the package.
            "ru", Set.of("astana", "dostyk", "kuznica"),
            // Belarusian: the package has no be name for these (or they are not among its cities), or none in the
            // standard orthography (Berlin: only the Taraškievica form Бэрлін).
            "be", Set.of("alashankou", "astana", "bab-el-mandeb", "berlin", "chengdu", "chongqing", "dostyk",
                    "khorgos", "klaipeda", "kuznica", "malaszewicze", "manzhouli", "qingdao", "shanghai", "suez",
                    "tianjin", "urumqi", "xian", "yiwu", "zabaykalsk"),
            // Chinese: no page in Chinese and no GeoNames zh or zh-CN name for these.
            "zh", Set.of("astana", "dostyk", "kuznica", "malaszewicze", "smarhon", "terespol", "zabaykalsk", "zhodzina"));

    static final Map<String, String> WIKI_HOST = Map.of("ru", "ru.wikipedia.org", "be", "be.wikipedia.org", "zh", "zh.wikipedia.org");
    static final Set<String> SHARED_HOSTS = Set.of("www.geonames.org", "www.wikidata.org");

    /** id → properties of every feature of kind "place" in the four files. */
    static final Map<String, JsonObject> PLACES = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws Exception {
        for (String f : FILES) {
            JsonObject fc = JsonParser.parseString(Files.readString(Path.of("geodata", "story", f), StandardCharsets.UTF_8)).getAsJsonObject();
            for (JsonElement e : fc.getAsJsonArray("features")) {
                JsonObject p = e.getAsJsonObject().getAsJsonObject("properties");
                if (!"place".equals(p.get("kind").getAsString())) continue;
                assertTrue(PLACES.put(p.get("id").getAsString(), p) == null, "place id used twice: " + p.get("id"));
            }
        }
    }

    static boolean cyrillic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
                && s.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    static boolean cjk(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void thePlaceFilesHoldTheExpectedPlaces() {
        assertEquals(47, PLACES.size(), PLACES.keySet().toString());
        for (var e : MISSING.entrySet()) {
            assertTrue(PLACES.keySet().containsAll(e.getValue()), e.getKey() + ": MISSING names an unknown place");
        }
    }

    @Test
    void everyPlaceHasItsNamesOrIsListedAsMissing() {
        List<String> wrong = new ArrayList<>();
        for (var e : PLACES.entrySet()) {
            for (String lang : LANGS) {
                boolean has = e.getValue().has("name_" + lang);
                boolean listed = MISSING.get(lang).contains(e.getKey());
                if (!has && !listed) wrong.add(e.getKey() + ": no name_" + lang + " and not listed as missing");
                if (has && listed) wrong.add(e.getKey() + ": name_" + lang + " present but still listed as missing");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void namesAreInTheirScriptAndFollowTheTitle() {
        List<String> wrong = new ArrayList<>();
        for (var e : PLACES.entrySet()) {
            JsonObject p = e.getValue();
            for (String lang : LANGS) {
                if (!p.has("name_" + lang)) continue;
                String name = p.get("name_" + lang).getAsString();
                if (!name.equals(name.strip()) || name.isEmpty()) wrong.add(e.getKey() + ": blank around name_" + lang);
                if (name.codePoints().anyMatch(c -> c == 0x301)) wrong.add(e.getKey() + ": stress mark in name_" + lang);
                boolean ok = lang.equals("zh") ? cjk(name) : cyrillic(name);
                if (!ok) wrong.add(e.getKey() + ": name_" + lang + " '" + name + "' is not in the expected script");
            }
            // The name properties sit right after "title", in the order ru, be, zh.
            List<String> keys = new ArrayList<>(p.keySet());
            int at = keys.indexOf("title") + 1;
            for (String lang : LANGS) {
                if (!p.has("name_" + lang)) continue;
                if (at >= keys.size() || !keys.get(at).equals("name_" + lang)) wrong.add(e.getKey() + ": name_" + lang + " not right after title");
                at++;
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * The clause "name_xx: Name" for {@code lang} in the head of a note, or null. The head is the part before
     * the first " (" of a note that starts with "name_"; it holds one clause, or several separated by "; " when
     * one GeoNames or Wikidata record gives names in several languages (the same address may not be cited
     * twice for an item, so such a record is one source).
     */
    static String nameClause(String note, String lang) {
        if (!note.startsWith("name_")) return null;
        int paren = note.indexOf(" (");
        String head = paren < 0 ? note : note.substring(0, paren);
        for (String clause : head.split("; ")) if (clause.startsWith("name_" + lang + ": ")) return clause;
        return null;
    }

    @Test
    void eachNameHasASourceOnItsWikipediaGeoNamesOrWikidata() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (var e : PLACES.entrySet()) {
            JsonObject p = e.getValue();
            for (String lang : LANGS) {
                String prefix = "name_" + lang + ":";
                List<JsonObject> backing = new ArrayList<>();
                for (JsonElement s : p.getAsJsonArray("sources")) {
                    JsonObject o = s.getAsJsonObject();
                    if (o.has("note") && nameClause(o.get("note").getAsString(), lang) != null) backing.add(o);
                }
                if (!p.has("name_" + lang)) {
                    if (!backing.isEmpty()) wrong.add(e.getKey() + ": a " + prefix + " source but no name_" + lang);
                    continue;
                }
                String name = p.get("name_" + lang).getAsString();
                if (backing.isEmpty()) wrong.add(e.getKey() + ": name_" + lang + " has no source whose note starts with " + prefix + " (or names it in its head)");
                for (JsonObject o : backing) {
                    URI u = new URI(o.get("url").getAsString());
                    if (!"https".equals(u.getScheme())) wrong.add(e.getKey() + ": " + prefix + " source not https: " + u);
                    String host = u.getHost();
                    if (!(WIKI_HOST.get(lang).equals(host) || SHARED_HOSTS.contains(host))) wrong.add(e.getKey() + ": " + prefix + " source on " + host);
                    if (!nameClause(o.get("note").getAsString(), lang).equals(prefix + " " + name)) wrong.add(e.getKey() + ": " + prefix + " note does not give the name " + name);
                    if (!o.has("title") || o.get("title").getAsString().isBlank()) wrong.add(e.getKey() + ": " + prefix + " source without a title");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void namesPresentPerLanguage() {
        // A count, so that adding or dropping a name shows up in review as a change to this line too.
        Map<String, Integer> present = new LinkedHashMap<>();
        for (String lang : LANGS) present.put(lang, PLACES.size() - MISSING.get(lang).size());
        assertEquals(Map.of("ru", 44, "be", 27, "zh", 39), present);
    }
}
