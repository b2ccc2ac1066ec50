package atlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;

/**
 * GeoPackage (what QGIS writes by default): every table that {@code gpkg_contents} lists as
 * {@code features}, read through sqlite-jdbc, read-only. Each row is a feature: its primary key is the
 * feature's id (prefixed with the table's name when the file has several), its geometry is decoded
 * from GeoPackage binary ({@link GpkgGeometry}), every other column is a property (text; DATE and
 * DATETIME as their ISO text; BOOLEAN as a boolean; BLOBs left out), and the property "table" names its
 * table: the tables of one file form one layer.
 *
 * <p>Geometry must be in longitude/latitude (EPSG:4326, or undefined geographic); Web Mercator
 * (EPSG:3857) is converted; any other system is said once per table and its geometry skipped. A corrupt
 * geometry blob costs only that feature's place. A file that is not SQLite, or SQLite that is not a
 * GeoPackage, gets one message. Table and column names are always quoted, so no name can change a query.
 */
public final class GpkgReader implements FeatureReader {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Whether a row's texts come packed in one array (see {@link Table#layout}); off, a call per column (the tests' reference). */
    private final boolean pack;

    public GpkgReader() {
        this(true);
    }

    GpkgReader(boolean pack) {
        this.pack = pack;
    }

    @Override
    public void read(DataSource source, Consumer<RawFeature> sink, List<Problem> problems) {
        String file = source.name();
        Path temp = null;
        try {
            Path path = onDisk(file);
            if (path == null) {
                // Not a plain file on disk (a resource, a test's bytes, a name SQLite would misread): read a copy.
                temp = Files.createTempFile("atlas-gpkg-", ".gpkg");
                try (InputStream in = source.open()) {
                    Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                path = temp;
            }
            String notSqlite = header(path);
            if (notSqlite != null) {
                problems.add(new Problem(file, null, 0, notSqlite));
                return;
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            try (Connection c = config.createConnection("jdbc:sqlite:" + path.toAbsolutePath())) {
                new Run(file, c, sink, problems, pack).read();
            }
        } catch (SQLException e) {
            problems.add(new Problem(file, null, 0, "cannot be read as a GeoPackage: " + Texts.clip(e.getMessage())));
        } catch (LinkageError e) {
            // sqlite-jdbc unpacks a native library into the temp folder; a system that forbids it cannot read GeoPackages.
            problems.add(new Problem(file, null, 0, "GeoPackage files cannot be read on this system: SQLite's native library did not load ("
                    + Texts.clip(String.valueOf(e.getMessage())) + ")"));
        } catch (IOException e) {
            problems.add(new Problem(file, null, 0, Texts.malformed(e)));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The system's temp cleaning removes a copy left behind.
                }
            }
        }
    }

    /** The file itself when SQLite can open it by name (no '?' or '#' that a JDBC URL would misread), else null. */
    private static Path onDisk(String name) {
        try {
            Path p = Path.of(name);
            return Files.isRegularFile(p) && name.indexOf('?') < 0 && name.indexOf('#') < 0 ? p : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** Null when the file starts as an SQLite database does; otherwise the one message for it. */
    private static String header(Path path) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(SQLITE_MAGIC.length);
        }
        if (head.length == 0) return "not a GeoPackage: the file is empty";
        if (!java.util.Arrays.equals(head, SQLITE_MAGIC)) return "not a GeoPackage: the file is not an SQLite database";
        return null;
    }

    /** How one table's positions become lon/lat. */
    private enum Crs { LON_LAT, WEB_MERCATOR, OTHER }

    /**
     * A feature table as read: its columns and their types, the primary key's and geometry's columns (-1: none), its
     * system, and whether its texts come packed (see {@link #layout}).
     */
    private record Table(String name, List<String> names, List<String> types, int pk, int keyColumns, int geom, Crs crs, boolean prefixIds, boolean packed) {
        /** Whether column {@code i} is read as text: the key, and every column but the geometry, BOOLEANs and BLOBs. */
        boolean text(int i) {
            return i == pk || i != geom && !types.get(i).startsWith("BOOL") && !types.get(i).equals("BLOB");
        }

        /**
         * Where each column is in the query's result: its result column (from 1) when it is read on its own, or
         * {@code -(1 + k)} for the k-th packed text. Packed, every text column of a GeoPackage's text, date or number
         * types comes cast to text inside {@code json_array}s of at most {@link #PACK} values after the columns read on
         * their own, so a row costs two or three calls into SQLite rather than one a column. Columns of other types
         * (a second geometry, an undeclared type: binary that JSON would escape byte by byte) are read on their own,
         * and BLOBs are selected though never read, so that SQLite plans the same scan either way.
         */
        int[] layout() {
            int[] at = new int[names.size()];
            int own = 0, texts = 0;
            for (int i = 0; i < at.length; i++) {
                if (packed && text(i) && packs(types.get(i))) at[i] = -(1 + texts++);
                else at[i] = ++own;
            }
            return at;
        }

        /** GeoPackage's column types whose values are text, dates or numbers (a BOOLEAN is read on its own). */
        private static boolean packs(String type) {
            int paren = type.indexOf('(');
            String base = (paren < 0 ? type : type.substring(0, paren)).strip();
            return switch (base) {
                case "TEXT", "DATE", "DATETIME", "INTEGER", "INT", "TINYINT", "SMALLINT", "MEDIUMINT", "BIGINT", "FLOAT", "DOUBLE", "REAL" -> true;
                default -> false;
            };
        }

        /** How one read of the table orders its rows: by a one-column INTEGER key, as the ranges are read; else as SQLite scans it. */
        String order() {
            return pk >= 0 && keyColumns == 1 && types.get(pk).equals("INTEGER") ? " ORDER BY " + quote(names.get(pk)) : "";
        }

        /** The query for its rows, every column named and quoted, with {@code tail} (a condition, an order) after it. */
        String select(String tail) {
            StringBuilder sql = new StringBuilder("SELECT ");
            int[] at = layout();
            String sep = "";
            for (int i = 0; i < at.length; i++) {
                if (at[i] > 0) {
                    sql.append(sep).append(quote(names.get(i)));
                    sep = ", ";
                }
            }
            int packedTexts = 0;
            for (int i = 0; i < at.length; i++) {
                if (at[i] >= 0) continue;
                sql.append(packedTexts % PACK == 0 ? sep + "json_array(" : ", ").append("CAST(").append(quote(names.get(i))).append(" AS TEXT)");
                if (++packedTexts % PACK == 0) sql.append(')');
                sep = ", ";
            }
            if (packedTexts % PACK != 0) sql.append(')');
            return sql.append(" FROM ").append(quote(name)).append(tail).toString();
        }
    }

    /** At most this many values in one packed {@code json_array} (SQLite's least limit on a function's arguments is 127). */
    static final int PACK = 100;

    /**
     * A large GeoPackage of one feature table with a one-column INTEGER primary key, cut into ranges of that key that
     * threads read at once, each through a connection of its own, in key order (the order of one read of
     * the table). Null when the file is read in one go: small, not a plain file, several tables, no integer
     * key, geometry in a system that is refused (said by that read), or anything unexpected.
     */
    public static Pieces pieces(DataSource source, int parts, long minBytes) {
        return pieces(source, parts, minBytes, true);
    }

    static Pieces pieces(DataSource source, int parts, long minBytes, boolean pack) {
        Path path = onDisk(source.name());
        if (path == null || parts < 2) return null;
        try {
            if (Files.size(path) < minBytes || header(path) != null) return null;
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            String url = "jdbc:sqlite:" + path.toAbsolutePath();
            try (Connection c = config.createConnection(url)) {
                Run probe = new Run(source.name(), c, f -> { }, new ArrayList<>(), pack);
                Table t = probe.single();
                if (t == null) return null;
                String key = quote(t.names.get(t.pk));
                long lo, hi;
                int rows;
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT min(" + key + "), max(" + key + "), count(*) FROM " + quote(t.name))) {
                    if (!rs.next()) return null;
                    lo = rs.getLong(1);
                    hi = rs.getLong(2);
                    rows = rs.getInt(3);
                }
                if (rows < parts * 1000 || hi - lo < parts) return null;
                List<Pieces.Piece> out = new ArrayList<>();
                long span = (hi - lo) / parts + 1;
                for (int p = 0; p < parts; p++) {
                    // The first range from the smallest key on (no rows before it to count), the last to the largest.
                    long from = p == 0 ? Long.MIN_VALUE : lo + span * p, to = p == parts - 1 ? Long.MAX_VALUE : lo + span * (p + 1);
                    out.add(range(source.name(), url, t, key, from, to, (int) Math.min(rows, span + 16)));
                }
                return Pieces.of(out);
            }
        } catch (IOException | SQLException | RuntimeException | LinkageError e) {
            return null; // the read in one go says what is wrong
        }
    }

    /** Rows {@code from <= key < to} of {@code t}; the rows before them are counted first (their features' indexes go on from there). */
    private static Pieces.Piece range(String file, String url, Table t, String key, long from, long to, int expected) {
        return Pieces.piece(expected, (sink, problems) -> {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            boolean lastRange = to == Long.MAX_VALUE;
            try (Connection c = config.createConnection(url);
                 PreparedStatement ps = c.prepareStatement(t.select(" WHERE " + key + " >= ?" + (lastRange ? "" : " AND " + key + " < ?") + " ORDER BY " + key))) {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA trusted_schema = OFF"); // as the one-go read
                }
                int before = 0;
                if (from > Long.MIN_VALUE) {
                    try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM " + quote(t.name) + " WHERE " + key + " < ?")) {
                        count.setLong(1, from);
                        try (ResultSet rs = count.executeQuery()) {
                            before = rs.next() ? rs.getInt(1) : 0;
                        }
                    }
                }
                ps.setLong(1, from);
                if (!lastRange) ps.setLong(2, to);
                Run run = new Run(file, c, sink, problems, t.packed());
                run.index = before;
                try (ResultSet rs = ps.executeQuery()) {
                    run.rows(rs, t, before);
                }
                return true;
            } catch (SQLException e) {
                return false; // the read in one go says it
            }
        });
    }

    /** One file's reading. */
    private static final class Run {
        final String file;
        final Connection c;
        final Consumer<RawFeature> sink;
        final List<Problem> problems;
        final RawFeature f = new RawFeature();
        final boolean pack;
        int index;

        Run(String file, Connection c, Consumer<RawFeature> sink, List<Problem> problems, boolean pack) {
            this.pack = pack;
            this.file = file;
            this.c = c;
            this.sink = sink;
            this.problems = problems;
        }

        void read() throws SQLException {
            try (Statement st = c.createStatement()) {
                // Views and triggers in a file from elsewhere may not call functions with side effects.
                st.execute("PRAGMA trusted_schema = OFF");
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type IN ('table','view') AND name = 'gpkg_contents'")) {
                    if (!rs.next() || rs.getInt(1) == 0) {
                        problems.add(new Problem(file, null, 0, "not a GeoPackage: an SQLite database without a gpkg_contents table"));
                        return;
                    }
                }
            }
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT table_name FROM gpkg_contents WHERE lower(data_type) = 'features' ORDER BY rowid")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            if (tables.isEmpty()) {
                problems.add(new Problem(file, null, 0, "the GeoPackage lists no feature tables (only tiles or attributes?)"));
                return;
            }
            for (String t : tables) {
                try {
                    table(t, tables.size() > 1);
                } catch (SQLException e) {
                    problems.add(new Problem(file, null, 0, "table '" + Texts.clip(t) + "' cannot be read: " + Texts.clip(e.getMessage())
                            + "; the other tables are read"));
                }
            }
        }

        /** The file's one feature table when it has exactly one, with an INTEGER primary key and a system read without a word; else null. */
        Table single() throws SQLException {
            List<Problem> said = new ArrayList<>(problems);
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT table_name FROM gpkg_contents WHERE lower(data_type) = 'features' ORDER BY rowid")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            if (tables.size() != 1) return null;
            Table t = describe(tables.get(0), false);
            if (t == null || t.keyColumns != 1) return null; // a key of several columns orders rows otherwise than one of them
            boolean quiet = problems.equals(said);
            if (!quiet || t.pk < 0 || t.crs == Crs.OTHER || !t.types.get(t.pk).equals("INTEGER")) return null;
            return t;
        }

        private void table(String table, boolean prefixIds) throws SQLException {
            Table t = describe(table, prefixIds);
            if (t == null) return;
            int start = index;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(t.select(t.order()))) {
                rows(rs, t, 0);
            } catch (SQLException e) {
                if (!t.packed()) throw e;
                // What json_array cannot give (a text past SQLite's length limit once escaped, a JSON value from a
                // view) or a fault: the rows not yet read, a column at a time, which says a fault as it would.
                Table plain = new Table(t.name, t.names, t.types, t.pk, t.keyColumns, t.geom, t.crs, t.prefixIds, false);
                int done = index - start;
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(plain.select(plain.order()))) {
                    for (int k = 0; k < done && rs.next(); k++) {
                        // skip the rows given already
                    }
                    rows(rs, plain, done);
                }
            }
        }

        /** The table's columns, keys and system; null (said) when it does not exist. */
        private Table describe(String table, boolean prefixIds) throws SQLException {
            String geomColumn = null;
            int srsId = 4326;
            try (PreparedStatement ps = c.prepareStatement("SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        geomColumn = rs.getString(1);
                        srsId = rs.getInt(2);
                    }
                }
            }
            Crs crs = geomColumn == null ? Crs.LON_LAT : crs(table, srsId);
            List<String> names = new ArrayList<>();
            List<String> types = new ArrayList<>();
            int pk = -1, keyColumns = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT name, upper(type), pk FROM pragma_table_info(?)")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                        String type = rs.getString(2);
                        types.add(type == null ? "" : type);
                        int key = rs.getInt(3);
                        if (key > 0) keyColumns++;
                        if (key == 1 && pk < 0) pk = names.size() - 1;
                    }
                }
            }
            if (names.isEmpty()) {
                problems.add(new Problem(file, null, 0, "table '" + Texts.clip(table) + "' is listed in gpkg_contents but does not exist"));
                return null;
            }
            return new Table(table, names, types, pk, keyColumns, geomColumn == null ? -1 : names.indexOf(geomColumn), crs, prefixIds, pack && utf8());
        }

        /** The rows of {@code rs} as features; {@code row} rows of the table came before them. */
        void rows(ResultSet rs, Table t, int row) throws SQLException {
            String where = "table '" + Texts.clip(t.name) + "'";
            List<String> names = t.names;
            int[] at = t.layout();
            int own = 0;
            for (int a : at) own = Math.max(own, a);
            int texts = 0;
            for (int a : at) texts = Math.max(texts, -a);
            String[] packed = new String[texts];
            PackedTexts unpack = new PackedTexts();
            while (rs.next()) {
                for (int g = 0, k = 0; k < texts; g++) {
                    byte[] array = rs.getBytes(own + 1 + g);
                    if (array == null) throw new SQLException("SQLite's json_array gave no text");
                    int n = unpack.read(array, packed, k);
                    if (n != Math.min(PACK, texts - k)) throw new SQLException("SQLite's json_array gave " + n + " values, not " + Math.min(PACK, texts - k));
                    k += n;
                }
                // Counted once its texts are there (a row json_array fails on is read again a column at a time).
                row++;
                f.clear();
                f.index = index++;
                String key = t.pk >= 0 ? text(rs, at[t.pk], packed) : Integer.toString(row);
                f.id = t.prefixIds ? t.name + ":" + key : key;
                for (int i = 0; i < names.size(); i++) {
                    if (i == t.pk) continue;
                    if (i == t.geom) {
                        if (t.crs != Crs.OTHER) {
                            byte[] blob = rs.getBytes(at[i]);
                            if (blob != null) GpkgGeometry.decode(blob, f, t.crs == Crs.WEB_MERCATOR, where + ", row " + key);
                        }
                        continue;
                    }
                    String type = t.types.get(i);
                    if (type.startsWith("BOOL")) {
                        Object v = rs.getObject(at[i]);
                        // A BLOB among the booleans is its bytes as text, as in a text column.
                        f.put(names.get(i), v == null ? null : v instanceof Number n ? (Boolean) (n.intValue() != 0)
                                : v instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : (Object) String.valueOf(v));
                    } else if (type.equals("BLOB")) {
                        continue;
                    } else {
                        f.put(names.get(i), text(rs, at[i], packed));
                    }
                }
                f.put("table", t.name);
                sink.accept(f);
            }
        }

        /** A text column's value: its own result column, or its place among the row's packed texts. */
        private static String text(ResultSet rs, int at, String[] packed) throws SQLException {
            return at > 0 ? rs.getString(at) : packed[-at - 1];
        }

        /** Whether the database keeps its text in UTF-8 (what the packed texts are decoded as; GeoPackages do). */
        private boolean utf8() throws SQLException {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA encoding")) {
                return rs.next() && "UTF-8".equalsIgnoreCase(rs.getString(1));
            }
        }

        /** How the table's positions become lon/lat; for any other system, says so once. */
        private Crs crs(String table, int srsId) throws SQLException {
            if (srsId == 4326 || srsId == 0) return Crs.LON_LAT;
            String name = null, org = null;
            int code = -1;
            try (PreparedStatement ps = c.prepareStatement("SELECT srs_name, organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
                ps.setInt(1, srsId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        name = rs.getString(1);
                        org = rs.getString(2);
                        code = rs.getInt(3);
                    }
                }
            }
            boolean epsg = org != null && org.trim().toUpperCase(Locale.ROOT).equals("EPSG");
            if (epsg && code == 4326) return Crs.LON_LAT;
            if (epsg && (code == 3857 || code == 900913) || srsId == 3857) return Crs.WEB_MERCATOR;
            String what = (org == null ? "srs_id " + srsId : org + ":" + code) + (name == null ? "" : " (" + Texts.clip(name) + ")");
            problems.add(new Problem(file, null, 0, "table '" + Texts.clip(table) + "' is in " + what + ", not longitude/latitude (EPSG:4326): its geometry is skipped."
                    + " Reproject it first (e.g. ogr2ogr -t_srs EPSG:4326 out.gpkg in.gpkg)"));
            return Crs.OTHER;
        }
    }

    /** An SQL identifier in double quotes, inner quotes doubled: safe for any table or column name. */
    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
