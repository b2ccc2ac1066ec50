package atlas.geo;

import atlas.io.CsvTable;
import atlas.io.DataSource;
import atlas.io.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Areas that changed hands, so the map can draw the outlines of the day. Natural Earth draws today's de
 * facto lines; {@code geodata/territory-changes.csv} ({@code area,lon,lat,before,after,date,source}) says
 * that the polygon of country {@code after} containing (lon, lat) belonged to {@code before} until the day
 * before {@code date}. Used for drawing and clicking; the EU border is not affected (no change involves a
 * member state).
 */
public final class TerritoryChanges {
    /** One change of hands. */
    public record Change(String area, double lon, double lat, String before, String after, LocalDate date, String source) {
    }

    private final List<Change> changes;

    public TerritoryChanges(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    public static TerritoryChanges none() {
        return new TerritoryChanges(List.of());
    }

    public static TerritoryChanges load(DataSource source, List<Problem> problems) {
        List<Change> out = new ArrayList<>();
        CsvTable.read(source, "area,lon,lat,before,after,date,source", problems, f -> {
            double lon = Double.parseDouble(f[1]), lat = Double.parseDouble(f[2]);
            new GeoPoint(lon, lat); // checks the range
            out.add(new Change(f[0], lon, lat, f[3], f[4], LocalDate.parse(f[5]), f.length > 6 ? f[6] : ""));
        });
        return new TerritoryChanges(out);
    }

    public List<Change> all() {
        return changes;
    }

    /** Changes that concern {@code iso3}, as giver or taker. */
    public List<Change> of(String iso3) {
        return changes.stream().filter(c -> c.before().equals(iso3) || c.after().equals(iso3)).toList();
    }

    /** Every day on which an outline changes, ascending. */
    public List<LocalDate> changeDays() {
        return List.copyOf(new TreeSet<>(changes.stream().map(Change::date).toList()));
    }

    /** The first day of the period of unchanged outlines containing {@code date} (LocalDate.MIN before all changes). */
    public LocalDate epochOf(LocalDate date) {
        LocalDate e = LocalDate.MIN;
        for (LocalDate c : new TreeSet<>(changes.stream().map(Change::date).toList())) {
            if (c.isAfter(date)) break;
            e = c;
        }
        return e;
    }

    /**
     * The countries as drawn on {@code date}: those untouched by any change are the very same objects as in
     * {@code set}; a country that gained an area later is drawn without it, and one that lost it later, with it.
     */
    public List<Country> countriesOn(CountrySet set, LocalDate date, Projection projection) {
        Map<String, Country> on = new LinkedHashMap<>();
        for (Country c : set.all()) on.put(c.iso3(), c);
        for (Change ch : changes) {
            if (!date.isBefore(ch.date())) continue;
            Country after = on.get(ch.after()), before = on.get(ch.before());
            if (after == null || before == null) continue;
            Point p = GeoJsonGeometry.FACTORY.createPoint(new Coordinate(ch.lon(), ch.lat()));
            Polygon part = null;
            List<Polygon> rest = new ArrayList<>();
            for (int i = 0; i < after.lonLat().getNumGeometries(); i++) {
                Polygon poly = (Polygon) after.lonLat().getGeometryN(i);
                if (part == null && poly.contains(p)) part = poly;
                else rest.add(poly);
            }
            if (part == null || rest.isEmpty()) continue;
            Geometry afterWithout = GeoJsonGeometry.FACTORY.createMultiPolygon(rest.toArray(new Polygon[0]));
            Geometry beforeWith = before.lonLat().union(part);
            on.put(after.iso3(), new Country(after.iso3(), after.name(), afterWithout, projection.project(afterWithout)));
            on.put(before.iso3(), new Country(before.iso3(), before.name(), beforeWith, projection.project(beforeWith)));
        }
        return new ArrayList<>(on.values());
    }
}
