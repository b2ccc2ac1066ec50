package atlas.map;

import atlas.state.FeatureRef;
import atlas.story.Kind;
import atlas.story.Stage;
import atlas.story.Story;
import atlas.story.StoryItem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * The story on the map: corridors (dashed, as they are schematic), places, projects styled by their
 * stage on the date, and events glowing at their places, fading with age over the trailing window.
 * Only items in the frame's visible set are drawn or hit.
 */
final class StoryLayer implements MapLayer {
    private final Story story;
    private final Map<String, PathShape> corridorShapes = new HashMap<>();
    private final STRtree index = new STRtree();

    StoryLayer(Story story) {
        this.story = story;
        for (StoryItem it : story.items()) {
            if (it.projected() == null) continue;
            index.insert(it.projected().getEnvelopeInternal(), it);
            if (it.kind() == Kind.CORRIDOR) corridorShapes.put(it.id(), PathShape.of(it.projected()));
        }
        index.build();
    }

    @Override
    public String name() {
        return "story";
    }

    @Override
    public void draw(Frame f) {
        GraphicsContext gc = f.gc();
        List<StoryItem> places = new ArrayList<>(), projects = new ArrayList<>(), events = new ArrayList<>();
        gc.setLineCap(StrokeLineCap.ROUND);
        for (StoryItem it : f.visible()) {
            switch (it.kind()) {
                case CORRIDOR -> drawCorridor(f, it);
                case PLACE -> places.add(it);
                case PROJECT -> projects.add(it);
                case EVENT -> events.add(it);
            }
        }
        gc.setLineDashes();
        for (StoryItem e : events) drawEvent(f, e);
        for (StoryItem p : places) drawPlace(f, p);
        for (StoryItem p : projects) drawProject(f, p);
    }

    private void drawCorridor(Frame f, StoryItem it) {
        PathShape s = corridorShapes.get(it.id());
        if (s == null || !s.envelope().intersects(f.view())) return;
        GraphicsContext gc = f.gc();
        FeatureRef ref = FeatureRef.item(it.id());
        gc.beginPath();
        s.trace(gc, f.viewport(), f.view());
        gc.setLineDashes();
        if (f.isSelected(ref) || f.isHovered(ref)) {
            gc.setStroke(f.palette().get(f.isSelected(ref) ? "map-selected" : "map-hover"));
            gc.setLineWidth(7);
            gc.stroke();
        }
        gc.setStroke(Color.WHITE.deriveColor(0, 1, 1, 0.7));
        gc.setLineWidth(4.5);
        gc.stroke();
        gc.setStroke(f.palette().get("map-corridor"));
        gc.setLineWidth(2.2);
        if (it.schematic()) gc.setLineDashes(9, 5);
        gc.stroke();
        gc.setLineDashes();
    }

    private static double[] screen(Frame f, Geometry g) {
        Point c = g instanceof Point p ? p : g.getInteriorPoint();
        return new double[] {f.viewport().toScreenX(c.getX()), f.viewport().toScreenY(c.getY())};
    }

    private boolean onScreen(Frame f, double[] p, double margin) {
        return p[0] > -margin && p[1] > -margin && p[0] < f.viewport().width() + margin && p[1] < f.viewport().height() + margin;
    }

    private void drawPlace(Frame f, StoryItem it) {
        double[] p = screen(f, it.projected());
        if (!onScreen(f, p, 40)) return;
        GraphicsContext gc = f.gc();
        boolean capital = "capital".equals(it.placeType());
        double r = capital ? 4.5 : 3.2;
        ring(f, FeatureRef.item(it.id()), p, r);
        gc.setFill(Color.WHITE);
        gc.fillOval(p[0] - r, p[1] - r, 2 * r, 2 * r);
        gc.setStroke(f.palette().get("map-place"));
        gc.setLineWidth(1.5);
        gc.strokeOval(p[0] - r, p[1] - r, 2 * r, 2 * r);
        if (capital) {
            gc.setFill(f.palette().get("map-place"));
            gc.fillOval(p[0] - 2, p[1] - 2, 4, 4);
        }
        f.labels().reserve(p[0], p[1], r);
        int prio = capital ? ("minsk".equals(it.id()) || "beijing".equals(it.id()) ? 110 : 100) : 40;
        if (capital || f.viewport().zoomLevel() > 2.2) f.labels().offer(it.title(), p[0], p[1], r, prio, capital);
    }

    private void drawProject(Frame f, StoryItem it) {
        if (it.projected() == null) return;
        double[] p = screen(f, it.projected());
        if (!onScreen(f, p, 40)) return;
        GraphicsContext gc = f.gc();
        Stage st = it.stageOn(f.window().to());
        double r = 6.5;
        ring(f, FeatureRef.item(it.id()), p, r + 1);
        diamond(gc, f.palette(), p, r, st);
        f.labels().reserve(p[0], p[1], r);
        if (f.viewport().zoomLevel() > 2.2) f.labels().offer(it.title(), p[0], p[1], r, "great-stone".equals(it.id()) ? 105 : 90, false);
    }

