package atlas.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.story.PartialDate;
import atlas.story.UserDates;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz tests of everything that reads a user's bytes. A normal build replays the seed corpus in
 * {@code src/test/resources/atlas/fuzz/ReaderFuzzTestInputs/<method>/} (real files, the hostile cases
 * of issue 11, and every find of a longer run); {@code JAZZER_FUZZ=1} makes Jazzer mutate them
 * (docs/TESTING-HOSTILE.md says how). Each target asserts what a user relies on: the reader returns
 * (no exception, no hang: {@code maxDuration} and Jazzer's per-input timeout), and every problem is
 * one clean, bounded line.
 */
class ReaderFuzzTest {
    /**
     * Every reader from one target: the first byte picks the format. Jazzer fuzzes one test per JVM, so
     * this is the one the build fuzzes briefly (the {@code fuzz-brief} execution in pom.xml); the
     * per-format targets below are for longer runs by hand. Seeds: {@code anyReader/}.
     */
    @FuzzTest(maxDuration = "15s")
    void anyReader(byte[] bytes) throws IOException {
        if (bytes.length == 0) return;
        byte[] rest = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        switch (Math.floorMod(bytes[0], 5)) {
            case 0 -> geoJson(rest);
            case 1 -> csv(rest);
            case 2 -> kml(rest);
            case 3 -> kmz(rest);
            default -> partialDate(rest);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void geoJson(byte[] bytes) {
        FuzzChecks.load(FuzzChecks.inMemory("fuzz.geojson", bytes));
    }

    @FuzzTest(maxDuration = "30s")
    void csv(byte[] bytes) {
        FuzzChecks.load(FuzzChecks.inMemory("fuzz.csv", bytes));
    }

    @FuzzTest(maxDuration = "30s")
    void kml(byte[] bytes) {
        FuzzChecks.load(FuzzChecks.inMemory("fuzz.kml", bytes));
    }

    @FuzzTest(maxDuration = "30s")
    void kmz(byte[] bytes) {
        FuzzChecks.load(FuzzChecks.inMemory("fuzz.kmz", bytes));
    }

    @FuzzTest(maxDuration = "30s")
    void geoPackage(byte[] bytes) throws IOException {
        FuzzChecks.loadFile("fuzz.gpkg", bytes);
    }

    /** The story format's dates: a date, or an IllegalArgumentException with a clean message; nothing else. */
    @FuzzTest(maxDuration = "30s")
    void partialDate(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            PartialDate d = PartialDate.parse(text);
            assertTrue(d.year() >= 1 && d.year() <= 9999);
            assertTrue(PartialDate.parse(d.iso()).equals(d), "a parsed date reads back as itself");
        } catch (IllegalArgumentException e) {
            FuzzChecks.clean(e.getMessage());
        }
        for (UserDates.Order order : UserDates.Order.values()) {
            try {
                UserDates.parse(text, order);
            } catch (IllegalArgumentException e) {
                FuzzChecks.clean(e.getMessage());
            }
        }
    }
}
