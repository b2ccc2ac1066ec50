package atlas.map;

import atlas.state.Viewport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.scene.canvas.GraphicsContext;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Corridors that run along the same track drawn side by side. Where two or more corridors' lines share a
 * segment (the same two waypoints, in either direction), each is shifted sideways by a few screen pixels
 * ({@link #SPACING_PX} apart, centred on the track) so that every one stays visible and clickable. The
 * order across a track is the order of the rows given to {@link #update} (the caller sorts them by key),
 * so two corridors keep the same sides wherever they meet and never cross over each other.
 *
 * <p>The shift is in screen pixels and the frame only scales and translates, so it is worked out once per
 * set of corridors (in pixels per vertex) and added to each projected vertex when drawn. Drawing
 * ({@link #trace}) and hit-testing ({@link #distancePx}) use the same shifted vertices.
 */
final class CorridorTracks {
    /** Distance between neighbouring corridors on a shared track, in pixels: the 4.5 px halo of each stays distinct. */
    static final double SPACING_PX = 4.5;
    /** A corner's shift may be at most this many times the larger of its two segments' shifts (a miter limit). */
    private static final double MITER_LIMIT = 3;
    /** Waypoints closer than this (map metres) are the same waypoint. */
    private static final double SAME_POINT_M = 1;

    private final IntFunction<Geometry> shapeOf;
    private final Map<Integer, List<double[]>> partsByRow = new HashMap<>();
    private int[] rows = new int[0];
    /** Per corridor row with a shared segment: per line part, per vertex, the shift {dx, dy} in pixels. */
    private Map<Integer, double[][]> shifts = Map.of();
    private double maxShift;

    /** {@code shapeOf}: a corridor row's projected line (a LineString or MultiLineString). */
    CorridorTracks(IntFunction<Geometry> shapeOf) {
        this.shapeOf = shapeOf;
    }

    /**
     * Lays out the corridors {@code ordered} (the shown ones, in the order they sit across a shared track);
     * costs nothing when the set is the one of the last call.
     */
    void update(int[] ordered) {
        if (Arrays.equals(ordered, rows)) return;
        rows = ordered.clone();
        shifts = layout(rows, this::partsOf);
        maxShift = 0;
        for (double[][] byPart : shifts.values()) {
            for (double[] p : byPart) for (int k = 0; k < p.length; k += 2) maxShift = Math.max(maxShift, Math.hypot(p[k], p[k + 1]));
        }
    }

    /** Whether {@code row} is drawn shifted off its line (it shares a segment with another corridor). */
    boolean shifted(int row) {
        return shifts.containsKey(row);
    }

    /** The largest shift of any vertex, in pixels (hit-testing widens its search by it). */
    double maxShiftPx() {
        return maxShift;
    }

    /** The shift {dx, dy} in pixels of each vertex of each line part of {@code row}; null when not shifted. */
    double[][] shiftsOf(int row) {
        return shifts.get(row);
    }

    /** Adds {@code row}'s shifted line to the current path of {@code gc}, dropping vertices closer than half a pixel. */
    void trace(GraphicsContext gc, Viewport v, Envelope view, int row) {
        List<double[]> parts = partsOf(row);
        double[][] d = shifts.get(row);
        Envelope wide = new Envelope(view);
        wide.expandBy(v.pixelsToWorld(maxShift + 1));
        for (int i = 0; i < parts.size(); i++) {
            double[] p = parts.get(i);
            if (!envelope(p).intersects(wide)) continue;
            double lx = Double.NaN, ly = Double.NaN;
            for (int k = 0; k < p.length; k += 2) {
                double x = v.toScreenX(p[k]) + d[i][k], y = v.toScreenY(p[k + 1]) + d[i][k + 1];
                if (k == 0) gc.moveTo(x, y);
                else if (k < p.length - 2 && Math.abs(x - lx) < 0.5 && Math.abs(y - ly) < 0.5) continue;
                else gc.lineTo(x, y);
                lx = x;
                ly = y;
            }
        }
    }

    /** Screen distance in pixels from (sx, sy) to {@code row}'s line as drawn (shifted). */
    double distancePx(int row, Viewport v, double sx, double sy) {
        List<double[]> parts = partsOf(row);
        double[][] d = shifts.get(row);
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < parts.size(); i++) {
            double[] p = parts.get(i);
            double ax = v.toScreenX(p[0]) + (d == null ? 0 : d[i][0]), ay = v.toScreenY(p[1]) + (d == null ? 0 : d[i][1]);
            for (int k = 2; k < p.length; k += 2) {
                double bx = v.toScreenX(p[k]) + (d == null ? 0 : d[i][k]), by = v.toScreenY(p[k + 1]) + (d == null ? 0 : d[i][k + 1]);
                best = Math.min(best, segmentDistance(sx, sy, ax, ay, bx, by));
                ax = bx;
                ay = by;
            }
        }
        return best;
    }

    /**
     * The shifts of the corridors {@code rows} (in their order across a track) whose lines share a segment
     * with another's: per row, per part, per vertex {dx, dy} in screen pixels. A segment shared by n
     * corridors puts them at (i - (n - 1) / 2) · {@link #SPACING_PX} from it; a vertex sits where the shifted
     * lines of its two segments meet (or halfway between their shifts where they run nearly straight on).
     */
    static Map<Integer, double[][]> layout(int[] rows, IntFunction<List<double[]>> partsOf) {
        Map<Segment, List<Integer>> onSegment = new HashMap<>();
        for (int r : rows) {
            for (double[] p : partsOf.apply(r)) {
                for (int k = 2; k < p.length; k += 2) {
                    List<Integer> on = onSegment.computeIfAbsent(Segment.of(p[k - 2], p[k - 1], p[k], p[k + 1]), s -> new ArrayList<>(2));
                    if (!on.contains(r)) on.add(r);
                }
            }
        }
        Map<Integer, double[][]> out = new HashMap<>();
        for (int r : rows) {
            List<double[]> parts = partsOf.apply(r);
            double[][] byPart = new double[parts.size()][];
            boolean any = false;
            for (int i = 0; i < parts.size(); i++) {
                double[] p = parts.get(i);
                int segments = p.length / 2 - 1;
                double[] nx = new double[Math.max(0, segments)], ny = new double[nx.length], off = new double[nx.length];
                for (int s = 0; s < segments; s++) {
                    int k = 2 * s;
                    Segment seg = Segment.of(p[k], p[k + 1], p[k + 2], p[k + 3]);
                    List<Integer> on = onSegment.get(seg);
                    off[s] = on.size() < 2 ? 0 : (on.indexOf(r) - (on.size() - 1) / 2.0) * SPACING_PX;
                    any |= on.size() >= 2;
                    // The normal of the segment's canonical direction, in screen axes (y down): the same for every corridor on it.
                    double dx = seg.bx - seg.ax, dy = -(seg.by - seg.ay), len = Math.hypot(dx, dy);
                    nx[s] = len == 0 ? 0 : -dy / len;
                    ny[s] = len == 0 ? 0 : dx / len;
                }
                double[] d = new double[p.length];
                for (int v = 0; v < p.length / 2; v++) {
                    int in = v - 1, outSeg = v < segments ? v : -1;
                    double[] at = in < 0 && outSeg < 0 ? new double[2]
                            : in < 0 ? new double[] {off[outSeg] * nx[outSeg], off[outSeg] * ny[outSeg]}
                            : outSeg < 0 ? new double[] {off[in] * nx[in], off[in] * ny[in]}
                            : corner(nx[in], ny[in], off[in], nx[outSeg], ny[outSeg], off[outSeg]);
                    d[2 * v] = at[0];
                    d[2 * v + 1] = at[1];
                }
                byPart[i] = d;
            }
            if (any) out.put(r, byPart);
        }
        return out;
    }

    /** Where the line shifted by {@code o1} along normal 1 meets the line shifted by {@code o2} along normal 2. */
    private static double[] corner(double n1x, double n1y, double o1, double n2x, double n2y, double o2) {
        double det = n1x * n2y - n2x * n1y;
        double[] half = {(o1 * n1x + o2 * n2x) / 2, (o1 * n1y + o2 * n2y) / 2};
        if (Math.abs(det) < 0.05) return half;
        double x = (o1 * n2y - o2 * n1y) / det, y = (n1x * o2 - n2x * o1) / det;
        double limit = MITER_LIMIT * Math.max(Math.abs(o1), Math.abs(o2));
        return Math.hypot(x, y) > limit ? half : new double[] {x, y};
    }

    /** A segment between two waypoints, the same whichever way it is travelled: its ends in a fixed order. */
    private record Segment(double ax, double ay, double bx, double by) {
        static Segment of(double x1, double y1, double x2, double y2) {
            x1 = round(x1);
            y1 = round(y1);
            x2 = round(x2);
            y2 = round(y2);
            boolean swap = x1 > x2 || (x1 == x2 && y1 > y2);
            return swap ? new Segment(x2, y2, x1, y1) : new Segment(x1, y1, x2, y2);
        }

        private static double round(double m) {
            return Math.rint(m / SAME_POINT_M) * SAME_POINT_M;
        }
    }

    private List<double[]> partsOf(int row) {
        return partsByRow.computeIfAbsent(row, r -> parts(shapeOf.apply(r)));
    }

    /** The line parts of a projected geometry as flat {x0, y0, x1, y1, …} arrays. */
    static List<double[]> parts(Geometry g) {
        List<double[]> out = new ArrayList<>();
        if (g == null) return out;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!(g.getGeometryN(i) instanceof LineString l)) continue;
            var cs = l.getCoordinateSequence();
            double[] a = new double[cs.size() * 2];
            for (int k = 0; k < cs.size(); k++) {
                a[2 * k] = cs.getX(k);
                a[2 * k + 1] = cs.getY(k);
            }
            out.add(a);
        }
        return out;
    }

    private static Envelope envelope(double[] p) {
        Envelope e = new Envelope();
        for (int k = 0; k < p.length; k += 2) e.expandToInclude(p[k], p[k + 1]);
        return e;
    }

    static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
