package atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which commands the jar runs in a JVM tuned for a short run, how that JVM is started, and that it is invisible to the user. */
class BatchJvmTest {
    private static final String HOME = System.getProperty("java.home");

    @Test
    void picturesAndQueriesAreBatchWorkTheWindowBenchAndAnimationsAreNot() {
        assertTrue(BatchJvm.batch(new String[] {"query", "--date", "2023-12-04"}));
        assertTrue(BatchJvm.batch(new String[] {"render", "--data", "a.geojson", "--out", "map.png"}));
        assertTrue(BatchJvm.batch(new String[] {"render", "--out=MAP.PNG"}));
        assertTrue(BatchJvm.batch(new String[] {"render"}), "no --out: the command's own error, in either JVM");
        assertFalse(BatchJvm.batch(new String[] {"render", "--out", "years.gif", "--from", "2015-01-01", "--to", "2020-01-01"}));
        assertFalse(BatchJvm.batch(new String[] {"render", "--out=years.MP4"}));
        assertFalse(BatchJvm.batch(new String[] {"bench", "--items", "10000"}), "bench measures the window's JVM");
        assertFalse(BatchJvm.batch(new String[0]), "the window");
        assertFalse(BatchJvm.batch(new String[] {"--data", "render"}), "a file named render opened in the window");
        assertFalse(BatchJvm.batch(new String[] {"points.geojson"}));
        assertFalse(BatchJvm.batch(new String[] {"render", "--out", "anim.gif/", "--from", "2015-01-01", "--to", "2016-01-01"}), "as the command reads the name");
        assertFalse(BatchJvm.batch(new String[] {"render", "@anim.args"}), "arguments from a file could make an animation");
        assertFalse(BatchJvm.batch(new String[] {"query", "@q.args"}));
    }

    @Test
    void anArgumentTheSystemCannotPassOnKeepsTheCommandHere() {
        String[] cyrillic = {"render", "--out", "карта.png"};
        assertTrue(BatchJvm.passable(cyrillic, java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(BatchJvm.passable(cyrillic, java.nio.charset.StandardCharsets.US_ASCII), "a C locale would make it ?????.png");
        assertFalse(BatchJvm.passable(new String[] {"query", "--text", "bad \ufffd byte"}, java.nio.charset.StandardCharsets.UTF_8),
                "already undecodable: a second decoding could differ");
    }

    @Test
    void theTunedJvmRunsTheSameArgumentsOnTheSameClassPath() {
        String[] args = {"render", "--data", "my file.geojson", "--out", "a.png"};
        List<String> cmd = BatchJvm.command(args, List.of(), HOME, "app.jar", 4321);
        assertEquals(Path.of(HOME, "bin", "java").toString(), cmd.get(0));
        List<String> expected = new ArrayList<>(BatchJvm.FLAGS);
        expected.addAll(List.of("-D" + BatchJvm.MARK + "=4321", "-cp", "app.jar", "atlas.app.Launcher"));
        expected.addAll(List.of(args));
        assertEquals(expected, cmd.subList(1, cmd.size()), "the flags, the mark, then the arguments untouched (a space in a name stays one argument)");
    }

    @Test
    void aJvmStartedWithOptionsIsTheOneTheUserChose(@TempDir Path dir) {
        String[] args = {"query"};
        assertNull(BatchJvm.command(args, List.of("-Xmx700m"), HOME, "app.jar", 1), "a user's -Xmx is kept by running here");
        assertNull(BatchJvm.command(args, List.of("-agentlib:jdwp=transport=dt_socket,server=y"), HOME, "app.jar", 1), "a debugger stays attached");
        assertNull(BatchJvm.command(args, List.of(), dir.toString(), "app.jar", 1), "no java in that home: run here");
        assertNull(BatchJvm.command(args, List.of(), HOME, "", 1), "no class path to give on");
        assertNull(BatchJvm.command(new String[] {"bench"}, List.of(), HOME, "app.jar", 1));
    }

    @Test
    void theUserSeesTheSameOutputErrorsAndExitCodes(@TempDir Path dir) throws Exception {
        // Started with no JVM options, as `java -jar` is: the query runs in the tuned JVM.
        Run tuned = launch(dir, false, "query", "--date", "2023-12-04", "--kind", "project");
        Run here = launch(dir, true, "query", "--date", "2023-12-04", "--kind", "project");
        assertEquals(0, tuned.code, tuned.err);
        assertTrue(tuned.tunedChild, "the query ran in a second, tuned JVM");
        assertFalse(here.tunedChild, "with an option given, it ran in the JVM started");
        assertTrue(tuned.out.contains("\"great-stone\""), tuned.out);
        assertEquals(here.out, tuned.out);
        assertEquals(here.err, tuned.err);

        Run badTuned = launch(dir, false, "query", "--date", "2023-13-45");
        Run badHere = launch(dir, true, "query", "--date", "2023-13-45");
        assertEquals(2, badTuned.code);
        assertEquals(badHere.code, badTuned.code);
        assertEquals(badHere.err, badTuned.err);
        assertTrue(badTuned.err.startsWith("error:"), badTuned.err);
    }

    /** What the launched JVM gave, and whether a JVM with the mark ran under it. */
    private record Run(int code, String out, String err, boolean tunedChild) {
    }

    /** The launcher as a plain {@code java -cp … atlas.app.Launcher ARGS}; {@code here}: with an option, so in that JVM. */
    private static Run launch(Path dir, boolean here, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(HOME, "bin", "java").toString()));
        if (here) cmd.add("-D" + BatchJvm.MARK + "=off");
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "atlas.app.Launcher"));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt"), err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("_JAVA_OPTIONS");
        Process p = pb.start();
        boolean tunedChild = false;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < until) {
            // A query starts no process of its own, so any process under it is the second JVM (its arguments, when the
            // system tells them: Linux stops telling past 4 KB of command line, and the class path is long).
            tunedChild |= p.descendants().anyMatch(d -> d.info().arguments()
                    .map(a -> List.of(a).contains("-D" + BatchJvm.MARK + "=" + p.pid())).orElse(true));
            Thread.sleep(5);
        }
        if (!p.waitFor(1, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("still running: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), tunedChild);
    }
}
