package atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @Test
    void roundTripsThroughItsFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sub/settings.properties");
        Settings s = new Settings(LocalDate.of(2021, 11, 21), true, LocalDate.of(2013, 1, 1), LocalDate.of(2016, 12, 31), 6, true, 1500, 950);
        s.save(f);
        List<String> warnings = new ArrayList<>();
        assertEquals(s, Settings.load(f, warnings));
        assertEquals(List.of(), warnings);
        try (var files = Files.list(f.getParent())) {
            assertEquals(List.of(f), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void aDamagedFileFallsBackToTheDefaultsWithAWarning(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("settings.properties");
        Files.writeString(f, "date=2015-13-45\nwidth=wide\n");
        List<String> warnings = new ArrayList<>();
        assertEquals(Settings.DEFAULTS, Settings.load(f, warnings));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith(f + ": settings ignored"), warnings.get(0));
        assertEquals(Settings.DEFAULTS, Settings.load(dir.resolve("missing.properties"), warnings));
    }
}
