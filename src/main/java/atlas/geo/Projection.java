package atlas.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The atlas's map projection: Lambert conformal conic on WGS 84 with standard parallels 35°N and 65°N,
 * centred on 65°E, which keeps shapes true from the Atlantic to the Pacific. Coordinates in metres,
 * x east, y north. Geometry is projected once at load; frames only scale and translate.
 * Thread-safe: each thread uses its own proj4j transforms.
 */
public final class Projection {
    public static final String PROJ4 =
            "+proj=lcc +lat_1=35 +lat_2=65 +lat_0=50 +lon_0=65 +x_0=0 +y_0=0 +ellps=WGS84 +towgs84=0,0,0 +units=m +no_defs";
    private static final Projection EURASIA = new Projection(PROJ4);

    private final ThreadLocal<CoordinateTransform[]> transforms;

    private Projection(String proj4) {
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem wgs84 = crs.createFromParameters("WGS84", "+proj=longlat +datum=WGS84 +no_defs");
        CoordinateReferenceSystem target = crs.createFromParameters("ATLAS_LCC", proj4);
        CoordinateTransformFactory f = new CoordinateTransformFactory();
        transforms = ThreadLocal.withInitial(() -> new CoordinateTransform[] {
                f.createTransform(wgs84, target), f.createTransform(target, wgs84)});
        scratch = ThreadLocal.withInitial(() -> new Scratch(transforms.get()[0], new ProjCoordinate(), new ProjCoordinate()));
    }

    private record Scratch(CoordinateTransform forward, ProjCoordinate in, ProjCoordinate out) {
    }

    private final ThreadLocal<Scratch> scratch;

    public static Projection eurasia() {
        return EURASIA;
    }

    /** Projects lon/lat degrees to map metres {x, y}. */
    public double[] forward(double lon, double lat) {
        ProjCoordinate out = new ProjCoordinate();
        transforms.get()[0].transform(new ProjCoordinate(lon, lat), out);
        return new double[] {out.x, out.y};
    }

    /** Projects lon/lat degrees into {@code out[0..1]} without allocating (the loaders' hot path). */
    public void forward(double lon, double lat, double[] out) {
        Scratch s = scratch.get();
        s.in.x = lon;
        s.in.y = lat;
        s.forward.transform(s.in, s.out);
        out[0] = s.out.x;
        out[1] = s.out.y;
    }

    /** Map metres back to lon/lat degrees {lon, lat}. */
    public double[] inverse(double x, double y) {
        ProjCoordinate out = new ProjCoordinate();
        transforms.get()[1].transform(new ProjCoordinate(x, y), out);
        return new double[] {out.x, out.y};
    }

    /** A projected copy of a lon/lat geometry. */
    public Geometry project(Geometry lonLat) {
        Geometry copy = lonLat.copy();
        CoordinateTransform t = transforms.get()[0];
        ProjCoordinate in = new ProjCoordinate(), out = new ProjCoordinate();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                t.transform(in, out);
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
            }
            @Override public boolean isDone() { return false; }
            @Override public boolean isGeometryChanged() { return true; }
        });
        copy.geometryChanged();
        return copy;
    }
}
