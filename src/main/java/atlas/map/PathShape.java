package atlas.map;

import atlas.state.Viewport;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Projected linework ready to draw: flat coordinate arrays per ring or line, each with its envelope.
 * A frame only scales and translates them, skips parts outside the view and drops vertices closer
 * than half a pixel to the last one drawn.
 */
final class PathShape {
    private final double[][] parts;
    private final Envelope[] envelopes;
    private final boolean closed;
    private final Envelope envelope = new Envelope();

    private PathShape(List<double[]> parts, boolean closed) {
        this.parts = parts.toArray(new double[0][]);
        this.envelopes = new Envelope[this.parts.length];
        for (int i = 0; i < this.parts.length; i++) {
            double[] p = this.parts[i];
            Envelope e = new Envelope();
            for (int k = 0; k < p.length; k += 2) e.expandToInclude(p[k], p[k + 1]);
            envelopes[i] = e;
            envelope.expandToInclude(e);
        }
        this.closed = closed;
    }

    /** Polygons become closed rings (shells and holes, for even-odd filling); lines stay open. */
    static PathShape of(Geometry projected) {
        List<double[]> parts = new ArrayList<>();
        boolean[] polygonal = {false};
        collect(projected, parts, polygonal);
        return new PathShape(parts, polygonal[0]);
    }

    private static void collect(Geometry g, List<double[]> out, boolean[] polygonal) {
        if (g instanceof Polygon p) {
            polygonal[0] = true;
            out.add(flat(p.getExteriorRing().getCoordinates()));
            for (int i = 0; i < p.getNumInteriorRing(); i++) out.add(flat(p.getInteriorRingN(i).getCoordinates()));
        } else if (g instanceof LineString l) {
            out.add(flat(l.getCoordinates()));
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) if (g.getGeometryN(i) != g) collect(g.getGeometryN(i), out, polygonal);
        }
    }

    private static double[] flat(Coordinate[] cs) {
        double[] a = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            a[2 * i] = cs[i].x;
            a[2 * i + 1] = cs[i].y;
        }
        return a;
    }

    /** True for polygons (closed rings), false for lines. */
    boolean closed() {
        return closed;
    }

    Envelope envelope() {
        return envelope;
    }

    /** Whether any segment of these lines passes through {@code box} (world coordinates). */
    boolean crosses(Envelope box) {
        if (!envelope.intersects(box)) return false;
        for (int i = 0; i < parts.length; i++) {
            if (!envelopes[i].intersects(box)) continue;
            double[] p = parts[i];
            for (int k = 0; k + 3 < p.length; k += 2) {
                if (segmentMeets(p[k], p[k + 1], p[k + 2], p[k + 3], box)) return true;
            }
        }
        return false;
    }

    /** Whether the segment (x0, y0)–(x1, y1) meets {@code b} (Liang–Barsky: the segment clipped to the box is not empty). */
    static boolean segmentMeets(double x0, double y0, double x1, double y1, Envelope b) {
        double t0 = 0, t1 = 1, dx = x1 - x0, dy = y1 - y0;
        for (int edge = 0; edge < 4; edge++) {
            double p = edge == 0 ? -dx : edge == 1 ? dx : edge == 2 ? -dy : dy;
            double q = edge == 0 ? x0 - b.getMinX() : edge == 1 ? b.getMaxX() - x0 : edge == 2 ? y0 - b.getMinY() : b.getMaxY() - y0;
            if (p == 0) {
                if (q < 0) return false;
                continue;
            }
            double r = q / p;
            if (p < 0) {
                if (r > t1) return false;
                if (r > t0) t0 = r;
            } else {
                if (r < t0) return false;
                if (r < t1) t1 = r;
            }
        }
        return true;
    }

    /** Adds the visible parts to the current path of {@code gc}; returns the number of vertices emitted. */
    int trace(GraphicsContext gc, Viewport v, Envelope view) {
        double s = v.scale();
        double ox = v.width() / 2 - v.centerX() * s;
        double oy = v.height() / 2 + v.centerY() * s;
        int emitted = 0;
        for (int i = 0; i < parts.length; i++) {
            if (!envelopes[i].intersects(view)) continue;
            double[] p = parts[i];
            double lx = p[0] * s + ox, ly = oy - p[1] * s;
            gc.moveTo(lx, ly);
            emitted++;
            int n = p.length;
            for (int k = 2; k < n; k += 2) {
                double x = p[k] * s + ox, y = oy - p[k + 1] * s;
                if (k < n - 2 && Math.abs(x - lx) < 0.5 && Math.abs(y - ly) < 0.5) continue;
                gc.lineTo(x, y);
                lx = x;
                ly = y;
                emitted++;
            }
            if (closed) gc.closePath();
        }
        return emitted;
    }
}
