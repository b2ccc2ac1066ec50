package atlas.map;

import atlas.geo.Country;
import atlas.geo.CountrySet;
import atlas.geo.EuMembership;
import atlas.geo.GeoData;
import atlas.geo.Projection;
import atlas.geo.TerritoryChanges;
import atlas.state.FeatureRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Countries: filled by role on the date (Belarus, China, EU member, other), outlined, with the
 * selected and hovered country emphasised, and with the outlines of the date (an area that changed hands
 * is drawn with its owner of the day, countries that were one state are drawn as that state, and a
 * disputed line is dashed, see {@link TerritoryChanges}). Uses the 50m outlines at overview and
 * 10m when zoomed in. Beyond the data's extent (where the outlines were cut) an {@link ExtentMask} veils the map. Hit-testing: an STRtree of envelopes, then a prepared point-in-polygon test.
 */
final class CountryLayer implements StaticLayer {
    /** Dash pattern of a disputed line, in pixels (dash, gap). */
    private static final double[] DISPUTED_DASH = {4, 3};

    /** The countries of one level of detail in one period of unchanged outlines. */
    private static final class Level {
        final List<Country> countries;
        final Map<String, PathShape> shapes = new HashMap<>();
        final STRtree index = new STRtree();
        final Map<String, PreparedGeometry> prepared = new ConcurrentHashMap<>();
        /** Outlines to stroke instead of the filled shape: a country's boundary without its disputed lines. */
        final Map<String, PathShape> strokes = new HashMap<>();
        /** Disputed lines, stroked dashed. */
        final List<PathShape> disputed = new ArrayList<>();
        /** Where a country's name goes: a point inside its largest part, and that part's projected envelope. */
        final Map<String, double[]> nameAt = new ConcurrentHashMap<>();

        Level(List<Country> countries, List<TerritoryChanges.DisputedLine> lines, Map<Object, PathShape> shapeCache) {
            this.countries = countries;
            for (Country c : countries) {
                shapes.put(c.iso3(), cached(shapeCache, c, () -> PathShape.of(c.projected())));
                index.insert(c.projected().getEnvelopeInternal(), c);
            }
            index.build();
            for (TerritoryChanges.DisputedLine d : lines) {
                disputed.add(cached(shapeCache, d, () -> PathShape.of(d.projected())));
                for (Country c : countries) {
                    if (!c.iso3().equals(d.a()) && !c.iso3().equals(d.b())) continue;
                    // The shared edges are identical in both outlines, so the difference removes exactly them.
                    strokes.put(c.iso3(), cached(shapeCache, List.of(c, d), () -> PathShape.of(c.projected().getBoundary().difference(d.projected()))));
                }
            }
        }

        private static PathShape cached(Map<Object, PathShape> cache, Object key, java.util.function.Supplier<PathShape> make) {
            synchronized (cache) {
                PathShape s = cache.get(key);
                if (s == null) cache.put(key, s = make.get());
                return s;
            }
        }
    }

    private final GeoData geo;
    private final EuMembership eu;
    private final TerritoryChanges territory;
    private final Runnable repaint;
    private final boolean synchronous;
    /** Shapes by the (cached, identical) Country or DisputedLine object they were made from. */
    private final Map<Object, PathShape> shapeCache = new IdentityHashMap<>();
    private final Map<List<Object>, Level> levels = new ConcurrentHashMap<>();
    private final ExtentMask mask = new ExtentMask();
    private volatile boolean detailReady;
    private boolean detailRequested;

    /**
     * {@code synchronous}: load the 10m outlines in the frame that needs them (the headless render), and
     * build only the outline periods drawn; otherwise the other periods of the 50m outlines are built on
     * a background thread (started after the first frame), so moving through time never waits for one.
     */
    CountryLayer(GeoData geo, Runnable repaint, boolean synchronous) {
        this.geo = geo;
        this.eu = geo.eu();
        this.territory = geo.territory();
        this.repaint = repaint;
        this.synchronous = synchronous;
    }

    /**
     * Builds the 50m outlines of {@code day}'s period and the places of their names on another thread now,
     * while the window builds its controls, so that the first frame finds them made (the frame would
     * otherwise make them on the JavaFX thread). A frame that needs them first waits for this build.
     */
    void prepare(LocalDate day) {
        if (synchronous) return;
        Thread t = new Thread(() -> {
            Level level = levelOf(geo.overview(), territory.epochOf(day));
            for (Object o : level.index.query(new org.locationtech.jts.geom.Envelope(-1e300, 1e300, -1e300, 1e300))) {
                Country c = (Country) o;
                level.nameAt.computeIfAbsent(c.iso3(), k -> nameAnchor(c.projected()));
            }
        }, "first-outlines");
        t.setDaemon(true);
        t.start();
    }

