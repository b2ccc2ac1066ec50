package atlas.export;

import atlas.io.AtomicFiles;
import atlas.story.ItemStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes items of the store (rows, in the order given: what the map shows, or what {@code query}
 * selects) as GeoJSON in the atlas's story format, CSV, or GeoPackage. A file is written atomically
 * (a reader sees the old file or the whole new one); reopening it in the atlas gives the same items
 * with the same dates at the same precision (docs/DATA-FORMAT.md says what each format keeps).
 */
public final class Exporter {
    private Exporter() {
    }

    /** Writes {@code rows} of {@code store} to {@code out} in {@code format}, atomically. */
    public static void write(ItemStore store, int[] rows, ExportFormat format, Path out) throws IOException {
        if (format == ExportFormat.GPKG) {
            Path abs = out.toAbsolutePath();
            Path dir = abs.getParent();
            if (dir != null) Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + abs.getFileName(), ".building");
            try {
                Files.delete(temp); // SQLite creates the file itself
                GpkgExport.write(store, rows, temp);
                AtomicFiles.write(out, o -> Files.copy(temp, o));
            } finally {
                GpkgExport.deleteQuietly(temp);
            }
            return;
        }
        AtomicFiles.write(out, o -> write(store, rows, format, o));
    }

    /** Writes GeoJSON or CSV to a stream (standard output); a GeoPackage needs a file. */
    public static void write(ItemStore store, int[] rows, ExportFormat format, OutputStream out) throws IOException {
        if (format == ExportFormat.GPKG) throw new IllegalArgumentException("a GeoPackage is a database file: give a file to write it to");
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (format == ExportFormat.GEOJSON) GeoJsonExport.write(store, rows, w);
        else CsvExport.write(store, rows, w);
        w.flush();
    }
}
