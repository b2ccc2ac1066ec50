package atlas.app;

import atlas.cli.AtlasCommand;

/**
 * The jar's entry point. It is not a JavaFX Application itself, so the one jar with JavaFX inside
 * starts from a double-click or {@code java -jar}. With no arguments it opens the window.
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
        System.exit(AtlasCommand.run(args, AtlasApp::launchWith));
    }
}
