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
        System.exit(AtlasCommand.run(args, AtlasApp::launchWith));
    }
}
