package atlas.timeline;

import atlas.story.ItemStore;
import atlas.story.Kind;
import atlas.story.Story;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * What the timeline needs from the store, computed once per dataset: its extent with a margin, the
 * rows of events and projects by start (the store is in date order already, so no sort), and a
 * per-month histogram of their density.
 */
final class TimelineModel {
    /** Above this many marks in view, only the histogram is drawn: marks closer than a pixel say nothing. */
    static final int MAX_MARKS = 3_000;
    final ItemStore store;
    /** The drawn axis: the dates with half a year's margin each side. */
    final LocalDate first;
    final LocalDate last;
    /** The dates the cursor and a range may take: 1992 (or the data's first day) to today (or the data's last day). */
    final LocalDate dateFirst, dateLast;
    final Story story;
    /** Rows of dated events and projects, ascending (so by first day). */
    final int[] events;
    final int[] perMonth;
    final int maxPerMonth;

    TimelineModel(Story story) {
        this.store = story.store();
        // The atlas tells the story from diplomatic relations in 1992; older items (the Suez Canal,
        // EU founding members) are simply there from the start.
        this.story = story;
        this.dateFirst = story.firstDate();
        this.dateLast = story.lastDate();
        this.first = dateFirst.withDayOfYear(1).minusMonths(6);
        this.last = dateLast.plusMonths(6).withDayOfMonth(1);
        int[] ev = new int[store.size()];
        int n = 0;
        for (int r = 0; r < store.size(); r++) {
            Kind k = store.kind(r);
            if ((k == Kind.EVENT || k == Kind.PROJECT) && store.startPacked(r) != 0) ev[n++] = r;
        }
        this.events = Arrays.copyOf(ev, n);
        int months = monthIndex(last) + 1;
        perMonth = new int[Math.max(1, months)];
        int max = 0;
        long firstDay = first.withDayOfMonth(1).toEpochDay();
        for (int r : events) {
            int m = monthIndex(store.fromDay(r), firstDay);
            if (m >= 0 && m < perMonth.length) max = Math.max(max, ++perMonth[m]);
        }
        maxPerMonth = max;
    }

    /** Month index of epoch day {@code day}, counting from the month of {@code firstDay}, without LocalDate for most days. */
    private int monthIndex(long day, long firstDay) {
        return monthIndex(LocalDate.ofEpochDay(day));
    }

    int monthIndex(LocalDate d) {
        return (d.getYear() - first.getYear()) * 12 + d.getMonthValue() - first.getMonthValue();
    }

    LocalDate monthStart(int i) {
        return first.withDayOfMonth(1).plusMonths(i);
    }

    LocalDate startOf(int row) {
        return LocalDate.ofEpochDay(store.fromDay(row));
    }

    /** Positions [lo, hi) in {@link #events} of those starting within [from, to], by binary search. */
    int[] between(LocalDate from, LocalDate to) {
        return new int[] {lowerBound(from.toEpochDay()), lowerBound(to.toEpochDay() + 1)};
    }

    private int lowerBound(long day) {
        int lo = 0, hi = events.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (store.fromDay(events[mid]) < day) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * Where Home goes: the first event or project on the axis (for the story, 20 January 1992, when
     * relations began), not the margin before it; the first date when there is none.
     */
    LocalDate home() {
        int i = lowerBound(dateFirst.toEpochDay());
        return i < events.length ? startOf(events[i]) : dateFirst;
    }

    /** The row of the first event starting strictly after {@code d}, or -1. */
    int next(LocalDate d) {
        int i = lowerBound(d.toEpochDay() + 1);
        return i < events.length ? events[i] : -1;
    }

    /** The row of the last event starting strictly before {@code d}, or -1. */
    int previous(LocalDate d) {
        int i = lowerBound(d.toEpochDay());
        return i > 0 ? events[i - 1] : -1;
    }

    /** True when some event starts on {@code d} with its day known. */
    boolean eventOnDay(LocalDate d) {
        int[] r = between(d, d);
        for (int i = r[0]; i < r[1]; i++) if (store.startPacked(events[i]) % 100 != 0) return true;
        return false;
    }
}
