package atlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.AtomicFiles;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file the atlas writes (PNG, exports, settings, mappings) goes through {@link AtomicFiles}. This
 * kills a real child JVM ({@code kill -9}: no shutdown hook, no finally) at random moments while it
 * rewrites a file, many times, and checks that the file is always a complete version, the one before
 * the kill or a later one, never missing, short or mixed. {@code -Datlas.kills=500} runs it longer.
 */
class KillDuringWriteTest {
    @Test
    void theTargetIsAlwaysTheOldOrANewCompleteFile(@TempDir Path dir) throws Exception {
        int kills = Integer.getInteger("atlas.kills", 20);
        Path target = dir.resolve("target.bin");
        byte[] first = WriteLoop.content(0, "the first version".getBytes(StandardCharsets.US_ASCII));
        AtomicFiles.write(target, o -> o.write(first));
        Random rnd = new Random(Long.getLong("atlas.kills.seed", System.nanoTime()));
        long seen = 0;
        int inLoop = 0;
        for (int k = 0; k < kills; k++) {
            Process p = ChildJvm.builder(dir.resolve("config"), "96m", WriteLoop.class.getName(), target.toString(), Long.toString((k + 1) * 1_000_000L))
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
            assertEquals("ready", out.readLine());
            // The child's "wrote N" lines, read as they come (killing a process closes its streams).
            AtomicLong written = new AtomicLong(-1);
            Thread reader = new Thread(() -> {
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.startsWith("wrote ")) written.set(Long.parseLong(line.substring(6)));
                    }
                } catch (java.io.IOException closed) {
                    // the kill closed the stream
                }
            });
            reader.start();
            // Once the child is in its write loop (its first write done; on a busy machine that can take a
            // while), kill it anywhere from at once to a few writes in: most kills land inside a write.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (written.get() < 0 && System.nanoTime() < deadline && p.isAlive()) Thread.sleep(5);
            Thread.sleep(rnd.nextInt(200));
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertTrue(p.exitValue() != 0, "killed, not finished");
            reader.join(10_000);
            long lastWritten = written.get();
            byte[] now = Files.readAllBytes(target);
            long version = WriteLoop.check(now);
            int kill = k;
            assertTrue(version >= 0, () -> "kill " + kill + ": the target is damaged (" + now.length + " bytes)");
            assertTrue(version >= seen, "kill " + k + ": an older version (" + version + ") came back after " + seen);
            assertTrue(version >= lastWritten, "kill " + k + ": version " + lastWritten + " was reported written, the file holds " + version);
            // The child had written at least once: it was killed inside its write loop, where it spends its time writing.
            if (lastWritten >= 0) inLoop++;
            seen = Math.max(version, seen);
        }
        assertTrue(inLoop >= kills / 2, "only " + inLoop + " of " + kills + " kills came while the child was writing; the test proved little");
    }
}
