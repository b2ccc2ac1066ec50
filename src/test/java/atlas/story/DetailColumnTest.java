package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.RawFeature;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A user's rows keep their values column-wise and make their details' text when asked: that text must be
 * the one the row's properties gave as text before ({@link GenericSchema#attributes}, stored as UTF-8 and
 * read back), for any property names and values, after selecting and joining columns too.
 */
class DetailColumnTest {
    private static final String[] NAMES = {"id", "title", "start", "category", "X", "Y", "sources", "Amount", "näme", "名称", "a\"b", "tab\tname", ""};

    /** What the text way kept: the text of the properties, through a text column's bytes. */
    private static String asText(RawFeature f) {
        TextColumn t = new TextColumn();
        t.add(GenericSchema.attributes(f));
        return t.get(0);
    }

    private static String value(Random r) {
        return switch (r.nextInt(9)) {
            case 0 -> "";
            case 1 -> "plain " + r.nextInt(1000);
            case 2 -> "quote \" backslash \\ newline \n tab \t bell \u0007 end";
            case 3 -> "Мінск – 明斯克 – 🚂 " + r.nextInt(10);
            case 4 -> "half a pair \ud800 here";
            case 5 -> "x".repeat(40 + r.nextInt(10)); // around the one-byte length's edge
            case 6 -> "long ".repeat(r.nextInt(5000));   // lengths of two and three varint bytes
            case 7 -> "[ { \"title\": \"synthetic\", \"url\": \"\" } ]";
            default -> String.valueOf(r.nextDouble());
        };
    }

    private static RawFeature feature(Random r, String[] names) {
        RawFeature f = new RawFeature();
        for (String k : names) {
            int t = r.nextInt(10);
            Object v;
            if (t == 0) v = null;
            else if (t == 1) v = r.nextBoolean();
            else if (t == 2) {
                JsonObject o = new JsonObject();
                o.addProperty("n", r.nextInt(5));
                JsonArray a = new JsonArray();
                a.add("é\"");
                o.add("a", a);
                v = o;
            } else v = value(r);
            f.put(k, v);
        }
        return f;
    }

    @Test
    void theTextMadeWhenAskedIsTheTextKeptBefore() {
        Random r = new Random(42);
        List<String[]> shapes = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            List<String> names = new ArrayList<>();
            for (String k : NAMES) if (r.nextInt(3) > 0) names.add(k);
            shapes.add(names.toArray(String[]::new));
        }
        shapes.add(new String[] {"half \udc00 name", "ok"}); // kept as text: the name would not survive the pool
        shapes.add(new String[0]);
        DetailColumn d = new DetailColumn();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            if (r.nextInt(50) == 0) {
                String text = r.nextBoolean() ? null : "{\"story\":\"" + i + "\"}";
                d.addShared(text);
                expected.add(text);
                continue;
            }
            // Mostly runs of one table's shape, as readers give them; sometimes another.
            RawFeature f = feature(r, shapes.get(r.nextInt(10) < 7 ? i / 500 % shapes.size() : r.nextInt(shapes.size())));
            d.addFeature(f);
            expected.add(asText(f));
        }
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i), d.get(i), "row " + i);

        int[] sel = new int[700];
        for (int i = 0; i < sel.length; i++) sel[i] = r.nextInt(expected.size());
        DetailColumn picked = d.select(sel);
        for (int i = 0; i < sel.length; i++) assertEquals(expected.get(sel[i]), picked.get(i), "selected row " + i);

        DetailColumn other = new DetailColumn();
        List<String> otherExpected = new ArrayList<>();
        String[] own = {"only", "in", "the", "other"};
        for (int i = 0; i < 400; i++) {
            RawFeature f = feature(r, i % 2 == 0 ? own : shapes.get(i % shapes.size()));
            other.addFeature(f);
            otherExpected.add(asText(f));
        }
        DetailColumn joined = d.concat(other);
        assertEquals(expected.size() + otherExpected.size(), joined.size());
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i), joined.get(i));
        for (int i = 0; i < otherExpected.size(); i++) assertEquals(otherExpected.get(i), joined.get(expected.size() + i), "joined row " + i);
        joined.trim();
        assertEquals(otherExpected.get(7), joined.get(expected.size() + 7));
    }

    @Test
    void aTableWhoseRowsEachHaveTheirOwnNamesIsKeptAsText() {
        DetailColumn d = new DetailColumn();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            RawFeature f = new RawFeature();
            f.put("name" + i, "v" + i);
            f.put("shared", i);
            d.addFeature(f);
            expected.add(asText(f));
        }
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i), d.get(i));
    }

    @Test
    void rowsWithNamesOfTheirOwnDoNotHoldMoreThanTheirTexts() {
        // Each row with 2,000 names no other row has: as lists of names they would take three times their texts.
        DetailColumn shaped = new DetailColumn();
        TextColumn text = new TextColumn();
        for (int i = 0; i < 60; i++) {
            RawFeature f = new RawFeature();
            for (int k = 0; k < 2_000; k++) f.put("k" + i + "_" + k, "v");
            shaped.addFeature(f);
            text.add(GenericSchema.attributes(f));
            assertEquals(GenericSchema.attributes(f), shaped.get(i));
        }
        shaped.trim();
        text.trim();
        assertTrue(shaped.bytes() < text.bytes() * 1.6, shaped.bytes() + " bytes against " + text.bytes() + " as text");
    }

    @Test
    void aTableKeepsItsNamesOnceNotOncePerRow() {
        DetailColumn shaped = new DetailColumn();
        TextColumn text = new TextColumn();
        Random r = new Random(1);
        String[] names = {"identifier", "project_title", "start_date", "end_date", "category", "investment_usd"};
        for (int i = 0; i < 10_000; i++) {
            RawFeature f = new RawFeature();
            for (String k : names) f.put(k, "v" + r.nextInt(100));
            shaped.addFeature(f);
            text.add(GenericSchema.attributes(f));
        }
        shaped.trim();
        text.trim();
        assertTrue(shaped.bytes() < text.bytes() * 0.6, shaped.bytes() + " bytes against " + text.bytes() + " as text");
    }
}
