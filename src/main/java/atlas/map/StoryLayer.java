package atlas.map;

import atlas.state.FeatureRef;
import atlas.story.ItemStore;
import atlas.story.Kind;
import atlas.story.Stage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.locationtech.jts.geom.Envelope;

/**
 * The items of every layer on the map, drawn from the store's columns by row: corridors (dashed, as
 * they are schematic) and user lines and polygons; places; projects styled by their stage on the date;
 * events glowing at their places, fading with age over the trailing window; user points in their
 * layer's colour. When more point symbols fall in view than a person can read
 * ({@link Clusters#AGGREGATE_ABOVE}), they are drawn as clusters with counts instead.
 * Only rows in the frame's shown set are drawn or hit.
 */
final class StoryLayer implements MapLayer {
    private final ItemStore store;
    private final Map<Integer, PathShape> shapes = new HashMap<>();
    private final BooleanSupplier aggregate;
    private final StoryHits hits;
    private final CorridorTracks tracks;
    private final EventGlows glows = new EventGlows();
    private Clusters lastClusters;

    StoryLayer(ItemStore store, BooleanSupplier aggregate) {
        this.store = store;
        this.aggregate = aggregate;
        this.tracks = new CorridorTracks(store::shape);
        this.hits = new StoryHits(store, tracks);
    }

    @Override
    public String name() {
        return "story";
    }

    PathShape shape(int row) {
        return shapes.computeIfAbsent(row, r -> PathShape.of(store.shape(r)));
    }

    @Override
    public void draw(Frame f) {
        GraphicsContext gc = f.gc();
        gc.setLineCap(StrokeLineCap.ROUND);
        Color[] layerColour = new Color[store.layers().size()];
        for (int l = 0; l < layerColour.length; l++) layerColour[l] = f.palette().layer(Frame.userLayerIndex(store, l));
        int[] rows = f.shown().rows();
        // Shapes first (under the symbols); then collect the point symbols that fall on screen.
        Points pts = new Points(rows.length);
        var v = f.viewport();
        double w = v.width(), h = v.height();
        layOutCorridors(rows);
        for (int r : rows) {
            if (store.shape(r) != null) {
                PathShape s = shape(r);
                if (store.kind(r) == Kind.CORRIDOR) {
                    drawCorridor(f, r, s);
                    continue;
                }
                if (!s.envelope().intersects(f.view())) continue;
                double px = s.envelope().getWidth() * v.scale(), py = s.envelope().getHeight() * v.scale();
                if (px >= 4 || py >= 4) {
                    drawShape(f, r, s, store.layers().get(store.layer(r)).story() ? f.palette().category(store.category(r)) : layerColour[store.layer(r)]);
                    continue;
                }
                // A shape smaller than a few pixels reads better as a point.
            }
            if (store.hasLocation(r)) {
                double sx = v.toScreenX(store.x(r)), sy = v.toScreenY(store.y(r));
                if (sx > -40 && sy > -40 && sx < w + 40 && sy < h + 40) pts.add(r, sx, sy);
            } else if (store.kind(r) == Kind.EVENT) {
                for (int p : store.placeRows(r)) {
                    double sx = v.toScreenX(store.x(p)), sy = v.toScreenY(store.y(p));
                    if (sx > -30 && sy > -30 && sx < w + 30 && sy < h + 30) pts.add(r, sx, sy);
                }
            }
        }
        gc.setLineDashes();
        if (aggregate.getAsBoolean() && pts.n > Clusters.AGGREGATE_ABOVE) {
            lastClusters = Clusters.of(f, pts.rows, pts.xs, pts.ys, pts.n, layerColour);
            lastClusters.draw(f);
            return;
        }
        lastClusters = null;
        glows.draw(f, pts.rows, pts.xs, pts.ys, pts.n, layerColour);
        labelUserItems(f, pts);
        for (int i = 0; i < pts.n; i++) {
            int r = pts.rows[i];
            switch (store.kind(r)) {
                case PLACE -> drawPlace(f, r, pts.xs[i], pts.ys[i]);
                case PROJECT -> {
                    if (store.layers().get(store.layer(r)).story()) drawProject(f, r, pts.xs[i], pts.ys[i]);
                    else drawDot(f, r, pts.xs[i], pts.ys[i], layerColour[store.layer(r)], 4.5);
                }
                default -> {
                }
            }
        }
    }

    /** A user layer's points are named on the map when at most this many are in view (more would hide one another). */
    static final int LABEL_USER_MAX = 150;

    /**
     * Names a user layer's projects and events beside their points when few are in view and the map is zoomed in as
     * far as the story's projects are named, below the story's names in priority: a file of forty sites in Belarus
     * reads as a map, and its pictures carry the names. Their symbols are reserved so that no name covers them.
     */
    private void labelUserItems(Frame f, Points pts) {
        if (f.viewport().zoomLevel() <= MapView.LABEL_ZOOM) return;
        int user = 0;
        for (int i = 0; i < pts.n; i++) if (userPoint(pts.rows[i]) && ++user > LABEL_USER_MAX) return;
        for (int i = 0; i < pts.n; i++) {
            int r = pts.rows[i];
            if (!userPoint(r)) continue;
            f.labels().reserve(pts.xs[i], pts.ys[i], 4.5, store.layer(r));
            String name = shortName(name(r));
            if (!name.isEmpty()) f.labels().offer(name, pts.xs[i], pts.ys[i], 4.5, 30, false, store.layer(r));
        }
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\p{Cntrl}\\s]+");

