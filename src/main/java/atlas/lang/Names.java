package atlas.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names in the current language from the JDK's CLDR data ({@link Locale#getDisplayCountry}: Беларусь,
 * Кітай, 白俄罗斯…), looked up by the ISO 3166-1 alpha-3 code Natural Earth gives; no hand-made table. A code
 * the JDK does not know keeps the outline's own English name, except the three former states of the outlines
 * (YUG, CSK, SCG), which CLDR does not carry: their names are in the interface bundles ({@code country.YUG}…).
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
        ALPHA2.put("XKX", "XK"); // Kosovo: CLDR names XK; Natural Earth's user-assigned codes
        ALPHA2.put("KOS", "XK");
    }

    private Names() {
    }

    /** The country's name in {@code l}, or {@code fallback} when the code is not an ISO country. */
    public static String country(String iso3, String fallback, Language l) {
        if (l == Language.EN) return fallback; // the outlines' own English names
        String a2 = iso3 == null ? null : ALPHA2.get(iso3);
        // States of an earlier date that CLDR does not name (Yugoslavia, Czechoslovakia, Serbia and Montenegro): the bundles do.
        if (a2 == null) return iso3 != null && Ui.has("country." + iso3) ? Ui.t(l, "country." + iso3) : fallback;
        String name = new Locale("", a2).getDisplayCountry(l.locale());
        return name == null || name.isBlank() || name.equals(a2) ? fallback : name;
    }

    public static String country(String iso3, String fallback) {
        return country(iso3, fallback, Ui.language());
    }
}
