package atlas.story;

/** The fixed set of themes an item belongs to; {@link #key} is the value in the data files. */
public enum Category {
    DIPLOMACY("diplomacy", "Diplomacy"),
    ECONOMY("economy-finance", "Economy and finance"),
    INDUSTRY("industry", "Industry"),
    LOGISTICS("logistics", "Logistics"),
    MILITARY("military", "Military"),
    CONFLICT("sanctions-conflict", "Sanctions and conflict");

    private final String key;
    private final String label;
    private static final Category[] ALL = values();

    Category(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The category with this key, or null. */
    public static Category byKey(String key) {
        if (key == null) return null;
        for (Category c : ALL) if (c.key.equals(key)) return c;
        return null;
    }

    public static String keys() {
        StringBuilder b = new StringBuilder();
        for (Category c : values()) b.append(b.length() == 0 ? "" : ", ").append(c.key);
        return b.toString();
    }
}
