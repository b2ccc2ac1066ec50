package atlas.story;

/** A layer as loaded: its description and its rows, ready to join an {@link ItemStore}. */
public record LayerData(Layer layer, Columns columns) {
    /** This layer, remembering that it came from {@code path}. */
    public LayerData withOrigin(java.nio.file.Path path) {
        Layer l = layer;
        return new LayerData(new Layer(l.name(), l.source(), l.story(), l.mapping(), l.categories(), l.items(), l.features(), l.problems(), l.note(),
                path.toAbsolutePath().normalize().toString()), columns);
    }

    public int size() {
        return columns.rows;
    }
}
