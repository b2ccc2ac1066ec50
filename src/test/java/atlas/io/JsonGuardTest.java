package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The guard between the bytes and Gson: what it cuts stays well-formed JSON, what it refuses it refuses at once. */
class JsonGuardTest {
    private static JsonObject read(String json, JsonGuard[] guard) throws IOException {
        guard[0] = new JsonGuard(new StringReader(json), 1);
        JsonReader in = new JsonReader(guard[0]);
        in.setStrictness(Strictness.LENIENT);
        return JsonParser.parseReader(in).getAsJsonObject();
    }

    @Test
    void aLongStringIsCutWhereverItsEscapesFallAndTheNextFieldIsIntact() throws IOException {
        // An escape (\", \\, \u00e9) or a surrogate pair placed on every position around the cut.
        for (String special : new String[] {"\\\"", "\\\\", "\\u00e9", "\ud83d\ude00"}) {
            for (int shift = -8; shift <= 8; shift++) {
                String head = "a".repeat(JsonGuard.MAX_STRING + shift);
                JsonGuard[] g = new JsonGuard[1];
                JsonObject o = read("{\"long\":\"" + head + special + "tail" + "\",\"next\":\"kept\"}", g);
                String v = o.get("long").getAsString();
                assertTrue(v.length() <= JsonGuard.MAX_STRING + 2, special + " " + shift + ": " + v.length());
                assertTrue(!Character.isHighSurrogate(v.charAt(v.length() - 1)), "no half of a pair is left at the end");
                assertEquals("kept", o.get("next").getAsString(), special + " " + shift);
                assertEquals(shift + special.length() + 4 > 0 ? 1 : 0, g[0].cut(), special + " " + shift);
            }
        }
    }

    @Test
    void singleQuotedStringsAndBareWordsAreCountedLikeGsonReadsThem() throws IOException {
        JsonGuard[] g = new JsonGuard[1];
        JsonObject o = read("{'a':'it\\'s, {not} [a] \"structure\"',b:NaN,c:" + "1".repeat(JsonGuard.MAX_BARE) + "}", g);
        assertEquals("it's, {not} [a] \"structure\"", o.get("a").getAsString());
        assertEquals("NaN", o.get("b").getAsString());
        for (String bare : new String[] {"1".repeat(JsonGuard.MAX_BARE + 1), "tr" + "u".repeat(JsonGuard.MAX_BARE) + "e"}) {
            Throwable t = assertThrows(com.google.gson.JsonIOException.class, () -> read("{\"c\":" + bare + "}", new JsonGuard[1]));
            assertTrue(t.getCause() instanceof JsonGuard.Refused, String.valueOf(t.getCause()));
        }
    }

    @Test
    void aNulIsRefusedAfterWhatCameBeforeItIsHandedOver() throws IOException {
        JsonGuard g = new JsonGuard(new StringReader("[1,2,\n3,\0\0\0"), 1);
        char[] buf = new char[64];
        int n = g.read(buf, 0, buf.length);
        assertEquals("[1,2,\n3,", new String(buf, 0, n));
        JsonGuard.Refused r = assertThrows(JsonGuard.Refused.class, () -> g.read(buf, 0, buf.length));
        assertEquals(2, r.line);
        assertTrue(r.getMessage().startsWith("a NUL character at line 2"), r.getMessage());
    }
}
