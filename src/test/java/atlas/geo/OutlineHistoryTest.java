package atlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The map shows the countries of the date: every change of outlines since 20 January 1992 inside the
 * atlas region (geodata/territory-changes.csv) is checked on the day before and the day it happened, at
 * both levels of detail; Belarus, China and the EU members are never touched.
 */
class OutlineHistoryTest {
    static GeoData geo;
    static TerritoryChanges t;
    static final Projection P = Projection.eurasia();

    @BeforeAll
    static void load() {
        geo = GeoData.loadEmbedded();
        t = geo.territory();
    }

    static Map<String, Country> on(CountrySet set, String day) {
        Map<String, Country> m = new LinkedHashMap<>();
        for (Country c : t.countriesOn(set, LocalDate.parse(day), P)) assertNull(m.put(c.iso3(), c), "one " + c.iso3());
        return m;
    }

    static List<CountrySet> levels() {
        return List.of(geo.overview(), geo.detail());
    }

    static String name(Map<String, Country> m, String iso3) {
        Country c = m.get(iso3);
        return c == null ? null : c.name();
    }

    @Test
    void theTableLoadsWithEverySourceCited() {
        assertEquals(List.of(), geo.problems());
        assertEquals(10, t.all().size());
        for (TerritoryChanges.Change c : t.all()) {
            assertTrue(c.source().contains("https://") || c.area().equals("Crimea"), c.area() + " cites a page: " + c.source());
            assertTrue(c.date().isAfter(LocalDate.of(1992, 1, 20)), c.area() + " falls inside the atlas's time");
        }
    }

    @Test
    void todayEveryCountryIsNaturalEarthsOwn() {
        for (CountrySet set : levels()) {
            List<Country> now = t.countriesOn(set, LocalDate.of(2024, 1, 1), P);
            assertEquals(set.size(), now.size());
            for (Country c : now) assertSame(set.get(c.iso3()), c, c.iso3());
            assertEquals(List.of(), t.disputedOn(set, LocalDate.of(2008, 2, 16), P));
        }
    }

    @Test
    void yugoslaviaAndCzechoslovakiaIn1992() {
        for (CountrySet set : levels()) {
            int n = set.size();
            Map<String, Country> feb = on(set, "1992-03-02");
            assertEquals("Yugoslavia", name(feb, "YUG"));
            assertEquals("Czechoslovakia", name(feb, "CSK"));
            for (String gone : List.of("BIH", "SRB", "MNE", "KOS", "CZE", "SVK", "ERI", "SSD")) assertFalse(feb.containsKey(gone), gone);
            assertEquals(n - 6, feb.size(), set.level());
            Map<String, Country> mar = on(set, "1992-03-03");
            assertEquals("Bosnia and Herz.", name(mar, "BIH"));
            assertEquals("Yugoslavia", name(mar, "YUG"));
            assertEquals(n - 5, mar.size());
            // The dissolved outline covers exactly its parts.
            double parts = set.get("SRB").lonLat().getArea() + set.get("MNE").lonLat().getArea() + set.get("KOS").lonLat().getArea();
            assertEquals(parts, mar.get("YUG").lonLat().getArea(), parts * 1e-6);
            assertTrue(mar.get("YUG").lonLat().isValid());
            assertTrue(mar.get("YUG").lonLat().getNumGeometries() < 3, "one state, not three pieces");
        }
    }

    @Test
    void czechoslovakiaSplitsOnNewYear1993() {
        for (CountrySet set : levels()) {
            Map<String, Country> before = on(set, "1992-12-31"), after = on(set, "1993-01-01");
            assertEquals("Czechoslovakia", name(before, "CSK"));
            assertFalse(before.containsKey("CZE") || before.containsKey("SVK"));
            assertNull(after.get("CSK"));
            assertSame(set.get("CZE"), after.get("CZE"));
            assertSame(set.get("SVK"), after.get("SVK"));
            assertEquals(before.size() + 1, after.size());
            double parts = set.get("CZE").lonLat().getArea() + set.get("SVK").lonLat().getArea();
            assertEquals(parts, before.get("CSK").lonLat().getArea(), parts * 1e-6);
        }
    }

    @Test
    void eritreaFrom24May1993() {
        for (CountrySet set : levels()) {
            Map<String, Country> before = on(set, "1993-05-23"), after = on(set, "1993-05-24");
            assertFalse(before.containsKey("ERI"));
            assertTrue(before.get("ETH").lonLat().covers(set.get("ERI").lonLat().getInteriorPoint()), "Eritrea drawn within Ethiopia");
            assertSame(set.get("ERI"), after.get("ERI"));
            assertSame(set.get("ETH"), after.get("ETH"));
            assertEquals(before.size() + 1, after.size());
        }
    }

