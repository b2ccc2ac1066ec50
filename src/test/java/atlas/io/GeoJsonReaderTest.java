package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming GeoJSON reader on the shapes people's files come in, and on broken ones. */
class GeoJsonReaderTest {
    static DataSource text(String name, String json) {
        return new DataSource() {
            @Override public String name() { return name; }
            @Override public InputStream open() { return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)); }
        };
    }

    private record Read(List<RawFeature> features, List<Problem> problems) {
    }

    private static Read read(String json) {
        List<RawFeature> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new GeoJsonReader().read(text("t.geojson", json), f -> out.add(f.copy()), problems);
        return new Read(out, problems);
    }

    @Test
    void foreignSchemaWithNaNTokensAndThirdCoordinate() {
        Read r = read("{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"id\":7,\"properties\":{\"Title\":\"A\",\"Amount\":NaN,\"Year\":2013.0,\"Flag\":true,\"Tags\":[1,2]},"
                + "\"geometry\":{\"coordinates\":[27.5,53.9,200],\"type\":\"Point\"}}]}");
        assertEquals(List.of(), r.problems());
        RawFeature f = r.features().get(0);
        assertEquals("7", f.id);
        assertEquals("A", f.text("Title"));
        assertNull(f.get("Amount"), "NaN reads as empty");
        assertTrue(f.has("Amount"));
        assertEquals("2013.0", f.text("Year"));
        assertEquals(Boolean.TRUE, f.get("Flag"));
        assertEquals("[1,2]", f.get("Tags").toString());
        assertTrue(f.hasPoint);
        assertEquals(27.5, f.lon);
        assertEquals(53.9, f.lat);
        assertEquals(2, f.line);
    }

    @Test
    void aLoneFeatureAndABareGeometryAreOneFeatureEach() {
        Read feature = read("{\"properties\":{\"name\":\"X\"},\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}}");
        assertEquals(1, feature.features().size());
        assertEquals("X", feature.features().get(0).text("name"));
        assertEquals("LineString", feature.features().get(0).geometry.getGeometryType());
        Read bare = read("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}");
        assertEquals(1, bare.features().size());
        assertEquals("Polygon", bare.features().get(0).geometry.getGeometryType());
    }

    @Test
    void aBadlyShapedGeometryCostsOnlyThatFeaturesGeometry() {
        String ok = "{\"type\":\"Feature\",\"properties\":{\"n\":\"%s\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}";
        Read r = read("{\"type\":\"FeatureCollection\",\"features\":[" + String.format(ok, "before") + ","
                + "{\"type\":\"Feature\",\"properties\":{\"n\":\"flat\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[24,53,25,54]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"n\":\"member\"},\"geometry\":{\"type\":\"GeometryCollection\",\"geometries\":[24]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"n\":\"strings\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[\"27.56\",\"53.9\"]}},"
                + String.format(ok, "after") + "]}");
        assertEquals(List.of("before", "flat", "member", "strings", "after"), r.features().stream().map(f -> f.text("n")).toList());
        assertTrue(r.features().get(1).geometryProblem.contains("too shallow"), r.features().get(1).geometryProblem);
        assertTrue(r.features().get(2).geometryProblem.contains("not a geometry object"), r.features().get(2).geometryProblem);
        assertTrue(r.features().get(3).geometryProblem.contains("written as a string"), r.features().get(3).geometryProblem);
        assertTrue(r.features().get(4).hasPoint);
    }

    @Test
    void malformedJsonKeepsWhatCameBeforeAndSaysWhere() {
        Read r = read("{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"properties\":{},\"geometry\":null},\n{\"type\":\"Feature\" \"x\":1}]}");
        assertEquals(1, r.features().size());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().startsWith("malformed JSON at line 3"), r.problems().get(0).message());
        assertTrue(r.problems().get(0).message().contains("1 features before it are kept"));
    }

    @Test
    void notGeoJsonSaysSoOnce() {
        Read r = read("[1,2,3]");
        assertEquals(0, r.features().size());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().startsWith("not GeoJSON"));
        Read other = read("{\"hello\":\"world\"}");
        assertTrue(other.problems().get(0).message().startsWith("not GeoJSON"));
        assertFalse(other.problems().get(0).message().isBlank());
    }

    @Test
    void messagesQuoteValuesShortAndSafe() {
        String longValue = "x".repeat(5000);
        assertEquals(Texts.MAX_QUOTED + 1, Texts.clip(longValue).length());
        assertEquals("a\\u001b[2Jb", Texts.clip("a\u001b[2Jb"));
    }
}
