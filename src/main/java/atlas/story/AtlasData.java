package atlas.story;

import atlas.geo.GeoData;
import atlas.io.DataSource;
import atlas.io.Formats;
import atlas.io.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The base map and the dataset together, as the window, the render and the query commands use them. */
public record AtlasData(GeoData geo, Story story) {
    /** All problems found while loading, base map first. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(geo.problems());
        all.addAll(story.problems());
        return all;
    }

    public static AtlasData load(DataSpec spec) {
        return load(spec.paths(), spec.withStory(), spec.mapping());
    }

    /** The embedded base map and story, with nothing else. */
    public static AtlasData load() {
        return load(List.of(), true, null);
    }

    /**
     * The embedded base map with the embedded story (unless {@code withStory} is false) and a layer for
     * each of {@code data} (a file or a folder of files), read with {@code mapping} (null: detected).
     */
    public static AtlasData load(List<Path> data, boolean withStory, FieldMapping mapping) {
        // The base map and the dataset are independent: read them side by side.
        CompletableFuture<Story> story = CompletableFuture.supplyAsync(() -> loadStory(data, withStory, mapping));
        GeoData geo = GeoData.loadEmbedded();
        return new AtlasData(geo, story.join());
    }

    public static Story loadStory(List<Path> data, boolean withStory, FieldMapping mapping) {
        List<LayerData> layers = new ArrayList<>();
        if (withStory) layers.add(Story.embeddedLayer());
        for (Path p : data) layers.add(loadLayer(p, mapping, null));
        return Story.of(layers);
    }

    /** One layer from a file or folder, named after it; problems in listing it are the layer's first. */
    public static LayerData loadLayer(Path path, FieldMapping mapping, LayerLoader.Monitor monitor) {
        List<Problem> found = new ArrayList<>();
        List<DataSource> files = Formats.sourcesAt(path, found);
        return LayerLoader.load(Formats.layerName(path), files, mapping, monitor, found).withOrigin(path);
    }
}
