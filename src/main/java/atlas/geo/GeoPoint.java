package atlas.geo;

/** A WGS 84 position in decimal degrees; rejects values off the globe and NaN. */
public record GeoPoint(double lon, double lat) {
    public GeoPoint {
        if (!(lon >= -180 && lon <= 180)) throw new IllegalArgumentException("longitude " + lon + " is not within -180..180");
        if (!(lat >= -90 && lat <= 90)) throw new IllegalArgumentException("latitude " + lat + " is not within -90..90");
    }

    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** Great-circle distance in kilometres (haversine on the mean Earth radius). */
    public double distanceKm(GeoPoint o) {
        return distanceKm(lon, lat, o.lon, o.lat);
    }

    static double distanceKm(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
