package atlas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Places labels without overlap: layers offer labels during a frame, then {@link #drawAll} places them
 * by priority (higher first), trying right, left, above and below the anchor (always touching its
 * marker, so no label drifts from its point), and drops any that would overlap a label already placed,
 * another item's marker or a control or panel drawn over the map ({@link #reserveBox}), and prefers a spot
 * clear of the corridors' lines ({@link #avoidLine}). A capital (or Great
 * Stone) whose every spot touches a marker is still placed where it covers no label and the fewest markers.
 */
final class LabelPlacer {
    private record Candidate(String text, double x, double y, double markerRadius, int priority, boolean bold, boolean area) {
    }

    /** Labels wider than this are never set to the left of their point (see {@link #drawAll}). */
    static final double LONG_LABEL_PX = 90;
    private static final Font NORMAL = Font.font("System", 12);
    private static final Font BOLD = Font.font("System", FontWeight.BOLD, 12.5);
    private static final Font AREA = Font.font("System", 11);
    private static final Map<String, double[]> SIZES = new HashMap<>();

    private final List<Candidate> candidates = new ArrayList<>();
    private final List<double[]> taken = new ArrayList<>();
    private final List<double[]> markers = new ArrayList<>();
    private final List<String> placed = new ArrayList<>();
    private final List<PlacedLabel> placedBoxes = new ArrayList<>();
    private final List<double[]> panels = new ArrayList<>();
    /** Lines a label is set across only when it has no other place (a dashed corridor strikes its text through). */
    private final List<PathShape> lines = new ArrayList<>();
    private atlas.state.Viewport linesView;

    void offer(String text, double x, double y, double markerRadius, int priority, boolean bold) {
        candidates.add(new Candidate(text, x, y, markerRadius, priority, bold, false));
    }

    /**
     * Offers the name of an area (a country): centred on its point, or just above or below it, never over
     * another label or marker; drawn smaller and lighter than the names of places.
     */
    void offerArea(String text, double x, double y, int priority) {
        candidates.add(new Candidate(text, x, y, 0, priority, false, true));
    }

    /** The width and height {@code text} takes as an area label. */
    static double[] areaSize(String text) {
        return size(text, AREA);
    }

    /** Reserves a marker's box so that labels avoid covering it. */
    void reserve(double x, double y, double r) {
        markers.add(new double[] {x - r, y - r, x + r, y + r});
    }

    /** The map's size: a label is set wholly inside it where it can be (one cut by the edge reads as another word). */
    private double mapW = Double.POSITIVE_INFINITY, mapH = Double.POSITIVE_INFINITY;

    void bounds(double w, double h) {
        mapW = w;
        mapH = h;
    }

    private boolean outside(double[] box) {
        return box[0] < 0 || box[1] < 0 || box[2] > mapW || box[3] > mapH;
    }

    /** Keeps labels off {@code line} (as drawn in {@code v}) where they have room elsewhere. */
    void avoidLine(PathShape line, atlas.state.Viewport v) {
        lines.add(line);
        linesView = v;
    }

    /** Keeps labels off a screen rectangle (a panel or button drawn over the map). */
    void reserveBox(double x0, double y0, double x1, double y1) {
        panels.add(new double[] {x0, y0, x1, y1});
    }

    /** The labels drawn in the last {@link #drawAll} with their boxes, for tests. */
    List<PlacedLabel> placedBoxes() {
        return placedBoxes;
    }

    /** Labels drawn in the last {@link #drawAll}, for tests and the render summary. */
    List<String> placed() {
        return placed;
    }

