package atlas.map;

import java.util.Optional;

/**
 * One layer of the map canvas. {@link #draw} is called once per pulse when the map is dirty, in layer
 * order, on the JavaFX thread; it must not change state. {@link #hitTest} answers what is under a
 * screen point within the tolerance in pixels, using a spatial index; the map asks the layers from
 * the top down and takes the best hit.
 */
interface MapLayer {
    String name();

    void draw(Frame frame);

    default Optional<Hit> hitTest(Frame frame, double sx, double sy, double tolerancePx) {
        return Optional.empty();
    }
}
