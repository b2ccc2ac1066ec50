package atlas.story;

import atlas.geo.GeoData;
import atlas.geo.Projection;
import atlas.io.DataSource;
import atlas.io.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The base map and the story together, as the window, the render and the query commands use them. */
public record AtlasData(GeoData geo, Story story) {
    /** All problems found while loading, base map first. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(geo.problems());
        all.addAll(story.problems());
        return all;
    }

    /** The embedded base map with the embedded story, or with the story at {@code data} (a .geojson file or a folder of them). */
    public static AtlasData load(Path data) {
        // The base map and the story are independent: read them side by side.
        java.util.concurrent.CompletableFuture<Story> story = java.util.concurrent.CompletableFuture.supplyAsync(() -> loadStory(data));
        GeoData geo = GeoData.loadEmbedded();
        return new AtlasData(geo, story.join());
    }

    public static Story loadStory(Path data) {
        if (data == null) return Story.loadEmbedded(Projection.eurasia());
        return new StoryLoader(Projection.eurasia()).load(sourcesAt(data));
    }

    /** The story files at {@code data}: the file itself, or every *.geojson / *.json in the folder, sorted by name. */
    public static List<DataSource> sourcesAt(Path data) {
        if (!Files.isDirectory(data)) return List.of(DataSource.of(data));
        try (Stream<Path> s = Files.list(data)) {
            return s.filter(p -> p.toString().endsWith(".geojson") || p.toString().endsWith(".json")).sorted()
                    .map(DataSource::of).toList();
        } catch (IOException e) {
            return List.of(DataSource.of(data));
        }
    }
}
