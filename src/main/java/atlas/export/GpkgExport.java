package atlas.export;

import atlas.story.ItemStore;
import atlas.story.StoryItem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKBWriter;

/**
 * Items as a GeoPackage 1.3 file (what QGIS opens by default): one feature table {@value #TABLE} in
 * EPSG:4326 with the item's geometry (a point, or its line or polygon) and the columns of
 * {@link ExportRow} but lon/lat; {@code start_date} and {@code end_date} are DATE columns, so QGIS's
 * Temporal Controller animates the items without any setting. Built in a temporary SQLite file, then
 * copied over the target atomically.
 */
final class GpkgExport {
    static final String TABLE = "atlas_items";
    private static final String WGS84 = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],"
            + "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,"
            + "AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]";

    private GpkgExport() {
    }

    /** Writes the GeoPackage to {@code file}, which must not exist or be empty (a fresh temporary file). */
    static void write(ItemStore store, int[] rows, Path file) throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement st = c.createStatement()) {
                // The file is built privately and forced to disk when it is copied into place.
                st.execute("PRAGMA journal_mode = OFF");
                st.execute("PRAGMA synchronous = OFF");
                st.execute("PRAGMA application_id = 1196444487"); // 'GPKG'
                st.execute("PRAGMA user_version = 10300");        // GeoPackage 1.3.0
                schema(st);
            }
            c.setAutoCommit(false);
            Envelope bounds = new Envelope();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (geom, id, layer, kind, title, start, \"end\", category, "
                    + "start_date, end_date, date_precision, sources) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                WKBWriter wkb = new WKBWriter(2, org.locationtech.jts.io.ByteOrderValues.LITTLE_ENDIAN);
                int n = 0;
                for (int r : rows) {
                    ExportRow x = ExportRow.of(store, r);
                    StoryItem it = store.item(r);
                    Geometry g = it.lonLat();
                    if (g == null || g.isEmpty()) {
                        ps.setNull(1, Types.BLOB);
                    } else {
                        ps.setBytes(1, blob(g, wkb));
                        bounds.expandToInclude(g.getEnvelopeInternal());
                    }
                    ps.setString(2, x.id());
                    ps.setString(3, x.layer());
                    ps.setString(4, x.kind());
                    ps.setString(5, x.title());
                    ps.setString(6, x.start());
                    ps.setString(7, x.end());
                    ps.setString(8, x.category());
                    ps.setString(9, x.startDate() == null ? null : x.startDate().toString());
                    ps.setString(10, x.endDate() == null ? null : x.endDate().toString());
                    ps.setString(11, x.precision());
                    ps.setString(12, x.sources());
                    ps.addBatch();
                    if (++n % 10_000 == 0) ps.executeBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?")) {
                if (bounds.isNull()) {
                    for (int i = 1; i <= 4; i++) ps.setNull(i, Types.DOUBLE);
                } else {
                    ps.setDouble(1, bounds.getMinX());
                    ps.setDouble(2, bounds.getMinY());
                    ps.setDouble(3, bounds.getMaxX());
                    ps.setDouble(4, bounds.getMaxY());
                }
                ps.setString(5, TABLE);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IOException("the GeoPackage could not be written: " + e.getMessage(), e);
        } catch (LinkageError e) {
            throw new IOException("GeoPackage files cannot be written on this system: SQLite's native library did not load (" + e.getMessage() + ")", e);
        }
    }

    private static void schema(Statement st) throws SQLException {
        st.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,"
                + " organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)");
        st.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system')");
        st.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system')");
        st.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, '" + WGS84 + "', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')");
        st.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,"
                + " description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
                + " min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,"
                + " CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
        st.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,"
                + " srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
                + " CONSTRAINT uk_gc_table_name UNIQUE (table_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
                + " CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
        st.execute("CREATE TABLE " + TABLE + " (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom GEOMETRY, id TEXT NOT NULL, layer TEXT,"
                + " kind TEXT, title TEXT, start TEXT, \"end\" TEXT, category TEXT, start_date DATE, end_date DATE, date_precision TEXT, sources TEXT)");
        st.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('" + TABLE
                + "', 'features', '" + TABLE + "', 'Belarus–China Atlas: the items shown, with their dates as DATE columns', 4326)");
        st.execute("INSERT INTO gpkg_geometry_columns VALUES ('" + TABLE + "', 'geom', 'GEOMETRY', 4326, 0, 0)");
    }

    /** GeoPackage binary: "GP", version 0, flags (little-endian; an xy envelope unless a point), srs id, envelope, then WKB. */
    static byte[] blob(Geometry g, WKBWriter wkb) {
        byte[] body = wkb.write(g);
        boolean point = g instanceof Point;
        ByteBuffer b = ByteBuffer.allocate(8 + (point ? 0 : 32) + body.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0);
        b.put((byte) (1 | (point ? 0 : 1 << 1)));
        b.putInt(4326);
        if (!point) {
            Envelope e = g.getEnvelopeInternal();
            b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        }
        b.put(body);
        return b.array();
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A temporary file left behind is removed with the system's temp folder.
        }
    }
}
