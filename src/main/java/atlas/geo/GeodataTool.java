package atlas.geo;

import atlas.io.AtomicFiles;
import atlas.io.DataSource;
import atlas.io.Problem;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Build step of scripts/build-geodata.sh (not used at run time): reads the raw Natural Earth GeoJSON
 * that the npm step wrote, clips every country to the atlas region, repairs invalid polygons, rounds
 * to 5 decimals (about a metre) and writes RFC 7946 GeoJSON, one feature a line.
 */
public final class GeodataTool {
    /** The region the atlas keeps: 15°W–150°E, 5°N–72°N. */
    static final double WEST = -15, EAST = 150, SOUTH = 5, NORTH = 72;

    private GeodataTool() {
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]), out = Path.of(args[1]);
        for (String level : new String[] {"50m", "10m"}) {
            String name = "countries-" + level + ".geojson";
            List<Problem> problems = new ArrayList<>();
            List<GeoJsonFeatures.Raw> raws = GeoJsonFeatures.readAll(DataSource.of(in.resolve(name)), problems);
            problems.forEach(p -> System.err.println(p));
            Geometry region = regionPolygon();
            List<String> lines = new ArrayList<>();
            int repaired = 0;
            for (GeoJsonFeatures.Raw r : raws) {
                Geometry g;
                try {
                    g = GeoJsonGeometry.parseUnwrapped(r.geometry());
                } catch (GeoJsonGeometry.Invalid e) {
                    throw new IOException(name + ":" + r.line() + ": " + e.getMessage());
                }
                if (!g.isValid()) {
                    g = GeometryFixer.fix(g);
                    repaired++;
                }
                if (!region.contains(g)) g = g.intersection(region);
                for (int i = 0; i < 3; i++) {
                    g = round(g);
                    if (g.isValid()) break;
                    g = GeometryFixer.fix(g);
                }
                if (g.isEmpty() || !(g instanceof Polygonal)) continue;
                JsonObject p = r.properties();
                lines.add(GeoJsonWriter.feature(p.get("iso3").getAsString(), p, GeoJsonWriter.rfc7946(g)));
            }
            AtomicFiles.write(out.resolve(name), o -> {
                Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
                w.write("{\"type\":\"FeatureCollection\",\"name\":\"countries-" + level + "\",\"features\":[\n");
                w.write(String.join(",\n", lines));
                w.write("\n]}\n");
                w.flush();
            });
            System.err.printf("%s: %d countries (%d repaired)%n", name, lines.size(), repaired);
        }
    }

    /** The region as a lon/lat polygon, densified so the clip follows parallels and meridians. */
    static Geometry regionPolygon() {
        List<Coordinate> cs = new ArrayList<>();
        for (double x = WEST; x < EAST; x += 1) cs.add(new Coordinate(x, SOUTH));
        for (double y = SOUTH; y < NORTH; y += 1) cs.add(new Coordinate(EAST, y));
        for (double x = EAST; x > WEST; x -= 1) cs.add(new Coordinate(x, NORTH));
        for (double y = NORTH; y > SOUTH; y -= 1) cs.add(new Coordinate(WEST, y));
        cs.add(new Coordinate(WEST, SOUTH));
        return GeoJsonGeometry.FACTORY.createPolygon(cs.toArray(new Coordinate[0]));
    }

    private static Geometry round(Geometry g) {
        Geometry c = g.copy();
        c.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                seq.setOrdinate(i, 0, Math.round(seq.getX(i) * 1e5) / 1e5);
                seq.setOrdinate(i, 1, Math.round(seq.getY(i) * 1e5) / 1e5);
            }
            @Override public boolean isDone() { return false; }
            @Override public boolean isGeometryChanged() { return true; }
        });
        c.geometryChanged();
        return c;
    }
}
