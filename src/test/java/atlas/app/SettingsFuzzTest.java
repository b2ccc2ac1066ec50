package atlas.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz test of the settings reader: whatever the file holds, loading returns settings within their
 * bounds (so the window can always apply them), never throws, and says at most one notice. Seeds in
 * {@code src/test/resources/atlas/app/SettingsFuzzTestInputs/settings/}.
 */
class SettingsFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void settings(byte[] bytes) throws Exception {
        Path dir = Files.createTempDirectory("atlas-settings-fuzz");
        Path f = dir.resolve("settings.properties");
        try {
            Files.write(f, bytes);
            List<String> notices = new ArrayList<>();
            Settings.Bounds b = SettingsTest.BOUNDS;
            Settings s = Settings.load(f, notices, b);
            assertTrue(notices.size() <= 1, notices.toString());
            for (var d : new java.time.LocalDate[] {s.date(), s.from(), s.to()}) {
                assertFalse(d.isBefore(b.first()) || d.isAfter(b.last()), d.toString());
            }
            assertFalse(s.to().isBefore(s.from()));
            assertTrue(s.width() >= Settings.Bounds.MIN_WIDTH && s.width() <= b.maxWidth());
            assertTrue(s.height() >= Settings.Bounds.MIN_HEIGHT && s.height() <= b.maxHeight());
            assertTrue(s.trailingMonths() >= 0 && s.trailingMonths() <= 120);
        } finally {
            Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        }
    }
}
