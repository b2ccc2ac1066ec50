package atlas.geo;

import atlas.io.DataSource;
import atlas.io.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;

/** The countries of one level of detail (50m or 10m), loaded from a GeoJSON file and projected. */
public final class CountrySet {
    private final String level;
    private final Map<String, Country> byIso3;

    private CountrySet(String level, Map<String, Country> byIso3) {
        this.level = level;
        this.byIso3 = Collections.unmodifiableMap(byIso3);
    }

    static CountrySet of(String level, Map<String, Country> byIso3) {
        return new CountrySet(level, new LinkedHashMap<>(byIso3));
    }

    /**
     * The countries of {@code source} from the binary {@code cache} made from it by the geodata build
     * ({@link CountryCache}) when that is current, else from {@code source} as {@link #load} reads it.
     * Either way {@code source}'s checksum is taken.
     */
    static CountrySet load(String level, Checksummed source, DataSource cache, Projection projection, String proj4, List<Problem> problems) {
        CountrySet cached = CountryCache.read(cache, level, source.compute(), proj4);
        return cached != null ? cached : load(level, source, projection, problems);
    }

    public static CountrySet empty(String level) {
        return new CountrySet(level, new LinkedHashMap<>());
    }

    /**
     * Loads a countries file. A feature without a usable code or geometry is skipped with a problem;
     * an invalid polygon is repaired with JTS {@link GeometryFixer} and reported.
     */
    public static CountrySet load(String level, DataSource source, Projection projection, List<Problem> problems) {
        Map<String, Country> map = new LinkedHashMap<>();
        GeoJsonFeatures.read(source, raw -> {
            String iso3 = raw.properties().has("iso3") ? raw.properties().get("iso3").getAsString() : null;
            String name = raw.properties().has("name") ? raw.properties().get("name").getAsString() : iso3;
            if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
                problems.add(new Problem(source.name(), name, raw.line(), "country has no 3-letter 'iso3' code"));
                return;
            }
            if (raw.geometry() == null) {
                problems.add(new Problem(source.name(), iso3, raw.line(), "country has no geometry"));
                return;
            }
            Geometry g;
            try {
                g = GeoJsonGeometry.parse(raw.geometry());
            } catch (GeoJsonGeometry.Invalid e) {
                problems.add(new Problem(source.name(), iso3, raw.line(), e.getMessage()));
                return;
            }
            if (!(g instanceof Polygonal)) {
                problems.add(new Problem(source.name(), iso3, raw.line(), "country geometry is " + g.getGeometryType() + ", expected a polygon"));
                return;
            }
            if (!g.isValid()) {
                g = GeometryFixer.fix(g);
                problems.add(new Problem(source.name(), iso3, raw.line(), "invalid polygon repaired"));
            }
            if (map.containsKey(iso3)) {
                problems.add(new Problem(source.name(), iso3, raw.line(), "duplicate country code; the first one is kept"));
                return;
            }
            map.put(iso3, new Country(iso3, name, g, projection.project(g)));
        }, problems);
        return new CountrySet(level, map);
    }

    public String level() {
        return level;
    }

    public Country get(String iso3) {
        return byIso3.get(iso3);
    }

    public List<Country> all() {
        return new ArrayList<>(byIso3.values());
    }

    public int size() {
        return byIso3.size();
    }
}
