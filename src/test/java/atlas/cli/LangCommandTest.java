package atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import atlas.lang.Language;
import atlas.lang.Ui;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang}: the same picture and answer in another language. */
class LangCommandTest {
    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void english() {
        Ui.setLanguage(Language.EN); // the commands set the process's language; tests share one process
    }

    @Test
    void queryNamesPlacesAndCountriesAndDatesInTheLanguage() {
        CommandLineTest.Run r = CommandLineTest.run("query", "--date", "2023-12-04", "--kind", "place,country", "--lang", "be");
        assertEquals(0, r.code(), r.err());
        JsonObject minsk = null, china = null;
        for (var e : JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("items")) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("id").getAsString().equals("minsk")) minsk = o;
            if (o.get("id").getAsString().equals("country-CHN")) china = o;
        }
        assertEquals("Minsk", minsk.get("title").getAsString(), "the title stays the data's own");
        assertEquals("Мінск", minsk.get("name").getAsString());
        assertEquals("Кітай", china.get("name").getAsString(), "CLDR's name");
        CommandLineTest.Run zh = CommandLineTest.run("query", "--date", "2023-12-04", "--kind", "event", "--lang", "zh");
        assertTrue(zh.out().contains("2023年12月"), zh.out());
        CommandLineTest.Run plain = CommandLineTest.run("query", "--date", "2023-12-04", "--kind", "place");
        assertTrue(!plain.out().contains("\"name\""), "no --lang, no new fields: the answer stays as scripts know it");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CommandLineTest.Run r = CommandLineTest.run("query", "--date", "2023-12-04", "--lang", "fr");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("en, ru, be, zh"), r.err());
    }

    @Test
    void renderDrawsTheNamesInTheLanguage(@TempDir Path dir) throws Exception {
        Path en = dir.resolve("en.png"), be = dir.resolve("be.png");
        assertEquals(0, CommandLineTest.run("render", "--date", "2023-12-04", "--view", "belarus", "--out", en.toString(), "--size", "800x600").code());
        assertEquals(0, CommandLineTest.run("render", "--date", "2023-12-04", "--view", "belarus", "--out", be.toString(), "--size", "800x600", "--lang", "be").code());
        assertNotEquals(java.util.Arrays.hashCode(Files.readAllBytes(en)), java.util.Arrays.hashCode(Files.readAllBytes(be)), "the labels differ");
    }
}
