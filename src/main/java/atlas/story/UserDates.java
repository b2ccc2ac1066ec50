package atlas.story;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people's data writes them, each kept at its precision: "2013" and "2013.0" (a year, also as
 * a number), "2013-05", "2013-05-17", "2013-05-17 00:00:00", "2013-05-17T10:00:00Z" and with offsets
 * (the day as written), xsd gYear/gYearMonth/date/dateTime as KML writes them (also with a time zone:
 * "2013-05-17Z", "2013-05+03:00"), and "05/17/2013" or "17/05/2013" when the order is known ({@link Order}).
 * Results are packed dates ({@link PartialDate#packed}). A missing-value marker as data tools write one
 * ("NaN", "nan", "NA", "N/A", "null", "None": GDAL turns GeoJSON's bare NaN into the text "NaN") is no
 * date (0), not an error.
 */
public final class UserDates {
    /** How to read N/N/YYYY: ISO means "not at all" (refuse, say why). */
    public enum Order { ISO, MDY, DMY }

    private static final Pattern YEAR_NUMBER = Pattern.compile("(\\d{4})(?:\\.0+)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?");
    private static final Pattern YMD_SLASH = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:[T ].*)?");
    /** xsd gYear, gYearMonth or date with a time zone: the zone does not change the date as written. */
    private static final Pattern XSD_ZONED = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:Z|[+-]\\d{2}:\\d{2})");
    private static final java.util.Set<String> MISSING = java.util.Set.of("nan", "na", "n/a", "null", "none");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?:[T ]\\d{1,2}:\\d{2}.*)?");

    private UserDates() {
    }

    /** Packed date of {@code text}, 0 for a missing-value marker; throws with a message naming the text when it is not a date. */
    public static int parse(String text, Order order) {
        String s = text.trim();
        int fast = PartialDate.parsePacked(s);
        if (fast > 0) return fast;
        if (s.length() <= 4 && MISSING.contains(s.toLowerCase(java.util.Locale.ROOT))) return 0;
        if (s.length() == 10 && s.charAt(4) == '/' && s.charAt(7) == '/' && digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10)) {
            // YYYY/MM/DD, as GDAL writes a date into CSV: what YMD_SLASH reads, without the patterns before it.
            return check(text, Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
        }
        Matcher m = YEAR_NUMBER.matcher(s);
        if (m.matches()) return check(text, Integer.parseInt(m.group(1)), 0, 0);
        m = ISO.matcher(s);
        if (m.matches()) return check(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        m = XSD_ZONED.matcher(s);
        if (m.matches()) {
            return check(text, Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        }
        m = YMD_SLASH.matcher(s);
        if (m.matches()) return check(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        m = SLASHED.matcher(s);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2)), y = Integer.parseInt(m.group(3));
            Order o = order;
            if (o == Order.ISO) {
                if (a > 12 && b <= 12) o = Order.DMY;
                else if (b > 12 && a <= 12) o = Order.MDY;
                else throw new IllegalArgumentException("'" + atlas.io.Texts.clip(text) + "' could be month/day or day/month (choose the date order)");
            }
            return o == Order.MDY ? check(text, y, a, b) : check(text, y, b, a);
        }
        throw new IllegalArgumentException("'" + atlas.io.Texts.clip(text) + "' is not a date");
    }

    /** The order that values like {@code a/b/YYYY} settle: MDY when some b > 12, DMY when some a > 12, null when none does (or both). */
    public static Order settle(Iterable<String> values) {
        boolean mdy = false, dmy = false;
        for (String v : values) {
            if (v == null) continue;
            Matcher m = SLASHED.matcher(v.trim());
            if (!m.matches()) continue;
            if (Integer.parseInt(m.group(1)) > 12) dmy = true;
            if (Integer.parseInt(m.group(2)) > 12) mdy = true;
        }
        return mdy == dmy ? null : mdy ? Order.MDY : Order.DMY;
    }

    /** True when {@code text} is written as N/N/YYYY. */
    static boolean isSlashed(String text) {
        return text != null && SLASHED.matcher(text.trim()).matches();
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    private static int check(String text, int y, int m, int d) {
        try {
            return new PartialDate(y, m, d).packed();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + atlas.io.Texts.clip(text) + "' is not a valid date: " + e.getMessage());
        }
    }
}
