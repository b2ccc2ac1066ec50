package atlas.story;

/** What an item of the story is. */
public enum Kind {
    EVENT, PROJECT, PLACE, CORRIDOR;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Kind byKey(String key) {
        for (Kind k : values()) if (k.key().equals(key)) return k;
        return null;
    }
}