    /** Whether the other outline periods were set to build (after the first frame, see {@link #level}). */
    private boolean periodsRequested;

    /**
     * Starts {@code work} on a thread of its own once the frame being drawn is done: on two cores a
     * thread started during the window's first frames takes a core from the toolkit when the window most
     * needs it (measured: the map drawn later by the time that thread ran).
     */
    private static void afterThisFrame(Runnable work, String name) {
        javafx.application.Platform.runLater(() -> {
            Thread t = new Thread(work, name);
            t.setDaemon(true);
            t.start();
        });
    }

    /** Builds the levels of every outline period of {@code set}. */
    private void buildAll(CountrySet set) {
        levelOf(set, LocalDate.MIN);
        for (LocalDate start : territory.changeDays()) levelOf(set, start);
    }

    /** The level of the period of unchanged outlines that starts on {@code start} (LocalDate.MIN: before every change), built on first use. */
    private Level levelOf(CountrySet set, LocalDate start) {
        LocalDate day = start.equals(LocalDate.MIN) ? LocalDate.of(1900, 1, 1) : start;
        return levels.computeIfAbsent(List.of(set.level(), start),
                k -> new Level(territory.countriesOn(set, day, Projection.eurasia()),
                        territory.disputedOn(set, day, Projection.eurasia()), shapeCache));
    }

    /** The level to draw: the 10m one when wanted and loaded (it loads in the background), else the 50m one. */
    private Level level(boolean wantDetail, LocalDate day) {
        CountrySet set = geo.overview();
        if (!synchronous && !periodsRequested) {
            periodsRequested = true;
            afterThisFrame(() -> buildAll(geo.overview()), "outline-periods");
        }
        if (wantDetail) {
            if (detailReady || synchronous) {
                set = geo.detail();
            } else if (!detailRequested) {
                detailRequested = true;
                afterThisFrame(() -> {
                    buildAll(geo.detail());
                    javafx.application.Platform.runLater(() -> {
                        detailReady = true;
                        repaint.run();
                    });
                }, "load-10m");
            }
        }
        return levelOf(set, territory.epochOf(day));
    }

    /**
     * Offers each country's name (in the current language) where it fits inside the country's largest part
     * at this zoom; {@link CountryNames} calls this every frame, the placer keeps names off places' labels.
     */
    void offerNames(Frame f) {
        Level level = level(f.detail(), f.window().to());
        if (level == null) return;
        var v = f.viewport();
        double scale = v.scale();
        for (Object o : level.index.query(f.view())) {
            Country c = (Country) o;
            double[] at = level.nameAt.computeIfAbsent(c.iso3(), k -> nameAnchor(c.projected()));
            if (at == null) continue;
            String name = atlas.lang.Names.country(c.iso3(), c.name());
            double[] wh = LabelPlacer.areaSize(name);
            int priority = (int) Math.min(60, 10 + Math.log10(1 + (at[4] - at[2]) * (at[5] - at[3])) * 2);
            boolean own = f.view().contains(at[0], at[1]) && (at[4] - at[2]) * scale >= wh[0] + 8 && (at[5] - at[3]) * scale >= wh[1] * 2;
            // Zoomed in, a neighbour's own point is often out of view (Russia's is in Siberia when Belarus fills the map) or
            // under a capital's name (Poland's, by Warsaw): its name may go where its part in view has room.
            double[] in = v.zoomLevel() > MapView.LABEL_ZOOM || !f.view().contains(at[0], at[1]) ? inView(level, c, name, f.view(), scale, wh) : new double[0];
            double[] screen = new double[in.length];
            for (int i = 0; i < in.length; i += 2) {
                screen[i] = v.toScreenX(in[i]);
                screen[i + 1] = v.toScreenY(in[i + 1]);
            }
            if (own) f.labels().offerArea(name, v.toScreenX(at[0]), v.toScreenY(at[1]), priority, screen);
            else if (screen.length > 0) f.labels().offerArea(name, screen[0], screen[1], priority, java.util.Arrays.copyOfRange(screen, 2, screen.length));
        }
    }

