package atlas.story;

/** A layer as loaded: its description and its rows, ready to join an {@link ItemStore}. */
public record LayerData(Layer layer, Columns columns) {
    public int size() {
        return columns.rows;
    }
}
