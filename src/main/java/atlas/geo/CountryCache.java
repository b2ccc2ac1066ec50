package atlas.geo;

import atlas.io.DataSource;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * The 1:50m outlines as the atlas holds them after loading, in binary: {@code geodata/countries-50m.bin},
 * written by the geodata build ({@link GeodataTool}) from {@code countries-50m.geojson}. Reading the
 * GeoJSON at start-up costs about a second of CPU (Gson's tree, JTS's validity check of every polygon,
 * projecting 43,000 vertices); reading this costs a few milliseconds and gives the same objects: the
 * countries in file order, each with its code, name, lon/lat outline and projected outline, every
 * coordinate the same {@code double}.
 *
 * <p>The file records the CRC-32 and size of the GeoJSON it was made from and the projection; when
 * either differs (the GeoJSON was edited, or the projection changed, and the build was not run again),
 * {@link #read} answers null and the GeoJSON is read as before. {@code CountryCacheTest} checks that the
 * shipped file is current and equal to what the GeoJSON gives.
 *
 * <p>Format (big-endian, {@link DataOutputStream}): magic {@code ATLASCS}, version byte, level, CRC-32 hex
 * and byte count of the GeoJSON, PROJ.4 string, country count; per country code, name, then the lon/lat
 * and the projected geometry, each as: 'P' (polygon) or 'M' (multipolygon) and polygon count, per polygon
 * ring count, per ring vertex count and x, y of each vertex; last, the CRC-32 of all that (a damaged file
 * is not used).
 */
public final class CountryCache {
    static final String MAGIC = "ATLASCS";
    static final int VERSION = 1;
    /** More than any Natural Earth file holds: a damaged count stops reading instead of allocating gigabytes. */
    private static final int MAX_COUNT = 10_000_000;

    private CountryCache() {
    }

    /** {@code countries-LEVEL.bin}. */
    static String fileName(String level) {
        return "countries-" + level + ".bin";
    }

    /** Writes {@code set}, made from a GeoJSON file of {@code source} checksum, projected with {@code proj4}. */
    static void write(OutputStream o, CountrySet set, Checksummed.Checksum source, String proj4) throws IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(body);
        out.writeUTF(MAGIC);
        out.writeByte(VERSION);
        out.writeUTF(set.level());
        out.writeUTF(source.crc32());
        out.writeLong(source.bytes());
        out.writeUTF(proj4);
        out.writeInt(set.size());
        for (Country c : set.all()) {
            out.writeUTF(c.iso3());
            out.writeUTF(c.name());
            geometry(out, c.lonLat());
            geometry(out, c.projected());
        }
        out.flush();
        DataOutputStream file = new DataOutputStream(new BufferedOutputStream(o, 1 << 16));
        body.writeTo(file);
        file.writeInt(crc(body.toByteArray(), body.size()));
        file.flush();
    }

    private static int crc(byte[] b, int length) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b, 0, length);
        return (int) crc.getValue();
    }

    private static void geometry(DataOutputStream out, Geometry g) throws IOException {
        if (g instanceof Polygon p) {
            out.writeByte('P');
            out.writeInt(1);
            polygon(out, p);
        } else if (g instanceof MultiPolygon m) {
            out.writeByte('M');
            out.writeInt(m.getNumGeometries());
            for (int i = 0; i < m.getNumGeometries(); i++) polygon(out, (Polygon) m.getGeometryN(i));
        } else {
            throw new IOException("a country outline is " + g.getGeometryType() + ", not a polygon");
        }
    }

    private static void polygon(DataOutputStream out, Polygon p) throws IOException {
        out.writeInt(1 + p.getNumInteriorRing());
        ring(out, p.getExteriorRing());
        for (int i = 0; i < p.getNumInteriorRing(); i++) ring(out, p.getInteriorRingN(i));
    }

    private static void ring(DataOutputStream out, LinearRing r) throws IOException {
        Coordinate[] cs = r.getCoordinates();
        out.writeInt(cs.length);
        for (Coordinate c : cs) {
            out.writeDouble(c.x);
            out.writeDouble(c.y);
        }
    }

    /**
     * The countries in {@code file}, or null when it is missing, unreadable, or was not made from a
     * GeoJSON of checksum {@code source} with {@code proj4} (then read the GeoJSON).
     */
    static CountrySet read(DataSource file, String level, Checksummed.Checksum source, String proj4) {
        if (source == null) return null;
        try (InputStream raw = file.open()) {
            byte[] all = raw.readAllBytes();
            int n0 = all.length - 4;
            if (n0 < 0 || crc(all, n0) != java.nio.ByteBuffer.wrap(all, n0, 4).getInt()) return null;
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all, 0, n0));
            if (!MAGIC.equals(in.readUTF()) || in.readUnsignedByte() != VERSION || !level.equals(in.readUTF())) return null;
            if (!source.crc32().equals(in.readUTF()) || source.bytes() != in.readLong() || !proj4.equals(in.readUTF())) return null;
            int n = count(in);
            Map<String, Country> byIso3 = new LinkedHashMap<>();
            GeometryFactory f = GeoJsonGeometry.FACTORY;
            for (int i = 0; i < n; i++) {
                String iso3 = in.readUTF(), name = in.readUTF();
                byIso3.put(iso3, new Country(iso3, name, geometry(in, f), geometry(in, f)));
            }
            return CountrySet.of(level, byIso3);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) throw new IOException("bad count " + n);
        return n;
    }

    private static Geometry geometry(DataInputStream in, GeometryFactory f) throws IOException {
        int type = in.readUnsignedByte();
        int n = count(in);
        Polygon[] ps = new Polygon[n];
        for (int i = 0; i < n; i++) ps[i] = polygon(in, f);
        if (type == 'P' && n == 1) return ps[0];
        if (type == 'M') return f.createMultiPolygon(ps);
        throw new IOException("bad geometry type " + type);
    }

    private static Polygon polygon(DataInputStream in, GeometryFactory f) throws IOException {
        int rings = count(in);
        if (rings < 1) throw new IOException("a polygon without a shell");
        LinearRing shell = ring(in, f);
        LinearRing[] holes = new LinearRing[rings - 1];
        for (int i = 0; i < holes.length; i++) holes[i] = ring(in, f);
        return f.createPolygon(shell, holes);
    }

    private static LinearRing ring(DataInputStream in, GeometryFactory f) throws IOException {
        int n = count(in);
        Coordinate[] cs = new Coordinate[n];
        for (int i = 0; i < n; i++) cs[i] = new Coordinate(in.readDouble(), in.readDouble());
        return f.createLinearRing(cs);
    }
}