    /** Columns and rows of the grid laid over the view to find where a country's part in view has room for its name. */
    private static final int GRID_COLS = 16, GRID_ROWS = 10;
    /** Points in view offered for one country's name, the roomiest first. */
    private static final int MAX_NAME_POINTS = 3;
    /** The last view's in-view name points by country and name (the view stays put while the date moves: found once per view). */
    private final Map<String, double[]> inViewAt = new HashMap<>();
    private Envelope inViewFor;
    private Level inViewLevel;

    /**
     * Up to {@value #MAX_NAME_POINTS} points of country {@code c} in {@code view} with room around them for a name of
     * {@code wh} (screen pixels at {@code scale}), as {x, y, x, y, …}, the roomiest first: the middles of the longest runs
     * of grid cells inside the country whose neighbours above and below are inside too (none when no run is wide enough). Point-in-polygon tests on the 1:50m outline, at most
     * {@value #GRID_COLS} × {@value #GRID_ROWS} a country, once per view.
     */
    private synchronized double[] inView(Level level, Country c, String name, Envelope view, double scale, double[] wh) {
        if (!view.equals(inViewFor) || level != inViewLevel) {
            inViewAt.clear();
            inViewFor = new Envelope(view);
            inViewLevel = level;
        }
        double[] found = inViewAt.computeIfAbsent(c.iso3() + "|" + name, k -> {
            // The 1:50m outline, tested point by point without an index: an index of every country in view at 1:10m
            // (Russia's hundreds of thousands of segments) held hundreds of MB for a name's position.
            Country coarse = geo.overview().get(c.iso3());
            org.locationtech.jts.geom.Geometry g = (coarse != null ? coarse : c).projected();
            double cw = view.getWidth() / GRID_COLS, ch = view.getHeight() / GRID_ROWS;
            boolean[][] in = insideGrid(g, view.getMinX() + cw / 2, cw, view.getMaxY() - ch / 2, -ch);
            double need = (wh[0] + 16) / scale;
            List<double[]> runs = new ArrayList<>(); // {length, x, y}
            for (int r = 1; r < GRID_ROWS - 1; r++) {
                for (int col = 0; col < GRID_COLS; ) {
                    if (!in[r][col]) {
                        col++;
                        continue;
                    }
                    int end = col;
                    while (end < GRID_COLS && in[r][end]) end++;
                    int mid = (col + end - 1) / 2, len = end - col;
                    if (len * cw >= need && ch * 2 * scale >= wh[1] * 2 && in[r - 1][mid] && in[r + 1][mid]) {
                        runs.add(new double[] {len, view.getMinX() + (col + end) / 2.0 * cw, view.getMaxY() - (r + 0.5) * ch});
                    }
                    col = end;
                }
            }
            runs.sort((a, b) -> Double.compare(b[0], a[0])); // the longest first (stable: the upper of equals)
            double[] out = new double[Math.min(MAX_NAME_POINTS, runs.size()) * 2];
            for (int i = 0; i < out.length / 2; i++) {
                out[2 * i] = runs.get(i)[1];
                out[2 * i + 1] = runs.get(i)[2];
            }
            return out;
        });
        return found;
    }