    /** A user item's title as a map name: on one line, cut after a word near 32 characters with "…" (the details give it whole). */
    static String shortName(String title) {
        if (title == null) return "";
        String t = SPACES.matcher(title).replaceAll(" ").strip();
        if (t.length() <= 32) return t;
        int cut = t.lastIndexOf(' ', 32);
        if (cut < 16) cut = Character.isHighSurrogate(t.charAt(31)) ? 31 : 32;
        return t.substring(0, cut).strip() + "…";
    }

    private boolean userPoint(int r) {
        Kind k = store.kind(r);
        return (k == Kind.PROJECT || k == Kind.EVENT) && !store.layers().get(store.layer(r)).story();
    }

    /** Point symbols on screen this frame: rows and screen positions in primitive arrays. */
    static final class Points {
        int n;
        int[] rows;
        double[] xs, ys;

        Points(int capacity) {
            int c = Math.max(16, Math.min(capacity, 1 << 16));
            rows = new int[c];
            xs = new double[c];
            ys = new double[c];
        }

        void add(int r, double x, double y) {
            if (n == rows.length) {
                rows = Arrays.copyOf(rows, n * 2);
                xs = Arrays.copyOf(xs, n * 2);
                ys = Arrays.copyOf(ys, n * 2);
            }
            rows[n] = r;
            xs[n] = x;
            ys[n++] = y;
        }
    }

    /** The shown corridors with a line, in the order of their keys: the order they sit in across a shared track. */
    private void layOutCorridors(int[] rows) {
        int[] corridors = new int[8];
        int n = 0;
        for (int r : rows) {
            if (store.kind(r) != Kind.CORRIDOR || store.shape(r) == null) continue;
            if (n == corridors.length) corridors = Arrays.copyOf(corridors, n * 2);
            corridors[n++] = r;
        }
        Integer[] byKey = new Integer[n];
        for (int i = 0; i < n; i++) byKey[i] = corridors[i];
        Arrays.sort(byKey, java.util.Comparator.comparing(store::key));
        int[] ordered = new int[n];
        for (int i = 0; i < n; i++) ordered[i] = byKey[i];
        tracks.update(ordered);
    }

    /** A corridor: dashed (schematic) over a halo, beside the others where they share a track (see {@link CorridorTracks}). */
    private void drawCorridor(Frame f, int r, PathShape s) {
        Envelope wide = new Envelope(s.envelope());
        wide.expandBy(f.viewport().pixelsToWorld(tracks.maxShiftPx() + 1));
        if (!wide.intersects(f.view())) return;
        f.labels().avoidLine(s, f.viewport()); // its line as drawn, within a few pixels where it shares a track
        GraphicsContext gc = f.gc();
        FeatureRef ref = FeatureRef.item(store.key(r));
        gc.beginPath();
        if (tracks.shifted(r)) tracks.trace(gc, f.viewport(), f.view(), r);
        else s.trace(gc, f.viewport(), f.view());
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
        if (store.schematic(r)) gc.setLineDashes(9, 5);
        gc.stroke();
        gc.setLineDashes();
    }

    /** A user line or polygon: polygons filled lightly and outlined (even-odd, so holes stay open). */
    private void drawShape(Frame f, int r, PathShape s, Color c) {
        GraphicsContext gc = f.gc();
        FeatureRef ref = FeatureRef.item(store.key(r));
        gc.beginPath();
        s.trace(gc, f.viewport(), f.view());
        if (s.closed()) {
            gc.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
            gc.setFill(c.deriveColor(0, 1, 1, 0.22));
            gc.fill();
        }
        if (f.isSelected(ref) || f.isHovered(ref)) {
            gc.setStroke(f.palette().get(f.isSelected(ref) ? "map-selected" : "map-hover"));
            gc.setLineWidth(5);
            gc.stroke();
        }
        gc.setStroke(c);
        gc.setLineWidth(s.closed() ? 1.4 : 2.4);
        gc.stroke();
    }

    private void drawDot(Frame f, int r, double x, double y, Color c, double radius) {
        GraphicsContext gc = f.gc();
        ring(f, FeatureRef.item(store.key(r)), x, y, radius);
        gc.setFill(c);
        gc.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
        gc.setStroke(f.palette().get("map-marker-fill"));
        gc.setLineWidth(1.2);
        gc.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
    }

