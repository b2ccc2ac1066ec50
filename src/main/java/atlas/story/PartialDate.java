package atlas.story;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, as in ISO 8601 "2011", "2023-03" or "2023-12-04".
 * It stands for the whole span it covers: "2011" covers 1 January to 31 December 2011.
 * {@code month} and {@code day} are 0 when not known.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    /** How precisely a date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year " + year + " is out of range");
        if (month < 0 || month > 12) throw new IllegalArgumentException("month " + month + " is not 1..12");
        if (day != 0 && month == 0) throw new IllegalArgumentException("a day needs a month");
        if (day != 0 && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException("day " + day + " does not exist in " + YearMonth.of(year, month));
        }
    }

    /** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else throws with a message naming the text. */
    public static PartialDate parse(String text) {
        Matcher m = ISO.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + atlas.io.Texts.clip(text) + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        try {
            return new PartialDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + atlas.io.Texts.clip(text) + "' is not a valid date: " + e.getMessage());
        }
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** First day of the span. */
    public LocalDate first() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** Last day of the span. */
    public LocalDate last() {
        if (month == 0) return LocalDate.of(year, 12, 31);
        if (day == 0) return YearMonth.of(year, month).atEndOfMonth();
        return LocalDate.of(year, month, day);
    }

    /** ISO 8601 at this precision: "2011", "2023-03", "2023-12-04". */
    public String iso() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    /** For people: "2011", "March 2023", "4 December 2023". */
    public String display() {
        return switch (precision()) {
            case YEAR -> Integer.toString(year);
            case MONTH -> monthName(month) + " " + year;
            case DAY -> day + " " + monthName(month) + " " + year;
        };
    }

    /**
     * A period for people, shortened where the ends share a month or year:
     * "2011–2012", "10–12 May 2015", "28 February – 2 March 2023", "March 2023".
     */
    public static String displayRange(PartialDate start, PartialDate end) {
        if (end == null || end.equals(start)) return start.display();
        if (start.precision() == Precision.DAY && end.precision() == Precision.DAY && start.year == end.year) {
            if (start.month == end.month) return start.day + "–" + end.display();
            return start.day + " " + monthName(start.month) + " – " + end.display();
        }
        if (start.precision() == Precision.MONTH && end.precision() == Precision.MONTH && start.year == end.year) {
            return monthName(start.month) + "–" + end.display();
        }
        String sep = start.precision() == Precision.YEAR && end.precision() == Precision.YEAR ? "–" : " – ";
        return start.display() + sep + end.display();
    }

    static String monthName(int m) {
        return Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** This date as one int, {@code year * 10000 + month * 100 + day} (0 means no date); see {@link #unpack}. */
    public int packed() {
        return year * 10000 + month * 100 + day;
    }

    /** The date {@link #packed} gave, or null for 0. */
    public static PartialDate unpack(int packed) {
        return packed == 0 ? null : new PartialDate(packed / 10000, packed / 100 % 100, packed % 100);
    }

    /** First day covered by a packed date, as epoch day, with no {@link LocalDate} (hot path of the loaders). */
    public static int firstDayOfPacked(int packed) {
        int y = packed / 10000, m = packed / 100 % 100, d = packed % 100;
        return epochDay(y, m == 0 ? 1 : m, d == 0 ? 1 : d);
    }

    /** Last day covered by a packed date, as epoch day. */
    public static int lastDayOfPacked(int packed) {
        int y = packed / 10000, m = packed / 100 % 100, d = packed % 100;
        if (m == 0) return epochDay(y, 12, 31);
        return epochDay(y, m, d == 0 ? lengthOfMonth(y, m) : d);
    }

    /** Days in month {@code m} of year {@code y} (proleptic Gregorian). */
    public static int lengthOfMonth(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Epoch day of a valid y-m-d, by civil-from-days arithmetic (equals {@code LocalDate.of(y, m, d).toEpochDay()}). */
    public static int epochDay(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /**
     * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" to a packed date without allocating, or returns -1 when
     * the text is not such a date (the caller then asks {@link #parse} for the message).
     */
    public static int parsePacked(CharSequence s) {
        int n = s.length();
        if (n != 4 && n != 7 && n != 10) return -1;
        int y = digits(s, 0, 4);
        if (y < 1) return -1;
        int m = 0, d = 0;
        if (n >= 7) {
            if (s.charAt(4) != '-' || (m = digits(s, 5, 2)) < 1 || m > 12) return -1;
        }
        if (n == 10) {
            if (s.charAt(7) != '-' || (d = digits(s, 8, 2)) < 1 || d > lengthOfMonth(y, m)) return -1;
        }
        return y * 10000 + m * 100 + d;
    }

    private static int digits(CharSequence s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Orders by first day, then the more precise first. */
    @Override
    public int compareTo(PartialDate o) {
        int c = first().compareTo(o.first());
        return c != 0 ? c : last().compareTo(o.last());
    }

    @Override
    public String toString() {
        return iso();
    }
}