    /**
     * Which points of a grid lie inside {@code g} ({@value #GRID_ROWS} rows from y {@code y0} by {@code dy},
     * {@value #GRID_COLS} columns from x {@code x0} by {@code dx}), by scan lines: one pass over the outline's edges per
     * row collects where they cross it, and a point is inside when an odd number of crossings lie left of it (holes and
     * islands alike). A row costs one pass over the edges, not one per point.
     */
    static boolean[][] insideGrid(org.locationtech.jts.geom.Geometry g, double x0, double dx, double y0, double dy) {
        List<org.locationtech.jts.geom.Coordinate[]> rings = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!(g.getGeometryN(i) instanceof org.locationtech.jts.geom.Polygon p)) continue;
            rings.add(p.getExteriorRing().getCoordinates());
            for (int k = 0; k < p.getNumInteriorRing(); k++) rings.add(p.getInteriorRingN(k).getCoordinates());
        }
        boolean[][] in = new boolean[GRID_ROWS][GRID_COLS];
        double[] xs = new double[64];
        for (int r = 0; r < GRID_ROWS; r++) {
            double y = y0 + r * dy;
            int n = 0;
            for (Coordinate[] ring : rings) {
                for (int k = 1; k < ring.length; k++) {
                    Coordinate a = ring[k - 1], b = ring[k];
                    if ((a.y > y) == (b.y > y)) continue;
                    if (n == xs.length) xs = java.util.Arrays.copyOf(xs, n * 2);
                    xs[n++] = a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y);
                }
            }
            java.util.Arrays.sort(xs, 0, n);
            int left = 0;
            for (int col = 0; col < GRID_COLS; col++) {
                double x = x0 + col * dx;
                while (left < n && xs[left] < x) left++;
                in[r][col] = (left & 1) == 1;
            }
        }
        return in;
    }

    /** {x, y, minX, minY, maxX, maxY}: an interior point of the largest polygon and that polygon's envelope. */
    private static double[] nameAnchor(org.locationtech.jts.geom.Geometry g) {
        org.locationtech.jts.geom.Geometry best = null;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            var part = g.getGeometryN(i);
            if (best == null || part.getArea() > best.getArea()) best = part;
        }
        if (best == null || best.isEmpty()) return null;
        var pt = best.getInteriorPoint();
        var e = best.getEnvelopeInternal();
        return new double[] {pt.getX(), pt.getY(), e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
    }

    @Override
    public String name() {
        return "countries";
    }

    /** The outlines of the date's territory epoch at the level drawn, the EU members of the day, and a country under selection or hover. */
    @Override
    public Object contentKey(Frame f) {
        LocalDate day = f.window().to();
        return java.util.Arrays.asList(System.identityHashCode(level(f.detail(), day)), eu.epochOf(day),
                countryRef(f.selected()), countryRef(f.hovered()));
    }

    private static FeatureRef countryRef(FeatureRef r) {
        return r != null && r.type() == FeatureRef.Type.COUNTRY ? r : null;
    }

    @Override
    public void draw(Frame f) {
        GraphicsContext gc = f.gc();
        LocalDate day = f.window().to();
        Level level = level(f.detail(), day);
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setLineWidth(0.7);
        gc.setStroke(f.palette().get("map-land-border"));
        for (Country c : level.countries) {
            PathShape s = level.shapes.get(c.iso3());
            if (!s.envelope().intersects(f.view())) continue;
            gc.beginPath();
            s.trace(gc, f.viewport(), f.view());
            gc.setFill(fill(f, c.iso3(), day));
            gc.fill();
            PathShape outline = level.strokes.get(c.iso3());
            if (outline != null) {
                gc.beginPath();
                outline.trace(gc, f.viewport(), f.view());
            }
            gc.stroke();
        }
        if (!level.disputed.isEmpty()) {
            gc.setLineDashes(DISPUTED_DASH);
            gc.beginPath();
            for (PathShape d : level.disputed) d.trace(gc, f.viewport(), f.view());
            gc.stroke();
            gc.setLineDashes((double[]) null);
        }
        for (FeatureRef r : new FeatureRef[] {f.hovered(), f.selected()}) {
            if (r == null || r.type() != FeatureRef.Type.COUNTRY) continue;
            PathShape s = level.shapes.get(r.id());
            if (s == null) continue;
            gc.beginPath();
            s.trace(gc, f.viewport(), f.view());
            gc.setStroke(f.palette().get(r == f.selected() ? "map-selected" : "map-hover"));
            gc.setLineWidth(r == f.selected() ? 2.5 : 1.8);
            gc.stroke();
        }
        mask.draw(f);
    }

    /** The veil over what lies beyond the outlines' data (for tests). */
    ExtentMask mask() {
        return mask;
    }

    private Color fill(Frame f, String iso3, LocalDate day) {
        return switch (iso3) {
            case "BLR" -> f.palette().get("map-belarus");
            case "CHN" -> f.palette().get("map-china");
            default -> eu.isMember(iso3, day) ? f.palette().get("map-eu") : f.palette().get("map-land");
        };
    }

    @Override
    public Optional<Hit> hitTest(Frame f, double sx, double sy, double tolerancePx) {
        Level level = level(f.detail(), f.window().to());
        if (mask.masked(f.viewport(), sx, sy)) return Optional.empty();
        double wx = f.viewport().toWorldX(sx), wy = f.viewport().toWorldY(sy);
        Point p = atlas.geo.GeoJsonGeometry.FACTORY.createPoint(new Coordinate(wx, wy));
        for (Object o : level.index.query(new Envelope(wx, wx, wy, wy))) {
            Country c = (Country) o;
            PreparedGeometry pg = level.prepared.computeIfAbsent(c.iso3(), k -> PreparedGeometryFactory.prepare(c.projected()));
            if (pg.contains(p)) return Optional.of(new Hit(FeatureRef.country(c.iso3()), atlas.lang.Names.country(c.iso3(), c.name()), 0, 0));
        }
        return Optional.empty();
    }
}
