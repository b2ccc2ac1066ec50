package atlas.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.anim.Step;
import atlas.map.NamedView;
import atlas.story.Category;
import atlas.story.Kind;
import atlas.story.Stage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The four bundles say the same things: same keys, same placeholders, and every key the code asks for exists. */
class UiBundlesTest {
    private static final Path DIR = Path.of("src/main/resources/atlas/lang");

    @AfterEach
    void english() {
        Ui.setLanguage(Language.EN);
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(DIR.resolve("ui" + suffix + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void everyLanguageHasEveryKeyWithTheSamePlaceholders() throws IOException {
        Properties en = bundle("");
        for (String suffix : List.of("_ru", "_be", "_zh")) {
            Properties other = bundle(suffix);
            assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()), "keys of ui" + suffix);
            for (String k : en.stringPropertyNames()) {
                assertEquals(placeholders(en.getProperty(k)), placeholders(other.getProperty(k)), k + " in ui" + suffix);
                assertFalse(other.getProperty(k).isBlank(), k + " in ui" + suffix);
                assertTrue(other.getProperty(k).chars().filter(c -> c == '_').count() <= 1, "one Alt key at most: " + k + suffix);
            }
        }
    }

    @Test
    void translationsAreInTheirScript() throws IOException {
        Properties ru = bundle("_ru"), be = bundle("_be"), zh = bundle("_zh");
        // Spot checks that a file holds the language it is named for.
        assertEquals("_Файл", ru.getProperty("menu.file"));
        assertTrue(be.getProperty("menu.view.language").contains("Мова"));
        assertTrue(zh.getProperty("list.title").codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        // Belarusian has its own letters (і, ў) where Russian has и/у.
        assertTrue(be.getProperty("details.sources").contains("ы") && be.getProperty("timeline.pause").contains("ў"));
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties en = bundle("");
        Pattern literal = Pattern.compile("Ui\\.(?:t|bind|tip)\\((?:[A-Za-z.]+, )?\"([a-z0-9.\\-]+)\"|Ui\\.(?:label|item)\\([^;]*?, \"([a-z0-9.\\-]+)\"");
        List<String> missing = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (key.endsWith(".")) continue; // a family, checked below
                    seen++;
                    if (!en.containsKey(key)) missing.add(f.getFileName() + ": " + key);
                }
            }
        }
        assertTrue(seen > 150, "the scan found the keys: " + seen);
        assertEquals(List.of(), missing);
        Set<String> family = new TreeSet<>();
        for (Category c : Category.values()) family.add("category." + c.key());
        for (Stage s : Stage.values()) family.add("stage." + s.key());
        for (Kind k : Kind.values()) family.add("kind." + k.key());
        for (NamedView v : NamedView.values()) family.addAll(List.of("view." + v.key(), "view." + v.key() + ".short", "view." + v.key() + ".tip"));
        for (Step s : Step.values()) family.add("anim.step." + s.code().toLowerCase(Locale.ROOT));
        for (String t : List.of("capital", "city", "border-crossing", "rail-terminal", "port", "chokepoint")) family.add("place.type." + t);
        for (String l : List.of("countries", "eu-border", "country-names", "story", "overlay", "legend")) family.add("menu.view.layer." + l);
        family.removeIf(en::containsKey);
        assertEquals(Set.of(), family);
    }

    @Test
    void textsFillTheirPlaceholdersAndFollowTheLanguage() {
        assertEquals("Layer: roads", Ui.t("legend.layer", "roads"));
        Ui.setLanguage(Language.BE);
        assertEquals("Слой: roads", Ui.t("legend.layer", "roads"));
        assertEquals("Дыпламатыя", Ui.category(Category.DIPLOMACY));
        var binding = Ui.bind("list.title");
        assertEquals("Назва", binding.get());
        Ui.setLanguage(Language.ZH);
        assertEquals("标题", binding.get(), "a bound text follows the language");
        assertEquals("{0} and {x}", Ui.fill("{0} and {x}"), "nothing to fill");
        assertEquals("a {1}", Ui.fill("{0} {1}", "a"), "a missing argument stays visible");
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d}").matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }
}
