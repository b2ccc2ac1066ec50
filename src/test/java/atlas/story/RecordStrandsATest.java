package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.Projection;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

/**
 * Issue 13, part A: the strands of the whole record that live in their own files (visits, treaties,
 * finance, society and security, and the places they need). Each strand has its count of items, each
 * item is sourced with at least one https page on a host that is not a mirror, proxy or translation
 * gateway, and no source of these files points at such a host.
 */
class RecordStrandsATest {
    static Story story;

    /** Strand file → number of items it holds. */
    static final Map<String, Integer> STRANDS = new LinkedHashMap<>();

    static {
        STRANDS.put("record-visits.geojson", 29);
        STRANDS.put("record-treaties.geojson", 8);
        STRANDS.put("record-finance.geojson", 8);
        STRANDS.put("record-society.geojson", 15);
        STRANDS.put("record-places-a.geojson", 6);
        STRANDS.put("record-places-c.geojson", 1);
    }

    /**
     * Hosts (or host suffixes) that copy other sites rather than publish: Wikipedia mirrors, proxies,
     * translation gateways, kiwix copies, blog copies, and staging servers. A source must name the original.
     */
    static final List<String> DISALLOWED_HOSTS = List.of(
            "workers.dev", "fastly.net", "kfd.me", "movatter.jp", "blogspot.com", "wikizero.net", "wikiwand.com",
            "piglix.com", "osmarks.net", "kidzsearch.com", "wiki-org.ru", "frwiki.wiki", "xcv.wiki", "bradmurray.com",
            "studentb.eu", "clateway.com", "appspot.com", "ask3.ru", "iiab.me", "wikimili.com", "sparkthread.net",
            "riteme.site", "nina.az", "dob.jp", "howlingpixel.com", "translate.goog", "web.archive.org",
            "archive.ph", "pinocchiopedia.com", "alchetron.com", "russianwiki.com", "en-academic.com",
            "de-academic.com", "wikijaa.ru", "plwiki.pl", "friendlywiki.com", "kampuspedia.com", "netlify.app",
            "pages.dev", "staging.rferl.org", "homepagemodules.de", "zkreport.org", "86links.com");

    @BeforeAll
    static void load() {
        story = Story.loadEmbedded(Projection.eurasia());
    }

    static List<StoryItem> strand(String file) {
        return story.items().stream().filter(i -> i.file() != null && i.file().endsWith(file)).toList();
    }

    static boolean disallowed(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return DISALLOWED_HOSTS.stream().anyMatch(d -> h.equals(d) || h.endsWith("." + d));
    }

    @Test
    void embeddedStoryHasNoProblems() {
        assertEquals(List.of(), story.problems());
    }

    @Test
    void everyStrandHasItsCountOfItems() {
        for (var e : STRANDS.entrySet()) assertEquals(e.getValue(), strand(e.getKey()).size(), e.getKey());
        assertTrue(Story.EMBEDDED_FILES.indexOf("story/record-places-a.geojson") < Story.EMBEDDED_FILES.indexOf("story/record-visits.geojson"),
                "places come before the files that use them");
        assertTrue(Story.EMBEDDED_FILES.indexOf("story/record-places-c.geojson") >= 0
                && Story.EMBEDDED_FILES.indexOf("story/record-places-c.geojson") < Story.EMBEDDED_FILES.indexOf("story/record-society.geojson"),
                "part D's places file is embedded, before the files that use it");
    }

