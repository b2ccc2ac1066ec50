package atlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.DataSource;
import atlas.io.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * {@code geodata/countries-50m.bin} is current (made from the shipped GeoJSON with today's projection)
 * and gives exactly the countries the GeoJSON gives; a stale or damaged file is not used.
 */
class CountryCacheTest {
    private static final Path GEOJSON = Path.of("geodata/countries-50m.geojson");
    private static final Path BIN = Path.of("geodata/countries-50m.bin");

    private static DataSource bytes(String name, byte[] b) {
        return new DataSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(b);
            }
        };
    }

    @Test
    void shippedFileIsCurrentAndEqualsTheGeoJson() {
        List<Problem> problems = new ArrayList<>();
        Checksummed source = new Checksummed(DataSource.of(GEOJSON));
        CountrySet fromJson = CountrySet.load("50m", source, Projection.eurasia(), problems);
        assertEquals(List.of(), problems);
        CountrySet cached = CountryCache.read(DataSource.of(BIN), "50m", source.checksum(), Projection.PROJ4);
        assertNotNull(cached, "countries-50m.bin is stale: run scripts/build-geodata.sh --border-only");
        assertEquals(fromJson.size(), cached.size());
        List<Country> a = fromJson.all(), b = cached.all();
        for (int i = 0; i < a.size(); i++) {
            Country x = a.get(i), y = b.get(i);
            assertEquals(x.iso3(), y.iso3());
            assertEquals(x.name(), y.name());
            same(x.lonLat(), y.lonLat(), x.iso3());
            same(x.projected(), y.projected(), x.iso3());
        }
    }

    private static void same(Geometry x, Geometry y, String what) {
        assertEquals(x.getClass(), y.getClass(), what);
        assertTrue(x.equalsExact(y, 0), what + ": coordinates differ");
        assertEquals(x.getEnvelopeInternal(), y.getEnvelopeInternal(), what);
        assertEquals(x.getFactory().getSRID(), y.getFactory().getSRID(), what);
    }

    @Test
    void theEmbeddedBaseMapUsesIt() {
        // What GeoData loads (embedded) equals the GeoJSON read directly: same codes in the same order.
        CountrySet embedded = GeoData.loadEmbedded().overview();
        List<Problem> problems = new ArrayList<>();
        CountrySet fromJson = CountrySet.load("50m", DataSource.of(GEOJSON), Projection.eurasia(), problems);
        assertEquals(fromJson.all().stream().map(Country::iso3).toList(), embedded.all().stream().map(Country::iso3).toList());
    }

    @Test
    void staleOrDamagedFilesAreNotUsed() throws Exception {
        Checksummed source = new Checksummed(DataSource.of(GEOJSON));
        Checksummed.Checksum sum = source.compute();
        assertNotNull(sum);
        byte[] bin = Files.readAllBytes(BIN);
        assertNotNull(CountryCache.read(bytes("bin", bin), "50m", sum, Projection.PROJ4));
        // another GeoJSON, another projection, another level
        assertNull(CountryCache.read(bytes("bin", bin), "50m", new Checksummed.Checksum("00000000", sum.bytes()), Projection.PROJ4));
        assertNull(CountryCache.read(bytes("bin", bin), "50m", new Checksummed.Checksum(sum.crc32(), sum.bytes() + 1), Projection.PROJ4));
        assertNull(CountryCache.read(bytes("bin", bin), "50m", sum, Projection.PROJ4.replace("lon_0=65", "lon_0=60")));
        assertNull(CountryCache.read(bytes("bin", bin), "10m", sum, Projection.PROJ4));
        // cut short, or a count damaged
        assertNull(CountryCache.read(bytes("bin", Arrays.copyOf(bin, bin.length / 2)), "50m", sum, Projection.PROJ4));
        byte[] bad = bin.clone();
        for (int i = 200; i < 204; i++) bad[i] = (byte) 0x7f;
        assertNull(CountryCache.read(bytes("bin", bad), "50m", sum, Projection.PROJ4));
        assertNull(CountryCache.read(bytes("bin", new byte[0]), "50m", sum, Projection.PROJ4));
    }

    @Test
    void writesWhatItReads() throws Exception {
        List<Problem> problems = new ArrayList<>();
        Checksummed source = new Checksummed(DataSource.of(GEOJSON));
        CountrySet set = CountrySet.load("50m", source, Projection.eurasia(), problems);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CountryCache.write(out, set, source.checksum(), Projection.PROJ4);
        CountrySet back = CountryCache.read(bytes("bin", out.toByteArray()), "50m", source.checksum(), Projection.PROJ4);
        assertNotNull(back);
        assertEquals(set.size(), back.size());
        assertTrue(Arrays.equals(out.toByteArray(), Files.readAllBytes(BIN)), "the shipped file is what the build writes today");
    }
}