    void drawAll(GraphicsContext gc, Color text, Color halo) {
        candidates.sort((a, b) -> Integer.compare(b.priority, a.priority));
        placed.clear();
        placedBoxes.clear();
        // A round join: a mitred halo draws spikes above the sharp tops of letters such as M, A and V.
        javafx.scene.shape.StrokeLineJoin join = gc.getLineJoin();
        gc.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
        for (Candidate c : candidates) {
            Font f = c.area ? AREA : c.bold ? BOLD : NORMAL;
            double[] wh = size(c.text, f);
            double w = wh[0], h = wh[1], g = c.markerRadius + 3;
            double d = g * 0.75;
            double[][] spots = c.area
                    ? new double[][] {{c.x - w / 2, c.y - h / 2}, {c.x - w / 2, c.y - h - 2}, {c.x - w / 2, c.y + 2}}
                    : w > LONG_LABEL_PX
                    // A long label set to the left of its point reads as naming whatever is at its far end: right, above or below only.
                    ? new double[][] {{c.x + g, c.y - h / 2}, {c.x + d, c.y - d - h}, {c.x + d, c.y + d}, {c.x - w / 2, c.y - g - h}, {c.x - w / 2, c.y + g}}
                    : new double[][] {
                        {c.x + g, c.y - h / 2}, {c.x - g - w, c.y - h / 2}, {c.x - w / 2, c.y - g - h}, {c.x - w / 2, c.y + g},
                        {c.x + d, c.y - d - h}, {c.x + d, c.y + d}, {c.x - d - w, c.y - d - h}, {c.x - d - w, c.y + d}};
            if (samePlaced(c)) continue; // one name for one place, though two layers hold it (a re-opened export of the story)
            double[] at = spot(spots, w, h, c);
            if (at == null && c.priority >= 100) at = leastCovering(spots, w, h, c);
            if (at == null) continue;
            double[] box = {at[0] - 1, at[1] - 1, at[0] + w + 1, at[1] + h + 1};
            taken.add(box);
            gc.setFont(f);
            gc.setTextBaseline(javafx.geometry.VPos.TOP);
            gc.setLineWidth(3);
            gc.setStroke(halo);
            gc.strokeText(c.text, at[0], at[1]);
            gc.setFill(c.area ? text.deriveColor(0, 1, 1, 0.62) : text);
            gc.fillText(c.text, at[0], at[1]);
            placed.add(c.text);
            placedBoxes.add(new PlacedLabel(c.text, at[0], at[1], at[0] + w, at[1] + h, c.x, c.y, c.markerRadius));
        }
        gc.setLineJoin(join);
    }

    /** Whether a label of the same text is set already for a point within 3 pixels of this one. */
    private boolean samePlaced(Candidate c) {
        for (PlacedLabel p : placedBoxes) {
            if (p.text().equals(c.text) && Math.abs(p.anchorX() - c.x) < 3 && Math.abs(p.anchorY() - c.y) < 3) return true;
        }
        return false;
    }

    /** The first spot free of labels, panels, other markers and lines; else the first free of all but lines; or null. */
    private double[] spot(double[][] spots, double w, double h, Candidate c) {
        double[] crossing = null;
        for (double[] s : spots) {
            double[] box = {s[0] - 1, s[1] - 1, s[0] + w + 1, s[1] + h + 1};
            if (hits(box, taken) || hits(box, panels) || markersUnder(box, c) > 0 || outside(box)) continue;
            if (!crossesLine(box)) return s;
            if (crossing == null) crossing = s;
        }
        return crossing;
    }

    private boolean crossesLine(double[] box) {
        if (lines.isEmpty()) return false;
        atlas.state.Viewport v = linesView;
        org.locationtech.jts.geom.Envelope world = new org.locationtech.jts.geom.Envelope(v.toWorldX(box[0]), v.toWorldX(box[2]), v.toWorldY(box[1]), v.toWorldY(box[3]));
        for (PathShape l : lines) if (l.crosses(world)) return true;
        return false;
    }

    /**
     * For a label that must be set (a capital, Great Stone) where every spot covers a marker: the spot free of
     * labels and panels that covers the fewest (the first of equals), so that it hides as few points as it can.
     */
    private double[] leastCovering(double[][] spots, double w, double h, Candidate c) {
        double[] best = null;
        int fewest = Integer.MAX_VALUE;
        for (boolean mayCross : new boolean[] {false, true}) { // inside the map if it can be, else cut by its edge
            for (double[] s : spots) {
                double[] box = {s[0] - 1, s[1] - 1, s[0] + w + 1, s[1] + h + 1};
                if (hits(box, taken) || hits(box, panels) || (!mayCross && outside(box))) continue;
                int n = markersUnder(box, c);
                if (n < fewest) {
                    fewest = n;
                    best = s;
                }
            }
            if (best != null) return best;
        }
        return null;
    }

    private static boolean hits(double[] b, List<double[]> boxes) {
        for (double[] t : boxes) {
            if (b[0] < t[2] && b[2] > t[0] && b[1] < t[3] && b[3] > t[1]) return true;
        }
        return false;
    }

    /** How many markers other than the label's own the box covers. */
    private int markersUnder(double[] b, Candidate own) {
        int n = 0;
        for (double[] t : markers) {
            boolean ownMarker = Math.abs((t[0] + t[2]) / 2 - own.x) < 0.01 && Math.abs((t[1] + t[3]) / 2 - own.y) < 0.01;
            if (ownMarker) continue;
            if (b[0] < t[2] && b[2] > t[0] && b[1] < t[3] && b[3] > t[1]) n++;
        }
        return n;
    }

    private static double[] size(String s, Font f) {
        if (SIZES.size() > 20_000) SIZES.clear(); // a user layer's many names, seen while panning: measured again when next seen
        return SIZES.computeIfAbsent(f.getStyle() + "|" + s, k -> {
            Text t = new Text(s);
            t.setFont(f);
            Bounds b = t.getLayoutBounds();
            return new double[] {b.getWidth(), b.getHeight()};
        });
    }
}
