package atlas.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher runs the commands headless like the jar, with no Java on the PATH and no
 * JAVA_HOME. Slow (it builds the app image if it is not there), so only on request:
 * {@code mvn -B test -Dtest=InstallerImageTest -Datlas.testInstaller=true}.
 */
@EnabledIfSystemProperty(named = "atlas.testInstaller", matches = "true")
class InstallerImageTest {
    private static final Path LAUNCHER = Path.of("target/installer/image/belarus-china-atlas/bin/belarus-china-atlas");

    record Result(int code, String out, String err) {
    }

    @Test
    void launcherRendersAndQueriesHeadlessWithoutJavaOnThePath(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(System.getProperty("java.home"), "bin", "jpackage")), "jpackage is in this JDK");
        if (!Files.isExecutable(LAUNCHER)) {
            Process mvn = new ProcessBuilder("mvn", "-B", "-q", "-Pinstaller", "-DskipTests", "package").inheritIO().start();
            assertTrue(mvn.waitFor(30, TimeUnit.MINUTES), "installer build finished");
            assertEquals(0, mvn.exitValue(), "mvn -Pinstaller package");
        }
        Path png = dir.resolve("map.png");
        Result r = run(dir, "render", "--date", "2015-06-01", "--size", "640x400", "--out", png.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(400, img.getHeight());
        assertFalse(r.err().contains("Unsupported JavaFX configuration"), "JavaFX runs as modules: " + r.err());
        assertFalse(r.err().contains("[cds"), "the CDS archive loads quietly: " + r.err());

        Result q = run(dir, "query", "--date", "2015-06-01", "--kind", "place");
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains("\"title\": \"Łódź\""), "UTF-8 output in the C locale");

        Path gif = dir.resolve("story.gif");
        Result a = run(dir, "render", "--from", "2014-01-01", "--to", "2016-01-01", "--step", "1Y", "--size", "320x200", "--out", gif.toString());
        assertEquals(0, a.code(), a.err());
        assertTrue(Files.size(gif) > 0);
    }

    /** Runs the launcher with an empty environment: a PATH with no java on it, no JAVA_HOME, a fresh HOME, no locale. */
    private static Result run(Path dir, String... args) throws Exception {
        Path emptyBin = Files.createDirectories(dir.resolve("bin"));
        Path home = Files.createDirectories(dir.resolve("home"));
        ProcessBuilder pb = new ProcessBuilder(concat(LAUNCHER.toAbsolutePath().toString(), args));
        pb.environment().clear();
        pb.environment().put("PATH", emptyBin.toString());
        pb.environment().put("HOME", home.toString());
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "launcher finished");
        try (var s = Files.list(home)) {
            assertEquals(List.of(), s.toList(), "nothing unpacked into HOME (JavaFX's libraries are in the runtime)");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> concat(String first, String... rest) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all;
    }
}