    private void drawPlace(Frame f, int r, double x, double y) {
        GraphicsContext gc = f.gc();
        String id = store.id(r);
        boolean capital = "capital".equals(placeType(r));
        double rad = capital ? 4.5 : 3.2;
        ring(f, FeatureRef.item(store.key(r)), x, y, rad);
        gc.setFill(f.palette().get("map-marker-fill"));
        gc.fillOval(x - rad, y - rad, 2 * rad, 2 * rad);
        gc.setStroke(f.palette().get("map-place"));
        gc.setLineWidth(1.5);
        gc.strokeOval(x - rad, y - rad, 2 * rad, 2 * rad);
        if (capital) {
            gc.setFill(f.palette().get("map-place"));
            gc.fillOval(x - 2, y - 2, 4, 4);
        }
        int layer = store.layer(r);
        f.labels().reserve(x, y, rad, layer);
        int prio = capital ? ("minsk".equals(id) || "beijing".equals(id) ? 110 : 100) : 40;
        if (capital || f.viewport().zoomLevel() > MapView.LABEL_ZOOM) f.labels().offer(name(r), x, y, rad, prio, capital, layer);
        // Zoomed out (the Corridors and Eurasia views), a corridor's cities are named where there is room: Chongqing, Duisburg.
        else if (onCorridor(r)) f.labels().offer(name(r), x, y, rad, 35, false, layer);
    }

    /** Rows of the places that are a vertex of a corridor's line (its waypoint cities), found once for the store. */
    private java.util.Set<Integer> waypoints;

    private boolean onCorridor(int row) {
        if (waypoints == null) {
            java.util.Set<Long> at = new java.util.HashSet<>();
            for (int r = 0; r < store.size(); r++) {
                if (store.kind(r) != Kind.CORRIDOR || store.shape(r) == null) continue;
                for (var c : store.shape(r).getCoordinates()) at.add(cell(c.x, c.y));
            }
            java.util.Set<Integer> rows = new java.util.HashSet<>();
            for (int r = 0; r < store.size(); r++) if (store.kind(r) == Kind.PLACE && at.contains(cell(store.x(r), store.y(r)))) rows.add(r);
            waypoints = rows;
        }
        return waypoints.contains(row);
    }

    /** A projected point to within a metre, as a key (a waypoint is its place's point, projected the same way). */
    private static long cell(double x, double y) {
        return Math.round(x) * 73_856_093L ^ Math.round(y);
    }

    private final Map<Integer, String> placeTypes = new HashMap<>();

    private String placeType(int r) {
        return placeTypes.computeIfAbsent(r, k -> {
            String t = store.item(k).placeType();
            return t == null ? "" : t;
        });
    }

    private void drawProject(Frame f, int r, double x, double y) {
        GraphicsContext gc = f.gc();
        Stage st = store.stageOn(r, f.window().to().toEpochDay());
        double rad = 6.5;
        ring(f, FeatureRef.item(store.key(r)), x, y, rad + 1);
        diamond(gc, f.palette(), new double[] {x, y}, rad, st);
        f.labels().reserve(x, y, rad, store.layer(r));
        if (f.viewport().zoomLevel() > MapView.LABEL_ZOOM) f.labels().offer(name(r), x, y, rad, "great-stone".equals(store.id(r)) ? 105 : 90, false, store.layer(r));
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

    private void ring(Frame f, FeatureRef ref, double x, double y, double r) {
        if (!f.isSelected(ref) && !f.isHovered(ref)) return;
        GraphicsContext gc = f.gc();
        gc.setStroke(f.palette().get(f.isSelected(ref) ? "map-selected" : "map-hover"));
        gc.setLineWidth(3);
        gc.strokeOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
    }

    /** 1 while the cursor is within the event's period, then fading linearly to 0 over the trailing window. */
    static double fade(Frame f, ItemStore s, int row) {
        return new EventGlows.Fade(f).of(s, row);
    }

    /** The corridors' layout across shared tracks, as of the last frame. */
    CorridorTracks tracks() {
        return tracks;
    }

    /** The clusters drawn in the last frame, or null when symbols were drawn one by one. */
    Clusters clusters() {
        return lastClusters;
    }

    /** Every item under (sx, sy) (see {@link StoryHits#all}); none where clusters are drawn. */
    java.util.List<Hit> hitsAll(Frame f, double sx, double sy, double tolerancePx) {
        if (lastClusters != null) return java.util.List.of();
        return hits.all(f, sx, sy, tolerancePx);
    }

    @Override
    public Optional<Hit> hitTest(Frame f, double sx, double sy, double tolerancePx) {
        if (lastClusters != null) {
            Optional<Hit> c = lastClusters.hit(sx, sy);
            if (c.isPresent()) return c;
        }
        return hits.hit(f, this, sx, sy, tolerancePx);
    }

    /** Places' names in the current language (read from the row's details once per language). */
    private final java.util.Map<Integer, String> names = new java.util.HashMap<>();
    private atlas.lang.Language namesIn;

    private String name(int row) {
        atlas.lang.Language l = atlas.lang.Ui.language();
        if (l == atlas.lang.Language.EN) return store.title(row);
        if (l != namesIn) {
            names.clear();
            namesIn = l;
        }
        return names.computeIfAbsent(row, r -> store.title(r, l.code()));
    }
}
