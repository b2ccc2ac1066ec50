package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.Projection;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, part B: the Great Stone, rail and Western-sanctions strands of the whole record. Each strand lives in
 * its own file; every item in it is sourced on a canonical https page (no Wikipedia mirrors, proxies, translation
 * gateways or republished copies) and carries a date at its real precision.
 */
class RecordStrandsBTest {
    /** Hosts that copy other sites' pages (Wikipedia mirrors, proxies, translation gateways, press-release reprints). */
    static final List<String> DISALLOWED_HOSTS = List.of(
            "workers.dev", "fastly", "kfd.me", "movatter.jp", "blogspot.", "wikizero", "wiki-org.ru", "piglix.com",
            "kidzsearch.com", "osmarks.net", "wikiwand.com", "frwiki.wiki", "xcv.wiki", "wikimili.com", "eudic.net",
            "iiab.me", "appspot.com", "ask3.ru", "clateway.com", "studentb.eu", "academic.com", "academic.ru",
            "wiki7.org", "azureedge.net", "wikiless", "translate.goog", "translate.google", "mil-osi.com",
            "ieu-monitoring.com", "pubt.io", "tripomatic.com", "worddisk.com", "scientiade.com");

    /** file name → expected number of items, one entry per strand (places for the new cities last). */
    static final List<Strand> STRANDS = List.of(
            new Strand("record-greatstone.geojson", 13, EnumSet.of(Category.INDUSTRY, Category.LOGISTICS)),
            new Strand("record-rail.geojson", 21, EnumSet.of(Category.LOGISTICS, Category.CONFLICT)),
            new Strand("record-west.geojson", 9, EnumSet.of(Category.CONFLICT)),
            new Strand("record-places-b.geojson", 3, EnumSet.noneOf(Category.class)));

    record Strand(String file, int count, Set<Category> categories) {}

    static Story story;

    @BeforeAll
    static void load() {
        story = Story.loadEmbedded(Projection.eurasia());
    }

    static List<StoryItem> itemsOf(String file) {
        return story.items().stream().filter(i -> i.file() != null && i.file().endsWith("/" + file)).toList();
    }

    @Test
    void theEmbeddedStoryLoadsWithNoProblems() {
        assertEquals(List.of(), story.problems());
    }

    @Test
    void eachStrandHasItsItems() {
        for (Strand s : STRANDS) assertEquals(s.count(), itemsOf(s.file()).size(), s.file());
    }

    @Test
    void everyItemIsSourcedOnACanonicalHttpsPage() {
        List<String> bad = new ArrayList<>();
        for (Strand s : STRANDS) {
            for (StoryItem it : itemsOf(s.file())) {
                boolean canonicalHttps = false;
                for (Source src : it.sources()) {
                    assertFalse(src.title().isBlank(), it.id() + ": a source without a title");
                    if (src.url().isEmpty()) continue;
                    URI uri = URI.create(src.url());
                    String host = uri.getHost();
                    assertNotNull(host, it.id() + ": no host in " + src.url());
                    host = host.toLowerCase(Locale.ROOT);
                    if (disallowed(host)) bad.add(it.id() + ": copy or proxy host " + host);
                    else if ("https".equals(uri.getScheme())) canonicalHttps = true;
                }
                if (!canonicalHttps) bad.add(it.id() + ": no source on an allowed https page");
            }
        }
        assertEquals(List.of(), bad);
    }

    static boolean disallowed(String host) {
        return DISALLOWED_HOSTS.stream().anyMatch(host::contains);
    }

    @Test
    void theDisallowedListCatchesTheKnownMirrors() {
        assertTrue(disallowed("en.kevinzhw153.workers.dev"));
        assertTrue(disallowed("vfrdtyky.blogspot.com"));
        assertTrue(disallowed("54e1ad4b4888.kfd.me"));
        assertFalse(disallowed("eur-lex.europa.eu"));
        assertFalse(disallowed("en.wikipedia.org"));
    }

