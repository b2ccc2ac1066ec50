package atlas.anim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.jcodec.api.FrameGrab;
import org.jcodec.codecs.h264.H264Utils;
import org.jcodec.codecs.h264.io.model.NALUnit;
import org.jcodec.codecs.h264.io.model.NALUnitType;
import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.jcodec.scale.AWTUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MP4 frames decoded with jcodec and read as the stream says (BT.601, limited range: jcodec's {@code YUV420}
 * to RGB): flat colours come back within H.264's rounding.
 */
class Mp4EncoderTest {
    /** Land, sea, China, Belarus, the EU, the operating project's green, the key's white, text. */
    private static final int[] COLOURS = {0xf2efe6, 0xbcd8e8, 0xf3b3a6, 0xfad58c, 0xdddaf2, 0x2e7d32, 0xfcfbfa, 0x222222, 0xffffff, 0x000000};

    @Test
    void flatColoursComeBackAsDrawn(@TempDir Path dir) throws Exception {
        Path mp4 = dir.resolve("a.mp4");
        int w = 320, h = 96;
        try (FileChannel ch = FileChannel.open(mp4, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            Mp4Encoder enc = new Mp4Encoder(ch, 4);
            for (int f = 0; f < 3; f++) enc.add(blocks(w, h, f));
            enc.finish();
        }
        List<BufferedImage> frames = new ArrayList<>();
        try (var ch = NIOUtils.readableChannel(mp4.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(ch);
            for (Picture p = grab.getNativeFrame(); p != null; p = grab.getNativeFrame()) frames.add(AWTUtil.toBufferedImage(p));
        }
        assertEquals(3, frames.size());
        for (int f = 0; f < 3; f++) {
            BufferedImage drawn = blocks(w, h, f), decoded = frames.get(f);
            for (int y = 8; y < h; y += 32) {
                for (int x = 8; x < w; x += 32) {
                    int p = drawn.getRGB(x + 8, y + 8), q = decoded.getRGB(x + 8, y + 8);
                    // H.264's rounding: 6 at most here; jcodec's own conversion was 8 to 11 off.
                    for (int shift = 0; shift <= 16; shift += 8) {
                        assertTrue(Math.abs((p >> shift & 255) - (q >> shift & 255)) <= 7,
                                String.format("frame %d: #%06x came back #%06x", f, p & 0xffffff, q & 0xffffff));
                    }
                }
            }
        }
        // And the stream says how to read it: BT.601 matrix (6), limited range, BT.709 primaries.
        try (var ch = NIOUtils.readableChannel(mp4.toFile())) {
            ByteBuffer priv = MP4Demuxer.createMP4Demuxer(ch).getVideoTrack().getMeta().getCodecPrivate();
            SeqParameterSet sps = null;
            for (ByteBuffer nal = H264Utils.nextNALUnit(priv); nal != null; nal = H264Utils.nextNALUnit(priv)) {
                if (NALUnit.read(nal).type == NALUnitType.SPS) sps = SeqParameterSet.read(nal);
            }
            assertTrue(sps != null && sps.vuiParams != null && sps.vuiParams.colourDescriptionPresentFlag, "a colour description in the stream");
            assertEquals(6, sps.vuiParams.matrixCoefficients);
            assertEquals(1, sps.vuiParams.colourPrimaries);
            assertFalse(sps.vuiParams.videoFullRangeFlag);
        }
    }

    /** 32×32 blocks of the colours, shifted by one block a frame. */
    private static BufferedImage blocks(int w, int h, int f) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) img.setRGB(x, y, COLOURS[Math.floorMod((x / 32) + 3 * (y / 32) + f, COLOURS.length)]);
        }
        return img;
    }

    /**
     * The busiest frame a picture can be, random noise, is written and read back (at a constant quantiser it needs more
     * than jcodec's byte a pixel, and the export failed with a BufferOverflowException; fine hatching over a whole
     * 1280 × 720 frame did too). A review found it.
     */
    @Test
    void aFrameOfNoiseIsWritten(@TempDir Path dir) throws Exception {
        int w = 320, h = 240;
        BufferedImage noise = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        java.util.Random r = new java.util.Random(1);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) noise.setRGB(x, y, r.nextInt(1 << 24));
        Path out = dir.resolve("noise.mp4");
        try (FileChannel ch = FileChannel.open(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            Mp4Encoder enc = new Mp4Encoder(ch, 4);
            enc.add(noise);
            enc.add(noise);
            enc.finish();
        }
        int frames = 0;
        try (var ch = NIOUtils.readableChannel(out.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(ch);
            for (Picture p = grab.getNativeFrame(); p != null; p = grab.getNativeFrame()) frames++;
        }
        assertEquals(2, frames);
    }
}
