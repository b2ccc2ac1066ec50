package atlas.geo;

import atlas.io.CsvTable;
import atlas.io.DataSource;
import atlas.io.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The outlines of the day. Natural Earth draws today's countries and de facto lines; {@code
 * geodata/territory-changes.csv} ({@code area,lon,lat,before,before_name,after,date,border,source}) says
 * what was drawn differently before a date:
 * <ul>
 * <li>with a point (lon, lat): the polygon of country {@code after} that contains it belonged to {@code
 * before} until the day before {@code date} (Crimea);</li>
 * <li>without a point: the whole of {@code after} was part of {@code before} until the day before {@code
 * date}. {@code before} may be a country that no longer exists (then {@code before_name} names it), and
 * rows chain: Serbia was part of Serbia and Montenegro, which was called Yugoslavia before 2003. The
 * outline of such a country is the union (JTS) of today's polygons of its parts;</li>
 * <li>{@code border = disputed}: from {@code date} on, the line between {@code after} and {@code before} is
 * a disputed one (Kosovo and Serbia), drawn dashed.</li>
 * </ul>
 * Used for drawing and clicking. The EU border is derived from today's outlines and is not affected: no
 * change involves a state that was an EU member at the time (checked by a test). Results are cached, so
 * the same period asked twice returns the same objects; the methods are thread-safe.
 */
public final class TerritoryChanges {
    /** One change of hands; {@code lon}/{@code lat} are NaN when the whole of {@code after} changed. */
    public record Change(String area, double lon, double lat, String before, String beforeName, String after,
            LocalDate date, boolean disputed, String source) {
        /** True if the whole country {@code after} was part of {@code before} (no point given). */
        public boolean whole() {
            return Double.isNaN(lon);
        }
    }

    /** A line between two countries that one of them does not recognise, drawn dashed (lon/lat and projected). */
    public record DisputedLine(String area, String a, String b, Geometry lonLat, Geometry projected) {
    }

    /** Chains of whole-country rows longer than this are a data error (a loop). */
    private static final int MAX_CHAIN = 16;

    private final List<Change> changes;
    private final Map<String, String> formerNames = new HashMap<>();
    private final Map<Object, Object> memo = new ConcurrentHashMap<>();

    public TerritoryChanges(List<Change> changes) {
        this.changes = List.copyOf(changes);
        for (Change c : changes) if (c.beforeName() != null && !c.beforeName().isBlank()) formerNames.putIfAbsent(c.before(), c.beforeName());
    }

    public static TerritoryChanges none() {
        return new TerritoryChanges(List.of());
    }

