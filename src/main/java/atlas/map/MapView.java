package atlas.map;

import atlas.lang.Ui;
import atlas.geo.GeoData;
import atlas.geo.Projection;
import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import atlas.state.Viewport;
import atlas.story.StoryItem;
import atlas.style.StyledPane;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.locationtech.jts.geom.Envelope;

/**
 * The map: one canvas drawn by an ordered list of layers, bound to the {@link AtlasState}. State
 * changes only mark the map dirty; it is drawn at most once per pulse (see {@link StyledPane}). Gestures (see
 * {@link MapGestures}) replace the state's viewport. Colours come from the stylesheet.
 */
public final class MapView extends StyledPane {
    /** Zoom (relative to the overview) beyond which the 10m outlines are drawn. */
    static final double DETAIL_ZOOM = 4;
    private static final double MAX_ZOOM = 250;
    /** Zoom (relative to the overview) beyond which places and projects are labelled. */
    static final double LABEL_ZOOM = 2.2;

    private final AtlasState state;
    private final GeoData geo;
    private final Canvas canvas = new Canvas();
    /** Under {@link #canvas}: the {@link StaticLayer}s, redrawn only when their content keys change. */
    private final Canvas baseCanvas = new Canvas();
    private List<Object> baseKey;
    private final List<MapLayer> layers = new ArrayList<>();
    private final Envelope home;
    /** Relabels what is drawn in words when the language changes (held here: the language property holds it weakly). */
    private final InvalidationListener relabel = o -> {
        if (this.keySync != null) this.keySync.run();
        this.markDirty();
    };
    private Runnable keySync;
    private StoryLayer storyLayer;
    private Frame lastFrame;
    private final VBox zoomButtons;
    private final javafx.scene.layout.HBox viewButtons;
    /** The same views in one button, where the map is too narrow for the row of them. */
    private final javafx.scene.control.MenuButton viewMenu;
    private final javafx.scene.control.ToggleButton keyToggle;
    private final boolean forExport;
    private final Captions captions = new Captions();
    /** Drawn round the map while it has the keyboard's focus (styled {@code .map-focus-ring}). */
    private final javafx.scene.layout.Region focusRing = new javafx.scene.layout.Region();
    private double pixelScale = 1;
    /** Whether the map was roomy enough for the open key at the last layout, and whether it folded the key for lack of room. */
    private boolean keyRoomy = true, keyFoldedForWidth;

    /** The key folded (or not) for the map's size; the state says so too, for pictures of other sizes. */
    private void foldedForSize(boolean folded) {
        keyFoldedForWidth = folded;
        state.keyFoldedForSizeProperty().set(folded);
    }
    /** The view the window opens on (the export keeps all of Eurasia unless told otherwise). */
    private NamedView startView = NamedView.NEIGHBOURS;

    /** Builds the map over {@code geo} and the state's story; {@code forExport} stamps a title and computes borders in the frame. */
    public MapView(AtlasState state, GeoData geo, boolean forExport) {
        this.state = state;
        this.geo = geo;
        getStyleClass().add("map-view");
        storyLayer = new StoryLayer(state.story().store(), () -> state.aggregateProperty().get());
        CountryLayer countries = new CountryLayer(geo, this::markDirty, forExport);
        countries.prepare(state.dateProperty().get());
        layers.add(countries);
        layers.add(new EuBorderLayer(geo, this::markDirty, forExport));
        layers.add(new CountryNames(countries));
        layers.add(storyLayer);
        layers.add(new LegendLayer());
        overlay = new OverlayLayer(forExport, forExport ? null : captions, () -> state.playingProperty().get());
        if (!forExport) overlay.buttonsLeft(this::buttonsLeft);
        layers.add(overlay);
        home = NamedView.EURASIA.world(null);
        this.forExport = forExport;

        getChildren().addAll(baseCanvas, canvas);
        // A picture has no buttons and no gestures. Not even building them matters: the first control
        // loads and parses JavaFX's default stylesheet (Modena), a third of a second of a render.
        zoomButtons = forExport ? null : zoomButtons();
        viewButtons = forExport ? null : viewButtons();
        viewMenu = forExport ? null : viewMenu();
        keyToggle = forExport ? null : keyToggle();
        if (!forExport) getChildren().addAll(zoomButtons, viewButtons, viewMenu, keyToggle, focusRing);
        focusRing.getStyleClass().add("map-focus-ring");
        focusRing.setMouseTransparent(true);
        focusRing.visibleProperty().bind(focusedProperty());
        setMinSize(200, 150);
        setPrefSize(1000, 700);

        InvalidationListener redraw = o -> markDirty();
        state.shownProperty().addListener(o -> captions.onWindow(state, System.nanoTime())); // after the window: shown is then up to date
        state.playingProperty().addListener(redraw);
        state.windowProperty().addListener(redraw);
        state.shownProperty().addListener(redraw);
        state.aggregateProperty().addListener(redraw);
        state.selectedProperty().addListener(redraw);
        state.hoveredProperty().addListener(redraw);
        state.viewportProperty().addListener(redraw);
        state.hiddenLayers().addListener((SetChangeListener<String>) c -> markDirty());
        Ui.languageProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
        state.storyProperty().addListener((o, a, s) -> {
            StoryLayer next = new StoryLayer(s.store(), () -> state.aggregateProperty().get());
            layers.set(layers.indexOf(storyLayer), next);
            storyLayer = next;
            markDirty();
        });

        state.navigation().focusProperty().addListener((o, a, ref) -> {
            if (ref == null) return;
            state.navigation().focusProperty().set(null);
            bringIntoView(ref);
        });

        if (!forExport) new MapGestures(this, state).install(canvas);
    }

