package atlas.app;

import atlas.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The files and folders most recently opened as layers, newest first, for File ▸ Open recent: at most
 * {@link #MAX}, remembered between runs in {@code recent.properties} beside the settings and written
 * atomically. A damaged file or entry is forgotten, never fatal; reading never throws.
 */
final class RecentFiles {
    static final int MAX = 8;
    private static final long MAX_BYTES = 64 * 1024;
    private final Path file;

    RecentFiles(Path file) {
        this.file = file;
    }

    static RecentFiles atDefaultPlace() {
        return new RecentFiles(Settings.defaultPath().resolveSibling("recent.properties"));
    }

    /** The remembered paths, newest first (absolute; they may no longer exist). */
    List<Path> list() {
        List<Path> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) return out;
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > MAX_BYTES) return out;
            p.load(in);
        } catch (IOException | RuntimeException e) {
            return out; // a damaged list is forgotten; opening files still works
        }
        for (int i = 1; i <= MAX; i++) {
            String v = p.getProperty("recent." + i);
            if (v == null || v.isBlank()) continue;
            try {
                Path path = Path.of(v);
                if (path.isAbsolute() && !out.contains(path)) out.add(path);
            } catch (RuntimeException e) {
                // not a path on this system: skipped
            }
        }
        return out;
    }

    /** Puts {@code path} first (once), dropping the oldest past {@link #MAX}. */
    void add(Path path) throws IOException {
        Path p = path.toAbsolutePath().normalize();
        List<Path> l = list();
        l.remove(p);
        l.add(0, p);
        write(l.subList(0, Math.min(MAX, l.size())));
    }

    void remove(Path path) throws IOException {
        List<Path> l = list();
        if (l.remove(path.toAbsolutePath().normalize())) write(l);
    }

    void clear() throws IOException {
        write(List.of());
    }

    private void write(List<Path> paths) throws IOException {
        Properties p = new Properties();
        for (int i = 0; i < paths.size(); i++) p.setProperty("recent." + (i + 1), paths.get(i).toString());
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, out -> p.store(out, "Belarus–China Atlas: files opened as layers, newest first"));
    }
}
