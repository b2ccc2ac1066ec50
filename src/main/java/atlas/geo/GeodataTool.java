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
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Build step of scripts/build-geodata.sh (not used at run time): reads the raw Natural Earth GeoJSON
 * that the npm step wrote, clips every country to the atlas region, repairs invalid polygons, rounds
 * to 5 decimals (about a metre) and writes RFC 7946 GeoJSON, one feature a line. Then derives the EU's
 * external border for every membership epoch from the written outlines and {@code eu-membership.csv}
 * and writes {@code eu-border-50m.geojson} and {@code eu-border-10m.geojson} ({@link EuBorderFile}).
 * Last, the 1:50m outlines as loaded and projected, in binary ({@code countries-50m.bin}, {@link CountryCache}).
 *
 * <p>Arguments: {@code RAW_DIR GEODATA_DIR} for both steps, or {@code --border-only GEODATA_DIR} for
 * the border alone (after an edit to {@code eu-membership.csv}; needs no npm).
 */
public final class GeodataTool {
    private GeodataTool() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: GeodataTool RAW_DIR GEODATA_DIR | --border-only GEODATA_DIR");
        if (!args[0].equals("--border-only")) countries(Path.of(args[0]), Path.of(args[1]));
        for (String level : new String[] {"50m", "10m"}) border(Path.of(args[1]), level);
        cache(Path.of(args[1]), "50m");
    }

    /**
     * Writes {@code countries-LEVEL.bin} ({@link CountryCache}): the outlines as loaded and projected, so
     * start-up need not parse, check and project the GeoJSON. Only the 1:50m level, which every start needs.
     */
    static void cache(Path dir, String level) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Checksummed source = new Checksummed(DataSource.of(dir.resolve("countries-" + level + ".geojson")));
        CountrySet countries = CountrySet.load(level, source, Projection.eurasia(), problems);
        if (!problems.isEmpty() || source.checksum() == null) {
            throw new IOException("cannot cache the outlines of " + dir + ": " + problems);
        }
        String name = CountryCache.fileName(level);
        AtomicFiles.write(dir.resolve(name), o -> CountryCache.write(o, countries, source.checksum(), Projection.PROJ4));
        System.err.printf("%s: %d countries%n", name, countries.size());
    }

    /** Writes {@code eu-border-LEVEL.geojson} from {@code countries-LEVEL.geojson} and {@code eu-membership.csv} in {@code dir}. */
    static void border(Path dir, String level) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Checksummed source = new Checksummed(DataSource.of(dir.resolve("countries-" + level + ".geojson")));
        CountrySet countries = CountrySet.load(level, source, Projection.eurasia(), problems);
        EuMembership eu = EuMembership.load(DataSource.of(dir.resolve("eu-membership.csv")), problems);
        if (!problems.isEmpty() || source.checksum() == null) {
            throw new IOException("cannot derive the EU border from " + dir + ": " + problems);
        }
        long t0 = System.nanoTime();
        List<EuBorder.Epoch> epochs = new EuBorder(countries, eu, Projection.eurasia()).all();
        EuBorderFile.Inputs inputs = EuBorderFile.Inputs.of(level, source.checksum(), eu);
        String name = EuBorderFile.fileName(level);
        AtomicFiles.write(dir.resolve(name), o -> EuBorderFile.write(o, inputs, epochs));
        System.err.printf("%s: %d epochs, %d segments (derived in %d ms)%n", name, epochs.size(),
                epochs.stream().mapToInt(e -> e.segments().size()).sum(), (System.nanoTime() - t0) / 1_000_000);
    }

    private static void countries(Path in, Path out) throws IOException {
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

    /** The region the atlas keeps ({@link DataExtent}) as a lon/lat polygon, densified so the clip follows parallels and meridians. */
    static Geometry regionPolygon() {
        return DataExtent.lonLat();
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