    /**
     * Flies to an item the reader went to, unless it is already in view at a zoom where it can be read
     * (then the map stays still, so going from item to item nearby does not jump about).
     */
    private void bringIntoView(FeatureRef ref) {
        Viewport v = state.viewportProperty().get();
        if (v == null || ref.type() != FeatureRef.Type.ITEM) return;
        var store = state.story().store();
        int row = store.find(ref.id());
        if (row < 0) return;
        Envelope e = new Envelope();
        if (store.shape(row) != null) e.expandToInclude(store.shape(row).getEnvelopeInternal());
        else if (store.hasLocation(row)) e.expandToInclude(store.x(row), store.y(row));
        for (int p : store.placeRows(row)) e.expandToInclude(store.x(p), store.y(p));
        if (e.isNull()) return;
        Envelope inner = v.worldBounds();
        inner.expandBy(-inner.getWidth() * 0.05, -inner.getHeight() * 0.05);
        boolean legible = e.getWidth() > 0 || e.getHeight() > 0 || v.zoomLevel() > LABEL_ZOOM;
        if (inner.contains(e) && legible) return;
        Viewport target = viewportFor(e);
        if (target != null) state.flyToProperty().set(target);
    }

    private VBox zoomButtons() {
        Button in = new Button("+");
        Button out = new Button("−");
        Button reset = new Button("⟲");
        in.setId("zoom-in");
        out.setId("zoom-out");
        reset.setId("zoom-reset");
        in.setTooltip(Ui.tip("map.zoom.in"));
        out.setTooltip(Ui.tip("map.zoom.out"));
        reset.setTooltip(Ui.tip("map.zoom.reset"));
        in.setOnAction(e -> zoomCentered(1.5));
        out.setOnAction(e -> zoomCentered(1 / 1.5));
        reset.setOnAction(e -> resetView());
        for (Button b : new Button[] {in, out, reset}) b.setFocusTraversable(false);
        VBox box = new VBox(4, in, out, reset);
        box.getStyleClass().add("map-zoom-buttons");
        box.setAlignment(Pos.TOP_RIGHT);
        box.setPadding(new Insets(10));
        box.setPickOnBounds(false);
        return box;
    }

    /** One button per {@link NamedView}, top right beside the zoom buttons. */
    private javafx.scene.layout.HBox viewButtons() {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(2);
        box.getStyleClass().add("map-view-buttons");
        box.setId("view-buttons");
        for (NamedView nv : NamedView.values()) {
            Button b = Ui.label(new Button(), "view." + nv.key() + ".short");
            b.setId("view-" + nv.key());
            b.setTooltip(Ui.tip("view." + nv.key() + ".tip"));
            b.setFocusTraversable(false);
            b.setOnAction(e -> showView(nv));
            box.getChildren().add(b);
        }
        box.setPadding(new Insets(10, 0, 0, 0));
        box.setPickOnBounds(false);
        return box;
    }

