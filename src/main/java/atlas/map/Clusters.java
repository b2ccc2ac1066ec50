package atlas.map;

import atlas.lang.Ui;
import atlas.state.FeatureRef;
import atlas.story.ItemStore;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Dense data made readable: point symbols binned into square screen cells, each drawn as one circle
 * sized by its count and coloured by its most frequent colour, with the count written in it. The
 * counts add up to the symbols binned (a test checks it). Recomputed every frame: O(symbols in view).
 */
final class Clusters {
    /**
     * Above this many point symbols in view, they are aggregated. At 1600×1000 with 10–16 px glows,
     * 2,000 symbols already cover most of Europe's land in one colour; below it the story (a few hundred
     * items) is always drawn item by item.
     */
    static final int AGGREGATE_ABOVE = 2_000;
    /** Cell side in pixels: large enough for a three-digit count, small enough to keep the pattern. */
    static final double CELL_PX = 36;

    private final int cols, rowsOfCells;
    private final int[] count;
    private final double[] sumX, sumY;
    private final Color[] colour;
    private final double[] worldX0, worldY0;
    private final double cellWorld;
    private int total;

    private Clusters(Frame f) {
        var v = f.viewport();
        cols = (int) Math.ceil(v.width() / CELL_PX) + 3;
        rowsOfCells = (int) Math.ceil(v.height() / CELL_PX) + 3;
        int n = cols * rowsOfCells;
        count = new int[n];
        sumX = new double[n];
        sumY = new double[n];
        colour = new Color[n];
        worldX0 = new double[n];
        worldY0 = new double[n];
        cellWorld = v.pixelsToWorld(CELL_PX);
    }

    static Clusters of(Frame f, int[] rows, double[] xs, double[] ys, int n, Color[] layerColour) {
        Clusters c = new Clusters(f);
        ItemStore s = f.store();
        // Colour of a symbol as a small index: the six themes and "none" first, then each layer's colour.
        int themes = atlas.story.Category.values().length + 1;
        Color[] palette = new Color[themes + layerColour.length];
        for (atlas.story.Category t : atlas.story.Category.values()) palette[t.ordinal()] = f.palette().category(t);
        palette[themes - 1] = f.palette().category(null);
        System.arraycopy(layerColour, 0, palette, themes, layerColour.length);
        boolean[] storyLayer = new boolean[layerColour.length];
        for (int l = 0; l < storyLayer.length; l++) storyLayer[l] = s.layers().get(l).story();
        int[] votes = new int[c.count.length * palette.length];
        for (int i = 0; i < n; i++) {
            int cell = c.cellOf(xs[i], ys[i]);
            if (cell < 0) continue;
            c.count[cell]++;
            c.total++;
            c.sumX[cell] += xs[i];
            c.sumY[cell] += ys[i];
            int r = rows[i], l = s.layer(r);
            int colour;
            if (storyLayer[l]) {
                var t = s.category(r);
                colour = t == null ? themes - 1 : t.ordinal();
            } else {
                colour = themes + l;
            }
            votes[cell * palette.length + colour]++;
        }
        var v = f.viewport();
        for (int cell = 0; cell < c.count.length; cell++) {
            if (c.count[cell] == 0) continue;
            int best = 0;
            for (int k = 1; k < palette.length; k++) if (votes[cell * palette.length + k] > votes[cell * palette.length + best]) best = k;
            c.colour[cell] = palette[best];
            double px = (cell % c.cols - 1) * CELL_PX, py = (cell / c.cols - 1) * CELL_PX;
            c.worldX0[cell] = v.toWorldX(px);
            c.worldY0[cell] = v.toWorldY(py + CELL_PX);
        }
        return c;
    }

    private int cellOf(double x, double y) {
        int cx = (int) Math.floor(x / CELL_PX) + 1, cy = (int) Math.floor(y / CELL_PX) + 1;
        if (cx < 0 || cy < 0 || cx >= cols || cy >= rowsOfCells) return -1;
        return cy * cols + cx;
    }

    /** The number of symbols gathered into clusters. */
    int total() {
        return total;
    }

    /** The counts of the clusters drawn, for tests: their sum is {@link #total}. */
    int[] counts() {
        return java.util.Arrays.stream(count).filter(k -> k > 0).toArray();
    }

    static double radius(int n) {
        return 7 + 5 * Math.log10(Math.max(1, n));
    }

    void draw(Frame f) {
        GraphicsContext gc = f.gc();
        gc.setFont(Font.font("System", 10));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        Color paper = f.palette().get("map-marker-fill");
        boolean marked = f.marks(FeatureRef.Type.CLUSTER);
        for (int cell = 0; cell < count.length; cell++) {
            int n = count[cell];
            if (n == 0) continue;
            double x = sumX[cell] / n, y = sumY[cell] / n, r = radius(n);
            // A cluster's ref is text made of its rectangle: made only when a cluster is selected or hovered at all.
            FeatureRef ref = marked ? ref(cell) : null;
            if (ref != null && (f.isSelected(ref) || f.isHovered(ref))) {
                gc.setStroke(f.palette().get(f.isSelected(ref) ? "map-selected" : "map-hover"));
                gc.setLineWidth(3);
                gc.strokeOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
            }
            gc.setFill(colour[cell].deriveColor(0, 1, 1, 0.78));
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            gc.setStroke(paper);
            gc.setLineWidth(1.2);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            gc.setFill(paper);
            gc.fillText(n >= 10_000 ? (n / 1000) + "k" : Integer.toString(n), x, y);
        }
    }

    FeatureRef ref(int cell) {
        return FeatureRef.cluster(worldX0[cell], worldY0[cell], worldX0[cell] + cellWorld, worldY0[cell] + cellWorld);
    }

    Optional<Hit> hit(double sx, double sy) {
        Hit best = null;
        int cx = (int) Math.floor(sx / CELL_PX) + 1, cy = (int) Math.floor(sy / CELL_PX) + 1;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int x = cx + dx, y = cy + dy;
                if (x < 0 || y < 0 || x >= cols || y >= rowsOfCells) continue;
                int cell = y * cols + x, n = count[cell];
                if (n == 0) continue;
                double d = Math.hypot(sumX[cell] / n - sx, sumY[cell] / n - sy);
                if (d > radius(n) + 2) continue;
                Hit h = new Hit(ref(cell), Ui.t("cluster.tip", n), d, 6);
                if (h.beats(best)) best = h;
            }
        }
        return Optional.ofNullable(best);
    }
}
