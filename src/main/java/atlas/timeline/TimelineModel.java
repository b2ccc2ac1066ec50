package atlas.timeline;

import atlas.story.Kind;
import atlas.story.Story;
import atlas.story.StoryItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the timeline needs from the story, computed once per dataset: its extent with a margin, the
 * events sorted by start (for stepping), and a per-month histogram of event density.
 */
final class TimelineModel {
    final LocalDate first;
    final LocalDate last;
    final List<StoryItem> events;
    final int[] perMonth;
    final int maxPerMonth;

    TimelineModel(Story story) {
        // The atlas tells the story from diplomatic relations in 1992; older items (the Suez Canal,
        // EU founding members) are simply there from the start.
        LocalDate f = LocalDate.of(1992, 1, 1), l = story.lastDay();
        LocalDate sf = story.firstDay();
        if (sf.isAfter(f)) f = sf;
        this.first = f.withDayOfYear(1).minusMonths(6);
        this.last = l.plusMonths(6).withDayOfMonth(1);
        List<StoryItem> ev = new ArrayList<>();
        for (StoryItem it : story.items()) if (it.kind() == Kind.EVENT || it.kind() == Kind.PROJECT) if (it.start() != null) ev.add(it);
        ev.sort((a, b) -> a.start().first().compareTo(b.start().first()));
        this.events = List.copyOf(ev);
        int months = monthIndex(last) + 1;
        perMonth = new int[Math.max(1, months)];
        int max = 0;
        for (StoryItem it : ev) {
            int m = monthIndex(it.start().first());
            if (m >= 0 && m < perMonth.length) max = Math.max(max, ++perMonth[m]);
        }
        maxPerMonth = max;
    }

    int monthIndex(LocalDate d) {
        return (d.getYear() - first.getYear()) * 12 + d.getMonthValue() - first.getMonthValue();
    }

    LocalDate monthStart(int i) {
        return first.withDayOfMonth(1).plusMonths(i);
    }

    /** Events and projects starting within [from, to], by binary search. */
    List<StoryItem> between(LocalDate from, LocalDate to) {
        int lo = 0, hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).start().first().isBefore(from)) lo = mid + 1;
            else hi = mid;
        }
        int end = lo;
        while (end < events.size() && !events.get(end).start().first().isAfter(to)) end++;
        return events.subList(lo, end);
    }

    /** The first event starting strictly after {@code d}, or null. Binary search. */
    StoryItem next(LocalDate d) {
        int lo = 0, hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (!events.get(mid).start().first().isAfter(d)) lo = mid + 1;
            else hi = mid;
        }
        return lo < events.size() ? events.get(lo) : null;
    }

    /** The last event starting strictly before {@code d}, or null. */
    StoryItem previous(LocalDate d) {
        int lo = 0, hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).start().first().isBefore(d)) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 ? events.get(lo - 1) : null;
    }
}
