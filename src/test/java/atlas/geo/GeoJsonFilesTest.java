package atlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.DataSource;
import atlas.io.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** Every GeoJSON file the atlas ships is RFC 7946: lon/lat order, right-hand rule, valid geometry. */
class GeoJsonFilesTest {
    static List<Path> files() throws Exception {
        try (Stream<Path> s = Files.walk(Path.of("geodata"))) {
            return s.filter(p -> p.toString().endsWith(".geojson")).sorted().toList();
        }
    }

    @Test
    void everyFileFollowsRfc7946() throws Exception {
        List<Path> files = files();
        assertTrue(files.size() >= 6, "countries at two levels and four story files: " + files);
        for (Path f : files) {
            List<Problem> problems = new ArrayList<>();
            List<GeoJsonFeatures.Raw> raws = GeoJsonFeatures.readAll(DataSource.of(f), problems);
            assertEquals(List.of(), problems, f.toString());
            assertTrue(raws.size() > 0, f.toString());
            for (GeoJsonFeatures.Raw r : raws) {
                if (r.geometry() == null) continue;
                Geometry g = GeoJsonGeometry.parse(r.geometry());
                assertTrue(g.isValid(), f + ":" + r.line() + " valid geometry");
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    if (!(g.getGeometryN(i) instanceof Polygon p)) continue;
                    assertTrue(Orientation.isCCW(p.getExteriorRing().getCoordinateSequence()), f + ":" + r.line() + " exterior ring counter-clockwise");
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        assertTrue(!Orientation.isCCW(p.getInteriorRingN(h).getCoordinateSequence()), f + ":" + r.line() + " hole clockwise");
                    }
                }
            }
        }
    }

    @Test
    void jtsOwnGeoJsonReaderReadsTheSameGeometry() throws Exception {
        org.locationtech.jts.io.geojson.GeoJsonReader jts = new org.locationtech.jts.io.geojson.GeoJsonReader();
        int compared = 0;
        for (Path f : files()) {
            for (GeoJsonFeatures.Raw r : GeoJsonFeatures.readAll(DataSource.of(f), new ArrayList<>())) {
                if (r.geometry() == null) continue;
                Geometry ours = GeoJsonGeometry.parse(r.geometry());
                Geometry theirs = jts.read(r.geometry().toString());
                assertTrue(ours.equalsExact(theirs), f + ":" + r.line());
                compared++;
            }
        }
        assertTrue(compared > 300, "compared " + compared);
    }

    @Test
    void positionsAreLonLat() throws Exception {
        List<Problem> problems = new ArrayList<>();
        for (GeoJsonFeatures.Raw r : GeoJsonFeatures.readAll(DataSource.of(Path.of("geodata/story/places.geojson")), problems)) {
            if (!r.properties().get("id").getAsString().equals("minsk")) continue;
            Geometry g = GeoJsonGeometry.parse(r.geometry());
            assertEquals(27.5667, g.getCoordinate().x, 1e-4, "x is longitude");
            assertEquals(53.9, g.getCoordinate().y, 1e-4, "y is latitude");
            return;
        }
        throw new AssertionError("Minsk not found");
    }

    @Test
    void belarusOutlineContainsMinsk() {
        GeoData geo = GeoData.loadEmbedded();
        Geometry blr = geo.overview().get("BLR").lonLat();
        assertTrue(blr.contains(GeoJsonGeometry.FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(27.5667, 53.9))));
        assertTrue(geo.overview().get("CHN").lonLat().contains(GeoJsonGeometry.FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(116.3917, 39.9139))));
    }
}