    /** The named views in one menu button (in a narrow map, in place of {@link #viewButtons}). */
    private javafx.scene.control.MenuButton viewMenu() {
        javafx.scene.control.MenuButton m = new javafx.scene.control.MenuButton();
        m.textProperty().bind(Ui.bind("map.views"));
        m.setId("view-menu");
        m.getStyleClass().add("map-view-menu");
        m.setFocusTraversable(false);
        m.setVisible(false);
        for (NamedView nv : NamedView.values()) {
            javafx.scene.control.MenuItem item = Ui.item(new javafx.scene.control.MenuItem(), "view." + nv.key() + ".short");
            item.setId("view-menu-" + nv.key());
            item.setOnAction(e -> showView(nv));
            m.getItems().add(item);
        }
        return m;
    }

    /** Shows or hides the key (the same switch as View ▸ Key): over the key's title when open, above the scale bar when closed. */
    private javafx.scene.control.ToggleButton keyToggle() {
        javafx.scene.control.ToggleButton t = new javafx.scene.control.ToggleButton();
        t.setId("toggle-key");
        t.getStyleClass().add("map-key-toggle");
        t.setFocusTraversable(false);
        Runnable sync = () -> {
            boolean shown = keyOpen();
            t.setSelected(shown);
            t.setText(Ui.t(shown ? "map.key.open" : "map.key.closed"));
            t.setTooltip(new Tooltip(Ui.t(shown ? "map.key.hide" : "map.key.show")));
            requestLayout();
        };
        t.setOnAction(e -> {
            foldedForSize(false); // the reader decides from now on
            if (t.isSelected()) state.hiddenLayers().remove("legend");
            else state.hiddenLayers().add("legend");
        });
        state.hiddenLayers().addListener((SetChangeListener<String>) c -> sync.run());
        keySync = sync;
        state.storyProperty().addListener(o -> requestLayout());
        sync.run();
        return t;
    }

    /** Flies to {@code view} (see {@link NamedView}). */
    public void showView(NamedView view) {
        Viewport v = state.viewportProperty().get();
        if (v == null) return;
        framed = framing(view);
        Viewport to = framed.apply(v);
        framedAt = to;
        state.flyToProperty().set(to);
    }

    private final OverlayLayer overlay;
    /**
     * How the map was last framed (a named view, a layer, an item's places), as a viewport of any size, and where it
     * put the map: while the map is still there (no pan or zoom since), a new size frames it again (a smaller window cut
     * Belarus off at the edge until the view was chosen again; a layer opened at start was framed before the problem
     * banner and its filter row made the map shorter, and its Brest fell under the key).
     */
    private java.util.function.UnaryOperator<Viewport> framed;
    private Viewport framedAt;

    /** {@code view} framed in a viewport of any size, clear of the key while it is open. */
    private java.util.function.UnaryOperator<Viewport> framing(NamedView view) {
        return at -> view.apply(at, state.story().store(), keyOpen(), geo);
    }

    private boolean keyOpen() {
        return !state.hiddenLayers().contains("legend");
    }

    /** How far a point's symbol reaches from its point, at most (an event's glow, 16 px). */
    static final double SYMBOL_REACH = 16;

    /** A flight ended: where it was framed for another size (the map changed size on the way), it is framed for this one. */
    void flightEnded() {
        Viewport v = state.viewportProperty().get();
        if (v == null || framedAt == null || !stillFramed(v) || (v.width() == framedAt.width() && v.height() == framedAt.height())) return;
        framedAt = framed.apply(v);
        state.viewportProperty().set(framedAt);
    }

    /** Whether {@code v} is (to rounding, as a flight ends) where the framed view put the map. */
    private boolean stillFramed(Viewport v) {
        return framed != null && framedAt != null && Math.abs(v.scale() / framedAt.scale() - 1) < 1e-6
                && Math.abs(v.centerX() - framedAt.centerX()) * v.scale() < 0.5 && Math.abs(v.centerY() - framedAt.centerY()) * v.scale() < 0.5;
    }

