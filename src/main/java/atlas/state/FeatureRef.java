package atlas.state;

/**
 * Points at something on the map: an item (by its store key), a country, an EU border segment, or a
 * cluster of items drawn as one symbol (by the world rectangle it gathers, "x0,y0,x1,y1" in metres).
 */
public record FeatureRef(Type type, String id) {
    public enum Type { ITEM, COUNTRY, BORDER, CLUSTER }

    public static FeatureRef item(String id) {
        return new FeatureRef(Type.ITEM, id);
    }

    public static FeatureRef country(String iso3) {
        return new FeatureRef(Type.COUNTRY, iso3);
    }

    public static FeatureRef border(String id) {
        return new FeatureRef(Type.BORDER, id);
    }

    public static FeatureRef cluster(double x0, double y0, double x1, double y1) {
        return new FeatureRef(Type.CLUSTER, x0 + "," + y0 + "," + x1 + "," + y1);
    }

    /** A cluster's world rectangle {x0, y0, x1, y1}. */
    public double[] clusterBounds() {
        String[] p = id.split(",");
        return new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3])};
    }
}
