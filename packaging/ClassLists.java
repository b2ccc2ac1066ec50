import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Joins class lists for the class-data-sharing dump (run by the installer build as a source file:
 * {@code java packaging/ClassLists.java OUT IN...}): the lines of each input in order, each once, comments dropped.
 */
public final class ClassLists {
    public static void main(String[] args) throws Exception {
        Set<String> lines = new LinkedHashSet<>();
        for (int i = 1; i < args.length; i++) {
            for (String l : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) if (!l.isBlank() && !l.startsWith("#")) lines.add(l);
        }
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
    }
}
