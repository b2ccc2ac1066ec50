package atlas.story;

/** What an item of the story is. */
public enum Kind {
    EVENT, PROJECT, PLACE, CORRIDOR;

    private final String key = name().toLowerCase(java.util.Locale.ROOT);
    private static final Kind[] ALL = values();

    public String key() {
        return key;
    }

    public static Kind byKey(String key) {
        if (key == null) return null;
        for (Kind k : ALL) if (k.key.equals(key)) return k;
        return null;
    }
}
