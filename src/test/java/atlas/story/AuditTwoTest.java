package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.Projection;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The corrections of the second audit (issue 9), each checked on the item's own fields. */
class AuditTwoTest {
    static Story story;

    @BeforeAll
    static void load() {
        story = Story.loadEmbedded(Projection.eurasia());
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static String text(StoryItem it) {
        return (it.title() + " " + it.summary() + " " + (it.disagreement() == null ? "" : it.disagreement()) + " "
                + it.figures().stream().map(f -> f.label() + " " + f.value() + " " + (f.note() == null ? "" : f.note())).reduce("", String::concat))
                .toLowerCase(Locale.ROOT);
    }

    static boolean cites(StoryItem it, String host) {
        return it.sources().stream().anyMatch(s -> SourceHost.of(s.url()).equals(host));
    }

    static List<String> stages(StoryItem it) {
        return it.stages().stream().map(c -> c.stage().key() + "@" + c.start().iso()).toList();
    }

    @Test
    void vitebskHydropowerFollowsThePlantsOwnHistory() {
        StoryItem hpp = story.get("vitebsk-hpp");
        assertEquals("2010-12-27", hpp.start().iso());
        assertEquals(List.of("agreed@2010-12-27", "construction@2012-04-11", "operating@2017-07-31"), stages(hpp));
        assertEquals(Stage.CONSTRUCTION, hpp.stageOn(day("2016-12-15")), "test generation from December 2016 is not yet operation");
        assertEquals(Stage.OPERATING, hpp.stageOn(day("2017-07-31")));
        assertTrue(text(hpp).contains("24 july 2014"), "the start of the main structures stays in the summary");
        assertTrue(cites(hpp, "ybzhl.com"), "CNEEC dates the contract and the start of works");
        StoryItem closed = story.get("ev-2018-vitebsk-hpp-contract-closed");
        assertEquals("2018-07-31", closed.start().iso());
        assertEquals(PartialDate.Precision.DAY, closed.start().precision());
        assertTrue(closed.related().contains("vitebsk-hpp"));
        assertTrue(cites(closed, "belnovosti.by"));
    }

    @Test
    void theShijiazhuangTrainLeavesOn2JuneAndArrivesInJune() {
        StoryItem t = story.get("ev-2018-shijiazhuang-minsk");
        assertEquals("2018-06-02", t.start().iso());
        assertEquals("2018-06", t.end().iso(), "arrival about 15 days later, kept at month precision");
        assertTrue(t.title().toLowerCase(Locale.ROOT).contains("leaves"));
        assertFalse(text(t).contains("reaches minsk over"), "no longer says the train reaches Minsk on 2 June");
    }

    @Test
    void decree166SetsUpAFreeTradeZoneAndTheEaeuStatusCameIn2018() {
        StoryItem z = story.get("ev-2017-free-customs-zone");
        assertEquals("2017-05-12", z.start().iso());
        assertTrue(z.sources().stream().anyMatch(s -> s.title().contains("Decree No. 166")));
        assertFalse(z.sources().stream().anyMatch(s -> s.title().contains("No. 173 of")), "173 is only the page's address");
        assertTrue(text(z).contains("free-trade zone"));
        StoryItem sez = story.get("ev-2018-great-stone-sez");
        assertEquals("2018-12", sez.start().iso());
        assertEquals(PartialDate.Precision.MONTH, sez.start().precision());
    }

    @Test
    void theKaliningradBranchStartsBeforeItsOwnFiguresAndNeedsNoGaugeChange() {
        StoryItem k = story.get("corridor-kaliningrad");
        assertTrue(k.start().first().isBefore(day("2019-01-01")), "120 transit trains crossed Lithuania in 2019");
        assertEquals("2017-09-25", k.start().iso());
        assertFalse(text(k).contains("šeštokai on some services"), "trains bound for Kaliningrad do not change gauge in Lithuania");
        assertTrue(text(k).contains("broad gauge"));
        assertEquals("2020-03-25", story.get("ev-2020-kaliningrad-test").start().iso());
        assertTrue(k.related().contains("ev-2020-kaliningrad-test"));
    }

    @Test
    void piraeusIs51PercentFrom2016And67From2021() {
        String p = text(story.get("piraeus"));
        assertTrue(p.contains("51% on 10 august 2016") || p.contains("51% of the port authority (olp) on 10 august 2016"), p);
        assertTrue(p.contains("67% in october 2021"));
        assertTrue(p.contains("since 2009") && p.contains("signed in 2008"));
        assertFalse(p.contains("since 10 august 2016 (67%)"));
    }

    @Test
    void greatStoneHasNoOperatingStageWithoutASource() {
        StoryItem gs = story.get("great-stone");
        assertEquals(List.of("agreed@2011-09-18", "construction@2014-06-19"), stages(gs));
        assertEquals(Stage.CONSTRUCTION, gs.stageOn(day("2019-01-01")));
        assertTrue(gs.disagreement().contains("no 'operating' stage"));
    }

    @Test
    void zoomlionMazOperatesFromMogilevProductionAndThe2015BatchIsADemonstration() {
        StoryItem z = story.get("zoomlion-maz");
        assertEquals(List.of("agreed@2017", "operating@2017-05"), stages(z));
        assertEquals(null, z.stageOn(day("2016-06-01")));
        StoryItem batch = story.get("ev-2015-zoomlion-maz-first-batch");
        assertEquals("2015-12-30", batch.start().iso());
        assertEquals(List.of(), batch.places(), "the report gives no place");
        assertTrue(text(batch).contains("demonstration"));
    }

    @Test
    void theRoadHaulierBanIsEuWideAndTheSemiBlockadeIsTheArticles() {
        String t = text(story.get("ev-2022-road-haulier-ban"));
        assertFalse(t.contains("other closures"));
        assertTrue(t.contains("'unilaterally'") && t.contains("semi-blockade") && t.contains("whole eu"));
    }

    @Test
    void covidHasARealSourceAndALogisticsCategory() {
        StoryItem c = story.get("ev-2020-covid");
        assertEquals(Category.LOGISTICS, c.category());
        assertFalse(cites(c, "latlong.net"));
        assertTrue(cites(c, "globaltimes.cn"));
        assertFalse(cites(story.get("wuhan"), "latlong.net"));
    }

    @Test
    void smallerWordingsFollowTheSources() {
        assertTrue(text(story.get("ev-2010-sco-dialogue-partner")).contains("china plays a key role"));
        assertFalse(text(story.get("ev-2010-sco-dialogue-partner")).contains("china-led"));
        String visit = text(story.get("ev-2023-state-visit"));
        assertTrue(visit.contains("about 40") && visit.contains("almost four dozen") && visit.contains("27"));
        assertFalse(visit.contains("27 agreements + about 8"), "no sum passed off as a source's count");
        StoryItem duisport = story.get("ev-2022-duisport-exit");
        assertEquals("2022-03-11", duisport.start().iso());
        assertTrue(text(duisport).contains("will divest") && !text(duisport).contains("selling"));
        assertTrue(text(story.get("ev-2020-election")).contains("importance of beijing"));
        assertTrue(story.get("ev-2022-all-weather").sources().stream().anyMatch(s -> s.url().contains("gomel.gov.by")));
        assertFalse(story.get("ev-2016-trustful-partnership").sources().stream().anyMatch(s -> s.url().contains("gomel.gov.by")));
        assertEquals("2017-05-22", story.get("ev-2017-shenzhen-minsk").start().iso());
    }

    @Test
    void theFixtureCoversAll28DatedStatementsOfTheArticle() throws Exception {
        Set<String> covered = new TreeSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/atlas/article-facts.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                assertEquals(5, f.length, line);
                assertTrue(f[4].matches("D([1-9]|1[0-9]|2[0-8])|–"), line);
                if (!f[4].equals("–")) covered.add(f[4]);
            }
        }
        assertEquals(28, covered.size(), "statements covered: " + covered);
        assertNull(story.get("ev-2018-shijiazhuang-minsk").figures().stream().filter(f -> f.value().contains("9,500")).findFirst().orElse(null),
                "the 9,500 km figure went with the paginated news list that was its only source");
    }
}
