package atlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: with no subcommand it opens the window; {@code render} and {@code query} work
 * without one. Errors in the arguments are one line on stderr and exit code 2.
 */
@Command(name = "belarus-china-atlas", mixinStandardHelpOptions = true, version = "Belarus–China Atlas 0.1.0",
        description = "Interactive map and timeline of Belarus–China relations, 1992 to today.",
        subcommands = {RenderCommand.class, QueryCommand.class, BenchCommand.class})
public final class AtlasCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    DataOptions data = new DataOptions();

    @picocli.CommandLine.Parameters(arity = "0..*", paramLabel = "FILE", description = "Data files or folders to open as layers (as --data; this is how a desktop's \"Open with\" passes them).")
    java.util.List<Path> files = new java.util.ArrayList<>();

    private final java.util.function.Consumer<atlas.story.DataSpec> openWindow;

    public AtlasCommand(java.util.function.Consumer<atlas.story.DataSpec> openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() {
        openWindow.accept(data.spec(files));
        return 0;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, java.util.function.Consumer<atlas.story.DataSpec> openWindow) {
        CommandLine cl = new CommandLine(new AtlasCommand(openWindow));
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage() + " (see --help)");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof IllegalArgumentException || ex instanceof java.io.IOException) {
                line.getErr().println("error: " + ex.getMessage());
                return 2;
            }
            // Not the user's input: a fault of the program. Say so, with the trace for a bug report.
            line.getErr().println("error: unexpected failure: " + ex);
            ex.printStackTrace(line.getErr());
            return 1;
        });
        return cl.execute(args);
    }
}
