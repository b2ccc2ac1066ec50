package atlas.story;

import atlas.geo.Projection;
import atlas.io.Problem;
import atlas.io.RawFeature;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** Puts a feature's geometry into a row: points as two numbers, other shapes projected once, with a representative point. */
final class Geometries {
    /** Interior points are exact but cost time on big shapes; past this many vertices the envelope's centre stands in. */
    static final int MAX_INTERIOR_POINT_VERTICES = 5_000;
    /**
     * Self-intersecting shapes are repaired (JTS GeometryFixer) only up to this many vertices: repair
     * cost grows much faster than the size (1,000 random vertices took 11 s and 1.3 GB), so larger ones
     * are kept as given, drawn with even-odd fill, and reported.
     */
    static final int MAX_REPAIR_VERTICES = 256;
    /** Validity is checked up to this many vertices (O(n log n), a few ms); larger shapes are taken as they are. */
    static final int MAX_VALIDATE_VERTICES = 20_000;
    /**
     * How often, on average, a horizontal or vertical line through a shape meets its edges, above which
     * it is drawn as its convex hull. Filling and stroking cost grows with it: a country outline of
     * 100,000 vertices scores under 100; 20,000 random vertices score thousands and took 13 s to draw.
     */
    static final double MAX_CROSSINGS = 1_000;
    private static final ThreadLocal<double[]> XY = ThreadLocal.withInitial(() -> new double[2]);

    private Geometries() {
    }

    /** Fills the row's location from {@code f}; true (the item stays) even when the geometry was unusable. */
    static boolean place(RawFeature f, Columns.Row row, List<Problem> problems, String file, String id) {
        Projection p = Projection.eurasia();
        if (f.hasPoint) {
            double[] xy = XY.get();
            p.forward(f.lon, f.lat, xy);
            row.lon = f.lon;
            row.lat = f.lat;
            row.x = xy[0];
            row.y = xy[1];
            return true;
        }
        Geometry g = f.geometry;
        if (g == null || g.isEmpty()) return true;
        if (g instanceof Point pt) {
            f.hasPoint = true;
            f.lon = pt.getX();
            f.lat = pt.getY();
            return place(f, row, problems, file, id);
        }
        String unrepaired = null;
        if (g instanceof org.locationtech.jts.geom.Polygonal && g.getNumPoints() <= MAX_VALIDATE_VERTICES && !g.isValid()) {
            String where = atlas.io.Texts.clip(id);
            if (g.getNumPoints() <= MAX_REPAIR_VERTICES) {
                g = org.locationtech.jts.geom.util.GeometryFixer.fix(g);
                if (g.isEmpty()) {
                    // A ring with no area (its points on one line) repairs to nothing: there is no place to draw.
                    problems.add(new Problem(file, where, f.line, "invalid geometry with no area (nothing left once repaired); the feature is kept without a place"));
                    return true;
                }
                problems.add(new Problem(file, where, f.line, "invalid geometry repaired"));
            } else {
                unrepaired = "invalid geometry not repaired: too complex (" + g.getNumPoints() + " vertices)";
            }
        }
        Geometry projected = p.project(g);
        double crossings = crossings(projected);
        if (crossings > MAX_CROSSINGS) {
            // A scribble of long edges (thousands of random vertices) costs seconds per frame to fill or
            // stroke; its convex hull says where it is and draws in no time. The data keeps the shape as given.
            projected = projected.convexHull();
            problems.add(new Problem(file, atlas.io.Texts.clip(id), f.line, (unrepaired != null ? unrepaired + "; too tangled to draw" : "geometry too tangled to draw")
                    + " (its edges cross a line across it about " + Math.round(crossings) + " times): drawn as its outline (convex hull)"));
        } else if (unrepaired != null) {
            problems.add(new Problem(file, atlas.io.Texts.clip(id), f.line, unrepaired + "; drawn as given"));
        }
        Point rep = representative(g);
        Point repP = representative(projected);
        row.lonLat = g;
        row.projected = projected;
        row.lon = rep.getX();
        row.lat = rep.getY();
        row.x = repP.getX();
        row.y = repP.getY();
        return true;
    }

    /**
     * The mean number of edges a horizontal or a vertical line across the shape's envelope meets (the
     * larger of the two): the sum of the edges' extents over the envelope's. O(n), no allocation.
     */
    static double crossings(Geometry g) {
        Envelope e = g.getEnvelopeInternal();
        if (e.isNull() || g.getNumPoints() < 64) return 0;
        double[] sum = new double[2];
        g.apply((org.locationtech.jts.geom.GeometryComponentFilter) c -> {
            if (!(c instanceof org.locationtech.jts.geom.LineString l)) return;
            var seq = l.getCoordinateSequence();
            for (int i = 1; i < seq.size(); i++) {
                sum[0] += Math.abs(seq.getX(i) - seq.getX(i - 1));
                sum[1] += Math.abs(seq.getY(i) - seq.getY(i - 1));
            }
        });
        double x = e.getWidth() > 0 ? sum[0] / e.getWidth() : 0, y = e.getHeight() > 0 ? sum[1] / e.getHeight() : 0;
        return Math.max(x, y);
    }

    /** A point on or in the shape (interior point), or the envelope's centre for very large or broken shapes. */
    static Point representative(Geometry g) {
        if (g.getNumPoints() <= MAX_INTERIOR_POINT_VERTICES) {
            try {
                Point ip = g.getInteriorPoint();
                if (ip != null && !ip.isEmpty()) return ip;
            } catch (RuntimeException e) {
                // An invalid shape (self-intersecting ring) can defeat the interior point; the centre will do.
            }
        }
        Envelope e = g.getEnvelopeInternal();
        return g.getFactory().createPoint(e.centre());
    }
}
