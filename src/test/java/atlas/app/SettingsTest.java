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
    static final Settings.Bounds BOUNDS = Settings.Bounds.of(LocalDate.of(1992, 1, 1), LocalDate.of(2025, 6, 30), 1920, 1200);

    @Test
    void roundTripsThroughItsFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sub/settings.properties");
        Settings s = new Settings(LocalDate.of(2021, 11, 21), true, LocalDate.of(2013, 1, 1), LocalDate.of(2016, 12, 31), 6, true, false, 1500, 950);
        s.save(f);
        List<String> warnings = new ArrayList<>();
        assertEquals(s, Settings.load(f, warnings, BOUNDS));
        assertEquals(List.of(), warnings);
        try (var files = Files.list(f.getParent())) {
            assertEquals(List.of(f), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void theLanguageIsRememberedAndAnUnknownOneIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("settings.properties");
        Settings s = new Settings(LocalDate.of(2021, 11, 21), false, LocalDate.of(2013, 1, 1), LocalDate.of(2016, 12, 31), 6, false, true, 1500, 950, atlas.lang.Language.BE);
        s.save(f);
        assertTrue(Files.readString(f).contains("language=be"));
        List<String> warnings = new ArrayList<>();
        assertEquals(atlas.lang.Language.BE, Settings.load(f, warnings, BOUNDS).language());
        Files.writeString(f, Files.readString(f).replace("language=be", "language=klingon"));
        Settings back = Settings.load(f, warnings, BOUNDS);
        assertEquals(Settings.DEFAULTS.language(), back.language());
        assertTrue(warnings.get(0).contains("language 'klingon' (one of en, ru, be, zh)"), warnings.get(0));
    }

    @Test
    void aDamagedFileFallsBackToTheDefaultsWithAWarning(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("settings.properties");
        Files.write(f, new byte[] {'d', 'a', 't', 'e', '=', '\\', 'u', '1'});
        List<String> warnings = new ArrayList<>();
        assertEquals(Settings.DEFAULTS, Settings.load(f, warnings, BOUNDS));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith(f + ": settings ignored"), warnings.get(0));
        assertEquals(Settings.DEFAULTS, Settings.load(dir.resolve("missing.properties"), warnings, BOUNDS));
    }

    @Test
    void eachBadValueFallsBackAloneWithOneNoticeAndIsNeverWrittenBack(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("settings.properties");
        // The values of the report: a date the timeline cannot show, a window larger than the screen, an unknown theme.
        Files.writeString(f, "date=+10000-01-01\nfrom=2014-01-01\nto=2015-12-31\nrange=maybe\ntrailingMonths=6\ndark=purple\nwidth=99999\nheight=800\n");
        List<String> notices = new ArrayList<>();
        Settings s = Settings.load(f, notices, BOUNDS);
        assertEquals(Settings.DEFAULTS.date(), s.date());
        assertEquals(LocalDate.of(2014, 1, 1), s.from(), "good values are kept");
        assertEquals(LocalDate.of(2015, 12, 31), s.to());
        assertEquals(6, s.trailingMonths());
        assertEquals(false, s.dark());
        assertEquals(Settings.DEFAULTS.width(), s.width());
        assertEquals(800, s.height());
        assertEquals(1, notices.size(), notices.toString());
        for (String bad : new String[] {"date '+10000-01-01'", "range 'maybe'", "dark 'purple'", "width '99999'"}) assertTrue(notices.get(0).contains(bad), notices.get(0));
        // Saved as the window would on close: the bad values are gone, so the next start is quiet.
        s.save(f);
        String text = Files.readString(f);
        assertTrue(!text.contains("10000") && !text.contains("purple") && !text.contains("99999"), text);
        List<String> again = new ArrayList<>();
        assertEquals(s, Settings.load(f, again, BOUNDS));
        assertEquals(List.of(), again);
    }

    @Test
    void aRangeThatEndsBeforeItStartsAndOddNumbersFallBack(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("settings.properties");
        Files.writeString(f, "from=2016-01-01\nto=2014-01-01\ntrailingMonths=2.5\nheight=NaN\nwidth=-1\n");
        List<String> notices = new ArrayList<>();
        Settings s = Settings.load(f, notices, BOUNDS);
        assertEquals(Settings.DEFAULTS.from(), s.from());
        assertEquals(Settings.DEFAULTS.to(), s.to());
        assertEquals(Settings.DEFAULTS.trailingMonths(), s.trailingMonths());
        assertEquals(Settings.DEFAULTS.height(), s.height());
        assertEquals(Settings.DEFAULTS.width(), s.width());
        assertEquals(1, notices.size());
    }

    @Test
    void theDefaultWindowFitsASmallScreen() {
        Settings s = Settings.load(Path.of("no/such/settings.properties"), new ArrayList<>(),
                Settings.Bounds.of(LocalDate.of(1992, 1, 1), LocalDate.of(2025, 1, 1), 1024, 700));
        assertEquals(1024, s.width());
        assertEquals(700, s.height());
    }
}