    /** A project's marker: hollow when agreed (or no stage yet), half-filled under construction, filled after. */
    static void diamond(GraphicsContext gc, atlas.style.Palette pal, double[] p, double r, Stage st) {
        Color c = pal.get("map-stage-" + (st == null ? "agreed" : st.key()));
        double[] xs = {p[0], p[0] + r, p[0], p[0] - r}, ys = {p[1] - r, p[1], p[1] + r, p[1]};
        gc.setLineWidth(2);
        if (st == null || st == Stage.AGREED) {
            gc.setFill(Color.WHITE);
            gc.fillPolygon(xs, ys, 4);
            gc.setStroke(c);
            gc.strokePolygon(xs, ys, 4);
        } else if (st == Stage.CONSTRUCTION) {
            gc.setFill(Color.WHITE);
            gc.fillPolygon(xs, ys, 4);
            gc.setFill(c);
            gc.fillPolygon(new double[] {p[0] - r, p[0], p[0] + r}, new double[] {p[1], p[1] + r, p[1]}, 3);
            gc.setStroke(c);
            gc.strokePolygon(xs, ys, 4);
        } else {
            gc.setFill(c);
            gc.fillPolygon(xs, ys, 4);
            gc.setStroke(Color.WHITE);
            gc.strokePolygon(xs, ys, 4);
        }
    }

    private void drawEvent(Frame f, StoryItem e) {
        double alpha = fade(f, e);
        if (alpha <= 0.02) return;
        List<Geometry> at = new ArrayList<>();
        if (e.projected() != null) at.add(e.projected());
        for (String pid : e.places()) {
            StoryItem pl = story.get(pid);
            if (pl != null && pl.projected() != null) at.add(pl.projected());
        }
        GraphicsContext gc = f.gc();
        Color c = f.palette().category(e.category());
        FeatureRef ref = FeatureRef.item(e.id());
        for (Geometry g : at) {
            double[] p = screen(f, g);
            if (!onScreen(f, p, 30)) continue;
            double r = 10 + 6 * alpha;
            gc.setFill(c.deriveColor(0, 1, 1, 0.18 * alpha));
            gc.fillOval(p[0] - r, p[1] - r, 2 * r, 2 * r);
            gc.setStroke(c.deriveColor(0, 1, 1, 0.85 * alpha));
            gc.setLineWidth(f.isSelected(ref) ? 3.5 : 2);
            gc.strokeOval(p[0] - r * 0.7, p[1] - r * 0.7, 1.4 * r, 1.4 * r);
            ring(f, ref, p, r * 0.7 + 2);
        }
    }

    /** 1 while the cursor is within the event's period, then fading linearly to 0 over the trailing window. */
    static double fade(Frame f, StoryItem e) {
        if (f.window().range()) return 1;
        LocalDate cursor = f.window().cursor();
        long toDay = e.toDay();
        if (toDay >= cursor.toEpochDay()) return 1;
        long age = cursor.toEpochDay() - toDay;
        long span = Math.max(1, ChronoUnit.DAYS.between(f.window().from(), cursor));
        return Math.max(0, 1 - (double) age / span);
    }

    private void ring(Frame f, FeatureRef ref, double[] p, double r) {
        if (!f.isSelected(ref) && !f.isHovered(ref)) return;
        GraphicsContext gc = f.gc();
        gc.setStroke(f.palette().get(f.isSelected(ref) ? "map-selected" : "map-hover"));
        gc.setLineWidth(3);
        gc.strokeOval(p[0] - r - 3, p[1] - r - 3, 2 * r + 6, 2 * r + 6);
    }

    @Override
    public Optional<Hit> hitTest(Frame f, double sx, double sy, double tolerancePx) {
        double wx = f.viewport().toWorldX(sx), wy = f.viewport().toWorldY(sy);
        double tol = f.viewport().pixelsToWorld(tolerancePx + 8);
        Point pt = atlas.geo.GeoJsonGeometry.FACTORY.createPoint(new Coordinate(wx, wy));
        Hit best = null;
        for (Object o : index.query(new Envelope(wx - tol, wx + tol, wy - tol, wy + tol))) {
            StoryItem it = (StoryItem) o;
            if (!f.visibleIds().contains(it.id())) continue;
            double d = DistanceOp.distance(it.projected(), pt) * f.viewport().scale();
            double reach = tolerancePx + (it.kind() == Kind.PROJECT ? 6.5 : it.kind() == Kind.PLACE ? 4.5 : it.kind() == Kind.EVENT ? 8 : 0);
            if (d > reach) continue;
            int prio = switch (it.kind()) {
                case PROJECT -> 5;
                case PLACE -> 4;
                case EVENT -> 4;
                case CORRIDOR -> 3;
            };
            Hit h = new Hit(FeatureRef.item(it.id()), it.title(), d, prio);
            if (h.beats(best)) best = h;
        }
        // Events drawn at their places are hit through the place's point.
        for (StoryItem e : f.visible()) {
            if (e.kind() != Kind.EVENT || e.places().isEmpty() || fade(f, e) <= 0.02) continue;
            for (String pid : e.places()) {
                StoryItem pl = story.get(pid);
                if (pl == null || pl.projected() == null) continue;
                double d = DistanceOp.distance(pl.projected(), pt) * f.viewport().scale();
                if (d <= tolerancePx + 16 && d > 4.5 + tolerancePx / 2) {
                    Hit h = new Hit(FeatureRef.item(e.id()), e.title(), d, 3);
                    if (h.beats(best)) best = h;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
