package atlas.anim;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Rational;

/** H.264 video in an MP4 container (jcodec, pure Java). Width and height must be even (4:2:0 colour). */
final class Mp4Encoder implements FrameEncoder {
    private final AWTSequenceEncoder encoder;

    Mp4Encoder(FileChannel out, int fps) throws IOException {
        encoder = new AWTSequenceEncoder(new Unclosable(out), Rational.R(fps, 1));
    }

    @Override
    public void add(BufferedImage frame) throws IOException {
        encoder.encodeImage(frame);
    }

    @Override
    public void finish() throws IOException {
        encoder.finish();
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
