package atlas.anim;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** How far the cursor moves between two frames of an animation. */
public enum Step {
    WEEK("1W", "Week", Period.ofWeeks(1)),
    MONTH("1M", "Month", Period.ofMonths(1)),
    QUARTER("3M", "Quarter", Period.ofMonths(3)),
    YEAR("1Y", "Year", Period.ofYears(1));

    private final String code;
    private final String label;
    private final Period period;

    Step(String code, String label, Period period) {
        this.code = code;
        this.label = label;
        this.period = period;
    }

    /** The command-line spelling: 1W, 1M, 3M or 1Y. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The step for {@code code} (1W, 1M, 3M, 1Y; case-insensitive). */
    public static Step parse(String code) {
        for (Step s : values()) if (s.code.equalsIgnoreCase(code.strip())) return s;
        throw new IllegalArgumentException("'" + code + "' is not a step (expected 1W, 1M, 3M or 1Y)");
    }

    /**
     * The frame dates: {@code from}, then every step after it up to {@code to}, and {@code to} itself last when
     * the steps do not land on it (an animation to 31 December ends on 31 December, not on the 1st). Steps
     * count from {@code from} (31 January + n months is the last day of each month, not a drift).
     */
    public List<LocalDate> dates(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) throw new IllegalArgumentException("the end " + to + " is before the start " + from);
        List<LocalDate> out = new ArrayList<>();
        for (int n = 0; ; n++) {
            LocalDate d = from.plus(period.multipliedBy(n));
            if (d.isAfter(to)) break;
            out.add(d);
        }
        if (!out.get(out.size() - 1).equals(to)) out.add(to);
        return out;
    }
}
