package atlas.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * GeoPackage binary geometry (GeoPackage 1.x, clause 2.1.3): the header ("GP", version, flags, srs id,
 * an optional envelope) parsed here, the WKB after it by JTS's {@link WKBReader} (which checks every
 * count against the bytes left, so a lying blob cannot make it allocate). Plain 2D points, the bulk of
 * large files, are read straight from the bytes without a geometry object.
 */
final class GpkgGeometry {
    private static final int[] ENVELOPE_BYTES = {0, 32, 48, 48, 64};
    private static final double EARTH_RADIUS = 6_378_137.0;

    private GpkgGeometry() {
    }

    /**
     * Puts the geometry of {@code blob} into {@code f} (a point as lon/lat), converting from Web Mercator
     * when {@code mercator}; a blob that cannot be decoded leaves the feature without a place, with a
     * problem naming {@code where}. Empty geometries leave it without a place, silently.
     */
    static void decode(byte[] blob, RawFeature f, boolean mercator, String where) {
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            f.geometryProblem = "the geometry of " + where + " is not GeoPackage binary (no 'GP' header); the blob is corrupt or from another format";
            return;
        }
        int flags = blob[3] & 0xff;
        if ((flags & 0x20) != 0) {
            f.geometryProblem = "the geometry of " + where + " is an extension type, which the atlas does not read";
            return;
        }
        if ((flags & 0x10) != 0) return; // empty geometry
        int envelope = (flags >> 1) & 7;
        if (envelope >= ENVELOPE_BYTES.length) {
            f.geometryProblem = "the geometry of " + where + " has a bad header (envelope code " + envelope + "); the blob is corrupt";
            return;
        }
        int offset = 8 + ENVELOPE_BYTES[envelope];
        if (offset >= blob.length) {
            f.geometryProblem = "the geometry of " + where + " ends inside its header; the blob is corrupt";
            return;
        }
        if (!mercator && point(blob, offset, f)) return;
        Geometry g;
        try {
            g = new WKBReader().read(java.util.Arrays.copyOfRange(blob, offset, blob.length));
        } catch (ParseException | RuntimeException e) {
            f.geometryProblem = "the geometry of " + where + " cannot be decoded (" + Texts.clip(e.getMessage()) + "); the blob is corrupt";
            return;
        }
        if (mercator) toLonLat(g);
        LonLat.apply(g, f);
    }

    /** A 2D WKB point (type 1, either byte order) read in place; false for anything else. */
    private static boolean point(byte[] b, int at, RawFeature f) {
        if (b.length - at != 21) return false;
        ByteBuffer buf = ByteBuffer.wrap(b, at, 21).order(b[at] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        if (b[at] != 0 && b[at] != 1) return false;
        buf.get();
        if (buf.getInt() != 1) return false;
        double x = buf.getDouble(), y = buf.getDouble();
        if (Double.isNaN(x) && Double.isNaN(y)) return true; // GeoPackage's empty point
        String why = LonLat.problem(x, y);
        if (why != null) {
            f.geometryProblem = why;
        } else {
            f.hasPoint = true;
            f.lon = x;
            f.lat = y;
        }
        return true;
    }

    /** Spherical Web Mercator metres to degrees, in place. */
    static void toLonLat(Geometry g) {
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double x = seq.getX(i), y = seq.getY(i);
                seq.setOrdinate(i, Coordinate.X, Math.toDegrees(x / EARTH_RADIUS));
                seq.setOrdinate(i, Coordinate.Y, Math.toDegrees(Math.atan(Math.sinh(y / EARTH_RADIUS))));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
    }
}
