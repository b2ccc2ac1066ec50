package atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.AWTUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --from --to --step --fps --out x.gif|x.mp4}, read back frame by frame. */
class AnimationCommandTest {
    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @Test
    void gifHasOneFramePerStepOfTheAskedSizeAndLoops(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("story.gif");
        // 2013-01-01, 04-01, 07-01, 10-01: four quarters, the last on the end date.
        CommandLineTest.Run r = CommandLineTest.run("render", "--from", "2013-01-01", "--to", "2013-10-01", "--step", "3M", "--fps", "4",
                "--size", "640x400", "--out", gif.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("4 frames"), r.err());
        List<BufferedImage> frames = new ArrayList<>();
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            int n = reader.getNumImages(true);
            for (int i = 0; i < n; i++) {
                frames.add(reader.read(i));
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                assertEquals("25", gce.getAttribute("delayTime"), "4 fps = 25 hundredths of a second a frame");
            }
            IIOMetadataNode stream = (IIOMetadataNode) reader.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0");
            assertEquals(640, Integer.parseInt(((IIOMetadataNode) stream.getElementsByTagName("LogicalScreenDescriptor").item(0)).getAttribute("logicalScreenWidth")));
        }
        assertFrames(frames, 4, 640, 400);
        assertTrue(Files.readString(gif, java.nio.charset.StandardCharsets.ISO_8859_1).contains("NETSCAPE2.0"), "loops (NETSCAPE2.0 block)");
        assertNoTemporaryFile(dir);
    }

    @Test
    void mp4HasOneFramePerStepOfTheAskedSize(@TempDir Path dir) throws Exception {
        Path mp4 = dir.resolve("story.mp4");
        // 2014 to 2016 by year: three frames; 360 is not a multiple of H.264's 16-pixel blocks.
        CommandLineTest.Run r = CommandLineTest.run("render", "--from", "2014-06-01", "--to", "2016-06-01", "--step", "1Y", "--fps", "2",
                "--size", "640x360", "--out", mp4.toString());
        assertEquals(0, r.code(), r.err());
        List<BufferedImage> frames = new ArrayList<>();
        try (var ch = NIOUtils.readableChannel(mp4.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(ch);
            assertEquals(2.0, grab.getVideoTrack().getMeta().getTotalFrames() / grab.getVideoTrack().getMeta().getTotalDuration(), 0.01, "2 fps");
            for (Picture p = grab.getNativeFrame(); p != null; p = grab.getNativeFrame()) frames.add(AWTUtil.toBufferedImage(p));
        }
        assertFrames(frames, 3, 640, 360);
        assertNoTemporaryFile(dir);
    }

    @Test
    void animationOptionsAreCheckedInOneLine(@TempDir Path dir) {
        CommandLineTest.Run png = CommandLineTest.run("render", "--from", "2013-01-01", "--to", "2014-01-01", "--step", "1M", "--out", dir.resolve("x.png").toString());
        assertEquals(2, png.code());
        assertTrue(png.err().contains("--out must end in .gif or .mp4"), png.err());
        CommandLineTest.Run day = CommandLineTest.run("render", "--date", "2013-01-01", "--out", dir.resolve("x.gif").toString());
        assertEquals(2, day.code());
        assertTrue(day.err().contains("needs --from and --to"), day.err());
        CommandLineTest.Run step = CommandLineTest.run("render", "--from", "2013-01-01", "--to", "2014-01-01", "--step", "2M", "--out", dir.resolve("x.gif").toString());
        assertEquals(2, step.code());
        assertTrue(step.err().contains("'2M' is not a step"), step.err());
        CommandLineTest.Run odd = CommandLineTest.run("render", "--from", "2013-01-01", "--to", "2014-01-01", "--size", "641x400", "--out", dir.resolve("x.mp4").toString());
        assertEquals(2, odd.code());
        assertTrue(odd.err().contains("must be even"), odd.err());
        assertEquals(1, odd.err().strip().lines().count(), odd.err());
        assertFalse(new File(dir.toFile(), "x.mp4").exists());
    }

    @Test
    void gifKeepsTheKeysColoursAsInThePng(@TempDir Path dir) throws Exception {
        // In the Belarus view China is off the map: its colour is only in the key's swatch, a few hundred
        // pixels a palette of 256 colours per frame can lose.
        String[] common = {"--size", "1280x800", "--view", "belarus", "--trail-months", "12"};
        Path png = dir.resolve("still.png"), gif = dir.resolve("one.gif");
        assertEquals(0, CommandLineTest.run(concat(common, "render", "--date", "2021-01-01", "--out", png.toString())).code());
        assertEquals(0, CommandLineTest.run(concat(common, "render", "--from", "2020-01-01", "--to", "2021-01-01", "--step", "1Y", "--out", gif.toString())).code());
        BufferedImage still = ImageIO.read(png.toFile()), frame = readGifFrames(gif).get(1);
        int china = 0xf3b3a6, swatch = 0;
        for (int y = 0; y < still.getHeight(); y++) {
            for (int x = 0; x < still.getWidth(); x++) {
                if ((still.getRGB(x, y) & 0xffffff) != china) continue;
                swatch++;
                int q = frame.getRGB(x, y);
                int d = Math.abs((q >> 16 & 255) - 0xf3) + Math.abs((q >> 8 & 255) - 0xb3) + Math.abs((q & 255) - 0xa6);
                assertTrue(d <= 24, String.format("China's swatch at %d,%d is #%06x in the GIF", x, y, q & 0xffffff));
            }
        }
        assertTrue(swatch > 50, "the PNG has China's swatch in its key: " + swatch + " pixels");
        // And the whole frame is the picture of that day: the sea, the countries and the EU border too (they are
        // drawn on a canvas of their own, which the frames once left out), within a 256-colour palette's error.
        long off = 0;
        for (int y = 0; y < still.getHeight(); y++) {
            for (int x = 0; x < still.getWidth(); x++) {
                int p = still.getRGB(x, y), q = frame.getRGB(x, y);
                int d = Math.abs((q >> 16 & 255) - (p >> 16 & 255)) + Math.abs((q >> 8 & 255) - (p >> 8 & 255)) + Math.abs((q & 255) - (p & 255));
                if (d > 48) off++;
            }
        }
        assertTrue(off < still.getWidth() * (long) still.getHeight() / 100, off + " pixels of the GIF's frame differ from the PNG of the same day");
    }

    private static List<BufferedImage> readGifFrames(Path gif) throws Exception {
        List<BufferedImage> frames = new ArrayList<>();
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            for (int i = 0, n = reader.getNumImages(true); i < n; i++) frames.add(reader.read(i));
        }
        return frames;
    }

    private static String[] concat(String[] tail, String... head) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void helpExplainsTheAnimationOptions() {
        CommandLineTest.Run r = CommandLineTest.run("render", "--help");
        assertEquals(0, r.code());
        for (String opt : new String[] {"--step", "--fps", ".gif", ".mp4", "1W, 1M, 3M or 1Y"}) assertTrue(r.out().replaceAll("\\s+", " ").contains(opt), opt + " in " + r.out());
    }

    /** n frames of w × h, each different from the one before (the date on it changed, and the map with it). */
    private static void assertFrames(List<BufferedImage> frames, int n, int w, int h) {
        assertEquals(n, frames.size(), "one frame per step");
        for (BufferedImage f : frames) {
            assertEquals(w, f.getWidth());
            assertEquals(h, f.getHeight());
        }
        for (int i = 1; i < n; i++) {
            assertTrue(changedPixels(frames.get(i - 1), frames.get(i), 0, 0, 440, 70) > 15, "the date stamp changes between frames " + (i - 1) + " and " + i);
        }
        assertTrue(changedPixels(frames.get(0), frames.get(n - 1), 0, 80, w, h - 80) > 100, "the map itself changes between the first and the last frame");
    }

    private static int changedPixels(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < Math.min(y1, a.getHeight()); y++) {
            for (int x = x0; x < Math.min(x1, a.getWidth()); x++) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y);
                int d = Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p >> 8 & 255) - (q >> 8 & 255)) + Math.abs((p & 255) - (q & 255));
                if (d > 60) n++; // beyond palette and compression noise
            }
        }
        return n;
    }

    private static void assertNoTemporaryFile(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