    @Test
    void eventsAreDatedAndCategorisedWithinTheirStrand() {
        for (Strand s : STRANDS) {
            for (StoryItem it : itemsOf(s.file())) {
                if (it.kind() == Kind.PLACE) {
                    assertNotNull(it.lonLat(), it.id() + " has coordinates");
                    continue;
                }
                assertNotNull(it.start(), it.id());
                assertTrue(s.categories().contains(it.category()), it.id() + ": " + it.category());
                assertFalse(it.start().first().isBefore(LocalDate.of(1992, 1, 20)), it.id() + " is in the record's span");
                assertFalse(it.start().last().isAfter(LocalDate.of(2025, 12, 31)), it.id() + " is in the record's span");
            }
        }
    }

    @Test
    void datesKeepTheirSourcedPrecision() {
        assertEquals("2012-11", story.get("ev-2012-suzhou-warsaw").start().iso());
        assertEquals("2015-12", story.get("ev-2015-cmg-logistics-subpark").start().iso());
        assertEquals("2023", story.get("ev-2023-great-stone-118-residents").start().iso());
        assertEquals("2021-11-15", story.get("ev-2021-eu-migration-criterion").start().iso());
        assertEquals("2025-12-15", story.get("ev-2025-eu-hybrid-criterion").start().iso());
    }

    @Test
    void partEItemsKeepTheirSourcedDates() {
        // Issue 13, part E: Great Stone and rail items added with the precision their pages give.
        assertEquals("2016-12-28", story.get("ev-2016-great-stone-venture-fund").start().iso());
        assertEquals("2018-12-18", story.get("ev-2018-great-stone-rd-centre-works").start().iso());
        assertEquals("2019-11-14", story.get("ev-2019-great-stone-femoza-award").start().iso());
        assertEquals("2020-09", story.get("ev-2020-great-stone-industrial-technology-centre").start().iso());
        assertEquals("2021-06-11", story.get("ev-2021-decree-215").start().iso());
        assertEquals("2017-08", story.get("ev-2017-kuznica-bruzgi-route").start().iso());
        assertEquals("2018-03-12", story.get("ev-2018-malaszewicze-works").start().iso());
        assertEquals("2019", story.get("ev-2019-brest-severny-terminal").start().iso());
        StoryItem goryn = story.get("ev-2020-chongqing-slawkow-goryn");
        assertEquals("2020-12-08", goryn.start().iso());
        assertTrue(goryn.covers(LocalDate.of(2020, 12, 24)), "the train reached Sławków on 24 December");
        assertFalse(goryn.covers(LocalDate.of(2020, 12, 25)));
        assertEquals("2021-11", story.get("ev-2021-svislach-siemianowka-test").start().iso());
        assertEquals("2022", story.get("ev-2022-belarus-exports-china-trains").start().iso());
        assertEquals("2024", story.get("ev-2024-china-europe-record").start().iso());
        assertTrue(story.get("ev-2021-decree-215").related().contains("ev-2017-free-customs-zone"));
    }

    @Test
    void thePolishClosureOf2025CoversItsThirteenDays() {
        StoryItem closure = story.get("ev-2025-poland-closes-border");
        assertFalse(closure.covers(LocalDate.of(2025, 9, 11)));
        assertTrue(closure.covers(LocalDate.of(2025, 9, 12)));
        assertTrue(closure.covers(LocalDate.of(2025, 9, 24)));
        assertFalse(closure.covers(LocalDate.of(2025, 9, 25)), "traffic resumed at 00:00 on 25 September");
    }

    @Test
    void theLithuanianClosureOf2025EndsWithTheReopeningDecision() {
        StoryItem closure = story.get("ev-2025-lithuania-closes-border");
        assertTrue(closure.covers(LocalDate.of(2025, 10, 29)));
        assertTrue(closure.covers(LocalDate.of(2025, 11, 19)));
        assertFalse(closure.covers(LocalDate.of(2025, 11, 20)), "the crossings worked again from 20 November");
    }

    @Test
    void sanctionsStayInForceAndTheMazWeichaiPlantFollowsItsStages() {
        for (StoryItem it : itemsOf("record-west.geojson")) assertTrue(it.covers(LocalDate.of(2025, 12, 31)), it.id() + " is still in force");
        StoryItem plant = story.get("maz-weichai");
        assertEquals(Stage.AGREED, plant.stageOn(LocalDate.of(2017, 1, 1)));
        assertEquals(Stage.CONSTRUCTION, plant.stageOn(LocalDate.of(2018, 1, 1)));
        assertEquals(Stage.OPERATING, plant.stageOn(LocalDate.of(2019, 10, 14)));
    }
}
