package atlas.map;

import atlas.lang.Ui;
import atlas.story.Stage;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The map key, in the lower left corner above the scale bar: what the fills, lines and markers mean.
 * Drawn with the same palette and symbols as the layers it explains; hidden when the map is too small.
 */
final class LegendLayer implements MapLayer {
    static final double W = 214, ROW = 17;

    @Override
    public String name() {
        return "legend";
    }

    private static final int FIXED_ROWS = 11;
    static final java.time.LocalDate EU_FOUNDED = java.time.LocalDate.of(1993, 11, 1);

    /** Whether a layer has a row of its own in the key: a user's layer (not in the story's format) that loaded something. */
    private static boolean keyed(atlas.story.Layer l) {
        return !l.story() && l.items() > 0;
    }

    /** The key's box height for {@code store} (one row per user layer besides the fixed ones). */
    static double boxHeight(atlas.story.ItemStore store) {
        int user = 0;
        if (store != null) for (var l : store.layers()) if (keyed(l)) user++;
        return 24 + (FIXED_ROWS + user) * ROW;
    }

    /**
     * Whether the key fits a map of w × h above the scale bar, leaving most of the map to see (it covers at most
     * {@link #MAX_SHARE} of it): it is open by default, and drawn in the {@code render} command's pictures.
     */
    static boolean fits(double w, double h, atlas.story.ItemStore store) {
        return w >= 480 && h >= boxHeight(store) + 48 + 60 && W * boxHeight(store) <= MAX_SHARE * w * h;
    }

    /** The most of a map the key may cover and still be open by default (at 480×360 it would cover a quarter). */
    static final double MAX_SHARE = 0.15;

    /**
     * Whether the key can be shown at all on a map of w × h (where it does not {@link #fits fit}, it starts folded and
     * opens on request; in a map shorter than the key, over its top: its button must stay, a new user found it gone
     * when Russian chips took a third row).
     */
    static boolean canShow(double w, double h, atlas.story.ItemStore store) {
        return w >= 260 && h >= 150;
    }

    /** Where the box's top is on a map {@code h} high: above the scale bar, or at the top of a map shorter than the key. */
    static double top(double h, atlas.story.ItemStore store) {
        return Math.max(6, h - 48 - boxHeight(store));
    }

    @Override
    public void draw(Frame f) {
        double h = f.viewport().height();
        if (!canShow(f.viewport().width(), h, f.store())) return;
        GraphicsContext gc = f.gc();
        var pal = f.palette();
        // The European Union exists from 1 November 1993 (Maastricht); before, its members formed the European Communities.
        boolean ec = f.window().to().isBefore(EU_FOUNDED);
        java.util.List<String> rowList = new java.util.ArrayList<>(java.util.List.of(Ui.t("legend.belarus"), Ui.t("legend.china"),
            Ui.t(ec ? "legend.ec.member" : "legend.eu.member"), Ui.t(ec ? "legend.ec.border" : "legend.eu.border"), Ui.t("legend.along.belarus"),
            Ui.t("legend.route"), Ui.t("legend.project.agreed"), Ui.t("legend.project.construction"), Ui.t("legend.project.operating"),
            Ui.t("legend.event"), Ui.t("legend.place")));
        // One row per user layer, in its colour (their categories are the filter toggles above the map).
        var store = f.store();
        java.util.List<Color> userColours = new java.util.ArrayList<>();
        for (int l = 0; l < store.layers().size(); l++) {
            if (!keyed(store.layers().get(l))) continue;
            // A hidden layer keeps its row (the key keeps its size), said hidden and drawn faint.
            boolean hidden = f.shown().hiddenLayers().contains(store.layers().get(l).name());
            rowList.add(Ui.t("legend.layer", store.layers().get(l).name()) + (hidden ? " " + Ui.t("legend.hidden") : ""));
            Color c = pal.layer(Frame.userLayerIndex(store, l));
            userColours.add(hidden ? c.deriveColor(0, 0.3, 1, 0.45) : c);
        }
        String[] rows = rowList.toArray(String[]::new);
        double x0 = 10, boxH = 24 + rows.length * ROW, y0 = Math.max(6, h - 48 - boxH);
        double wBox = W; // wider when a language's words need it
        Font rowFont = Font.font("System", 11);
        for (String r : rows) wBox = Math.max(wBox, OverlayLayer.textWidth(r, rowFont) + 52);
        f.labels().reserveBox(x0, y0, x0 + wBox, y0 + boxH);
        gc.setFill(pal.get("map-panel"));
        gc.fillRoundRect(x0, y0, wBox, boxH, 8, 8);
        gc.setStroke(pal.get("map-land-border"));
        gc.setLineWidth(0.8);
        gc.strokeRoundRect(x0, y0, wBox, boxH, 8, 8);
        gc.setFill(pal.get("map-text"));
        gc.setFont(Font.font("System", FontWeight.BOLD, 11.5));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(Ui.t("legend.title"), x0 + 8, y0 + 11);
        gc.setFont(Font.font("System", 11));
        for (int i = 0; i < rows.length; i++) {
            double cy = y0 + 24 + i * ROW + ROW / 2, sx = x0 + 10, ex = x0 + 34;
            if (i >= FIXED_ROWS) {
                Color c = userColours.get(i - FIXED_ROWS);
                gc.setFill(c.deriveColor(0, 1, 1, 0.25));
                gc.fillRect(sx, cy - 5, ex - sx, 10);
                gc.setStroke(c);
                gc.setLineWidth(1.4);
                gc.strokeRect(sx, cy - 5, ex - sx, 10);
                gc.setFill(c);
                gc.fillOval((sx + ex) / 2 - 3.5, cy - 3.5, 7, 7);
            } else {
                symbol(f, i, sx, ex, cy);
            }
            gc.setFill(pal.get("map-text"));
            gc.fillText(rows[i], x0 + 42, cy);
        }
    }

