package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.Projection;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The atlas's own dataset: complete, sourced, consistent, and holding every dated fact of the article. */
class EmbeddedStoryTest {
    static Story story;

    @BeforeAll
    static void load() {
        story = Story.loadEmbedded(Projection.eurasia());
    }

    @Test
    void loadsWithNoProblems() {
        assertEquals(List.of(), story.problems());
        assertTrue(story.items().size() > 100, "items: " + story.items().size());
    }

    @Test
    void everyKindIsThere() {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        story.items().forEach(i -> kinds.add(i.kind()));
        assertEquals(EnumSet.allOf(Kind.class), kinds);
    }

    @Test
    void everyItemHasASourceAndEveryReferenceResolves() {
        Set<String> ids = new HashSet<>();
        for (StoryItem it : story.items()) {
            assertTrue(ids.add(it.id()), "unique id " + it.id());
            assertFalse(it.sources().isEmpty(), it.id() + " has a source");
            for (Source s : it.sources()) assertTrue(s.url().isEmpty() || s.hasWebLink(), it.id() + " " + s.url());
            for (String r : it.related()) assertNotNull(story.get(r), it.id() + " → " + r);
            for (String p : it.places()) assertNotNull(story.get(p), it.id() + " → " + p);
            if (it.kind() != Kind.PLACE) assertNotNull(it.category(), it.id());
            if (it.kind() == Kind.CORRIDOR) assertTrue(it.schematic(), it.id() + " is labelled schematic");
        }
    }

    @Test
    void everyDatedFactOfTheArticleIsInTheAtlas() throws Exception {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/atlas/article-facts.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                checked++;
                StoryItem it = story.get(f[0]);
                if (it == null) {
                    missing.add(f[0] + ": no such item");
                    continue;
                }
                if (!it.start().iso().equals(f[1])) missing.add(f[0] + ": start " + it.start().iso() + ", expected " + f[1]);
                String text = (it.title() + " " + it.summary() + " " + (it.disagreement() == null ? "" : it.disagreement()) + " "
                        + it.figures().stream().map(x -> x.label() + " " + x.value()).reduce("", String::concat)).toLowerCase(Locale.ROOT);
                if (!text.contains(f[2].toLowerCase(Locale.ROOT))) missing.add(f[0] + ": no mention of '" + f[2] + "'");
                boolean citesArticle = it.sources().stream().anyMatch(s -> s.title().contains("Preiherman"));
                if (f.length > 3 && f[3].equals("article") && !citesArticle) missing.add(f[0] + ": does not cite the article");
            }
        }
        assertTrue(checked >= 30, "fixture rows: " + checked);
        assertEquals(List.of(), missing);
    }

    @Test
    void greatStoneStagesFollowTheSources() {
        StoryItem gs = story.get("great-stone");
        assertEquals(Stage.AGREED, gs.stageOn(java.time.LocalDate.of(2012, 1, 1)));
        assertEquals(Stage.CONSTRUCTION, gs.stageOn(java.time.LocalDate.of(2016, 1, 1)));
        // No source dates the start of operation (audit 2, U1), so the park stays under construction.
        assertEquals(Stage.CONSTRUCTION, gs.stageOn(java.time.LocalDate.of(2019, 1, 1)));
        assertFalse(gs.stages().stream().anyMatch(c -> c.stage() == Stage.OPERATING));
        assertEquals(null, gs.stageOn(java.time.LocalDate.of(2010, 1, 1)));
        assertFalse(gs.covers(java.time.LocalDate.of(2010, 6, 1)));
    }
}
