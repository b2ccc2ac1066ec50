package atlas.map;

import atlas.geo.EuBorder;
import atlas.geo.GeoData;
import atlas.state.FeatureRef;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * The EU's external land border in force on the frame's date, one segment per member–neighbour pair;
 * segments on Belarus's border are emphasised. A frame never waits for a border to be computed: an
 * epoch not yet cached is computed on a background thread and the map redraws when it is ready.
 */
final class EuBorderLayer implements StaticLayer {
    private record Prepared(EuBorder.Epoch epoch, Map<String, PathShape> shapes, STRtree index) {
    }

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "eu-border");
        t.setDaemon(true);
        return t;
    });

    private final GeoData geo;
    private final Runnable repaint;
    private final Map<Object, Prepared> prepared = new ConcurrentHashMap<>();
    private final Map<Object, Boolean> pending = new ConcurrentHashMap<>();
    private final boolean synchronous;

    /** {@code synchronous}: compute missing epochs in the frame (for the one-shot headless render). */
    EuBorderLayer(GeoData geo, Runnable repaint, boolean synchronous) {
        this.geo = geo;
        this.repaint = repaint;
        this.synchronous = synchronous;
    }

    @Override
    public String name() {
        return "eu-border";
    }

    /** The border epoch drawn (or none yet), and a segment under selection or hover. */
    @Override
    public Object contentKey(Frame f) {
        FeatureRef s = f.selected(), h = f.hovered();
        return java.util.Arrays.asList(System.identityHashCode(prepared(f.detail(), f.window().to())),
                s != null && s.type() == FeatureRef.Type.BORDER ? s : null, h != null && h.type() == FeatureRef.Type.BORDER ? h : null);
    }

    private Prepared prepared(boolean useDetail, LocalDate day) {
        if (useDetail && !synchronous && geo.detailIfLoaded() == null) useDetail = false;
        EuBorder b = useDetail ? geo.detailBorder() : geo.overviewBorder();
        Object key = java.util.List.of(useDetail, b.membership().epochOf(day));
        Prepared p = prepared.get(key);
        if (p != null) return p;
        EuBorder.Epoch e = synchronous ? b.at(day) : b.ifReady(day);
        if (e == null) {
            if (pending.putIfAbsent(key, true) == null) {
                WORKER.submit(() -> {
                    b.at(day);
                    Platform.runLater(repaint);
                });
            }
            return useDetail ? prepared(false, day) : null;
        }
        Map<String, PathShape> shapes = new ConcurrentHashMap<>();
        STRtree index = new STRtree();
        for (EuBorder.Segment s : e.segments()) {
            shapes.put(s.id(), PathShape.of(s.projected()));
            index.insert(s.projected().getEnvelopeInternal(), s);
        }
        index.build();
        p = new Prepared(e, shapes, index);
        prepared.put(key, p);
        return p;
    }

    @Override
    public void draw(Frame f) {
        Prepared p = prepared(f.detail(), f.window().to());
        if (p == null) return;
        GraphicsContext gc = f.gc();
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (EuBorder.Segment s : p.epoch().segments()) {
            PathShape shape = p.shapes().get(s.id());
            if (!shape.envelope().intersects(f.view())) continue;
            FeatureRef ref = FeatureRef.border(s.id());
            boolean belarus = s.neighbour().equals("BLR");
            boolean sel = f.isSelected(ref), hov = f.isHovered(ref);
            gc.beginPath();
            shape.trace(gc, f.viewport(), f.view());
            if (sel || hov) {
                gc.setStroke(f.palette().get(sel ? "map-selected" : "map-hover"));
                gc.setLineWidth(belarus ? 8 : 6);
                gc.stroke();
            }
            gc.setStroke(f.palette().get(belarus ? "map-eu-border-belarus" : "map-eu-border"));
            gc.setLineWidth(belarus ? 4 : 2.2);
            gc.stroke();
        }
    }

    private String name(String iso3) {
        var c = geo.overview().get(iso3);
        return atlas.lang.Names.country(iso3, c == null ? iso3 : c.name());
    }

    @Override
    public Optional<Hit> hitTest(Frame f, double sx, double sy, double tolerancePx) {
        Prepared p = prepared(f.detail(), f.window().to());
        if (p == null) return Optional.empty();
        double wx = f.viewport().toWorldX(sx), wy = f.viewport().toWorldY(sy), tol = f.viewport().pixelsToWorld(tolerancePx);
        Point pt = atlas.geo.GeoJsonGeometry.FACTORY.createPoint(new Coordinate(wx, wy));
        Hit best = null;
        for (Object o : p.index().query(new Envelope(wx - tol, wx + tol, wy - tol, wy + tol))) {
            EuBorder.Segment s = (EuBorder.Segment) o;
            double d = DistanceOp.distance(s.projected(), pt) * f.viewport().scale();
            if (d > tolerancePx) continue;
            Hit h = new Hit(FeatureRef.border(s.id()), atlas.lang.Ui.t("map.border.tip", name(s.member()), name(s.neighbour())), d, 2);
            if (h.beats(best)) best = h;
        }
        return Optional.ofNullable(best);
    }
}