    private static void symbol(Frame f, int row, double sx, double ex, double cy) {
        GraphicsContext gc = f.gc();
        var pal = f.palette();
        gc.setLineDashes();
        switch (row) {
            case 0, 1, 2 -> {
                gc.setFill(pal.get(row == 0 ? "map-belarus" : row == 1 ? "map-china" : "map-eu"));
                gc.fillRect(sx, cy - 5, ex - sx, 10);
                gc.setStroke(pal.get("map-land-border"));
                gc.setLineWidth(0.7);
                gc.strokeRect(sx, cy - 5, ex - sx, 10);
            }
            case 3, 4 -> {
                gc.setStroke(pal.get(row == 3 ? "map-eu-border" : "map-eu-border-belarus"));
                gc.setLineWidth(row == 3 ? 2.2 : 4);
                gc.strokeLine(sx, cy, ex, cy);
            }
            case 5 -> {
                gc.setStroke(pal.get("map-corridor"));
                gc.setLineWidth(2.2);
                gc.setLineDashes(9, 5);
                gc.strokeLine(sx, cy, ex, cy);
                gc.setLineDashes();
            }
            case 6, 7, 8 -> StoryLayer.diamond(gc, pal, new double[] {(sx + ex) / 2, cy}, 6,
                    row == 6 ? Stage.AGREED : row == 7 ? Stage.CONSTRUCTION : Stage.OPERATING);
            case 9 -> {
                Color c = pal.get("cat-diplomacy");
                double x = (sx + ex) / 2;
                gc.setFill(c.deriveColor(0, 1, 1, 0.18));
                gc.fillOval(x - 8, cy - 8, 16, 16);
                gc.setStroke(c.deriveColor(0, 1, 1, 0.85));
                gc.setLineWidth(2);
                gc.strokeOval(x - 5.5, cy - 5.5, 11, 11);
            }
            default -> {
                gc.setFill(pal.get("map-marker-fill"));
                gc.setStroke(pal.get("map-place"));
                gc.setLineWidth(1.5);
                gc.fillOval(sx, cy - 4.5, 9, 9);
                gc.strokeOval(sx, cy - 4.5, 9, 9);
                gc.setFill(pal.get("map-place"));
                gc.fillOval(sx + 2.5, cy - 2, 4, 4);
                gc.setFill(pal.get("map-marker-fill"));
                gc.fillOval(ex - 7, cy - 3.2, 6.4, 6.4);
                gc.strokeOval(ex - 7, cy - 3.2, 6.4, 6.4);
            }
        }
    }
}
