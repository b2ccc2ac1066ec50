package atlas.geo;

import atlas.io.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

/**
 * A data source that takes the checksum of what is read from it (to the end, even if the reader stops
 * early), so the countries file is checked against a border file without being read twice. CRC-32
 * rather than a cryptographic hash: it only has to notice an edit, and costs ~1 ms, not ~35 ms, at start-up.
 */
final class Checksummed implements DataSource {
    /** CRC-32 (as zlib and gzip compute it, 8 hex digits) and size of a file: enough to tell that an input changed. */
    record Checksum(String crc32, long bytes) {
    }

    private final DataSource source;
    private volatile Checksum checksum;

    Checksummed(DataSource source) {
        this.source = source;
    }

    @Override
    public String name() {
        return source.name();
    }

    @Override
    public InputStream open() throws IOException {
        checksum = null;
        return new CheckedInputStream(source.open(), new CRC32()) {
            private long bytes;
            private boolean closed;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) bytes++;
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) bytes += n;
                return n;
            }

            @Override
            public void close() throws IOException {
                if (closed) return;
                closed = true;
                try {
                    byte[] rest = new byte[1 << 14];
                    while (read(rest, 0, rest.length) >= 0) {
                        // the reader stopped before the end: take the rest too
                    }
                    checksum = new Checksum(String.format("%08x", getChecksum().getValue()), bytes);
                } finally {
                    super.close();
                }
            }
        };
    }

    /** Reads the whole file now and answers its checksum, or null when it cannot be read. */
    Checksum compute() {
        try (InputStream in = open()) {
            // closing reads it to the end
        } catch (IOException e) {
            return null;
        }
        return checksum;
    }

    /** The checksum of the whole file as last read and closed, or null. */
    Checksum checksum() {
        return checksum;
    }
}
