package atlas.app;

import atlas.cli.AtlasCommand;

/**
 * The jar's entry point. It is not a JavaFX Application itself, so the one jar with JavaFX inside
 * starts from a double-click or {@code java -jar}. With no arguments it opens the window; a picture or a
 * query from a JVM started without options runs in a second, tuned JVM ({@link BatchJvm}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // A double-click: the window on the embedded data, without building the command line's model first
            // (picocli reflects over every command and option: a few hundred milliseconds before the window).
            AtlasApp.launchWith(atlas.story.DataSpec.EMBEDDED);
            System.exit(0);
        }
        int tuned = BatchJvm.runIfBatch(args); // a picture or a query from the jar: in a JVM tuned for a short run
        if (tuned >= 0) System.exit(tuned);
        System.exit(AtlasCommand.run(args, AtlasApp::launchWith));
    }
}
