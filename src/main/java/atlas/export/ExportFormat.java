package atlas.export;

import java.util.Locale;

/** The formats visible items are exported in, chosen by name ({@code --format}) or by a file's extension. */
public enum ExportFormat {
    /** The atlas's story format (RFC 7946 GeoJSON): everything an item holds, read back as it was. */
    GEOJSON("geojson", "GeoJSON", "*.geojson"),
    /** One row an item: id, layer, kind, title, dates, category, a representative point, sources. */
    CSV("csv", "CSV", "*.csv"),
    /** A GeoPackage table with the item's geometry and real DATE columns, for QGIS's temporal controller. */
    GPKG("gpkg", "GeoPackage", "*.gpkg");

    private final String key, label, glob;

    ExportFormat(String key, String label, String glob) {
        this.key = key;
        this.label = label;
        this.glob = glob;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The file-name pattern of this format, e.g. "*.geojson". */
    public String glob() {
        return glob;
    }

    /** The format called {@code name} (geojson, csv, gpkg; any case), or null. */
    public static ExportFormat byName(String name) {
        if (name == null) return null;
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) if (f.key.equals(n)) return f;
        return null;
    }

    /** The format a file called {@code fileName} is written in by its extension (.geojson or .json, .csv, .gpkg), or null. */
    public static ExportFormat byFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".geojson") || n.endsWith(".json")) return GEOJSON;
        if (n.endsWith(".csv")) return CSV;
        if (n.endsWith(".gpkg")) return GPKG;
        return null;
    }
}
