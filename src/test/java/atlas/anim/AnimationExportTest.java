package atlas.anim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Frame dates, and what a cancelled export leaves behind (nothing), with synthetic frames. */
class AnimationExportTest {
    @Test
    void stepsCountFromTheStartAndStopAtTheEnd() {
        assertEquals(List.of(LocalDate.of(2013, 1, 31), LocalDate.of(2013, 2, 28), LocalDate.of(2013, 3, 31), LocalDate.of(2013, 4, 29)),
                Step.MONTH.dates(LocalDate.of(2013, 1, 31), LocalDate.of(2013, 4, 29)), "the end date is the last frame");
        assertEquals(53, Step.WEEK.dates(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)).size(), "52 weeks land on 31 December: no frame added");
        assertEquals(List.of(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 4, 1), LocalDate.of(2015, 7, 1), LocalDate.of(2015, 10, 1), LocalDate.of(2015, 12, 31)),
                Step.QUARTER.dates(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)));
        assertEquals(List.of(LocalDate.of(2015, 6, 1), LocalDate.of(2016, 5, 31)), Step.YEAR.dates(LocalDate.of(2015, 6, 1), LocalDate.of(2016, 5, 31)));
        assertEquals(List.of(LocalDate.of(2015, 6, 1)), Step.YEAR.dates(LocalDate.of(2015, 6, 1), LocalDate.of(2015, 6, 1)), "one day, one frame");
        assertEquals(Step.QUARTER, Step.parse("3m"));
        assertThrows(IllegalArgumentException.class, () -> Step.parse("2M"));
    }

    @Test
    void aCancelledExportLeavesNoFileAndKeepsTheOldOne(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"new.gif", "new.mp4"}) {
            Path out = dir.resolve(name);
            AtomicInteger drawn = new AtomicInteger();
            AnimationSpec spec = new AnimationSpec(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31), Step.MONTH, 4, 160, 100, 12);
            assertThrows(CancellationException.class, () -> AnimationExport.write(spec, d -> {
                drawn.incrementAndGet();
                return frame(d, 160, 100);
            }, out, (done, total, d) -> { }, () -> drawn.get() >= 3));
            assertEquals(3, drawn.get(), "stopped at the cancel");
            assertEquals(false, Files.exists(out), name + " not written");
        }
        Path old = dir.resolve("old.gif");
        Files.writeString(old, "the previous export");
        AnimationSpec spec = new AnimationSpec(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 3, 1), Step.MONTH, 4, 160, 100, 12);
        assertThrows(CancellationException.class, () -> AnimationExport.write(spec, d -> frame(d, 160, 100), old, (done, total, d) -> { }, () -> true));
        assertEquals("the previous export", Files.readString(old), "a cancelled export keeps what was there");
        try (var s = Files.list(dir)) {
            assertEquals(List.of(old), s.toList(), "only the old file, no temporary file");
        }
    }

    @Test
    void aFinishedExportReportsEveryFrame(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("a.gif");
        AnimationSpec spec = new AnimationSpec(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 3, 1), Step.MONTH, 4, 160, 100, 12);
        AtomicInteger last = new AtomicInteger();
        AnimationExport.write(spec, d -> frame(d, 160, 100), out, (done, total, d) -> {
            assertEquals(3, total);
            last.set(done);
        }, () -> false);
        assertEquals(3, last.get());
        assertEquals(true, Files.size(out) > 0);
    }

    private static BufferedImage frame(LocalDate d, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(d.getMonthValue() * 20, 80, 160));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }
}
