package atlas.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The time options shared by {@code render} and {@code query}: one date, or a range. */
final class DateOptions {
    @Option(names = "--date", converter = IsoDate.class, description = "The day to show, YYYY-MM-DD (query: today if no date is given; render: 4 December 2023).")
    LocalDate date;

    @Option(names = "--from", converter = IsoDate.class, description = "Start of a range, YYYY-MM-DD (with --to).")
    LocalDate from;

    @Option(names = "--to", converter = IsoDate.class, description = "End of a range, YYYY-MM-DD (with --from).")
    LocalDate to;

    /** [from, to] as asked; throws with a one-line message when the options do not fit together. */
    LocalDate[] window(LocalDate fallback) {
        if (date != null && (from != null || to != null)) throw new IllegalArgumentException("give either --date or --from/--to, not both");
        if (date != null) return new LocalDate[] {date, date};
        if (from == null && to == null) return new LocalDate[] {fallback, fallback};
        if (from == null || to == null) throw new IllegalArgumentException("--from and --to go together");
        if (to.isBefore(from)) throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        return new LocalDate[] {from, to};
    }

    boolean isRange() {
        return from != null;
    }

    /** Dates the atlas reads and draws: the years of ISO 8601's four digits, as {@link atlas.story.PartialDate} holds them. */
    static final LocalDate FIRST = LocalDate.of(1, 1, 1), LAST = LocalDate.of(9999, 12, 31);

    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            LocalDate d;
            try {
                d = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + atlas.io.Texts.clip(value) + "' is not a date (expected YYYY-MM-DD)");
            }
            if (d.isBefore(FIRST) || d.isAfter(LAST)) {
                throw new TypeConversionException("'" + value + "' is outside the years the atlas can show (" + FIRST.getYear() + " to " + LAST.getYear() + ")");
            }
            return d;
        }
    }
}
