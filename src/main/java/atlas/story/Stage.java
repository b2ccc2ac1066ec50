package atlas.story;

/** The stage of a project's life. */
public enum Stage {
    AGREED("agreed", "Agreed"),
    CONSTRUCTION("construction", "Under construction"),
    OPERATING("operating", "Operating"),
    SUSPENDED("suspended", "Suspended"),
    ENDED("ended", "Ended");

    private final String key;
    private final String label;

    Stage(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Stage byKey(String key) {
        for (Stage s : values()) if (s.key.equals(key)) return s;
        return null;
    }
}
