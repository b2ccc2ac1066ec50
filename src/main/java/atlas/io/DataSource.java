package atlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a data file comes from: the copy embedded in the jar, or a file on disk that a user chose.
 * {@link #name()} is what messages call the file.
 */
public interface DataSource {
    String name();

    InputStream open() throws IOException;

    /** The last part of a source's name (a path with / or \\ separators): its file name. */
    static String fileName(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** The file on disk, when the source is one (large files can then be split and read in parallel). */
    default java.nio.file.Path path() {
        return null;
    }

    static DataSource of(Path path) {
        return new DataSource() {
            @Override public String name() { return path.toString(); }
            @Override public InputStream open() throws IOException { return Files.newInputStream(path); }
            @Override public Path path() { return path; }
        };
    }

    /** A resource inside the jar, such as {@code geodata/countries-50m.geojson}. */
    static DataSource embedded(String resource) {
        return new DataSource() {
            @Override public String name() { return resource; }
            @Override public InputStream open() throws IOException {
                InputStream in = DataSource.class.getClassLoader().getResourceAsStream(resource);
                if (in == null) throw new java.io.FileNotFoundException("missing from the application: " + resource);
                return in;
            }
        };
    }
}
