package atlas.map;

/**
 * A layer whose picture depends only on what {@link #contentKey} returns (besides the viewport, palette
 * and hidden layers): the map keeps such layers on a canvas of their own under the others and redraws
 * it only when a key changes. Scrubbing the slider then redraws only the items, not every country.
 */
interface StaticLayer extends MapLayer {
    /** Equal keys (by {@code equals}) mean an identical picture for the same viewport and palette. */
    Object contentKey(Frame f);
}
