package atlas.anim;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.common.Codec;
import org.jcodec.common.MuxerTrack;
import org.jcodec.common.VideoCodecMeta;
import org.jcodec.common.VideoEncoder;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Size;
import org.jcodec.containers.mp4.muxer.MP4Muxer;

/**
 * H.264 video in an MP4 container (jcodec, pure Java). Width and height must be even (4:2:0 colour).
 *
 * <p>The frames are turned into YUV here ({@link Yuv420}: BT.601, limited range, as an H.264 stream is read when
 * it says nothing else), and the stream says so in its VUI. jcodec's own {@code AWTSequenceEncoder} converted
 * with its "JPEG" YUV, whose luma weights add up to 242/256 (white became 241, the land #F2EFE6 came back
 * #FBF2F1 and the sea bluer), and wrote no colour description, so every player read it as limited range.
 */
final class Mp4Encoder implements FrameEncoder {
    private final MP4Muxer muxer;
    private final H264Encoder encoder = new SignalledEncoder();
    private final int fps;
    private MuxerTrack track;
    private ByteBuffer buffer;
    private Picture yuv;
    private int frameNo;

    Mp4Encoder(FileChannel out, int fps) throws IOException {
        this.muxer = MP4Muxer.createMP4MuxerToChannel(new Unclosable(out));
        this.fps = fps;
    }

    @Override
    public void add(BufferedImage frame) throws IOException {
        if (yuv == null) {
            // jcodec's H.264 encoder takes only its YUV420J; the planes are what matters (limited range, see Yuv420).
            yuv = Picture.create(frame.getWidth(), frame.getHeight(), ColorSpace.YUV420J);
            buffer = ByteBuffer.allocate(encoder.estimateBufferSize(yuv)); // a byte a pixel: jcodec gives a frame no more (see CappedQp)
            track = muxer.addVideoTrack(Codec.H264, VideoCodecMeta.createSimpleVideoCodecMeta(new Size(frame.getWidth(), frame.getHeight()), ColorSpace.YUV420));
        }
        Yuv420.fill(frame, yuv);
        buffer.clear();
        VideoEncoder.EncodedFrame encoded = encoder.encodeFrame(yuv, buffer);
        ByteBuffer data = encoded.getData();
        ByteBuffer copy = ByteBuffer.allocate(data.remaining());
        copy.put(data.duplicate()).flip();
        track.addFrame(Packet.createPacket(copy, frameNo, fps, 1, frameNo, encoded.isKeyFrame() ? Packet.FrameType.KEY : Packet.FrameType.INTER, null));
        frameNo++;
    }

    @Override
    public void finish() throws IOException {
        muxer.finish();
    }

    /**
     * One quantiser for every macroblock. At jcodec's own 20 (which its rate control raised on busy frames) the
     * encoder's chroma of a map's flat areas came back 2 to 4 high (the land #F2EFE6 decoded #F5ECEE); at 14 it
     * is within 1 (#F2EEE8), for a file about 30 % larger; at 12 exact, 45 % larger.
     */
    private static final int QP = 14;

    /**
     * {@link #QP} for every macroblock while the frame keeps within its room, as a map's frames do by far (a map frame
     * of 1280 × 720 took 54 KB of its 900 KB). jcodec gives a frame at most a byte a pixel whatever the buffer; a
     * macroblock that takes more than its share of that raises the quantiser by one for the next, and one that takes well
     * under lowers it again, never below {@link #QP} (jcodec's own rate control, from 14 instead of 20): a frame of noise
     * or fine hatching overflowed at a constant quantiser and failed the export.
     */
    private static final class CappedQp implements org.jcodec.codecs.h264.encode.RateControl {
        private int bitsPerMb, raised;
        private boolean justSwitched;

        @Override
        public int startPicture(Size sz, int maxSize, org.jcodec.codecs.h264.io.model.SliceType sliceType) {
            int mbs = ((sz.getWidth() + 15) >> 4) * ((sz.getHeight() + 15) >> 4);
            bitsPerMb = (int) Math.min(Integer.MAX_VALUE, (long) maxSize * 8 / Math.max(1, mbs));
            raised = 0;
            justSwitched = false;
            return QP;
        }

        @Override
        public int initialQpDelta() {
            return 0;
        }

        @Override
        public int accept(int bits) {
            if (bits >= bitsPerMb && QP + raised < 51) {
                raised++;
                justSwitched = true;
                return 1;
            }
            if (raised > 0 && !justSwitched && bitsPerMb - bits > bitsPerMb >> 3) {
                raised--;
                justSwitched = true;
                return -1;
            }
            justSwitched = false;
            return 0;
        }
    }

    /** jcodec's encoder with a VUI in its sequence header saying how to read the colours: BT.601 (SMPTE 170M) matrix, limited range, sRGB's (BT.709) primaries. */
    private static final class SignalledEncoder extends H264Encoder {
        SignalledEncoder() {
            super(new CappedQp());
        }

        @Override
        public org.jcodec.codecs.h264.io.model.SeqParameterSet initSPS(Size sz) {
            org.jcodec.codecs.h264.io.model.SeqParameterSet sps = super.initSPS(sz);
            org.jcodec.codecs.h264.io.model.VUIParameters vui = new org.jcodec.codecs.h264.io.model.VUIParameters();
            vui.videoSignalTypePresentFlag = true;
            vui.videoFormat = 5; // unspecified
            vui.videoFullRangeFlag = false;
            vui.colourDescriptionPresentFlag = true;
            vui.colourPrimaries = 1; // BT.709, sRGB's
            vui.transferCharacteristics = 1; // BT.709
            vui.matrixCoefficients = 6; // SMPTE 170M (BT.601)
            sps.vuiParams = vui;
            return sps;
        }
    }

    /** jcodec's view of the file; closing is left to whoever opened the channel (it forces it to disk first). */
    private record Unclosable(FileChannel ch) implements SeekableByteChannel {
        @Override
        public long position() throws IOException {
            return ch.position();
        }

        @Override
        public SeekableByteChannel setPosition(long p) throws IOException {
            ch.position(p);
            return this;
        }

        @Override
        public long size() throws IOException {
            return ch.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) throws IOException {
            ch.truncate(size);
            return this;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return ch.read(dst);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return ch.write(src);
        }

        @Override
        public boolean isOpen() {
            return ch.isOpen();
        }

        @Override
        public void close() {
        }
    }
}
