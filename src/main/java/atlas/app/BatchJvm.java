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
    /** Set in the second JVM to the first's process id (so it never starts a third, and stops when the first is gone). */
    static final String MARK = "atlas.batchJvm";
    /** The flags: the installed batch launcher's (packaging/launchers/belarus-china-atlas-cli.properties). */
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:GCTimeRatio=2", "-XX:MaxHeapFreeRatio=30", "-XX:MinHeapFreeRatio=10");

    private BatchJvm() {
    }

    /**
     * The command that runs {@code args} in the tuned JVM, or null when they run in this one: {@code jvmOptions}
     * are this JVM's input arguments, {@code javaHome} and {@code classPath} its {@code java.home} and
     * {@code java.class.path}, {@code parentPid} its process id (the second JVM stops when it is gone).
     */
    static List<String> command(String[] args, List<String> jvmOptions, String javaHome, String classPath, long parentPid) {
        if (!jvmOptions.isEmpty() || !batch(args) || javaHome == null || classPath == null || classPath.isEmpty()) return null;
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Path java = Path.of(javaHome, "bin", windows ? "java.exe" : "java");
        if (!Files.isRegularFile(java)) return null;
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(FLAGS);
        cmd.add("-D" + MARK + "=" + parentPid);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * True for the commands that end in seconds: {@code query}, and {@code render} of a picture (not of an
     * animation). Arguments read from a file ({@code @file}, which picocli expands) could hold anything: run here.
     */
    static boolean batch(String[] args) {
        if (args.length == 0) return false;
        for (String a : args) if (a.startsWith("@")) return false;
        if (args[0].equals("query")) return true;
        if (!args[0].equals("render")) return false;
        String out = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--")) break;
            if (args[i].equals("--out") && i + 1 < args.length) out = args[++i];
            else if (args[i].startsWith("--out=")) out = args[i].substring("--out=".length());
        }
        if (out == null) return true; // the command's own error, said as fast in either JVM
        try {
            return atlas.anim.AnimationSpec.Format.of(Path.of(out)) == null; // the render command's own test
        } catch (java.nio.file.InvalidPathException e) {
            return true; // its error, in either JVM
        }
    }

    /**
     * True when every argument reaches a second JVM as it is: the system passes arguments in its own
     * encoding, and one that cannot hold a character (a C locale and a Cyrillic file name) would turn it
     * into '?', so that the second JVM wrote another file than the one asked for.
     */
    static boolean passable(String[] args, java.nio.charset.Charset system) {
        java.nio.charset.CharsetEncoder enc = system.newEncoder();
        for (String a : args) if (a.indexOf('\ufffd') >= 0 || !enc.canEncode(a)) return false;
        return true;
    }

    /**
     * Runs {@code args} in the tuned JVM when they should be and can be: its exit code, or -1 when they are
     * to run in this JVM.
     */
    static int runIfBatch(String[] args) {
        String parent = System.getProperty(MARK);
        if (parent != null) {
            stopWithParent(parent);
            return -1;
        }
        if (System.getProperty("jpackage.app-path") != null || !batch(args)) return -1;
        // Options given through the environment are options too (and the second JVM would say "Picked up" again).
        for (String v : new String[] {"JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"}) if (System.getenv(v) != null) return -1;
        try {
            if (!passable(args, java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")))) return -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
        List<String> cmd;
        try {
            cmd = command(args, java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    System.getProperty("java.home"), System.getProperty("java.class.path"), ProcessHandle.current().pid());
        } catch (RuntimeException | LinkageError e) {
            return -1; // no management module in a trimmed runtime: run here
        }
        if (cmd == null) return -1;
        // Stopped (Ctrl+C, a kill) from the moment the second JVM may exist: stop it too, and let it end
        // (its atomic writes clean up), so that no render goes on writing unseen.
        java.util.concurrent.atomic.AtomicReference<Process> started = new java.util.concurrent.atomic.AtomicReference<>();
        Thread stop = new Thread(() -> {
            Process p = started.get();
            if (p == null) return;
            p.destroy();
            try {
                p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop-batch-jvm");
        Runtime.getRuntime().addShutdownHook(stop);
        Process p;
        try {
            p = new ProcessBuilder(cmd).inheritIO().start();
            started.set(p);
        } catch (IOException | RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(stop);
            return -1;
        }
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /**
     * In the second JVM: ends it when the first is gone (killed with -9, which no shutdown hook sees), so that a
     * caller who gave up on the command (a script's timeout) finds nothing left running or writing.
     */
    private static void stopWithParent(String parentPid) {
        try {
            // By its id, not as this process's parent: stopped before this JVM got here, it has one no longer.
            java.util.Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(parentPid));
            Runnable stop = () -> {
                System.err.println("error: stopped: the process that started this one has ended");
                System.exit(143);
            };
            if (parent.isEmpty() || !parent.get().isAlive()) stop.run();
            else parent.get().onExit().thenRun(stop);
        } catch (RuntimeException e) {
            // Not knowable here (no id given, a system that hides processes): the command runs to its end.
        }
    }
}
