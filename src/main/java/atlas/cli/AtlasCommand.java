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
        exitCodeListHeading = AtlasCommand.EXIT_CODES_HEADING, exitCodeList = {"0:the window was closed", "2:a usage error"},
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

    /** The heading of the exit codes every command lists in its --help. */
    static final String EXIT_CODES_HEADING = "%nExit codes:%n";

    /** Runs the command line and returns the exit code. Nothing it prints is a stack trace; see {@link atlas.io.Faults}. */
    public static int run(String[] args, java.util.function.Consumer<atlas.story.DataSpec> openWindow) {
        CommandLine cl = new CommandLine(new AtlasCommand(openWindow));
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(atlas.io.Texts.line("error: " + ex.getMessage() + " (see --help)"));
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> fault(ex, line.getErr(), String.join(" ", parsed.originalArgs().subList(0, Math.min(1, parsed.originalArgs().size())))));
        try {
            return cl.execute(args);
        } catch (Throwable t) {
            // picocli hands on Errors (OutOfMemoryError, StackOverflowError): they end here, as one line too.
            return fault(t, cl.getErr(), "command line");
        }
    }

    /** One line for a failure: the user's input (exit 2), memory (exit 2), or a fault of the atlas, logged (exit 1). */
    static int fault(Throwable ex, java.io.PrintWriter err, String context) {
        Throwable t = atlas.io.Faults.root(ex);
        int code;
        String message;
        if (atlas.io.Faults.outOfMemory(ex)) {
            message = atlas.io.Faults.outOfMemoryMessage();
            code = 2;
        } else if (t instanceof IllegalArgumentException || t instanceof java.io.IOException) {
            message = String.valueOf(t.getMessage());
            code = 2;
        } else {
            message = atlas.io.Faults.message("belarus-china-atlas " + context, ex);
            code = 1;
        }
        err.println(atlas.io.Texts.line("error: " + message));
        err.flush();
        return code;
    }
}
