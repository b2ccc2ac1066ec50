package atlas.map;

import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import atlas.story.ItemStore;
import atlas.story.Kind;
import java.util.Arrays;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * What of the story layer is under the pointer: points through the store's grid, lines and polygons
 * through its STR-tree and an exact JTS distance (inside a polygon counts as on it), events drawn at
 * their places through those places. Only shown rows are hit. Costs O(candidates near the pointer).
 */
final class StoryHits {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private final ItemStore store;
    private final CorridorTracks tracks;
    private AtlasState.Shown placedFor;
    private int[] placedEvents = new int[0];

    StoryHits(ItemStore store, CorridorTracks tracks) {
        this.store = store;
        this.tracks = tracks;
    }

    /** What the pointer touches: a row, its distance in pixels and its rank (see {@link Hit}). */
    private interface Sink {
        void hit(int row, double distancePx, int priority);
    }

    Optional<Hit> hit(Frame f, StoryLayer layer, double sx, double sy, double tolerancePx) {
        Hit[] best = {null};
        visit(f, sx, sy, tolerancePx, 8, false, (r, d, p) -> offer(best, r, d, p));
        return Optional.ofNullable(best[0]);
    }

    /**
     * Every shown item drawn under (sx, sy): points and project symbols within their reach, lines
     * within the tolerance, polygons containing the point, events glowing at a place there. One hit per
     * item (its nearest), best first: the chooser a click offers where symbols stack.
     */
    java.util.List<Hit> all(Frame f, double sx, double sy, double tolerancePx) {
        java.util.Map<Integer, Hit> byRow = new java.util.LinkedHashMap<>();
        visit(f, sx, sy, tolerancePx, 12, true, (row, d, p) -> {
            Hit h = new Hit(FeatureRef.item(store.key(row)), label(row), d, p);
            Hit old = byRow.get(row);
            if (old == null || h.beats(old)) byRow.put(row, h);
        });
        java.util.List<Hit> out = new java.util.ArrayList<>(byRow.values());
        out.sort((a, b) -> a.beats(b) ? -1 : b.beats(a) ? 1 : 0);
        return out;
    }

    /**
     * Visits what is near (sx, sy): points through the grid, shapes through the STR-tree, events at their
     * places. {@code margin} widens the search in pixels; {@code everything} also reports an event glowing
     * right on its place (the single best hit leaves that to the place itself).
     */
    private void visit(Frame f, double sx, double sy, double tolerancePx, double margin, boolean everything, Sink sink) {
        var v = f.viewport();
        double wx = v.toWorldX(sx), wy = v.toWorldY(sy);
        double tol = v.pixelsToWorld(tolerancePx + margin);
        AtlasState.Shown shown = f.shown();
        store.pointsIn(wx - tol, wy - tol, wx + tol, wy + tol, r -> {
            if (!shown.contains(r) || store.shape(r) != null) return;
            double d = Math.hypot(store.x(r) - wx, store.y(r) - wy) * v.scale();
            Kind k = store.kind(r);
            double reach = tolerancePx + (k == Kind.PROJECT ? 6.5 : k == Kind.EVENT ? 8 : 4.5);
            if (d <= reach) sink.hit(r, d, k == Kind.PROJECT ? 5 : 4);
        });
        Point pt = FACTORY.createPoint(new Coordinate(wx, wy));
        double shapeTol = tol + v.pixelsToWorld(tracks.maxShiftPx());
        store.shapesIn(new Envelope(wx - shapeTol, wx + shapeTol, wy - shapeTol, wy + shapeTol), r -> {
            if (!shown.contains(r)) return;
            Geometry g = store.shape(r);
            double d;
            if (tracks.shifted(r)) {
                // A corridor beside others on a shared track is hit where it is drawn, not on its own line.
                d = tracks.distancePx(r, v, sx, sy);
                if (d <= tolerancePx + 2) sink.hit(r, d, 3);
                return;
            }
            try {
                d = g instanceof Polygonal && g.contains(pt) ? 0 : DistanceOp.distance(g, pt) * v.scale();
            } catch (RuntimeException e) {
                // A broken shape (self-intersection) can defeat the exact test: its outline's distance will do.
                d = DistanceOp.distance(g.getBoundary(), pt) * v.scale();
            }
            // Inside a polygon ranks with lines (and, at distance 0, beats a line passing near); symbols stay on top.
            if (d <= tolerancePx + 2) sink.hit(r, d, g instanceof Polygonal && d > 0 ? 2 : 3);
        });
        // Events drawn at their places are hit through the place's point.
        for (int e : placedEvents(shown)) {
            if (StoryLayer.fade(f, store, e) <= 0.02) continue;
            for (int p : store.placeRows(e)) {
                double d = Math.hypot(store.x(p) - wx, store.y(p) - wy) * v.scale();
                boolean near = everything ? d <= tolerancePx + 12 : d <= tolerancePx + 16 && d > 4.5 + tolerancePx / 2;
                if (near) sink.hit(e, d, 3);
            }
        }
    }

    private void offer(Hit[] best, int row, double d, int prio) {
        Hit h = new Hit(FeatureRef.item(store.key(row)), label(row), d, prio);
        if (h.beats(best[0])) best[0] = h;
    }

    /** Shown events with no point of their own but with places; worked out once per shown set. */
    private int[] placedEvents(AtlasState.Shown shown) {
        if (shown != placedFor) {
            int[] out = new int[16];
            int n = 0;
            for (int r : shown.rows()) {
                if (store.kind(r) != Kind.EVENT || store.hasLocation(r) || store.placeRows(r).length == 0) continue;
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = r;
            }
            placedEvents = Arrays.copyOf(out, n);
            placedFor = shown;
        }
        return placedEvents;
    }

    /** What the tooltip and the stack chooser call a row: a place by its name in the language, as the map names it. */
    private String label(int row) {
        String lang = atlas.lang.Ui.language().code();
        return store.kind(row) == atlas.story.Kind.PLACE && !lang.equals("en") ? store.title(row, lang) : store.title(row);
    }
}
