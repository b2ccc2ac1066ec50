package atlas.story;

import atlas.geo.Projection;
import atlas.io.DataSource;
import java.util.List;

/**
 * Loads story files as one dataset of one layer: a convenience over {@link LayerLoader} for callers
 * that have a list of files (tests, tools). Never throws on bad data; see {@link Story#problems}.
 */
public final class StoryLoader {
    public StoryLoader(Projection projection) {
        // The store projects with the atlas's one projection; the parameter keeps the call sites readable.
    }

    public Story load(List<DataSource> files) {
        return Story.of(List.of(LayerLoader.load(Layer.STORY, files, null, null)));
    }
}