    /**
     * Draws with {@code scale} device pixels per map pixel (for pictures at 2× or print resolution):
     * the canvases hold that many more pixels and the node is scaled back, so a snapshot taken at the
     * same scale copies them one to one. Call before the map is laid out.
     */
    void setPixelScale(double scale) {
        pixelScale = scale;
        javafx.scene.transform.Scale back = new javafx.scene.transform.Scale(1 / scale, 1 / scale, 0, 0);
        canvas.getTransforms().setAll(back);
        baseCanvas.getTransforms().setAll(back.clone());
        baseKey = null;
        requestLayout();
    }

    /** The view shown at the first layout; call before the map is shown. */
    public void setStartView(NamedView view) {
        startView = view;
    }

    public void zoomCentered(double factor) {
        Viewport v = state.viewportProperty().get();
        if (v != null) state.viewportProperty().set(v.zoomAbout(factor, v.width() / 2, v.height() / 2));
    }

    /** Back to the whole of Eurasia. */
    public void resetView() {
        state.viewportProperty().set(Viewport.fit(home, Math.max(1, getWidth()), Math.max(1, getHeight()), MAX_ZOOM));
    }

    /** A viewport centred on {@code it} (or on its places) at a zoom where its surroundings are legible; null if it has no location. */
    public Viewport viewportFor(StoryItem it) {
        Envelope e = new Envelope();
        if (it.projected() != null) e.expandToInclude(it.projected().getEnvelopeInternal());
        var store = state.story().store();
        int row = store.find(it.key());
        if (row >= 0) for (int p : store.placeRows(row)) e.expandToInclude(store.x(p), store.y(p));
        return viewportFor(e);
    }

    /** The date stamp as last drawn, and whether it ends left of the map's buttons (what a reader sees of it). */
    public String stampText() {
        return overlay.stamp;
    }

    public boolean stampClearOfButtons() {
        return overlay.stampRight <= buttonsLeft();
    }

    /** The left edge of the buttons shown at the map's top (views, zoom), in the map's pixels. */
    private double buttonsLeft() {
        double x = zoomButtons.getLayoutX();
        if (viewButtons.isVisible()) x = Math.min(x, viewButtons.getLayoutX());
        if (viewMenu.isVisible()) x = Math.min(x, viewMenu.getLayoutX());
        return x;
    }

    /** Where the key is drawn on the map, in the map's pixels, or null when it is folded away or the map too small for it. */
    public javafx.geometry.Rectangle2D keyBox() {
        double w = getWidth(), h = getHeight();
        if (!keyOpen() || !LegendLayer.canShow(w, h, state.story().store())) return null;
        double top = LegendLayer.top(h, state.story().store());
        return new javafx.geometry.Rectangle2D(10, top, LegendLayer.W, Math.max(0, h - 48 - top));
    }

    /**
     * A viewport showing world rectangle {@code e} (a point gets a regional zoom), null if empty; callers fly there, so
     * the map takes it as its frame (framed again at a new size until it is moved).
     */
    public Viewport viewportFor(Envelope e) {
        Viewport v = state.viewportProperty().get();
        if (v == null || e == null || e.isNull()) return null;
        double fit = Viewport.fit(home, v.width(), v.height(), MAX_ZOOM).scale();
        if (e.getWidth() <= 0 && e.getHeight() <= 0) return v.centeredOn(e.centre().x, e.centre().y, fit * 12);
        // A layer or an item's places framed as the Belarus view frames Belarus: clear of the date, the scale bar and
        // the key (a layer of cities had Brest under the key); framed again at a new size until the map is moved.
        Envelope box = new Envelope(e);
        framed = at -> NamedView.frame(at, box, 0.8, true, keyOpen(), state.story().store(),
                Viewport.fit(home, at.width(), at.height(), MAX_ZOOM).scale() * 12, SYMBOL_REACH);
        framedAt = framed.apply(v);
        return framedAt;
    }

