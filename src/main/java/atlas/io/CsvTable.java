package atlas.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the atlas's small comma-separated tables: a fixed header, then one row a line, the last column
 * free text (it may contain commas). A row the handler rejects becomes a {@link Problem} with its line;
 * the other rows still load, and an unreadable file is one problem, never an exception.
 */
public final class CsvTable {
    /** Turns one row's fields into a value; throws IllegalArgumentException (or a subclass) with what is wrong. */
    @FunctionalInterface
    public interface Row {
        void accept(String[] fields);
    }

    private CsvTable() {
    }

    public static void read(DataSource source, String header, List<Problem> problems, Row row) {
        int columns = header.split(",").length;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8))) {
            String first = r.readLine();
            if (first == null || !first.trim().equals(header)) {
                problems.add(new Problem(source.name(), null, 1, "expected the header " + header));
                return;
            }
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                String[] f = line.split(",", columns);
                if (f.length < columns - 1) {
                    problems.add(new Problem(source.name(), null, n, "expected " + columns + " comma-separated fields"));
                    continue;
                }
                for (int i = 0; i < f.length; i++) f[i] = f[i].trim();
                try {
                    row.accept(f);
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    problems.add(new Problem(source.name(), f[0], n, e instanceof java.time.format.DateTimeParseException d
                            ? "bad date: " + d.getParsedString() : e.getMessage()));
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(source.name(), null, 0, "cannot be read: " + e.getMessage()));
        }
    }
}