    public static TerritoryChanges load(DataSource source, List<Problem> problems) {
        List<Change> out = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        CsvTable.read(source, "area,lon,lat,before,before_name,after,date,border,source", problems, f -> {
            double lon = Double.NaN, lat = Double.NaN;
            if (!f[1].isEmpty() || !f[2].isEmpty()) {
                lon = Double.parseDouble(f[1]);
                lat = Double.parseDouble(f[2]);
                new GeoPoint(lon, lat); // checks the range
            }
            if (!f[3].matches("[A-Z]{3}") || !f[5].matches("[A-Z]{3}")) throw new IllegalArgumentException("before and after must be 3-letter codes");
            if (f[3].equals(f[5])) throw new IllegalArgumentException("before and after are the same country");
            if (!f[7].isEmpty() && !f[7].equals("disputed")) throw new IllegalArgumentException("border is empty or 'disputed', not '" + f[7] + "'");
            String known = names.putIfAbsent(f[3], f[4]);
            if (!f[4].isEmpty() && known != null && !known.isEmpty() && !known.equals(f[4])) {
                throw new IllegalArgumentException(f[3] + " is named '" + known + "' on an earlier row");
            }
            out.add(new Change(f[0], lon, lat, f[3], f[4], f[5], LocalDate.parse(f[6]), f[7].equals("disputed"), f.length > 8 ? f[8] : ""));
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

    /** The name of a country that no longer exists (from {@code before_name}), or null. */
    public String formerName(String code) {
        return formerNames.get(code);
    }

    /** Every day on which an outline or a name changes, ascending. */
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
     * The countries as drawn on {@code date}. Countries untouched by any change are the very same objects
     * as in {@code set}; a country that gained an area later is drawn without it, one that lost it later
     * with it; countries that were parts of one state are drawn as that state (their polygons dissolved).
     * Asking again for a day of the same period returns the same objects.
     */
    public List<Country> countriesOn(CountrySet set, LocalDate date, Projection projection) {
        Map<String, Country> on = new LinkedHashMap<>();
        for (Country c : set.all()) on.put(c.iso3(), c);
        for (Change ch : changes) {
            if (ch.whole() || !date.isBefore(ch.date())) continue;
            Country after = on.get(ch.after()), before = on.get(ch.before());
            if (after == null || before == null) continue;
            Object found = memo.computeIfAbsent(new Key("part", ch, List.of(after, before)), k -> movePart(ch, after, before, projection));
            if (!(found instanceof Country[] moved)) continue;
            on.put(after.iso3(), moved[0]);
            on.put(before.iso3(), moved[1]);
        }
        // Whole countries: group each by the state it belonged to on the date, then dissolve each group.
        Map<String, List<Country>> groups = new LinkedHashMap<>();
        for (Country c : on.values()) groups.computeIfAbsent(ownerOn(c.iso3(), date), k -> new ArrayList<>()).add(c);
        List<Country> out = new ArrayList<>();
        for (var g : groups.entrySet()) {
            String code = g.getKey();
            List<Country> parts = g.getValue();
            if (parts.size() == 1 && parts.get(0).iso3().equals(code)) {
                out.add(parts.get(0));
                continue;
            }
            Country own = on.get(code);
            String name = own != null ? own.name() : formerNames.getOrDefault(code, code);
            out.add((Country) memo.computeIfAbsent(new Key(code + "|" + name, null, parts), k -> dissolve(code, name, parts, projection)));
        }
        return out;
    }

    /** The disputed lines drawn on {@code date}, between the countries as drawn then. */
    public List<DisputedLine> disputedOn(CountrySet set, LocalDate date, Projection projection) {
        List<DisputedLine> out = new ArrayList<>();
        List<Country> drawn = null;
        for (Change ch : changes) {
            if (!ch.disputed() || date.isBefore(ch.date())) continue;
            if (drawn == null) drawn = countriesOn(set, date, projection);
            Country a = find(drawn, ch.after()), b = find(drawn, ch.before());
            if (a == null || b == null) continue;
            Object line = memo.computeIfAbsent(new Key("line", ch, List.of(a, b)), k -> sharedLine(ch, a, b, projection));
            if (line instanceof DisputedLine d) out.add(d);
        }
        return out;
    }

    private static Country find(List<Country> cs, String iso3) {
        for (Country c : cs) if (c.iso3().equals(iso3)) return c;
        return null;
    }

    /** The state {@code iso3} was part of on {@code date}, following whole-country rows (itself if none). */
    private String ownerOn(String iso3, LocalDate date) {
        String code = iso3;
        for (int i = 0; i < MAX_CHAIN; i++) {
            String next = null;
            for (Change ch : changes) {
                if (ch.whole() && ch.after().equals(code) && date.isBefore(ch.date())) {
                    next = ch.before();
                    break;
                }
            }
            if (next == null) return code;
            code = next;
        }
        return code;
    }

    private static Object movePart(Change ch, Country after, Country before, Projection projection) {
        Point p = GeoJsonGeometry.FACTORY.createPoint(new Coordinate(ch.lon(), ch.lat()));
        Polygon part = null;
        List<Polygon> rest = new ArrayList<>();
        for (int i = 0; i < after.lonLat().getNumGeometries(); i++) {
            Polygon poly = (Polygon) after.lonLat().getGeometryN(i);
            if (part == null && poly.contains(p)) part = poly;
            else rest.add(poly);
        }
        if (part == null || rest.isEmpty()) return NONE;
        Geometry afterWithout = GeoJsonGeometry.FACTORY.createMultiPolygon(rest.toArray(new Polygon[0]));
        Geometry beforeWith = before.lonLat().union(part);
        return new Country[] {
            new Country(after.iso3(), after.name(), afterWithout, projection.project(afterWithout)),
            new Country(before.iso3(), before.name(), beforeWith, projection.project(beforeWith))
        };
    }

    private static Country dissolve(String code, String name, List<Country> parts, Projection projection) {
        List<Geometry> gs = new ArrayList<>();
        for (Country c : parts) gs.add(c.lonLat());
        Geometry union = UnaryUnionOp.union(gs);
        return new Country(code, name, union, projection.project(union));
    }

    private static Object sharedLine(Change ch, Country a, Country b, Projection projection) {
        // Natural Earth neighbours share their border vertices exactly, so the intersection of the two
        // boundaries is their common line (plus stray points, dropped here).
        Geometry common = a.lonLat().getBoundary().intersection(b.lonLat().getBoundary());
        LineMerger merger = new LineMerger();
        for (int i = 0; i < common.getNumGeometries(); i++) {
            if (common.getGeometryN(i) instanceof LineString l && !l.isEmpty()) merger.add(l);
        }
        @SuppressWarnings("unchecked")
        java.util.Collection<LineString> merged = merger.getMergedLineStrings();
        if (merged.isEmpty()) return NONE;
        Geometry line = GeoJsonGeometry.FACTORY.createMultiLineString(merged.toArray(new LineString[0]));
        return new DisputedLine(ch.area(), a.iso3(), b.iso3(), line, projection.project(line));
    }

    /** Cached "nothing to do" (ConcurrentHashMap holds no nulls). */
    private static final Object NONE = new Object();

    /** A cache key that compares its countries by identity (the same loaded objects), not by geometry. */
    private static final class Key {
        private final String kind;
        private final Change change;
        private final List<Country> countries;

        Key(String kind, Change change, List<Country> countries) {
            this.kind = kind;
            this.change = change;
            this.countries = List.copyOf(countries);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key k) || !k.kind.equals(kind) || k.change != change || k.countries.size() != countries.size()) return false;
            for (int i = 0; i < countries.size(); i++) if (k.countries.get(i) != countries.get(i)) return false;
            return true;
        }

        @Override
        public int hashCode() {
            int h = kind.hashCode() * 31 + System.identityHashCode(change);
            for (Country c : countries) h = h * 31 + System.identityHashCode(c);
            return h;
        }
    }
}
