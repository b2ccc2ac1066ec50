package atlas.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader sees either the old file or the whole new one, never half of it, even
 * when the process is killed mid-write ({@code kill -9}; a test does it many times): the content goes
 * to a temporary file in the same folder, is forced to disk, and is moved over the target in one step.
 * A kill can leave a {@code .NAME…tmp} file beside the target, never a damaged target.
 */
public final class AtomicFiles {
    /** What writes the content into the temporary file. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** What writes the content into the temporary file through a seekable channel (for formats that patch headers). */
    @FunctionalInterface
    public interface ChannelWriter {
        /** Writes through {@code channel}; must not close it. */
        void write(FileChannel channel) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Forces the folder's entry for the moved file to disk too, so that after a power cut the name points
     * at the new content, not at nothing. Where a folder cannot be opened for this (Windows), the move
     * alone stands.
     */
    private static void syncFolder(Path dir) {
        if (dir == null) return;
        try (var ch = java.nio.channels.FileChannel.open(dir, java.nio.file.StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort: the rename is atomic already; only durability across a power cut is at stake
        }
    }

    /**
     * Writes to a temporary file beside {@code target}, forces it to disk, then moves it over the target.
     * If {@code writer} throws (an error or a cancellation), the temporary file is deleted and the target
     * is left as it was.
     */
    public static void write(Path target, Writer writer) throws IOException {
        writeChannel(target, ch -> {
            // A writer that closes its stream must not close the channel before it is forced to disk.
            OutputStream out = new FilterOutputStream(Channels.newOutputStream(ch)) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    this.out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            writer.write(out);
            out.flush();
        });
    }

    /** As {@link #write(Path, Writer)}, for writers that need to seek. */
    public static void writeChannel(Path target, ChannelWriter writer) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
                writer.write(ch);
                ch.force(true);
            }
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the default permissions are fine.
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
