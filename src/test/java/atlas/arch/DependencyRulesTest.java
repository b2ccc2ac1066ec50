package atlas.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: the model knows no scene graph, and the map and the timeline do not know each other. */
class DependencyRulesTest {
    private static List<String> violations(String pkg, String forbidden) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/atlas", pkg))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import ") && line.contains(forbidden)) out.add(f + ": " + line);
                    if (!line.startsWith("import ") && line.contains(forbidden + ".")) out.add(f + ": " + line.trim());
                }
            }
        }
        return out;
    }

    @Test
    void modelPackagesDoNotTouchTheSceneGraph() throws Exception {
        for (String pkg : new String[] {"story", "geo", "io", "state"}) {
            assertEquals(List.of(), violations(pkg, "javafx.scene"), pkg);
        }
        // Exports are written from the command line too: no toolkit at all.
        assertEquals(List.of(), violations("export", "javafx"), "export");
        for (String pkg : new String[] {"story", "geo", "io", "export"}) {
            assertEquals(List.of(), violations(pkg, "atlas.map"), pkg);
            assertEquals(List.of(), violations(pkg, "atlas.timeline"), pkg);
            assertEquals(List.of(), violations(pkg, "atlas.app"), pkg);
        }
    }

    /** Readers know no store; the views know no file format (they read the store by row). */
    @Test
    void readersAndViewsStayApart() throws Exception {
        for (String up : new String[] {"atlas.story", "atlas.state", "atlas.geo"}) assertEquals(List.of(), violations("io", up), "io must not use " + up);
        for (String view : new String[] {"map", "timeline"}) assertEquals(List.of(), violations(view, "atlas.io"), view + " must not know a file format");
    }

    @Test
    void animationKnowsTheMapButNotTheWindowOrTheCommands() throws Exception {
        for (String pkg : new String[] {"atlas.app", "atlas.cli", "atlas.timeline"}) assertEquals(List.of(), violations("anim", pkg), pkg);
    }

    @Test
    void mapAndTimelineOnlyMeetInTheState() throws Exception {
        assertEquals(List.of(), violations("map", "atlas.timeline"));
        assertEquals(List.of(), violations("timeline", "atlas.map"));
        assertEquals(List.of(), violations("map", "atlas.app"));
        assertEquals(List.of(), violations("timeline", "atlas.app"));
    }

    /** The language package is below every view: it knows the model's words (categories, stages, dates) and nothing else of the atlas. */
    @Test
    void languageSitsBelowTheViews() throws Exception {
        for (String up : new String[] {"atlas.map", "atlas.timeline", "atlas.app", "atlas.state", "atlas.io", "atlas.cli", "atlas.geo", "atlas.export", "atlas.anim"}) {
            assertEquals(List.of(), violations("lang", up), "lang must not use " + up);
        }
        for (String pkg : new String[] {"story", "geo", "io", "export"}) assertEquals(List.of(), violations(pkg, "atlas.lang"), pkg + " speaks no language: its texts are data");
    }
}
