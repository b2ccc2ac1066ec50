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
 * by priority (higher first), trying right, left, above and below the anchor, and drops any that
 * would overlap a label or marker already placed.
 */
final class LabelPlacer {
    private record Candidate(String text, double x, double y, double markerRadius, int priority, boolean bold) {
    }

    private static final Font NORMAL = Font.font("System", 12);
    private static final Font BOLD = Font.font("System", FontWeight.BOLD, 12.5);
    private static final Map<String, double[]> SIZES = new HashMap<>();

    private final List<Candidate> candidates = new ArrayList<>();
    private final List<double[]> taken = new ArrayList<>();
    private final List<double[]> markers = new ArrayList<>();
    private final List<String> placed = new ArrayList<>();

    void offer(String text, double x, double y, double markerRadius, int priority, boolean bold) {
        candidates.add(new Candidate(text, x, y, markerRadius, priority, bold));
    }

    /** Reserves a marker's box so that labels avoid covering it. */
    void reserve(double x, double y, double r) {
        markers.add(new double[] {x - r, y - r, x + r, y + r});
    }

    /** Labels drawn in the last {@link #drawAll}, for tests and the render summary. */
    List<String> placed() {
        return placed;
    }

    void drawAll(GraphicsContext gc, Color text, Color halo) {
        candidates.sort((a, b) -> Integer.compare(b.priority, a.priority));
        placed.clear();
        for (Candidate c : candidates) {
            Font f = c.bold ? BOLD : NORMAL;
            double[] wh = size(c.text, f);
            double w = wh[0], h = wh[1], g = c.markerRadius + 3;
            double d = g * 0.75;
            double[][] spots = {
                {c.x + g, c.y - h / 2}, {c.x - g - w, c.y - h / 2}, {c.x - w / 2, c.y - g - h}, {c.x - w / 2, c.y + g},
                {c.x + d, c.y - d - h}, {c.x + d, c.y + d}, {c.x - d - w, c.y - d - h}, {c.x - d - w, c.y + d}};
            for (double[] s : spots) {
                double[] box = {s[0] - 1, s[1] - 1, s[0] + w + 1, s[1] + h + 1};
                if (overlapsAny(box, c)) continue;
                taken.add(box);
                gc.setFont(f);
                gc.setTextBaseline(javafx.geometry.VPos.TOP);
                gc.setLineWidth(3);
                gc.setStroke(halo);
                gc.strokeText(c.text, s[0], s[1]);
                gc.setFill(text);
                gc.fillText(c.text, s[0], s[1]);
                placed.add(c.text);
                break;
            }
        }
    }

    /** Labels never overlap labels; markers block only labels below capital rank (priority 100). */
    private boolean overlapsAny(double[] b, Candidate own) {
        for (double[] t : taken) {
            if (b[0] < t[2] && b[2] > t[0] && b[1] < t[3] && b[3] > t[1]) return true;
        }
        if (own.priority >= 100) return false;
        for (double[] t : markers) {
            boolean ownMarker = Math.abs((t[0] + t[2]) / 2 - own.x) < 0.01 && Math.abs((t[1] + t[3]) / 2 - own.y) < 0.01;
            if (ownMarker) continue;
            if (b[0] < t[2] && b[2] > t[0] && b[1] < t[3] && b[3] > t[1]) return true;
        }
        return false;
    }

    private static double[] size(String s, Font f) {
        return SIZES.computeIfAbsent(f.getStyle() + "|" + s, k -> {
            Text t = new Text(s);
            t.setFont(f);
            Bounds b = t.getLayoutBounds();
            return new double[] {b.getWidth(), b.getHeight()};
        });
    }
}