    @Test
    void yugoslaviaIsCalledSerbiaAndMontenegroFrom2003() {
        for (CountrySet set : levels()) {
            Map<String, Country> before = on(set, "2003-02-03"), after = on(set, "2003-02-04");
            assertEquals("Yugoslavia", name(before, "YUG"));
            assertNull(after.get("YUG"));
            assertEquals("Serbia and Montenegro", name(after, "SCG"));
            assertTrue(before.get("YUG").lonLat().equalsExact(after.get("SCG").lonLat()), "same outline, new name");
            assertEquals(before.size(), after.size());
        }
    }

    @Test
    void montenegroFrom3June2006() {
        for (CountrySet set : levels()) {
            Map<String, Country> before = on(set, "2006-06-02"), after = on(set, "2006-06-03");
            assertEquals("Serbia and Montenegro", name(before, "SCG"));
            assertFalse(before.containsKey("MNE") || before.containsKey("SRB"));
            assertSame(set.get("MNE"), after.get("MNE"));
            assertEquals("Serbia", name(after, "SRB"));
            assertFalse(after.containsKey("KOS"), "Kosovo is still drawn within Serbia");
            assertEquals(before.size() + 1, after.size());
        }
    }

    @Test
    void kosovoFrom17February2008WithADisputedLine() {
        for (CountrySet set : levels()) {
            Map<String, Country> before = on(set, "2008-02-16"), after = on(set, "2008-02-17");
            assertFalse(before.containsKey("KOS"));
            assertTrue(before.get("SRB").lonLat().covers(set.get("KOS").lonLat().getInteriorPoint()));
            assertSame(set.get("KOS"), after.get("KOS"));
            assertSame(set.get("SRB"), after.get("SRB"));
            assertEquals(before.size() + 1, after.size());
            assertEquals(List.of(), t.disputedOn(set, LocalDate.of(2008, 2, 16), P));
            List<TerritoryChanges.DisputedLine> lines = t.disputedOn(set, LocalDate.of(2008, 2, 17), P);
            assertEquals(1, lines.size());
            TerritoryChanges.DisputedLine d = lines.get(0);
            assertEquals(Set.of("KOS", "SRB"), Set.of(d.a(), d.b()));
            double km = GeoLength.km(d.lonLat());
            assertTrue(km > 200 && km < 450, "the Kosovo–Serbia line (generalised), ~" + km + " km");
            assertTrue(d.lonLat().distance(set.get("KOS").lonLat().getBoundary()) < 1e-9);
            assertTrue(d.lonLat().distance(set.get("SRB").lonLat().getBoundary()) < 1e-9);
            // Kosovo's lines with Albania, North Macedonia and Montenegro are not part of it.
            assertTrue(d.lonLat().distance(set.get("ALB").lonLat()) > 1e-6);
        }
    }

    @Test
    void southSudanFrom9July2011() {
        for (CountrySet set : levels()) {
            Map<String, Country> before = on(set, "2011-07-08"), after = on(set, "2011-07-09");
            assertFalse(before.containsKey("SSD"));
            assertEquals("Sudan", name(before, "SDN"));
            assertSame(set.get("SSD"), after.get("SSD"));
            assertSame(set.get("SDN"), after.get("SDN"));
            assertEquals(before.size() + 1, after.size());
        }
    }

    @Test
    void crimeaIsDrawnInUkraineBefore18March2014() {
        for (CountrySet set : levels()) {
            Map<String, Country> before = on(set, "2014-03-17"), after = on(set, "2014-03-18");
            var simferopol = GeoJsonGeometry.FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(34.1, 44.95));
            assertTrue(before.get("UKR").lonLat().covers(simferopol));
            assertFalse(before.get("RUS").lonLat().covers(simferopol));
            assertSame(set.get("RUS"), after.get("RUS"));
            assertEquals(before.size(), after.size());
        }
    }

    @Test
    void belarusChinaAndTheEuAreNeverTouched() {
        for (CountrySet set : levels()) {
            Set<LocalDate> days = new HashSet<>();
            for (LocalDate d : t.changeDays()) {
                days.add(d);
                days.add(d.minusDays(1));
            }
            days.add(LocalDate.of(1992, 1, 20));
            for (LocalDate d : days) {
                Map<String, Country> m = on(set, d.toString());
                assertSame(set.get("BLR"), m.get("BLR"), "Belarus on " + d);
                assertSame(set.get("CHN"), m.get("CHN"), "China on " + d);
                for (String member : geo.eu().membersOn(d)) {
                    assertSame(set.get(member), m.get(member), member + ", an EU member on " + d + ", keeps today's outline, so the EU border is today's");
                }
            }
        }
    }

    @Test
    void askingAgainGivesTheSameObjects() {
        CountrySet set = geo.overview();
        List<Country> a = t.countriesOn(set, LocalDate.of(1995, 1, 1), P), b = t.countriesOn(set, LocalDate.of(2000, 6, 1), P);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) assertSame(a.get(i), b.get(i), a.get(i).iso3());
        assertEquals("Serbia and Montenegro", t.formerName("SCG"));
    }
}
