package atlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.DataSource;
import atlas.io.Problem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV tables: bad rows are reported with their line and skipped; good rows load. */
class TablesTest {
    static DataSource text(String name, String body) {
        return new DataSource() {
            @Override public String name() { return name; }
            @Override public InputStream open() { return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)); }
        };
    }

    @Test
    void euMembershipRowsAreChecked() {
        List<Problem> p = new ArrayList<>();
        EuMembership eu = EuMembership.load(text("eu.csv", "iso3,name,joined,member_until,source\n"
                + "POL,Poland,2004-05-01,,EC, with a comma in the source\n"
                + "XXX,Nowhere,2004-13-01,,x\n"
                + "GBR,United Kingdom,1973-01-01,1970-01-01,x\n"
                + "LTU,Lithuania\n"), p);
        assertEquals(1, eu.members().size());
        assertEquals("EC, with a comma in the source", eu.members().get(0).source());
        assertTrue(eu.isMember("POL", LocalDate.of(2004, 5, 1)) && !eu.isMember("POL", LocalDate.of(2004, 4, 30)));
        assertEquals(List.of("eu.csv:3: item 'XXX': bad date: 2004-13-01", "eu.csv:4: item 'GBR': member_until is before joined",
                "eu.csv:5: expected 5 comma-separated fields"), p.stream().map(Problem::toString).toList());
    }

    @Test
    void aWrongHeaderIsOneProblem() {
        List<Problem> p = new ArrayList<>();
        assertEquals(0, TerritoryChanges.load(text("t.csv", "a,b\n1,2\n"), p).all().size());
        assertEquals("t.csv:1: expected the header area,lon,lat,before,before_name,after,date,border,source", p.get(0).toString());
    }

    @Test
    void territoryChangeCoordinatesAreChecked() {
        List<Problem> p = new ArrayList<>();
        TerritoryChanges t = TerritoryChanges.load(text("t.csv", "area,lon,lat,before,before_name,after,date,border,source\nX,44.95,134.1,UKR,,RUS,2014-03-18,,s\n"), p);
        assertEquals(0, t.all().size());
        assertTrue(p.get(0).toString().startsWith("t.csv:2: item 'X': latitude 134.1"), p.toString());
    }

    @Test
    void wholeCountryRowsAreChecked() {
        List<Problem> p = new ArrayList<>();
        TerritoryChanges t = TerritoryChanges.load(text("t.csv", "area,lon,lat,before,before_name,after,date,border,source\n"
                + "Slovakia,,,CSK,Czechoslovakia,SVK,1993-01-01,,a source, with a comma\n"
                + "Czechia,,,CSK,Czechia-Slovakia,CZE,1993-01-01,,s\n"
                + "Kosovo,,,SRB,,KOS,2008-02-17,contested,s\n"
                + "Loop,,,SVK,,SVK,2000-01-01,,s\n"), p);
        assertEquals(1, t.all().size());
        assertTrue(t.all().get(0).whole());
        assertEquals("a source, with a comma", t.all().get(0).source());
        assertEquals("Czechoslovakia", t.formerName("CSK"));
        assertEquals(List.of("t.csv:3: item 'Czechia': CSK is named 'Czechoslovakia' on an earlier row",
                "t.csv:4: item 'Kosovo': border is empty or 'disputed', not 'contested'",
                "t.csv:5: item 'Loop': before and after are the same country"), p.stream().map(Problem::toString).toList());
    }
}