    /** A map drawn for a picture is drawn when asked ({@link #drawNow}), never on the pulse: its timer would hold it. */
    @Override
    protected boolean pulses() {
        return !forExport;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        for (Canvas c : new Canvas[] {canvas, baseCanvas}) {
            c.setWidth(Math.ceil(w * pixelScale));
            c.setHeight(Math.ceil(h * pixelScale));
        }
        focusRing.resizeRelocate(0, 0, w, h);
        if (!forExport) {
            zoomButtons.resizeRelocate(w - 60, 0, 60, 130);
            double vw = viewButtons.prefWidth(-1), vh = viewButtons.prefHeight(vw);
            viewButtons.resizeRelocate(Math.max(0, w - 60 - vw), 0, vw, vh);
            boolean row = w - 60 - vw > 220;
            viewButtons.setVisible(row);
            double mw = viewMenu.prefWidth(-1), mh = viewMenu.prefHeight(mw);
            viewMenu.resizeRelocate(Math.max(0, w - 60 - mw), 10, mw, mh);
            viewMenu.setVisible(!row && w - 60 - mw > 10);
            var store = state.story().store();
            // In a narrow map the key folds (its Key ▸ button stays, to open it); it opens again when there is room.
            boolean roomy = LegendLayer.fits(w, h, store);
            if (w > 1 && h > 1 && roomy != keyRoomy) {
                keyRoomy = roomy;
                if (!roomy && keyOpen()) {
                    foldedForSize(true);
                    state.hiddenLayers().add("legend");
                } else if (roomy && keyFoldedForWidth) {
                    foldedForSize(false);
                    state.hiddenLayers().remove("legend");
                }
            }
            boolean keyOpen = keyOpen();
            keyToggle.setVisible(LegendLayer.canShow(w, h, store));
            double kw = keyToggle.prefWidth(-1), kh = keyToggle.prefHeight(-1);
            keyToggle.resizeRelocate(keyOpen ? 12 : 10, keyOpen ? LegendLayer.top(h, store) + 2 : h - 48 - kh - 4, kw, kh);
        }
        Viewport v = state.viewportProperty().get();
        if (v == null) {
            resetView();
            if (!forExport && startView != NamedView.EURASIA && w > 1 && h > 1) {
                framed = framing(startView);
                framedAt = framed.apply(state.viewportProperty().get());
                state.viewportProperty().set(framedAt);
            }
        }
        else if (v.width() != w || v.height() != h) {
            if (!forExport && w > 1 && h > 1 && stillFramed(v)) {
                framedAt = framed.apply(v.withSize(w, h));
                state.viewportProperty().set(framedAt);
            } else {
                state.viewportProperty().set(v.withSize(w, h));
            }
        }
        markDirty();
    }

    @Override
    protected void redraw() {
        drawNow();
    }

    boolean isDetail(Viewport v) {
        return v.zoomLevel() > DETAIL_ZOOM;
    }

    /** Draws the whole map now, on the JavaFX thread. Called by the pulse when dirty, and by render and benchmarks. */
    public void drawNow() {
        Viewport v = state.viewportProperty().get();
        if (v == null || v.width() < 1 || v.height() < 1) return;
        try {
            draw(v);
        } finally {
            runAfterFirstFrame();
        }
    }

