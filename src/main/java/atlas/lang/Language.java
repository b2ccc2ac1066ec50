package atlas.lang;

import java.util.Locale;

/** The languages the atlas speaks: the interface, dates and map labels. */
public enum Language {
    EN("en", "English"),
    RU("ru", "Русский"),
    BE("be", "Беларуская"),
    ZH("zh", "中文");

    private final String code;
    private final String nativeName;
    private final Locale locale;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
        this.locale = Locale.forLanguageTag(code);
    }

    /** ISO 639-1 code, as in settings, {@code --lang} and the places' {@code name_xx} properties. */
    public String code() {
        return code;
    }

    /** The language's name in itself, as the language menu shows it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language with this code (case ignored), or null. */
    public static Language of(String code) {
        if (code == null) return null;
        for (Language l : values()) if (l.code.equalsIgnoreCase(code.trim())) return l;
        return null;
    }

    /** The codes, for messages: "en, ru, be, zh". */
    public static String codes() {
        StringBuilder b = new StringBuilder();
        for (Language l : values()) b.append(b.length() == 0 ? "" : ", ").append(l.code);
        return b.toString();
    }
}
