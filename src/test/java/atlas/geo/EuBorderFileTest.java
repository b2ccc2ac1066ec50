package atlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.DataSource;
import atlas.io.Problem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;

/**
 * The EU border shipped in {@code geodata/eu-border-*.geojson} is what JTS derives from the shipped
 * outlines and membership table, at every epoch; a missing, stale or broken file is reported and the
 * border is derived instead.
 */
class EuBorderFileTest {
    /** Degrees to kilometres, an upper bound (a degree of longitude is shorter than one of latitude). */
    private static final double KM_PER_DEGREE = 111.32;
    /** The file keeps the outlines' own vertices (5 decimals), so any difference beyond rounding is a defect. */
    private static final double MAX_HAUSDORFF_KM = 0.05;
    private static final double MAX_LENGTH_RATIO = 0.01;

    private record Loaded(CountrySet countries, Checksummed.Checksum checksum, EuMembership eu) {
    }

    private static Loaded load(String level) {
        List<Problem> problems = new ArrayList<>();
        Checksummed source = new Checksummed(DataSource.of(Path.of("geodata/countries-" + level + ".geojson")));
        CountrySet countries = CountrySet.load(level, source, Projection.eurasia(), problems);
        EuMembership eu = EuMembership.load(DataSource.of(Path.of("geodata/eu-membership.csv")), problems);
        assertEquals(List.of(), problems);
        return new Loaded(countries, source.checksum(), eu);
    }

    private static EuBorder precomputed(Loaded l, DataSource file, List<Problem> problems) {
        return EuBorder.load(l.countries(), l.checksum(), l.eu(), file, Projection.eurasia(), problems);
    }

    private static DataSource shipped(String level) {
        return DataSource.of(Path.of("geodata/" + EuBorderFile.fileName(level)));
    }

