package atlas.story;

/** A layer as loaded: its description and its rows, ready to join an {@link ItemStore}. */
public record LayerData(Layer layer, Columns columns) {
    /** This layer, remembering that it came from {@code path}. */
    public LayerData withOrigin(java.nio.file.Path path) {
        Layer l = layer;
        return new LayerData(new Layer(l.name(), l.source(), l.story(), l.mapping(), l.categories(), l.items(), l.features(), l.problems(), l.note(),
                path.toAbsolutePath().normalize().toString()), columns);
    }

    /** This layer under another name. */
    public LayerData withName(String name) {
        Layer l = layer;
        return new LayerData(new Layer(name, l.source(), l.story(), l.mapping(), l.categories(), l.items(), l.features(), l.problems(), l.note(), l.origin()), columns);
    }

    /**
     * This layer with a name none of {@code taken} has, so that two files named alike can be told apart in the
     * key, the menus and the items' keys: {@code mine.geojson} beside {@code mine.csv}, {@code mine (2024)}
     * for a {@code mine.csv} in folder {@code 2024}, else its name and a number.
     */
    public LayerData namedApartFrom(java.util.Collection<Layer> taken) {
        java.util.Set<String> names = new java.util.HashSet<>();
        // The embedded story's name is its own: a file named story.csv is never "story".
        if (layer.origin() != null) names.add(Layer.STORY);
        Layer same = null;
        for (Layer l : taken) {
            names.add(l.name());
            if (l.name().equals(layer.name())) same = l;
        }
        if (!names.contains(layer.name())) return this;
        java.nio.file.Path mine = origin(layer), theirs = same == null ? null : origin(same);
        if (mine != null && mine.getFileName() != null) {
            String file = mine.getFileName().toString();
            boolean otherFile = theirs == null || !file.equals(String.valueOf(theirs.getFileName()));
            if (otherFile && !names.contains(file)) return withName(file);
            java.nio.file.Path folder = mine.getParent() == null ? null : mine.getParent().getFileName();
            String inFolder = folder == null ? null : layer.name() + " (" + folder + ")";
            if (inFolder != null && !names.contains(inFolder)) return withName(inFolder);
        }
        for (int k = 2; ; k++) if (!names.contains(layer.name() + " " + k)) return withName(layer.name() + " " + k);
    }

    private static java.nio.file.Path origin(Layer l) {
        return l.origin() == null ? null : java.nio.file.Path.of(l.origin());
    }

    public int size() {
        return columns.rows;
    }
}
