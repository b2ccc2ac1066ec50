package atlas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Which reader reads which file, by its name; and which files of a folder are data. */
public final class Formats {
    /** For messages: what the atlas opens. */
    public static final String DESCRIPTION = "GeoJSON (.geojson, .json), CSV/TSV (.csv, .tsv), KML (.kml, .kmz) and GeoPackage (.gpkg)";

    private static final Map<String, Supplier<FeatureReader>> BY_EXTENSION = Map.of(
            "geojson", GeoJsonReader::new,
            "json", GeoJsonReader::new,
            "csv", CsvReader::new,
            "tsv", CsvReader::new,
            "kml", KmlReader::new,
            "kmz", KmzReader::new,
            "gpkg", GpkgReader::new);

    private Formats() {
    }

    /** The reader for a file called {@code name}, or null when the atlas does not read that format. */
    public static FeatureReader readerFor(String name) {
        Supplier<FeatureReader> s = BY_EXTENSION.get(extension(name));
        return s == null ? null : s.get();
    }

    public static boolean isData(String name) {
        return BY_EXTENSION.containsKey(extension(name));
    }

    static String extension(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        return dot > slash ? n.substring(dot + 1) : "";
    }

    /** A layer's name for {@code path}: the file or folder name without its extension. */
    public static String layerName(Path path) {
        Path f = path.toAbsolutePath().normalize().getFileName();
        String n = f == null ? path.toString() : f.toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 && !Files.isDirectory(path) ? n.substring(0, dot) : n;
    }

    /** What a path that is neither a folder nor a regular file is, said so a user knows why it is not read. */
    static String notRegular(Path p) {
        String what = "not a regular file";
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            what = switch (mode & 0170000) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> what;
            };
        } catch (IOException | RuntimeException e) {
            // not a Unix file system: the general words will do
        }
        return what + ", not a regular file: never opened (reading it could wait forever)";
    }

    /** A symbolic link that leads nowhere: to a missing file, or round in a loop. */
    static String brokenLink(Path p) {
        try {
            p.toRealPath();
            return "no such file or folder";
        } catch (java.nio.file.NoSuchFileException e) {
            return "a symbolic link to a file that does not exist";
        } catch (IOException | RuntimeException e) {
            return "a loop of symbolic links (each leads to another, never to a file)";
        }
    }

    /**
     * The data files at {@code path}: the file itself, or every regular data file in the folder, sorted by
     * name (named pipes, devices and sockets are never opened; symbolic links are followed, and a broken
     * one or a loop is said). Problems: an empty path, a missing path, an empty folder: one each.
     */
    public static List<DataSource> sourcesAt(Path path, List<Problem> problems) {
        if (path.toString().isEmpty()) {
            problems.add(new Problem("(empty path)", null, 0, "no file or folder given"));
            return List.of();
        }
        if (!Files.exists(path)) {
            problems.add(new Problem(path.toString(), null, 0, Files.isSymbolicLink(path) ? brokenLink(path) : "no such file or folder"));
            return List.of();
        }
        if (!Files.isDirectory(path)) {
            if (!Files.isRegularFile(path)) {
                problems.add(new Problem(path.toString(), null, 0, notRegular(path)));
                return List.of();
            }
            return List.of(DataSource.of(path));
        }
        List<DataSource> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(path)) {
            s.sorted().forEach(p -> {
                if (!isData(p.getFileName().toString())) return;
                if (Files.isRegularFile(p)) out.add(DataSource.of(p));
                else if (!Files.exists(p)) problems.add(new Problem(p.toString(), null, 0, brokenLink(p) + "; skipped"));
                else if (!Files.isDirectory(p)) problems.add(new Problem(p.toString(), null, 0, notRegular(p) + "; skipped"));
            });
        } catch (IOException e) {
            problems.add(new Problem(path.toString(), null, 0, "the folder cannot be read: " + Texts.clip(e.getMessage())));
        }
        if (out.isEmpty()) problems.add(new Problem(path.toString(), null, 0, "the folder holds no data files (the atlas reads " + DESCRIPTION + ")"));
        return out;
    }
}
