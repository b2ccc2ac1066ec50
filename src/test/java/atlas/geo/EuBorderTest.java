package atlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EuBorderTest {
    static GeoData geo;

    @BeforeAll
    static void load() {
        geo = GeoData.loadEmbedded();
    }

    private static Set<String> belarusSegments(EuBorder b, LocalDate d) {
        return b.at(d).segments().stream().filter(s -> s.neighbour().equals("BLR")).map(EuBorder.Segment::id).collect(Collectors.toSet());
    }

    @Test
    void embeddedGeodataLoadsCleanly() {
        assertEquals(List.of(), geo.problems());
        assertTrue(geo.overview().size() > 100);
        assertNotNull(geo.overview().get("BLR"));
        assertNotNull(geo.overview().get("CHN"));
    }

    @Test
    void in2003TheBorderTouchesNoPartOfBelarus() {
        EuBorder.Epoch e = geo.overviewBorder().at(LocalDate.of(2003, 6, 1));
        assertFalse(e.members().contains("POL"));
        assertEquals(Set.of(), belarusSegments(geo.overviewBorder(), LocalDate.of(2003, 6, 1)));
        double gapKm = e.unionLonLat().distance(geo.overview().get("BLR").lonLat()) * 60; // degrees to ~km of latitude
        assertTrue(gapKm > 100, "EU of 2003 stays well away from Belarus, gap ~" + gapKm + " km");
    }

    @Test
    void from2004ItRunsAlongBelarusWesternBorder() {
        LocalDate d = LocalDate.of(2005, 6, 1);
        assertEquals(Set.of("border-BLR-LTU", "border-BLR-LVA", "border-BLR-POL"), belarusSegments(geo.overviewBorder(), d));
        for (EuBorder.Segment s : geo.overviewBorder().at(d).segmentsWith("BLR")) {
            assertEquals(LocalDate.of(2004, 5, 1), s.since(), s.id());
            // The segment lies on Belarus's outline.
            assertTrue(s.lonLat().distance(geo.overview().get("BLR").lonLat().getBoundary()) < 1e-9, s.id());
        }
        assertEquals(Set.of(), belarusSegments(geo.overviewBorder(), LocalDate.of(2004, 4, 30)));
        assertEquals(3, belarusSegments(geo.overviewBorder(), LocalDate.of(2004, 5, 1)).size());
    }

    @Test
    void belarusSegmentsHaveAboutTheRealLength() {
        // Surveyed lengths (shared/research/facts.md §5): PL 398.6–428, LT 678.8, LV 172.9 km, about 1,250 km in all.
        // Natural Earth's generalised outlines cut the river meanders, so the drawn line is shorter.
        double km50 = geo.overviewBorder().at(LocalDate.of(2015, 1, 1)).segmentsWith("BLR").stream().mapToDouble(EuBorder.Segment::lengthKm).sum();
        double km10 = geo.detailBorder().at(LocalDate.of(2015, 1, 1)).segmentsWith("BLR").stream().mapToDouble(EuBorder.Segment::lengthKm).sum();
        assertTrue(km50 > 1250 * 0.65 && km50 < 1250 * 1.1, "1:50m Belarus–EU border " + km50 + " km");
        assertTrue(km10 > 1250 * 0.72 && km10 < 1250 * 1.1, "1:10m Belarus–EU border " + km10 + " km");
        assertTrue(km10 > km50, "more detail, longer line");
    }

    @Test
    void brexitMovesTheBorderToIreland() {
        assertFalse(geo.overviewBorder().at(LocalDate.of(2020, 1, 31)).segments().stream().anyMatch(s -> s.id().equals("border-GBR-IRL")));
        EuBorder.Segment ie = geo.overviewBorder().at(LocalDate.of(2020, 2, 1)).segments().stream()
                .filter(s -> s.id().equals("border-GBR-IRL")).findFirst().orElseThrow();
        assertEquals("IRL", ie.member());
        assertEquals(LocalDate.of(2020, 2, 1), ie.since());
    }

    @Test
    void epochsAreCachedAndShared() {
        EuBorder b = geo.overviewBorder();
        assertTrue(b.at(LocalDate.of(2010, 3, 3)) == b.at(LocalDate.of(2012, 8, 8)), "same membership, same cached result");
        assertEquals(LocalDate.of(2007, 1, 1), geo.eu().epochOf(LocalDate.of(2010, 3, 3)));
    }
}
