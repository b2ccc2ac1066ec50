package atlas.geo;

import atlas.io.DataSource;
import atlas.io.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The European Union's external land border on any date, derived with JTS from the member states'
 * polygons (their union as of that date), never drawn by hand. The border is split into one segment
 * per pair of member and non-member neighbour, so the Belarus–Poland, Belarus–Lithuania and
 * Belarus–Latvia segments exist from 1 May 2004 and not before.
 *
 * <p>The geodata build derives every membership epoch once and ships it ({@code geodata/eu-border-*.geojson},
 * see {@link EuBorderFile}); {@link #load} reads that file and projects it once. Where the file is
 * missing or was derived from other outlines or another membership table, each epoch is derived here
 * on its first use instead. Either way results are cached per epoch and {@link #at} is thread-safe.
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

    /**
     * The EU's external border during one membership epoch [start, next change); {@code start} is
     * {@link LocalDate#MIN} for the time before the first members. Segments are sorted by id.
     */
    public static final class Epoch {
        private final LocalDate start;
        private final List<String> members;
        private final List<Segment> segments;
        private final Supplier<Geometry> union;
        private volatile Geometry unionLonLat;

        Epoch(LocalDate start, List<String> members, List<Segment> segments, Supplier<Geometry> union) {
            this.start = start;
            this.members = List.copyOf(members);
            this.segments = List.copyOf(segments);
            this.union = union;
        }

        public LocalDate start() {
            return start;
        }

        /** ISO 3166-1 alpha-3 codes of the members, alphabetical. */
        public List<String> members() {
            return members;
        }

        public List<Segment> segments() {
            return segments;
        }

        /** The union of the members' outlines in lon/lat; derived with JTS on the first call (the border does not need it). */
        public Geometry unionLonLat() {
            Geometry u = unionLonLat;
            if (u == null) {
                synchronized (this) {
                    if (unionLonLat == null) unionLonLat = union.get();
                    u = unionLonLat;
                }
            }
            return u;
        }

        public List<Segment> segmentsWith(String iso3) {
            return segments.stream().filter(s -> s.neighbour().equals(iso3) || s.member().equals(iso3)).toList();
        }

        @Override
        public String toString() {
            return "Epoch[" + start + ", " + members.size() + " members, " + segments.size() + " segments]";
        }
    }

    /** Shorter stretches are slivers where generalised outlines touch (a vertex or two), not a border. */
    static final double MIN_SEGMENT_KM = 0.5;

    private final CountrySet countries;
    private final EuMembership eu;
    private final Projection projection;
    private final Map<LocalDate, Epoch> cache = new ConcurrentHashMap<>();
    private final boolean precomputed;

    /** A border that derives each epoch with JTS on its first use. */
    public EuBorder(CountrySet countries, EuMembership eu, Projection projection) {
        this.countries = countries;
        this.eu = eu;
        this.projection = projection;
        this.precomputed = false;
    }

    /** A border whose every epoch is given ({@code segments} by epoch start, as {@link #epochStarts} lists them). */
    private EuBorder(CountrySet countries, EuMembership eu, Projection projection, Map<LocalDate, List<Segment>> segments) {
        this.countries = countries;
        this.eu = eu;
        this.projection = projection;
        this.precomputed = true;
        for (LocalDate start : epochStarts(eu)) {
            List<String> members = eu.membersOn(firstDay(start));
            List<Segment> sorted = new ArrayList<>(segments.getOrDefault(start, List.of()));
            sorted.sort(Comparator.comparing(Segment::id));
            cache.put(start, new Epoch(start, members, sorted, () -> union(countries, members)));
        }
    }

    /**
     * The border over {@code countries} (read from a file with checksum {@code countriesFile}):
     * from the precomputed {@code file} when it was derived from these very outlines and this membership,
     * else derived here epoch by epoch, with a problem that says why (the file is missing, unreadable
     * or stale).
     */
    static EuBorder load(CountrySet countries, Checksummed.Checksum countriesFile, EuMembership eu, DataSource file,
            Projection projection, List<Problem> problems) {
        return load(countries, countriesFile, eu, EuBorderFile.parse(file, projection), projection, problems);
    }

    /** As {@link #load(CountrySet, Checksummed.Checksum, EuMembership, DataSource, Projection, List)}, with the file already parsed. */
    static EuBorder load(CountrySet countries, Checksummed.Checksum countriesFile, EuMembership eu, EuBorderFile.Parsed file,
            Projection projection, List<Problem> problems) {
        EuBorderFile.Inputs inputs = EuBorderFile.Inputs.of(countries.level(), countriesFile, eu);
        Map<LocalDate, List<Segment>> read = EuBorderFile.check(file, inputs, problems);
        return read == null ? new EuBorder(countries, eu, projection) : new EuBorder(countries, eu, projection, read);
    }

    public EuMembership membership() {
        return eu;
    }

    /** True when the epochs come from the precomputed file, false when they are derived here. */
    public boolean isPrecomputed() {
        return precomputed;
    }

    /** The border in force on {@code date}; derived on first use of its epoch (unless precomputed), then cached. */
    public Epoch at(LocalDate date) {
        LocalDate start = eu.epochOf(date);
        return cache.computeIfAbsent(start, this::compute);
    }

    /** The border if its epoch is already at hand, else null (for a frame that must not wait). */
    public Epoch ifReady(LocalDate date) {
        return cache.get(eu.epochOf(date));
    }

    /** Every epoch, in date order (derives the ones not yet at hand). */
    public List<Epoch> all() {
        return epochStarts(eu).stream().map(this::at).toList();
    }

    /** The first day of every membership epoch: {@link LocalDate#MIN}, then each change. */
    static List<LocalDate> epochStarts(EuMembership eu) {
        List<LocalDate> starts = new ArrayList<>();
        starts.add(LocalDate.MIN);
        starts.addAll(eu.changes());
        return starts;
    }

    /** A real day inside the epoch that starts on {@code start}. */
    static LocalDate firstDay(LocalDate start) {
        return start.equals(LocalDate.MIN) ? LocalDate.of(1900, 1, 1) : start;
    }

    private static Geometry union(CountrySet countries, List<String> members) {
        List<Geometry> polys = new ArrayList<>();
        for (String m : members) {
            Country c = countries.get(m);
            if (c != null) polys.add(c.lonLat());
        }
        return polys.isEmpty() ? GeoJsonGeometry.FACTORY.createGeometryCollection() : UnaryUnionOp.union(polys);
    }

    private Epoch compute(LocalDate start) {
        LocalDate day = firstDay(start);
        List<String> members = eu.membersOn(day);
        Geometry union = union(countries, members);
        if (union.isEmpty()) return new Epoch(start, members, List.of(), () -> union);
        // Every edge of the union's boundary that a non-member also has is external border; the member
        // that has it too names the segment. Natural Earth neighbours share their border vertices exactly.
        Map<List<String>, LineMerger> parts = new TreeMap<>(Comparator.comparing(Object::toString));
        for (int i = 0; i < union.getNumGeometries(); i++) {
            Polygon p = (Polygon) union.getGeometryN(i);
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                Coordinate[] ring = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
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
            Collection<LineString> merged = e.getValue().getMergedLineStrings();
            Geometry line = GeoJsonGeometry.FACTORY.createMultiLineString(merged.toArray(new LineString[0]));
            double km = GeoLength.km(line);
            if (km < MIN_SEGMENT_KM) continue;
            String m = e.getKey().get(0), n = e.getKey().get(1);
            segments.add(new Segment(m, n, line, projection.project(line), km, since(m, n, day)));
        }
        segments.sort(Comparator.comparing(Segment::id));
        return new Epoch(start, members, segments, () -> union);
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
