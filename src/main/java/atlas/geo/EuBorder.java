package atlas.geo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The European Union's external land border on any date, derived with JTS from the member states'
 * polygons (their union as of that date), never drawn by hand. The border is split into one segment
 * per pair of member and non-member neighbour, so the Belarus–Poland, Belarus–Lithuania and
 * Belarus–Latvia segments exist from 1 May 2004 and not before. Results are cached per membership epoch;
 * {@link #at} is thread-safe.
 */
public final class EuBorder {
    /** One stretch of the external border: between member {@code member} and non-member {@code neighbour}. */
    public record Segment(String member, String neighbour, Geometry lonLat, Geometry projected, double lengthKm, LocalDate since) {
        /** Stable id, the two codes in alphabetical order: {@code border-BLR-POL}. */
        public String id() {
            List<String> b = between();
            return "border-" + b.get(0) + "-" + b.get(1);
        }

        /** The two countries' ISO 3166-1 alpha-3 codes, alphabetical. */
        public List<String> between() {
            return member.compareTo(neighbour) < 0 ? List.of(member, neighbour) : List.of(neighbour, member);
        }
    }

    /** The EU's outline and external border during one membership epoch [start, next change). */
    public record Epoch(LocalDate start, List<String> members, Geometry unionLonLat, List<Segment> segments) {
        public List<Segment> segmentsWith(String iso3) {
            return segments.stream().filter(s -> s.neighbour().equals(iso3) || s.member().equals(iso3)).toList();
        }
    }

    private static final double MIN_SEGMENT_KM = 0.5;

    private final CountrySet countries;
    private final EuMembership eu;
    private final Projection projection;
    private final Map<LocalDate, Epoch> cache = new ConcurrentHashMap<>();

    public EuBorder(CountrySet countries, EuMembership eu, Projection projection) {
        this.countries = countries;
        this.eu = eu;
        this.projection = projection;
    }

    public EuMembership membership() {
        return eu;
    }

    /** The border in force on {@code date}; computed on first use of its epoch, then cached. */
    public Epoch at(LocalDate date) {
        LocalDate start = eu.epochOf(date);
        return cache.computeIfAbsent(start, s -> compute(s));
    }

    /** The border if its epoch is already computed, else null (for a frame that must not wait). */
    public Epoch ifReady(LocalDate date) {
        return cache.get(eu.epochOf(date));
    }

    private Epoch compute(LocalDate start) {
        LocalDate day = start.equals(LocalDate.MIN) ? LocalDate.of(1900, 1, 1) : start;
        List<String> members = eu.membersOn(day);
        List<Geometry> polys = new ArrayList<>();
        for (String m : members) {
            Country c = countries.get(m);
            if (c != null) polys.add(c.lonLat());
        }
        if (polys.isEmpty()) {
            Geometry empty = GeoJsonGeometry.FACTORY.createGeometryCollection();
            return new Epoch(start, members, empty, List.of());
        }
        Geometry union = UnaryUnionOp.union(polys);
        // Every edge of the union's boundary that a non-member also has is external border; the member
        // that has it too names the segment. Natural Earth neighbours share their border vertices exactly.
        Map<List<String>, LineMerger> parts = new java.util.TreeMap<>(java.util.Comparator.comparing(Object::toString));
        Coordinate[] ring;
        for (int i = 0; i < union.getNumGeometries(); i++) {
            Polygon p = (Polygon) union.getGeometryN(i);
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                ring = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
                for (int k = 1; k < ring.length; k++) {
                    String[] owners = edges().owners(ring[k - 1], ring[k]);
                    if (owners == null) continue;
                    String m = null, n = null;
                    for (String o : owners) {
                        if (members.contains(o)) m = o;
                        else n = o;
                    }
                    if (m == null || n == null) continue;
                    parts.computeIfAbsent(List.of(m, n), x -> new LineMerger())
                            .add(GeoJsonGeometry.FACTORY.createLineString(new Coordinate[] {ring[k - 1], ring[k]}));
                }
            }
        }
        List<Segment> segments = new ArrayList<>();
        for (var e : parts.entrySet()) {
            @SuppressWarnings("unchecked")
            java.util.Collection<LineString> merged = e.getValue().getMergedLineStrings();
            Geometry line = GeoJsonGeometry.FACTORY.createMultiLineString(merged.toArray(new LineString[0]));
            double km = GeoLength.km(line);
            if (km < MIN_SEGMENT_KM) continue;
            String m = e.getKey().get(0), n = e.getKey().get(1);
            segments.add(new Segment(m, n, line, projection.project(line), km, since(m, n, day)));
        }
        segments.sort(Comparator.comparing(Segment::id));
        return new Epoch(start, members, union, List.copyOf(segments));
    }

    private volatile EdgeOwners edges;

    private EdgeOwners edges() {
        EdgeOwners e = edges;
        if (e == null) {
            synchronized (this) {
                if (edges == null) edges = new EdgeOwners(countries);
                e = edges;
            }
        }
        return e;
    }

    /** The first day of the unbroken run of epochs up to {@code day} in which m is a member and n is not. */
    private LocalDate since(String m, String n, LocalDate day) {
        LocalDate since = eu.epochOf(day);
        List<LocalDate> changes = eu.changes();
        for (int i = changes.size() - 1; i >= 0; i--) {
            LocalDate c = changes.get(i);
            if (c.isAfter(day)) continue;
            LocalDate before = c.minusDays(1);
            if (eu.isMember(m, before) && !eu.isMember(n, before)) since = eu.epochOf(before);
            else break;
        }
        EuMembership.Member first = eu.membershipOn(m, day);
        return first != null && first.joined().isAfter(since) ? first.joined() : since;
    }


}
