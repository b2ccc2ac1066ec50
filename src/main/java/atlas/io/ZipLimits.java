package atlas.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bounds on reading an archive (a KMZ): how many entries it may list, how much one entry may expand
 * to, and by how much it may expand relative to its compressed size. A zip bomb meets one of them long
 * before it fills memory or disk.
 */
final class ZipLimits {
    /** A KMZ holds a document and its icons and overlays; ten thousand entries is far beyond any real one. */
    static final int MAX_ENTRIES = 10_000;
    /** The document read from an archive may expand to at most this many bytes. */
    static final long MAX_UNCOMPRESSED = 512L << 20;
    /** KML compresses about 5–30 times; a bomb compresses a thousand times and more. */
    static final int MAX_RATIO = 200;
    /** Below this many bytes read, the ratio is not judged (tiny entries compress oddly). */
    static final long RATIO_FLOOR = 1L << 20;

    private ZipLimits() {
    }

    /** The refusal to read further, as an exception a parser passes up. */
    static final class Exceeded extends IOException {
        Exceeded(String message) {
            super(message);
        }
    }

    /** The {@link Exceeded} somewhere in {@code e}'s causes (parsers wrap it), or null. */
    static Throwable refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Exceeded) return t;
            if (t instanceof javax.xml.stream.XMLStreamException x && x.getNestedException() instanceof Exceeded n) return n;
        }
        return null;
    }

    /** True once {@code expanded} (as {@link #bounded} counts it) went past the limit: read nothing more from that archive. */
    static boolean exceeded(long[] expanded) {
        return expanded[0] > MAX_UNCOMPRESSED;
    }

    /**
     * {@code in} (an entry's uncompressed bytes) counted, and refused once past the ratio to
     * {@code compressed}, or once the archive's total in {@code expanded} passes {@link #MAX_UNCOMPRESSED}.
     */
    static InputStream bounded(InputStream in, String entry, long compressed, long[] expanded) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) add(1);
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) add(n);
                return n;
            }

            private void add(int n) throws Exceeded {
                count += n;
                expanded[0] += n;
                if (expanded[0] > MAX_UNCOMPRESSED) {
                    throw new Exceeded("refused: the archive expands beyond " + (MAX_UNCOMPRESSED >> 20) + " MB at '" + Texts.clip(entry) + "' (a zip bomb?)");
                }
                if (count > RATIO_FLOOR && compressed > 0 && count / compressed > MAX_RATIO) {
                    throw new Exceeded("refused: '" + Texts.clip(entry) + "' expands more than " + MAX_RATIO + " times its compressed size (a zip bomb?)");
                }
            }
        };
    }
}
