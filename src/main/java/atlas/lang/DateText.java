package atlas.lang;

import atlas.story.Kind;
import atlas.story.PartialDate;
import atlas.story.PartialDate.Precision;
import atlas.story.StoryItem;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;

/**
 * Dates for people in the current language, at their precision: "2011", "March 2023", "4 December 2023";
 * "сакавік 2023", "4 снежня 2023"; "2023年3月", "2023年12月4日". Month names come from the JDK's CLDR
 * data (stand-alone forms for a month alone, the genitive inside a day in Russian and Belarusian).
 * Ranges are shortened where their ends share a month or a year, as each language writes them.
 */
public final class DateText {
    private DateText() {
    }

    public static String of(PartialDate d) {
        return of(d, Ui.language());
    }

    public static String of(PartialDate d, Language l) {
        return switch (d.precision()) {
            case YEAR -> year(d.year(), l);
            case MONTH -> monthYear(d.year(), d.month(), l);
            case DAY -> day(d.year(), d.month(), d.day(), l);
        };
    }

    /** A full day: "4 December 2023". */
    public static String of(LocalDate d) {
        return day(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), Ui.language());
    }

    /** A period, shortened where the ends share a month or year: "10–12 May 2015", "2011–2012". */
    public static String range(PartialDate start, PartialDate end) {
        return range(start, end, Ui.language());
    }

    public static String range(LocalDate from, LocalDate to) {
        return range(PartialDate.of(from), PartialDate.of(to));
    }

    public static String range(PartialDate start, PartialDate end, Language l) {
        if (end == null || end.equals(start)) return of(start, l);
        boolean sameYear = start.year() == end.year();
        if (start.precision() == Precision.DAY && end.precision() == Precision.DAY && sameYear) {
            if (l == Language.ZH) {
                return start.month() == end.month() ? of(start, l) + "–" + end.day() + "日" : of(start, l) + "–" + end.month() + "月" + end.day() + "日";
            }
            if (start.month() == end.month()) {
                return l == Language.EN || l == Language.RU || l == Language.BE ? start.day() + "–" + of(end, l) : of(start, l) + " – " + of(end, l);
            }
            return start.day() + " " + monthInDay(start.month(), l) + " – " + of(end, l);
        }
        if (start.precision() == Precision.MONTH && end.precision() == Precision.MONTH && sameYear) {
            if (l == Language.ZH) return of(start, l) + "–" + end.month() + "月";
            return monthAlone(start.month(), l) + "–" + of(end, l);
        }
        String sep = start.precision() == Precision.YEAR && end.precision() == Precision.YEAR ? "–" : " – ";
        return of(start, l) + sep + of(end, l);
    }

    /**
     * A date as it reads after "since" / "from": in Russian and Belarusian a month takes the genitive ("с февраля
     * 2013", "з лютага 2013") and a year its abbreviation ("с 2011 г."); other languages as {@link #of}.
     */
    public static String since(PartialDate d) {
        return since(d, Ui.language());
    }

    public static String since(PartialDate d, Language l) {
        if (l != Language.RU && l != Language.BE) return of(d, l);
        return switch (d.precision()) {
            case YEAR -> d.year() + " г.";
            case MONTH -> monthInDay(d.month(), l) + " " + d.year();
            case DAY -> of(d, l);
        };
    }

    /** An item's dates: "March 2023", "2011–2012", "since 2011" for an ongoing project; "" when undated. */
    public static String item(StoryItem it) {
        return item(it, Ui.language());
    }

    public static String item(StoryItem it, Language l) {
        if (it.start() == null) return "";
        if (it.end() == null && (it.kind() != Kind.EVENT || it.ongoing())) return Ui.t(l, "date.since", since(it.start(), l));
        return range(it.start(), it.end(), l);
    }

    /** Belarusian months cut short as Belarusian writes them (CLDR's three letters read oddly: "сне", "жні"). */
    private static final String[] BE_SHORT = {"студз.", "лют.", "сак.", "крас.", "трав.", "чэрв.", "ліп.", "жн.", "вер.", "кастр.", "ліст.", "снеж."};

    /** The same, compact for a narrow column: months cut short ("18 Nov–9 Dec 2015", "28 февр.–2 мар. 2023"). */
    public static String compact(StoryItem it) {
        Language l = Ui.language();
        return shorten(item(it, l), l);
    }

    /** A period of days, compact where the full one has no room ("2 Sep 2019–1 Jan 2022"). */
    public static String compactRange(LocalDate from, LocalDate to) {
        Language l = Ui.language();
        return shorten(range(PartialDate.of(from), PartialDate.of(to), l), l);
    }

    /** A day, compact ("2 Sep 2019"). */
    public static String compact(LocalDate d) {
        Language l = Ui.language();
        return shorten(day(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), l), l);
    }

    /** {@code d} (a date or period in {@code l}) with its months cut short and its dash closed up. */
    private static String shorten(String d, Language l) {
        if (l == Language.ZH || d.isEmpty()) return d;
        for (Month m : Month.values()) {
            String full = monthInDay(m.getValue(), l), alone = monthAlone(m.getValue(), l);
            String cut = switch (l) {
                case BE -> BE_SHORT[m.getValue() - 1];
                case RU -> m.getDisplayName(TextStyle.SHORT, l.locale());
                default -> m.getDisplayName(TextStyle.SHORT, l.locale()).replace(".", "");
            };
            if (!full.equals(alone)) d = d.replace(full, cut);
            d = d.replace(alone, cut);
        }
        return d.replace(" – ", "–");
    }

    /** A month's short name for the timeline's ticks: "Mar", "март", "сак", "3月". */
    public static String monthShort(Month m) {
        Language l = Ui.language();
        return l == Language.EN ? m.getDisplayName(TextStyle.SHORT, l.locale()) : m.getDisplayName(TextStyle.SHORT_STANDALONE, l.locale()).replace(".", "");
    }

    private static String year(int y, Language l) {
        return l == Language.ZH ? y + "年" : Integer.toString(y);
    }

    private static String monthYear(int y, int m, Language l) {
        if (l == Language.ZH) return y + "年" + m + "月";
        return monthAlone(m, l) + " " + y;
    }

    private static String day(int y, int m, int d, Language l) {
        if (l == Language.ZH) return y + "年" + m + "月" + d + "日";
        return d + " " + monthInDay(m, l) + " " + y;
    }

    /** The month as named alone: "March", "март", "сакавік". */
    private static String monthAlone(int m, Language l) {
        return Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, l.locale());
    }

    /** The month as named inside a day: "March", "марта", "сакавіка". */
    private static String monthInDay(int m, Language l) {
        return DateTimeFormatter.ofPattern("d MMMM", l.locale()).format(LocalDate.of(2001, m, 1)).substring(2);
    }
}