    @Test
    void everyItemHasAnHttpsSourceOnAnAllowedHostAndNoMirrorAnywhere() {
        List<String> bad = new ArrayList<>();
        for (String file : STRANDS.keySet()) {
            for (StoryItem it : strand(file)) {
                boolean https = false;
                for (Source s : it.sources()) {
                    if (s.url() == null || s.url().isEmpty()) continue;
                    URI u;
                    try {
                        u = new URI(s.url());
                    } catch (Exception ex) {
                        bad.add(it.id() + ": malformed URL " + s.url());
                        continue;
                    }
                    if (u.getHost() == null || !(u.getScheme().equals("https") || u.getScheme().equals("http"))) {
                        bad.add(it.id() + ": not a web link " + s.url());
                        continue;
                    }
                    if (disallowed(u.getHost())) bad.add(it.id() + ": mirror or proxy " + u.getHost());
                    else if (u.getScheme().equals("https")) https = true;
                    if (s.title() == null || s.title().isBlank()) bad.add(it.id() + ": source without a title");
                }
                if (!https) bad.add(it.id() + ": no https source on an allowed host");
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void eventsAreDatedCategorisedAndPlaced() {
        for (String file : STRANDS.keySet()) {
            if (file.contains("places")) continue;
            for (StoryItem it : strand(file)) {
                assertEquals(Kind.EVENT, it.kind(), it.id());
                assertNotNull(it.category(), it.id());
                assertTrue(it.id().startsWith("ev-"), it.id());
                assertTrue(it.start().first().getYear() >= 1992 && it.start().first().getYear() <= 2025, it.id());
                if (it.end() != null) assertFalse(it.end().last().isBefore(it.start().first()), it.id());
                for (String p : it.places()) assertNotNull(story.get(p).lonLat(), it.id() + " → " + p);
            }
        }
        // Visits are events at their city (the visits whose city no source gives are the exception).
        List<String> noCity = List.of("ev-1995-lukashenko-china", "ev-1997-lukashenko-china", "ev-2000-hu-jintao-belarus");
        for (StoryItem v : strand("record-visits.geojson")) {
            if (noCity.contains(v.id())) continue;
            assertFalse(v.places().isEmpty(), v.id() + " names its city");
        }
    }

    @Test
    void newPlacesLieInsideTheMapExtent() {
        List<StoryItem> places = new ArrayList<>(strand("record-places-a.geojson"));
        places.addAll(strand("record-places-c.geojson"));
        for (StoryItem p : places) {
            assertEquals(Kind.PLACE, p.kind());
            Point pt = (Point) p.lonLat();
            assertTrue(pt.getX() >= -15 && pt.getX() <= 150 && pt.getY() >= 5 && pt.getY() <= 72, p.id());
            assertTrue(p.sources().stream().anyMatch(s -> s.url().startsWith("https://www.geonames.org/")
                    || s.url().startsWith("https://en.wikipedia.org/")), p.id() + " cites GeoNames or Wikipedia");
        }
    }

    @Test
    void keyDatesFollowTheSources() {
        assertEquals("2018-06-10", story.get("ev-2018-visa-free-signed").start().iso());
        assertEquals("2018-08-10", story.get("ev-2018-visa-free-in-force").start().iso());
        assertEquals("2009-03-11", story.get("ev-2009-currency-swap").start().iso());
        assertEquals("2017-11-17", story.get("ev-2017-belgee-plant-opens").start().iso());
        assertEquals("2010-12-27", story.get("ev-2010-vitebsk-hpp-contract").start().iso(), "the contractor's own page gives the day");
        assertEquals(story.get("vitebsk-hpp").stages().get(0).start(), story.get("ev-2010-vitebsk-hpp-contract").start(), "the event and the project's agreed stage agree");
        StoryItem tianjin = story.get("ev-2025-lukashenko-tianjin");
        assertTrue(tianjin.covers(LocalDate.of(2025, 9, 3)) && !tianjin.covers(LocalDate.of(2025, 9, 4)));
        assertTrue(tianjin.figures().stream().anyMatch(f -> f.value().contains("16th")), "Lukashenko's own count of visits");
    }

    @Test
    void partCItemsKeepTheirSourcedDates() {
        StoryItem wu = story.get("ev-2011-wu-bangguo-minsk");
        assertEquals("2011-09-17", wu.start().iso());
        assertTrue(wu.covers(LocalDate.of(2011, 9, 20)) && !wu.covers(LocalDate.of(2011, 9, 21)));
        assertEquals("2007-11-05", story.get("ev-2007-wen-jiabao-minsk").start().iso());
        assertEquals("2018-11", story.get("ev-2018-consulate-guangzhou").start().iso(), "the report gives no day");
        assertEquals("2010-11", story.get("ev-2010-swap-drawn").start().iso());
        StoryItem regions = story.get("ev-2021-year-of-regions");
        assertEquals("2021-08-26", regions.start().iso());
        assertTrue(regions.covers(LocalDate.of(2022, 12, 31)) && !regions.covers(LocalDate.of(2023, 1, 1)));
        assertEquals("2018", story.get("ev-2018-year-of-tourism").start().iso());
    }

    @Test
    void partDItemsKeepTheirSourcedDates() {
        assertEquals("1995-06-21", story.get("ev-1995-li-peng-minsk").start().iso());
        StoryItem liPeng = story.get("ev-2000-li-peng-npc-minsk");
        assertEquals("2000-09-05", liPeng.start().iso());
        assertTrue(liPeng.covers(LocalDate.of(2000, 9, 7)) && !liPeng.covers(LocalDate.of(2000, 9, 8)));
        assertEquals("2000", story.get("ev-2000-hu-jintao-belarus").start().iso(), "the embassy's list gives the year only");
        assertEquals("2012-07-11", story.get("ev-2012-xu-caihou-minsk").start().iso());
        StoryItem myasnikovich = story.get("ev-2014-myasnikovich-china");
        assertEquals("2014-01-19", myasnikovich.start().iso());
        assertTrue(myasnikovich.covers(LocalDate.of(2014, 1, 24)) && !myasnikovich.covers(LocalDate.of(2014, 1, 25)));
        assertEquals("2023-07-11", story.get("ev-2023-committee-fifth-meeting").start().iso());
        assertEquals("2024-08", story.get("ev-2024-services-investment-agreement").start().iso(), "the report gives no day of signing");
        assertEquals("2025-05-21", story.get("ev-2025-liu-guozhong-minsk").start().iso());
        assertEquals("2008-08-07", story.get("ev-2008-lukashenko-olympics").start().iso(), "the day Hu Jintao received him");
        // Guangzhou is now a place, so the consulate shows on the map.
        assertEquals(List.of("guangzhou"), story.get("ev-2018-consulate-guangzhou").places());
        assertNotNull(story.get("guangzhou").lonLat());
        // Lukashenko's own count, where a page states it.
        assertTrue(story.get("ev-2016-trustful-partnership").summary().contains("ninth visit"));
        assertTrue(story.get("ev-2023-state-visit").summary().contains("13th visit"));
    }
}
