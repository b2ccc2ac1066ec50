package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The xsd date forms KML writes, with and without a time zone, and the missing-value markers data tools write. */
class UserDatesXsdTest {
    static String iso(String text) {
        int p = UserDates.parse(text, UserDates.Order.ISO);
        return p == 0 ? null : PartialDate.unpack(p).iso();
    }

    @Test
    void xsdFormsKeepTheirPrecision() {
        assertEquals("2015", iso("2015"));
        assertEquals("2015-05", iso("2015-05"));
        assertEquals("2015-05-17", iso("2015-05-17"));
        assertEquals("2015-05-17", iso("2015-05-17T10:00:00Z"));
        assertEquals("2016-03-01", iso("2016-03-01T10:00:00.250+03:00"));
        assertEquals("2016-04-02", iso("2016-04-02Z"), "xsd:date with a zone");
        assertEquals("2016-04-02", iso("2016-04-02-05:00"));
        assertEquals("2016-04", iso("2016-04+03:00"), "xsd:gYearMonth with a zone");
        assertEquals("2016", iso("2016Z"), "xsd:gYear with a zone");
    }

    @Test
    void missingValueMarkersAreNoDate() {
        for (String m : new String[] {"NaN", "nan", "NA", "N/A", "null", "None", " NaN "}) assertEquals(null, iso(m), m);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> iso("Nanjing"));
        assertEquals("'Nanjing' is not a date", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> iso("2016-02-30Z"));
    }
}
