package atlas.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names in the current language from the JDK's CLDR data ({@link Locale#getDisplayCountry}: Беларусь,
 * Кітай, 白俄罗斯…), looked up by the ISO 3166-1 alpha-3 code Natural Earth gives; no hand-made table. A code
 * the JDK does not know (Kosovo's, Northern Cyprus's) keeps the outline's own English name.
 */
public final class Names {
    private static final Map<String, String> ALPHA2 = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            try {
                ALPHA2.put(new Locale("", a2).getISO3Country(), a2);
            } catch (java.util.MissingResourceException ignored) {
                // a two-letter code with no three-letter one: nothing to map
            }
        }
        ALPHA2.put("XKX", "XK"); // Kosovo: CLDR names XK; Natural Earth's user-assigned code
    }

    private Names() {
    }

    /** The country's name in {@code l}, or {@code fallback} when the code is not an ISO country. */
    public static String country(String iso3, String fallback, Language l) {
        if (l == Language.EN) return fallback; // the outlines' own English names
        String a2 = iso3 == null ? null : ALPHA2.get(iso3);
        if (a2 == null) return fallback;
        String name = new Locale("", a2).getDisplayCountry(l.locale());
        return name == null || name.isBlank() || name.equals(a2) ? fallback : name;
    }

    public static String country(String iso3, String fallback) {
        return country(iso3, fallback, Ui.language());
    }
}
