package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV fast path ({@link FastCsv}) gives what Commons CSV gives: the same rows with the same lines, values
 * and places, and the same messages, on files written to be awkward (quotes, doubled quotes, line breaks in
 * quotes, CR alone and CRLF, text after a closing quote, an unclosed quote, bad UTF-8, empty lines, ragged
 * rows, a last row with no line break), in files of both kinds of row and with the odd row anywhere.
 */
class FastCsvTest {
    private static final String[] PIECES = {
        "a", "Minsk", "é", "中国", "1.5", "27.56", "53.9", "2015-06-01", "", " ", ",", ",", ",", ";", "\t", "\"", "\"\"",
        "\"q\"", "\"a,b\"", "\"x\"\"y\"", "\"line\nbreak\"", "\n", "\n", "\n", "\r\n", "\r", "\"open", "\"x\"y", "\u00ff", "\\",
    };

    /** Everything a read says: each row as text, then each message. */
    private static List<String> read(Path f, boolean fast) {
        List<String> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new CsvReader(fast).read(DataSource.of(f), r -> {
            StringBuilder b = new StringBuilder().append(r.index).append('@').append(r.line).append(' ');
            if (r.hasPoint) b.append('(').append(r.lon).append(',').append(r.lat).append(") ");
            if (r.geometry != null) b.append(r.geometry).append(' ');
            if (r.geometryProblem != null) b.append('!').append(r.geometryProblem).append(' ');
            for (int i = 0; i < r.size(); i++) b.append(r.key(i)).append('=').append(r.value(i)).append('|');
            out.add(b.toString());
        }, problems);
        for (Problem p : problems) out.add("problem: " + p);
        return out;
    }

    private static void same(Path f, String what) {
        assertEquals(read(f, false), read(f, true), what);
    }

    @Test
    void randomAwkwardFilesReadTheSameBothWays(@TempDir Path dir) throws Exception {
        Random rnd = new Random(20261129);
        String[] headers = {"name,lon,lat,date\n", "name;lon;lat;date\n", "title,wkt\n", "a,b\n", "name,x,y\r\n", "\"na,me\",lon,lat\n"};
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder(headers[rnd.nextInt(headers.length)]);
            int pieces = rnd.nextInt(40);
            for (int k = 0; k < pieces; k++) b.append(PIECES[rnd.nextInt(PIECES.length)]);
            byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
            if (rnd.nextInt(8) == 0 && bytes.length > 0) bytes[rnd.nextInt(bytes.length)] = (byte) 0xC3; // a broken UTF-8 sequence
            Path f = dir.resolve("f" + i + ".csv");
            Files.write(f, bytes);
            same(f, "file " + i + ": " + new String(bytes, StandardCharsets.UTF_8).replace("\n", "\\n").replace("\r", "\\r"));
        }
    }

    @Test
    void plainRowsThenAnOddOneAnywhere(@TempDir Path dir) throws Exception {
        String[] odd = {"\"x\"y,1,2,2001\n", "a,1,2\rb,3,4,2002\n", "\"open,1,2,2003\n", "bad\u00ff,1,2,2004\n", "x,1,2,2005,extra\n", "y,1\n"};
        Random rnd = new Random(7);
        for (String o : odd) {
            for (int at : new int[] {0, 1, 5, 2000}) {
                StringBuilder b = new StringBuilder("name,lon,lat,date\n");
                for (int r = 0; r < 2100; r++) {
                    if (r == at) b.append(o);
                    b.append("\"row ").append(r).append("\",").append(20 + rnd.nextInt(10)).append('.').append(rnd.nextInt(1000)).append(',')
                            .append(50 + rnd.nextInt(5)).append(".5,").append(1992 + r % 30).append(r % 3 == 0 ? "\r\n" : "\n");
                    if (r % 500 == 7) b.append('\n'); // an empty line
                }
                byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
                if (o.contains("\u00ff")) {
                    // A lone continuation byte where the ÿ's two bytes were: not UTF-8.
                    String s = b.toString();
                    int k = s.indexOf("bad");
                    bytes = s.getBytes(StandardCharsets.UTF_8);
                    bytes[new String(s.substring(0, k + 3)).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xBF;
                }
                Path f = dir.resolve("odd" + at + ".csv");
                Files.write(f, bytes);
                same(f, "odd row " + o.replace("\n", "\\n").replace("\r", "\\r") + " at " + at);
            }
        }
    }

    @Test
    void aLongRowAndATsv(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("long.csv");
        Files.writeString(f, "name,lon,lat\nshort,27,53\n\"" + "x".repeat(1_100_000) + "\",27,53\nafter,28,54\n");
        same(f, "a row over 1 MB");
        Path t = dir.resolve("t.tsv");
        Files.writeString(t, "name\tlon\tlat\nMinsk\t27.56\t53.9\n\"Great\tStone\"\t28.4\t53.8\n");
        same(t, "a TSV");
    }
}