    private static DataSource text(String name, String content) {
        return new DataSource() {
            @Override public String name() { return name; }
            @Override public InputStream open() { return new ByteArrayInputStream(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)); }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"50m", "10m"})
    void shippedBorderEqualsJtsAtEveryEpoch(String level) {
        Loaded l = load(level);
        List<Problem> problems = new ArrayList<>();
        EuBorder file = precomputed(l, shipped(level), problems);
        assertEquals(List.of(), problems, "the shipped file is fresh; if not, run scripts/build-geodata.sh --border-only");
        assertTrue(file.isPrecomputed());
        EuBorder jts = new EuBorder(l.countries(), l.eu(), Projection.eurasia());
        EuBorder.epochStarts(l.eu()).parallelStream().forEach(s -> jts.at(EuBorder.firstDay(s))); // epochs are independent: use both cores
        assertEquals(l.eu().changes().size() + 1, file.all().size());
        int compared = 0;
        for (LocalDate start : EuBorder.epochStarts(l.eu())) {
            LocalDate day = EuBorder.firstDay(start);
            EuBorder.Epoch a = file.at(day), b = jts.at(day);
            assertEquals(b.start(), a.start());
            assertEquals(b.members(), a.members(), start.toString());
            Map<String, EuBorder.Segment> want = bySides(b), got = bySides(a);
            assertEquals(want.keySet(), got.keySet(), "member–neighbour pairs of the epoch from " + start);
            for (String k : want.keySet()) {
                EuBorder.Segment x = got.get(k), y = want.get(k);
                String what = level + " " + start + " " + k;
                assertEquals(y.since(), x.since(), what);
                assertEquals(y.lengthKm(), x.lengthKm(), y.lengthKm() * MAX_LENGTH_RATIO, what);
                double km = DiscreteHausdorffDistance.distance(x.lonLat(), y.lonLat()) * KM_PER_DEGREE;
                assertTrue(km <= MAX_HAUSDORFF_KM, what + ": Hausdorff distance " + km + " km");
                double m = DiscreteHausdorffDistance.distance(x.projected(), y.projected());
                assertTrue(m <= MAX_HAUSDORFF_KM * 1000, what + ": projected " + m + " m apart");
                compared++;
            }
        }
        assertTrue(compared > 200, "compared " + compared + " segments");
    }

    /** Segments keyed by "member>neighbour"; each pair occurs once per epoch. */
    private static Map<String, EuBorder.Segment> bySides(EuBorder.Epoch e) {
        Map<String, EuBorder.Segment> m = new TreeMap<>();
        for (EuBorder.Segment s : e.segments()) assertEquals(null, m.put(s.member() + ">" + s.neighbour(), s), "one segment per pair");
        return m;
    }

    @Test
    void embeddedGeodataUsesThePrecomputedBorder() {
        GeoData geo = GeoData.loadEmbedded();
        assertTrue(geo.overviewBorder().isPrecomputed());
        assertTrue(geo.overviewBorder().ifReady(LocalDate.of(2015, 6, 1)) != null, "a first frame need not wait");
        assertTrue(geo.detailBorder().isPrecomputed());
        assertEquals(List.of(), geo.problems());
    }

    @Test
    void segmentsUnchangedBetweenEpochsAreReadOnce() {
        EuBorder b = precomputed(load("50m"), shipped("50m"), new ArrayList<>());
        EuBorder.Segment in2005 = b.at(LocalDate.of(2005, 1, 1)).segments().stream().filter(s -> s.id().equals("border-BLR-POL")).findFirst().orElseThrow();
        EuBorder.Segment in2015 = b.at(LocalDate.of(2015, 1, 1)).segments().stream().filter(s -> s.id().equals("border-BLR-POL")).findFirst().orElseThrow();
        assertTrue(in2005 == in2015, "projected once, shared");
    }

    @Test
    void checksumIsTheFilesCrc32AndSize() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("geodata/countries-50m.geojson"));
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        assertEquals(new Checksummed.Checksum(String.format("%08x", crc.getValue()), bytes.length), load("50m").checksum());
    }

    @Test
    void anotherMembershipTableMakesTheFileStale() {
        Loaded l = load("50m");
        // As if the United Kingdom had stayed: the table no longer has the 2020 epoch.
        List<EuMembership.Member> members = l.eu().members().stream()
                .map(m -> m.iso3().equals("GBR") ? new EuMembership.Member("GBR", m.name(), m.joined(), null, m.source()) : m).toList();
        EuMembership stayed = new EuMembership(members);
        List<Problem> problems = new ArrayList<>();
        EuBorder b = EuBorder.load(l.countries(), l.checksum(), stayed, shipped("50m"), Projection.eurasia(), problems);
        assertFalse(b.isPrecomputed());
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals("geodata/eu-border-50m.geojson", p.file());
        assertTrue(p.message().startsWith("stale: its membership epochs differ from eu-membership.csv"), p.message());
        assertTrue(p.message().contains("build-geodata.sh --border-only"), p.message());
        // Derived from the table it was given: no Irish land border with a non-member in 2021.
        assertTrue(b.at(LocalDate.of(2021, 6, 1)).segments().stream().noneMatch(s -> s.id().equals("border-GBR-IRL")));
    }

    @Test
    void otherOutlinesMakeTheFileStale() {
        Loaded l = load("50m");
        List<Problem> problems = new ArrayList<>();
        EuBorder b = EuBorder.load(l.countries(), new Checksummed.Checksum("00000000", l.checksum().bytes()), l.eu(), shipped("50m"), Projection.eurasia(), problems);
        assertFalse(b.isPrecomputed());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("another countries-50m.geojson"), problems.toString());
        assertEquals(3, b.at(LocalDate.of(2015, 1, 1)).segmentsWith("BLR").size(), "still the border, derived");
    }

    @Test
    void aMissingFileIsReportedAndTheBorderDerived() {
        Loaded l = load("50m");
        List<Problem> problems = new ArrayList<>();
        EuBorder b = precomputed(l, DataSource.of(Path.of("no/such/eu-border-50m.geojson")), problems);
        assertFalse(b.isPrecomputed());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("not found"), problems.toString());
        assertEquals(3, b.at(LocalDate.of(2015, 1, 1)).segmentsWith("BLR").size());
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndTheBorderDerived() throws Exception {
        Loaded l = load("50m");
        String whole = Files.readString(Path.of("geodata/eu-border-50m.geojson"));
        String cut = whole.substring(0, whole.indexOf("\n", whole.indexOf("border-BLR-POL")) + 1) + "{\"type\": \"Feat";
        List<Problem> problems = new ArrayList<>();
        EuBorder b = precomputed(l, text("geodata/eu-border-50m.geojson", cut), problems);
        assertFalse(b.isPrecomputed());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).line() > 3 && problems.get(0).message().startsWith("cannot be read"), problems.toString());

        String unknownEpoch = whole.replaceFirst("\"epoch_start\":\"2004-05-01\"", "\"epoch_start\":\"2004-06-01\"");
        problems.clear();
        assertFalse(precomputed(l, text("geodata/eu-border-50m.geojson", unknownEpoch), problems).isPrecomputed());
        assertTrue(problems.get(0).message().contains("segments in epoch 2004-06-01, which its header does not list"), problems.toString());

        String noHeader = whole.replaceFirst("\"eu_border\"", "\"other\"");
        problems.clear();
        assertFalse(precomputed(l, text("geodata/eu-border-50m.geojson", noHeader), problems).isPrecomputed());
        assertTrue(problems.get(0).message().startsWith("no 'eu_border' header"), problems.toString());
    }
}
