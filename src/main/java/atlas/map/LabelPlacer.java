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
 * Symbols of two layers at one spot (a user's point on a city of the story) are one stack: see {@link #STACK_PX}.
 */
final class LabelPlacer {
    private record Candidate(String text, double x, double y, double markerRadius, int priority, boolean bold, boolean area, double[] more, int source) {
        Candidate(String text, double x, double y, double markerRadius, int priority, boolean bold, boolean area) {
            this(text, x, y, markerRadius, priority, bold, area, new double[0], NO_SOURCE);
        }

        Candidate withMarkerRadius(double r) {
            return new Candidate(text, x, y, r, priority, bold, area, more, source);
        }
    }

    /** The source of a marker or label offered without one: it stacks with no other (see {@link #STACK_PX}). */
    static final int NO_SOURCE = -1;

    /**
     * Symbols of two different sources (layers) whose centres are at most this far apart, in pixels, overlap by
     * most of their width and read as one: a user's point on a city of the story, a few hundred metres off the
     * story's place, with the glows of their events. Such a stack is one spot: a label of either is set beside the
     * whole stack (as far out again as its farthest symbol is off the label's point), and neither's symbols keep the
     * other's label off, as a point's own symbols do not. (Each had kept every spot of the other's label covered, so
     * that neither name was set.) Distinct places of one layer a few pixels apart still compete by priority.
     */
    static final double STACK_PX = 4;

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

    /** As {@link #offer(String, double, double, double, int, boolean)}, for a point of layer {@code source} (0 and up; see {@link #STACK_PX}). */
    void offer(String text, double x, double y, double markerRadius, int priority, boolean bold, int source) {
        candidates.add(new Candidate(text, x, y, markerRadius, priority, bold, false, new double[0], source));
    }

    /**
     * Offers the name of an area (a country): centred on its point, or just above or below it, never over
     * another label or marker; drawn smaller and lighter than the names of places.
     */
    void offerArea(String text, double x, double y, int priority) {
        candidates.add(new Candidate(text, x, y, 0, priority, false, true));
    }

    /** As {@link #offerArea(String, double, double, int)}, with more points of the area to try in turn ({x, y, x, y, …}) when the first has no room. */
    void offerArea(String text, double x, double y, int priority, double[] more) {
        candidates.add(new Candidate(text, x, y, 0, priority, false, true, more, NO_SOURCE));
    }

    /** The width and height {@code text} takes as an area label. */
    static double[] areaSize(String text) {
        return size(text, AREA);
    }

    /** Reserves a marker's box so that labels avoid covering it. */
    void reserve(double x, double y, double r) {
        reserve(x, y, r, NO_SOURCE);
    }

    /** As {@link #reserve(double, double, double)}, for a symbol of layer {@code source} (0 and up; see {@link #STACK_PX}). */
    void reserve(double x, double y, double r, int source) {
        markers.add(new double[] {x - r, y - r, x + r, y + r, source});
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
        for (Candidate offered : candidates) {
            Font f = offered.area ? AREA : offered.bold ? BOLD : NORMAL;
            double off = stackOffset(offered);
            Candidate c = off > 0 ? offered.withMarkerRadius(offered.markerRadius + off) : offered;
            // One name for one place, though two layers hold it (a re-opened export of the story, a user's file of cities).
            if (samePlaced(c)) continue;
            double[] wh = size(c.text, f);
            double w = wh[0], h = wh[1];
            double[][] spots = spots(c, w, h);
            double[] at = spot(spots, w, h, c);
            // A long name with no free spot on one line tries two (as maps set long names), half as wide.
            String[] lines = {c.text};
            String[] two = at != null || c.area || w <= LONG_LABEL_PX ? null : twoLines(c.text);
            if (two != null) {
                double w2 = Math.max(size(two[0], f)[0], size(two[1], f)[0]), h2 = 2 * h - 2;
                double[][] spots2 = spots(c, w2, h2);
                double[] at2 = spot(spots2, w2, h2, c);
                if (at2 == null && c.priority >= 100) {
                    at = leastCovering(spots, w, h, c);
                    at2 = leastCovering(spots2, w2, h2, c);
                    if (at != null && (at2 == null || covered(at, w, h, c) <= covered(at2, w2, h2, c))) at2 = null;
                }
                if (at2 != null) {
                    at = at2;
                    lines = two;
                    w = w2;
                    h = h2;
                }
            } else if (at == null && c.priority >= 100) {
                at = leastCovering(spots, w, h, c);
            }
            if (at == null) continue;
            // Kept clear by a space's width each side: two names on one line a few pixels apart read as one name.
            taken.add(new double[] {at[0] - GAP, at[1] - 1, at[0] + w + GAP, at[1] + h + 1});
            gc.setFont(f);
            gc.setTextBaseline(javafx.geometry.VPos.TOP);
            gc.setLineWidth(3);
            gc.setStroke(halo);
            gc.setFill(c.area ? text.deriveColor(0, 1, 1, 0.62) : text);
            double lineH = lines.length == 1 ? h : (h + 2) / 2;
            for (int i = 0; i < lines.length; i++) {
                // Lines of a two-line name line up on the side of their point: left beside a point to their left, right beside one to their right.
                double lw = lines.length == 1 ? w : size(lines[i], f)[0];
                double x = at[0] >= c.x ? at[0] : at[0] + w <= c.x ? at[0] + w - lw : at[0] + (w - lw) / 2;
                gc.strokeText(lines[i], x, at[1] + i * lineH);
                gc.fillText(lines[i], x, at[1] + i * lineH);
            }
            placed.add(c.text);
            placedBoxes.add(new PlacedLabel(c.text, at[0], at[1], at[0] + w, at[1] + h, at[2], at[3], c.markerRadius));
        }
        gc.setLineJoin(join);
    }

    /** The space kept between two names side by side, in pixels. */
    static final double GAP = 8;

    /**
     * Where a label of {@code w} × {@code h} may go around its point, in order of preference (always touching its
     * marker), each as {x, y, and the point it names}: an area's other points ({@code more}) follow its own.
     */
    private static double[][] spots(Candidate c, double w, double h) {
        double g = c.markerRadius + 3, d = g * 0.75, x = c.x, y = c.y;
        if (c.area) {
            double[][] out = new double[3 + c.more.length / 2 * 3][];
            for (int i = -2; i < c.more.length; i += 2) {
                double px = i < 0 ? x : c.more[i], py = i < 0 ? y : c.more[i + 1];
                int k = (i + 2) / 2 * 3;
                out[k] = new double[] {px - w / 2, py - h / 2, px, py};
                out[k + 1] = new double[] {px - w / 2, py - h - 2, px, py};
                out[k + 2] = new double[] {px - w / 2, py + 2, px, py};
            }
            return out;
        }
        return w > LONG_LABEL_PX
                // A long label set to the left of its point reads as naming whatever is at its far end: right, above or below only.
                ? new double[][] {{x + g, y - h / 2, x, y}, {x + d, y - d - h, x, y}, {x + d, y + d, x, y}, {x - w / 2, y - g - h, x, y}, {x - w / 2, y + g, x, y}}
                : new double[][] {
                    {x + g, y - h / 2, x, y}, {x - g - w, y - h / 2, x, y}, {x - w / 2, y - g - h, x, y}, {x - w / 2, y + g, x, y},
                    {x + d, y - d - h, x, y}, {x + d, y + d, x, y}, {x - d - w, y - d - h, x, y}, {x - d - w, y + d, x, y}};
    }

    /** {@code text} cut at the space nearest its middle ("Great Stone" / "Industrial Park"), or null when it has none. */
    static String[] twoLines(String text) {
        int mid = text.length() / 2, best = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
        }
        if (best <= 0 || best >= text.length() - 1) return null;
        return new String[] {text.substring(0, best), text.substring(best + 1)};
    }

    private int covered(double[] at, double w, double h, Candidate c) {
        return markersUnder(new double[] {at[0] - 1, at[1] - 1, at[0] + w + 1, at[1] + h + 1}, c);
    }

    /**
     * Whether a label of the same text is set already for a point at the same spot as this one: within 3 pixels, or
     * so near that their symbols overlap (a user's "Brest" 4 pixels off the story's reads as the same place).
     */
    private boolean samePlaced(Candidate c) {
        for (PlacedLabel p : placedBoxes) {
            if (!p.text().equals(c.text)) continue;
            if (Math.abs(p.anchorX() - c.x) < 3 && Math.abs(p.anchorY() - c.y) < 3) return true;
            if (!c.area && Math.hypot(p.anchorX() - c.x, p.anchorY() - c.y) < p.markerRadius() + c.markerRadius) return true;
        }
        return false;
    }

    /** Whether marker {@code t} is one of the symbols of a label's own point: at its very point, or of another layer stacked on it ({@link #STACK_PX}). */
    private static boolean ownStack(double[] t, Candidate c) {
        double dx = (t[0] + t[2]) / 2 - c.x, dy = (t[1] + t[3]) / 2 - c.y;
        if (Math.abs(dx) < 0.01 && Math.abs(dy) < 0.01) return true;
        int source = (int) t[4];
        return !c.area && c.source != NO_SOURCE && source != NO_SOURCE && source != c.source && Math.hypot(dx, dy) <= STACK_PX;
    }

    /** How far the farthest symbol of the stack at a label's point lies from the point (0 with no other layer's symbol on it). */
    private double stackOffset(Candidate c) {
        if (c.area || c.source == NO_SOURCE) return 0;
        double off = 0;
        for (double[] t : markers) {
            if (ownStack(t, c)) off = Math.max(off, Math.hypot((t[0] + t[2]) / 2 - c.x, (t[1] + t[3]) / 2 - c.y));
        }
        return off;
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

    /** How many markers other than those of the label's own point (see {@link #ownStack}) the box covers. */
    private int markersUnder(double[] b, Candidate own) {
        int n = 0;
        for (double[] t : markers) {
            if (ownStack(t, own)) continue;
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
