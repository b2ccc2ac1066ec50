package atlas.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A picture or a query asked of the jar ({@code java -jar belarus-china-atlas.jar render …}) runs in a second
 * JVM tuned for a run of a few seconds, as the installed batch launcher is: C1 only (a short run never repays
 * C2's compilations) and G1 told to keep the heap small. A jar cannot set its own JVM's flags, and the plain
 * JVM took twice as long for a render and grew its heap past 1 GB at a million items (docs/BENCHMARKS.md,
 * "The jar's batch JVM"). The second JVM shares this one's input, output and exit code; this one only waits.
 *
 * <p>It is done only when the JVM was started with no options at all (a user's {@code -Xmx} or debugger, or an
 * installed launcher's own options, mean the JVM was chosen), never for the window, {@code bench} (it measures
 * the window's JVM) or an animation (its hundreds of frames repay C2), and not when the second JVM cannot start:
 * the command then runs here, as before.
 */
final class BatchJvm {
    /** Set in the second JVM (so it never starts a third). */
    static final String MARK = "atlas.batchJvm";
    /** The flags: the installed batch launcher's (packaging/launchers/belarus-china-atlas-cli.properties). */
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:GCTimeRatio=2", "-XX:MaxHeapFreeRatio=30", "-XX:MinHeapFreeRatio=10");

    private BatchJvm() {
    }

    /**
     * The command that runs {@code args} in the tuned JVM, or null when they run in this one: {@code jvmOptions}
     * are this JVM's input arguments, {@code javaHome} and {@code classPath} its {@code java.home} and
     * {@code java.class.path}.
     */
    static List<String> command(String[] args, List<String> jvmOptions, String javaHome, String classPath) {
        if (!jvmOptions.isEmpty() || !batch(args) || javaHome == null || classPath == null || classPath.isEmpty()) return null;
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Path java = Path.of(javaHome, "bin", windows ? "java.exe" : "java");
        if (!Files.isRegularFile(java)) return null;
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(FLAGS);
        cmd.add("-D" + MARK + "=true");
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** True for the commands that end in seconds: {@code query}, and {@code render} of a picture (not of an animation). */
    static boolean batch(String[] args) {
        if (args.length == 0) return false;
        if (args[0].equals("query")) return true;
        if (!args[0].equals("render")) return false;
        String out = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--")) break;
            if (args[i].equals("--out") && i + 1 < args.length) out = args[++i];
            else if (args[i].startsWith("--out=")) out = args[i].substring("--out=".length());
        }
        // No --out: the command's own error, said as fast in either JVM.
        return out == null || !(out.toLowerCase(Locale.ROOT).endsWith(".gif") || out.toLowerCase(Locale.ROOT).endsWith(".mp4"));
    }

    /**
     * Runs {@code args} in the tuned JVM when they should be and can be: its exit code, or -1 when they are
     * to run in this JVM.
     */
    static int runIfBatch(String[] args) {
        if (System.getProperty(MARK) != null || System.getProperty("jpackage.app-path") != null || !batch(args)) return -1;
        List<String> cmd;
        try {
            cmd = command(args, java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    System.getProperty("java.home"), System.getProperty("java.class.path"));
        } catch (RuntimeException | LinkageError e) {
            return -1; // no management module in a trimmed runtime: run here
        }
        if (cmd == null) return -1;
        Process p;
        try {
            p = new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        // Stopped (Ctrl+C, a kill): stop the second JVM too, so that no render goes on writing unseen.
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroy, "stop-batch-jvm"));
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
