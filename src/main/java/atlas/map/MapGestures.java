package atlas.map;

import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import atlas.state.Viewport;
import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import java.util.List;

/**
 * Turns input on the map into state changes: drag pans, the wheel zooms about the cursor, +/−/0 and
 * arrow keys zoom and pan, hover sets the hovered feature and its tooltip, a click selects (the sea
 * clears the selection). A requested fly-to animates the viewport over a few frames.
 */
final class MapGestures {
    static final double HIT_TOLERANCE_PX = 6;
    private final MapView map;
    private final AtlasState state;
    private final Tooltip tip = new Tooltip();
    private final StackChooser chooser;
    private double lastX, lastY, pressX, pressY;
    private boolean dragged;
    /** The flight under way, stopped when another starts or the reader takes the map in hand. */
    private AnimationTimer flight;

    MapGestures(MapView map, AtlasState state) {
        this.map = map;
        this.state = state;
        tip.setShowDelay(Duration.millis(150));
        chooser = new StackChooser(map, state);
        state.flyToProperty().addListener((o, a, target) -> {
            if (target != null) {
                state.flyToProperty().set(null);
                fly(target);
            }
        });
    }

    void install(Canvas canvas) {
        map.setFocusTraversable(true);
        canvas.setOnMousePressed(e -> {
            stopFlight();
            lastX = pressX = e.getX();
            lastY = pressY = e.getY();
            dragged = false;
            map.requestFocus();
        });
        canvas.setOnMouseDragged(e -> {
            if (Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 3) dragged = true;
            if (!dragged) return;
            Viewport v = state.viewportProperty().get();
            state.viewportProperty().set(v.panBy(e.getX() - lastX, e.getY() - lastY));
            lastX = e.getX();
            lastY = e.getY();
        });
        canvas.setOnMouseReleased(e -> {
            if (!dragged && e.getButton() == MouseButton.PRIMARY) select(e);
        });
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> state.hoveredProperty().set(null));
        canvas.setOnScroll(this::scroll);
        map.setOnKeyPressed(e -> {
            Viewport v = state.viewportProperty().get();
            if (v == null) return;
            KeyCode k = e.getCode();
            // ←/→ move the date everywhere (the window's date keys): the map pans sideways with Ctrl+Shift.
            boolean pan = e.isControlDown() && e.isShiftDown();
            switch (k) {
                case PLUS, ADD, EQUALS -> map.zoomCentered(1.5);
                case MINUS, SUBTRACT -> map.zoomCentered(1 / 1.5);
                case DIGIT0, NUMPAD0 -> map.resetView();
                case UP -> state.viewportProperty().set(v.panBy(0, 60));
                case DOWN -> state.viewportProperty().set(v.panBy(0, -60));
                case LEFT -> {
                    if (!pan) return;
                    state.viewportProperty().set(v.panBy(60, 0));
                }
                case RIGHT -> {
                    if (!pan) return;
                    state.viewportProperty().set(v.panBy(-60, 0));
                }
                case ESCAPE -> state.selectedProperty().set(null);
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    /**
     * A click selects what is under it; where several items stack, it opens a chooser listing them all instead, and
     * the selection changes only when one is chosen (selecting the top one first changed the details under the
     * chooser to an item the reader had not picked).
     */
    private void select(MouseEvent e) {
        List<Hit> stack = map.itemsAt(e.getX(), e.getY(), HIT_TOLERANCE_PX);
        if (stack.size() >= 2) {
            chooser.show(stack, e.getScreenX(), e.getScreenY());
            return;
        }
        state.selectedProperty().set(map.hitAt(e.getX(), e.getY(), HIT_TOLERANCE_PX).orElse(null));
    }

    /** Hover marks the best hit and names everything under the pointer in the tooltip. */
    private void hover(MouseEvent e) {
        var hit = map.hit(e.getX(), e.getY(), HIT_TOLERANCE_PX);
        FeatureRef ref = hit.map(Hit::ref).orElse(null);
        List<Hit> stack = hit.isPresent() ? map.itemsAt(e.getX(), e.getY(), HIT_TOLERANCE_PX) : List.of();
        String text = stack.size() >= 2 ? StackChooser.summary(stack, state) : hit.map(Hit::label).orElse(null);
        if (ref == null ? state.hoveredProperty().get() != null : !ref.equals(state.hoveredProperty().get())) state.hoveredProperty().set(ref);
        if (text == null) {
            Tooltip.uninstall(map.canvas(), tip);
        } else if (!text.equals(tip.getText()) || tip.getOwnerNode() == null) {
            tip.setText(text);
            Tooltip.install(map.canvas(), tip);
        }
    }

    private void scroll(ScrollEvent e) {
        stopFlight();
        Viewport v = state.viewportProperty().get();
        if (v == null || e.getDeltaY() == 0) return;
        // A wheel notch is 40 units of deltaY on most desktops; some platforms report 1 a notch.
        double factor = Math.pow(1.15, Math.signum(e.getDeltaY()) * Math.max(1, Math.abs(e.getDeltaY()) / 40));
        state.viewportProperty().set(v.zoomAbout(factor, e.getX(), e.getY()));
        e.consume();
    }

    private void stopFlight() {
        if (flight != null) flight.stop();
        flight = null;
    }

    private void fly(Viewport target) {
        stopFlight();
        Viewport start = state.viewportProperty().get();
        if (start == null) {
            state.viewportProperty().set(target);
            return;
        }
        flight = new AnimationTimer() {
            long t0 = -1;

            @Override
            public void handle(long now) {
                if (t0 < 0) t0 = now;
                double t = Math.min(1, (now - t0) / 450e6);
                double k = t * t * (3 - 2 * t);
                double ls = Math.log(start.scale()) + (Math.log(target.scale()) - Math.log(start.scale())) * k;
                Viewport cur = state.viewportProperty().get();
                state.viewportProperty().set(cur.centeredOn(
                        start.centerX() + (target.centerX() - start.centerX()) * k,
                        start.centerY() + (target.centerY() - start.centerY()) * k, Math.exp(ls)));
                if (t >= 1) {
                    stop();
                    map.flightEnded();
                }
            }
        };
        flight.start();
    }
}
