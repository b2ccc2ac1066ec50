package atlas.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real child JVM, so that what a hostile input does to memory, time and the process (an
 * OutOfMemoryError, a hang, a kill -9) happens to it and not to the test runner. It runs with the
 * test's own class path and its own config folder.
 */
final class ChildJvm {
    record Result(int code, String out, String err, long millis) {
        /** The stderr lines, for assertions one line at a time. */
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private ChildJvm() {
    }

    static ProcessBuilder builder(Path config, String heap, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Xshare:auto");
        cmd.add("-Datlas.config=" + config);
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    /** Runs the atlas's command line ({@code atlas.app.Launcher}) and waits at most {@code limit}. */
    static Result atlas(Path work, String heap, Duration limit, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt"), err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder pb = builder(work.resolve("config"), heap, "atlas.app.Launcher", args).redirectOutput(out.toFile()).redirectError(err.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor();
            fail("still running after " + limit + ": " + String.join(" ", args) + "\n" + Files.readString(err, StandardCharsets.UTF_8));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), ms);
    }
}
