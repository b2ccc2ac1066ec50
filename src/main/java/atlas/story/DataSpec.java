package atlas.story;

import java.nio.file.Path;
import java.util.List;

/** What to load: the embedded story or not, a layer for each path, and the field mapping for non-story files (null: detect). */
public record DataSpec(List<Path> paths, boolean withStory, FieldMapping mapping) {
    public static final DataSpec EMBEDDED = new DataSpec(List.of(), true, null);

    public DataSpec {
        paths = List.copyOf(paths);
    }
}