    private void draw(Viewport v) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(pixelScale, 0, 0, pixelScale, 0, 0);
        baseCanvas.getGraphicsContext2D().setTransform(pixelScale, 0, 0, pixelScale, 0, 0);
        Frame f = new Frame(gc, v, v.worldBounds(), palette(), state.window(), state.shown(),
                state.selectedProperty().get(), state.hoveredProperty().get(), isDetail(v), new LabelPlacer());
        f.labels().bounds(v.width(), v.height());
        // Labels keep clear of the controls drawn over the map.
        if (keyToggle != null && keyToggle.getParent() != null && keyToggle.isVisible()) {
            var b = keyToggle.getBoundsInParent();
            f.labels().reserveBox(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
        }
        if (viewMenu != null && viewMenu.getParent() != null && viewMenu.isVisible()) {
            var b = viewMenu.getBoundsInParent();
            f.labels().reserveBox(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
        }
        for (javafx.scene.Node n : new javafx.scene.Node[] {zoomButtons, viewButtons}) {
            if (n == null || n.getParent() == null || !n.isVisible()) continue;
            for (javafx.scene.Node c : ((javafx.scene.layout.Pane) n).getChildren()) {
                var b = n.localToParent(c.getBoundsInParent());
                f.labels().reserveBox(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
            }
        }
        Frame base = f.withGc(baseCanvas.getGraphicsContext2D());
        List<Object> key = new ArrayList<>(List.of(v, palette(), java.util.Set.copyOf(state.hiddenLayers())));
        for (MapLayer l : layers) if (l instanceof StaticLayer s && !state.hiddenLayers().contains(l.name())) key.add(s.contentKey(base));
        if (!key.equals(baseKey)) {
            base.gc().setFill(palette().get("map-sea"));
            base.gc().fillRect(0, 0, baseCanvas.getWidth(), baseCanvas.getHeight());
            for (MapLayer l : layers) if (l instanceof StaticLayer && !state.hiddenLayers().contains(l.name())) l.draw(base);
            baseKey = key;
        }
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        for (MapLayer l : layers) {
            if (l instanceof StaticLayer || state.hiddenLayers().contains(l.name())) continue;
            l.draw(f);
        }
        lastFrame = f;
    }

    /** Hands on what waits for the first frame; also when a frame failed (what waits must not wait for ever). */
    private void runAfterFirstFrame() {
        if (afterFirstFrame.isEmpty()) return;
        afterFirstFrame.forEach(javafx.application.Platform::runLater);
        afterFirstFrame.clear();
    }

    /** What is under screen point (sx, sy), within {@code tolerancePx}; the best hit over all layers. */
    public Optional<FeatureRef> hitAt(double sx, double sy, double tolerancePx) {
        return hit(sx, sy, tolerancePx).map(Hit::ref);
    }

    Optional<Hit> hit(double sx, double sy, double tolerancePx) {
        if (lastFrame == null) drawNow();
        Frame f = lastFrame;
        if (f == null) return Optional.empty();
        Hit best = null;
        for (int i = layers.size() - 1; i >= 0; i--) {
            MapLayer l = layers.get(i);
            if (state.hiddenLayers().contains(l.name())) continue;
            Optional<Hit> h = l.hitTest(f, sx, sy, tolerancePx);
            if (h.isPresent() && h.get().beats(best)) best = h.get();
        }
        return Optional.ofNullable(best);
    }

    /** Every item of the story layer under (sx, sy), best first (empty when hidden or drawn as clusters). */
    List<Hit> itemsAt(double sx, double sy, double tolerancePx) {
        if (lastFrame == null) drawNow();
        if (lastFrame == null || state.hiddenLayers().contains(storyLayer.name())) return List.of();
        return storyLayer.hitsAll(lastFrame, sx, sy, tolerancePx);
    }

    /** The clusters of the last frame, or null when its symbols were drawn one by one (for tests). */
    Clusters lastClusters() {
        return storyLayer.clusters();
    }

    /** How the corridors of the last frame sit across shared tracks (for tests). */
    CorridorTracks corridorTracks() {
        return storyLayer.tracks();
    }

    /** Run (each once, after the frame) when the map has drawn its first frame. */
    private final List<Runnable> afterFirstFrame = new java.util.ArrayList<>();

    /** Runs {@code r} on the JavaFX thread once the map has drawn a frame (at once in a later pulse if it has). */
    public void afterFirstFrame(Runnable r) {
        if (lastFrame != null) javafx.application.Platform.runLater(r);
        else afterFirstFrame.add(r);
    }

    /** Labels placed in the last frame (what a person can read on the map). */
    public List<String> placedLabels() {
        return lastFrame == null ? List.of() : List.copyOf(lastFrame.labels().placed());
    }

    /** Playback's captions on the map now, newest first (for tests). */
    public List<String> captionLines() {
        return captions.current(state.playingProperty().get(), System.nanoTime());
    }

    /** Labels placed in the last frame with their boxes and anchors (for tests of legibility). */
    public List<PlacedLabel> placedLabelBoxes() {
        return lastFrame == null ? List.of() : List.copyOf(lastFrame.labels().placedBoxes());
    }

    /** The top canvas (items, key, labels), where the pointer's events arrive. */
    public Canvas canvas() {
        return canvas;
    }

    /** A picture of the whole map as drawn (both canvases). */
    public javafx.scene.image.WritableImage snapshotMap(javafx.scene.image.WritableImage into) {
        javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
        p.setViewport(new javafx.geometry.Rectangle2D(0, 0, into.getWidth(), into.getHeight()));
        return snapshot(p, into);
    }

    /** Names of the layers, in drawing order, for the View menu. */
    public List<String> layerNames() {
        return layers.stream().map(MapLayer::name).toList();
    }
}
