package atlas.state;

/** Points at something on the map: a story item, a country or an EU border segment, by id. */
public record FeatureRef(Type type, String id) {
    public enum Type { ITEM, COUNTRY, BORDER }

    public static FeatureRef item(String id) {
        return new FeatureRef(Type.ITEM, id);
    }

    public static FeatureRef country(String iso3) {
        return new FeatureRef(Type.COUNTRY, iso3);
    }

    public static FeatureRef border(String id) {
        return new FeatureRef(Type.BORDER, id);
    }
}
