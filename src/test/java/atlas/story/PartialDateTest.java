package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Test
    void yearCoversTheWholeYear() {
        PartialDate d = PartialDate.parse("2011");
        assertEquals(PartialDate.Precision.YEAR, d.precision());
        assertEquals(LocalDate.of(2011, 1, 1), d.first());
        assertEquals(LocalDate.of(2011, 12, 31), d.last());
        assertEquals("2011", d.display());
        assertEquals("2011", d.iso());
    }

    @Test
    void monthCoversTheWholeMonth() {
        PartialDate d = PartialDate.parse("2023-03");
        assertEquals(LocalDate.of(2023, 3, 1), d.first());
        assertEquals(LocalDate.of(2023, 3, 31), d.last());
        assertEquals("March 2023", d.display());
        assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02").last());
    }

    @Test
    void dayIsOneDay() {
        PartialDate d = PartialDate.parse("2023-12-04");
        assertEquals(d.first(), d.last());
        assertEquals("4 December 2023", d.display());
        assertEquals("2023-12-04", d.iso());
    }

    @Test
    void badDatesAreRejectedWithTheirText() {
        for (String bad : new String[] {"2023-13", "2023-02-30", "23-03", "March 2023", "", "2023-3"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2023-13")).getMessage().contains("month 13"));
    }

    @Test
    void rangesReadNaturally() {
        assertEquals("2011–2012", PartialDate.displayRange(PartialDate.parse("2011"), PartialDate.parse("2012")));
        assertEquals("10–12 May 2015", PartialDate.displayRange(PartialDate.parse("2015-05-10"), PartialDate.parse("2015-05-12")));
        assertEquals("28 February – 2 March 2023", PartialDate.displayRange(PartialDate.parse("2023-02-28"), PartialDate.parse("2023-03-02")));
        assertEquals("March–December 2023", PartialDate.displayRange(PartialDate.parse("2023-03"), PartialDate.parse("2023-12")));
        assertEquals("July 2013 – 2 August 2013", PartialDate.displayRange(PartialDate.parse("2013-07"), PartialDate.parse("2013-08-02")));
        assertEquals("March 2023", PartialDate.displayRange(PartialDate.parse("2023-03"), null));
    }

    @Test
    void orderFollowsTheFirstDayThenPrecision() {
        assertTrue(PartialDate.parse("2011").compareTo(PartialDate.parse("2011-01-01")) > 0);
        assertTrue(PartialDate.parse("2011-09-18").compareTo(PartialDate.parse("2011-12")) < 0);
    }
}
