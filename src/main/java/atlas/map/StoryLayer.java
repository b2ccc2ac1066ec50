package atlas.map;

import atlas.state.FeatureRef;
import atlas.story.Kind;
import atlas.story.Stage;
import atlas.story.Story;
import atlas.story.StoryItem;
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
        drawEvents(f, events);
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
        gc.setStroke(f.palette().get("map-corridor-halo"));
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
        gc.setFill(f.palette().get("map-marker-fill"));
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
        Color paper = pal.get("map-marker-fill");
        if (st == null || st == Stage.AGREED) {
            gc.setFill(paper);
            gc.fillPolygon(xs, ys, 4);
            gc.setStroke(c);
            gc.strokePolygon(xs, ys, 4);
        } else if (st == Stage.CONSTRUCTION) {
            gc.setFill(paper);
            gc.fillPolygon(xs, ys, 4);
            gc.setFill(c);
            gc.fillPolygon(new double[] {p[0] - r, p[0], p[0] + r}, new double[] {p[1], p[1] + r, p[1]}, 3);
            gc.setStroke(c);
            gc.strokePolygon(xs, ys, 4);
        } else {
            gc.setFill(c);
            gc.fillPolygon(xs, ys, 4);
            gc.setStroke(paper);
            gc.strokePolygon(xs, ys, 4);
        }
    }

    /**
     * Events glow at their own point or at their places. The glows are drawn grouped by colour and fade
     * level, so each changes the canvas's paint only once per group: thousands of events stay cheap.
     */
    private void drawEvents(Frame f, List<StoryItem> events) {
        int n = 0;
        long[] keys = new long[16];
        double[] xs = new double[16], ys = new double[16];
        List<Color> colours = new ArrayList<>();
        Map<Color, Integer> colourIndex = new HashMap<>();
        List<double[]> rings = new ArrayList<>();
        java.util.EnumMap<atlas.story.Category, Integer> byCategory = new java.util.EnumMap<>(atlas.story.Category.class);
        String selected = itemId(f.selected()), hovered = itemId(f.hovered());
        Fade fade = new Fade(f);
        for (StoryItem e : events) {
            double alpha = fade.of(e);
            if (alpha <= 0.02) continue;
            int level = (int) Math.round(alpha * (FADE_LEVELS - 1));
            int ci = byCategory.computeIfAbsent(e.category(), cat -> colourIndex.computeIfAbsent(f.palette().category(cat), k -> {
                colours.add(k);
                return colours.size() - 1;
            }));
            boolean isSelected = e.id().equals(selected);
            boolean marked = isSelected || e.id().equals(hovered);
            for (int g = -1; g < e.places().size(); g++) {
                Geometry geom;
                if (g < 0) {
                    geom = e.projected();
                } else {
                    StoryItem pl = story.get(e.places().get(g));
                    geom = pl == null ? null : pl.projected();
                }
                if (geom == null) continue;
                double[] p = screen(f, geom);
                if (!onScreen(f, p, 30)) continue;
                if (n == keys.length) {
                    keys = java.util.Arrays.copyOf(keys, n * 2);
                    xs = java.util.Arrays.copyOf(xs, n * 2);
                    ys = java.util.Arrays.copyOf(ys, n * 2);
                }
                // Sort key: colour, then level, then the entry's own index.
                keys[n] = ((long) ci << 40) | ((long) level << 32) | n;
                xs[n] = p[0];
                ys[n] = p[1];
                n++;
                if (marked) rings.add(new double[] {p[0], p[1], 10 + 6 * alpha, isSelected ? 1 : 0});
            }
        }
        long[] order = java.util.Arrays.copyOf(keys, n);
        java.util.Arrays.sort(order);
        GraphicsContext gc = f.gc();
        gc.setLineWidth(2);
        long group = -1;
        for (long k : order) {
            int i = (int) (k & 0xffffffffL);
            int level = (int) ((k >>> 32) & 0xff);
            if ((k >>> 32) != group) {
                group = k >>> 32;
                Color c = colours.get((int) (k >>> 40));
                gc.setFill(faded(c, level, 0.18));
                gc.setStroke(faded(c, level, 0.85));
            }
            double r = 10 + 6 * level / (double) (FADE_LEVELS - 1);
            gc.fillOval(xs[i] - r, ys[i] - r, 2 * r, 2 * r);
            gc.strokeOval(xs[i] - r * 0.7, ys[i] - r * 0.7, 1.4 * r, 1.4 * r);
        }
        for (double[] ring : rings) {
            double r = ring[2] * 0.7 + 2;
            gc.setStroke(f.palette().get(ring[3] > 0 ? "map-selected" : "map-hover"));
            gc.setLineWidth(3);
            gc.strokeOval(ring[0] - r - 3, ring[1] - r - 3, 2 * r + 6, 2 * r + 6);
        }
    }

    private static final int FADE_LEVELS = 24;
    private final Map<Color, Color[]> fadedFill = new HashMap<>(), fadedStroke = new HashMap<>();

    /** {@code c} at opacity {@code max} × level / (FADE_LEVELS − 1), from a small cache (no allocation per event). */
    private Color faded(Color c, int level, double max) {
        Color[] steps = (max < 0.5 ? fadedFill : fadedStroke).computeIfAbsent(c, k -> {
            Color[] a = new Color[FADE_LEVELS];
            for (int i = 0; i < FADE_LEVELS; i++) a[i] = k.deriveColor(0, 1, 1, max * i / (FADE_LEVELS - 1));
            return a;
        });
        return steps[level];
    }

    private static String itemId(FeatureRef r) {
        return r != null && r.type() == FeatureRef.Type.ITEM ? r.id() : null;
    }

    /** 1 while the cursor is within the event's period, then fading linearly to 0 over the trailing window. */
    static double fade(Frame f, StoryItem e) {
        return new Fade(f).of(e);
    }

    /** The fade of one frame, with the window's days worked out once. */
    private static final class Fade {
        final boolean range;
        final long cursor;
        final long span;

        Fade(Frame f) {
            range = f.window().range();
            cursor = f.window().cursor().toEpochDay();
            span = Math.max(1, ChronoUnit.DAYS.between(f.window().from(), f.window().cursor()));
        }

        double of(StoryItem e) {
            if (range) return 1;
            long toDay = e.toDay();
            if (toDay >= cursor) return 1;
            return Math.max(0, 1 - (double) (cursor - toDay) / span);
        }
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
