package atlas.story;

import atlas.io.Problem;
import java.util.List;

/**
 * One dataset on the map and the timeline: the embedded story, or a file or folder a user opened.
 * {@code story} tells whether it is in the atlas's own format (its categories are the six themes);
 * otherwise {@code mapping} says which fields gave titles and dates, and {@code categories} are the
 * most frequent values of its category field (the rest are "other"). {@code origin} is the file or folder
 * it was opened from (absolute), or null for the embedded story.
 */
public record Layer(String name, String source, boolean story, FieldMapping mapping, List<String> categories,
                    int items, int features, List<Problem> problems, String note, String origin) {
    /** The name {@code query} prints and the settings remember for the embedded story. */
    public static final String STORY = "story";

    public Layer {
        categories = List.copyOf(categories);
        problems = List.copyOf(problems);
    }

    /**
     * Whether this is the embedded story (the atlas's format, from no file): its items' keys are their ids. A file in
     * the atlas's format that a user opens (an export of theirs) is a layer of theirs, its keys prefixed by its name.
     */
    public boolean embedded() {
        return story && origin == null;
    }

    /** "38 of 40 features loaded, 2 problems". */
    public String summary() {
        return items + " of " + features + " features loaded" + (problems.isEmpty() ? "" : ", " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
    }
}
