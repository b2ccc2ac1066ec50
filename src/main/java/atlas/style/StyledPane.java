package atlas.style;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.ColorConverter;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A Region that draws on a canvas, with its colours from CSS and at most one redraw per pulse.
 * Colours: {@code -map-land: #e8e4d8;} in the stylesheet sets {@code palette().get("map-land")}, so a
 * dark theme is a second stylesheet, not a code change. Redraws: state changes call {@link #markDirty()};
 * while the pane is in a scene, {@link #redraw()} runs once at the next pulse. Nothing draws from
 * inside a listener.
 */
public abstract class StyledPane extends Region {
    /** Every colour the canvases use, with the default used when no stylesheet sets it. */
    private static final Map<String, Color> DEFAULTS = new LinkedHashMap<>();

    static {
        String[][] d = {
            {"map-sea", "#bcd8e8"}, {"map-land", "#f2efe6"}, {"map-land-border", "#9c9a92"},
            {"map-belarus", "#f6d28b"}, {"map-china", "#f3b3a6"}, {"map-eu", "#dddaf2"},
            {"map-eu-border", "#1f4fa3"}, {"map-eu-border-belarus", "#c2185b"},
            {"map-corridor", "#5d3a9b"}, {"map-corridor-halo", "#ffffffb3"}, {"map-marker-fill", "#ffffff"}, {"map-place", "#333333"}, {"map-label", "#202020"},
            {"map-label-halo", "#ffffffdd"}, {"map-selected", "#ff6f00"}, {"map-hover", "#ffb300"},
            {"map-stage-agreed", "#8d6e63"}, {"map-stage-construction", "#f57c00"},
            {"map-stage-operating", "#2e7d32"}, {"map-stage-suspended", "#9e9e9e"}, {"map-stage-ended", "#616161"},
            {"map-text", "#202020"}, {"map-panel", "#ffffffcc"},
            {"map-outside", "#dfe3e7e6"}, {"map-outside-hatch", "#b9c0c7"}, {"map-outside-edge", "#7b8794"},
            // A user's layers stand apart from every colour the map gives a meaning (PaletteTest): the second layer was
            // the crimson of Belarus's EU border, the fifth the orange of the selection.
            {"map-layer-0", "#00838f"}, {"map-layer-1", "#827717"}, {"map-layer-2", "#880e4f"},
            {"map-layer-3", "#304ffe"}, {"map-layer-4", "#d500f9"}, {"map-layer-5", "#64dd17"},
            {"cat-diplomacy", "#1565c0"}, {"cat-economy-finance", "#2e7d32"}, {"cat-industry", "#e65100"},
            {"cat-logistics", "#6a1b9a"}, {"cat-military", "#795548"}, {"cat-sanctions-conflict", "#c62828"},
            {"timeline-bar", "#eceff1"}, {"timeline-tick", "#51697a"}, {"timeline-histogram", "#b0bec5"},
            {"timeline-cursor", "#1c2a33"}, {"timeline-band", "#78909c40"}, {"timeline-focus", "#1e88e5"},
        };
        for (String[] kv : d) DEFAULTS.put(kv[0], Color.web(kv[1]));
    }

    private static final List<CssMetaData<? extends Styleable, ?>> CSS;
    private static final Map<String, CssMetaData<StyledPane, Color>> META = new LinkedHashMap<>();

    static {
        List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Region.getClassCssMetaData());
        for (var e : DEFAULTS.entrySet()) {
            String key = e.getKey();
            CssMetaData<StyledPane, Color> m = new CssMetaData<>("-" + key, ColorConverter.getInstance(), e.getValue()) {
                @Override public boolean isSettable(StyledPane n) { return !n.props.get(key).isBound(); }
                @Override public StyleableProperty<Color> getStyleableProperty(StyledPane n) { return n.props.get(key); }
            };
            META.put(key, m);
            list.add(m);
        }
        CSS = Collections.unmodifiableList(list);
    }

    private final Map<String, StyleableObjectProperty<Color>> props = new LinkedHashMap<>();
    private Palette palette = new Palette(DEFAULTS);

    /** The colours as they are when no stylesheet sets them. */
    static Palette defaults() {
        return new Palette(DEFAULTS);
    }
    private boolean dirty = true;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (dirty) {
                dirty = false;
                redraw();
            }
        }
    };

    /**
     * Whether this is in a window on screen. A pulse timer left running holds its pane (and the whole scene) from the
     * toolkit: it starts when the pane gets a scene (so that it runs before timers started later in the same pulse, as
     * the window's start-up order needs), stops when the pane leaves its scene or its window is no longer showing (a
     * window replaced in the stage), and never runs for a pane drawn off screen ({@link #pulses}), which is drawn by
     * {@code redraw} calls alone: each map drawn for a picture was held for good (an A4 export's canvases are some 70 MB).
     */
    private final javafx.beans.value.ObservableValue<Boolean> onScreen = sceneProperty()
            .flatMap(javafx.scene.Scene::windowProperty).flatMap(javafx.stage.Window::showingProperty).orElse(false);

    /** Whether this pane redraws on the toolkit's pulse; false for a pane drawn off screen (a map for a picture). */
    protected boolean pulses() {
        return true;
    }

    protected StyledPane() {
        sceneProperty().addListener((o, a, s) -> {
            if (s != null && pulses()) pulse.start();
            else pulse.stop();
        });
        onScreen.addListener((o, was, on) -> {
            if (!on) pulse.stop();
            else if (pulses()) pulse.start();
        });
        for (var e : DEFAULTS.entrySet()) {
            String key = e.getKey();
            StyleableObjectProperty<Color> p = new StyleableObjectProperty<>(e.getValue()) {
                @Override public Object getBean() { return StyledPane.this; }
                @Override public String getName() { return key; }
                @Override public CssMetaData<? extends Styleable, Color> getCssMetaData() { return META.get(key); }
                @Override protected void invalidated() { paletteDirty(); }
            };
            props.put(key, p);
        }
    }

    private void paletteDirty() {
        Map<String, Color> m = new LinkedHashMap<>();
        props.forEach((k, p) -> m.put(k, p.get()));
        palette = new Palette(m);
        onPaletteChanged();
    }

    /** The current colours. */
    public Palette palette() {
        return palette;
    }

    /** Asks for a redraw at the next pulse. */
    public final void markDirty() {
        dirty = true;
    }

    /** Draws the whole pane; called once per pulse when dirty, on the JavaFX thread. */
    protected abstract void redraw();

    /** Called when the stylesheet changes a colour; redraws by default. */
    protected void onPaletteChanged() {
        markDirty();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }

    /** The application stylesheet, as a URL string for {@code Scene.getStylesheets()}. */
    public static String stylesheet() {
        return StyledPane.class.getResource("/assets/styles/atlas.css").toExternalForm();
    }
}
