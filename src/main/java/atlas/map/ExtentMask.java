package atlas.map;

import atlas.geo.DataExtent;
import atlas.state.Viewport;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * What lies beyond the base map's data ({@link DataExtent}: 15°W–150°E, 5°N–72°N): there the outlines were
 * cut, and the cut would read as a coast. It is veiled and hatched, its edge dashed, with a small note
 * saying what it is. Drawn over the countries, under everything else (part of the countries' picture).
 */
final class ExtentMask {
    private static final Font NOTE_FONT = Font.font("System", FontPosture.ITALIC, 11);
    /** Distance between hatch lines, in pixels. */
    private static final double HATCH_PX = 9;
    /** Grid of places tried for the note, in pixels (a finer one costs more on every pan). */
    private static final double NOTE_STEP_PX = 24;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final PathShape outline = PathShape.of(DataExtent.projected());
    private final PreparedGeometry inside = PreparedGeometryFactory.prepare(DataExtent.projected());

    /** Whether screen point (sx, sy) of viewport {@code v} is outside the data, where the mask is drawn. */
    boolean masked(Viewport v, double sx, double sy) {
        return !inside.contains(FACTORY.createPoint(new Coordinate(v.toWorldX(sx), v.toWorldY(sy))));
    }

    /** Whether anything of viewport {@code v} is outside the data. */
    boolean visible(Viewport v) {
        return !inside.contains(FACTORY.toGeometry(v.worldBounds()));
    }

    void draw(Frame f) {
        Viewport v = f.viewport();
        if (!visible(v)) return;
        GraphicsContext gc = f.gc();
        double w = v.width(), h = v.height();
        gc.save();
        gc.beginPath();
        gc.moveTo(-10, -10);
        gc.lineTo(w + 10, -10);
        gc.lineTo(w + 10, h + 10);
        gc.lineTo(-10, h + 10);
        gc.closePath();
        outline.trace(gc, v, f.view());
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setFill(f.palette().get("map-outside"));
        gc.fill();
        gc.clip();
        gc.setStroke(f.palette().get("map-outside-hatch"));
        gc.setLineWidth(1);
        gc.setLineDashes((double[]) null);
        gc.beginPath();
        for (double d = -h; d < w; d += HATCH_PX) {
            gc.moveTo(d, h);
            gc.lineTo(d + h, 0);
        }
        gc.stroke();
        gc.restore();
        gc.beginPath();
        outline.trace(gc, v, f.view());
        gc.setStroke(f.palette().get("map-outside-edge"));
        gc.setLineWidth(1);
        gc.setLineDashes(5, 4);
        gc.stroke();
        gc.setLineDashes((double[]) null);
        drawNote(f);
    }

    /** The note, in the first place (top rows first, from the middle outwards) where it lies wholly in the mask. */
    private void drawNote(Frame f) {
        Viewport v = f.viewport();
        double tw = OverlayLayer.textWidth(atlas.lang.Ui.t("map.outside"), NOTE_FONT) + 8, th = 16;
        double[] at = notePlace(v, tw, th);
        if (at == null) return;
        GraphicsContext gc = f.gc();
        gc.setFont(NOTE_FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(f.palette().get("map-label-halo"));
        gc.fillRoundRect(at[0], at[1], tw, th, 6, 6);
        gc.setFill(f.palette().get("map-label"));
        gc.fillText(atlas.lang.Ui.t("map.outside"), at[0] + 4, at[1] + th / 2);
    }

    /** Top-left corner of a {@code tw} × {@code th} box wholly in the mask and clear of the map's panels, or null. */
    double[] notePlace(Viewport v, double tw, double th) {
        double w = v.width(), h = v.height();
        // Clear of the date stamp (top left), the view buttons (top right) and the key and scale bar (bottom).
        for (double y = 64; y + th < h - 60; y += NOTE_STEP_PX) {
            double mid = (w - tw) / 2;
            for (int i = 0; ; i++) {
                double dx = (i + 1) / 2 * NOTE_STEP_PX * (i % 2 == 0 ? 1 : -1);
                double x = mid + dx;
                if (Math.abs(dx) > mid - 8) break;
                if (x < 8 || x + tw > w - 70) continue;
                if (masked(v, x, y) && masked(v, x + tw, y) && masked(v, x, y + th) && masked(v, x + tw, y + th) && masked(v, x + tw / 2, y + th / 2)) {
                    return new double[] {x, y};
                }
            }
        }
        return null;
    }
}
