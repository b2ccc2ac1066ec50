package atlas.app;

import atlas.lang.DateText;
import atlas.lang.Ui;
import atlas.story.ItemStore;
import atlas.story.StoryItem;
import java.util.Comparator;
import java.util.Locale;

/**
 * What the item list needs beyond the store: dates in a compact form that fits its date column
 * ("since 27 Dec 2011", "18 Nov–9 Dec 2015"; the full form is in each row's tooltip and the details),
 * and the orders its header sorts by. Dated items always come before the undated places.
 */
final class ListDates {
    enum Order { DATE, TITLE, KIND }

    private ListDates() {
    }

    /** The item's date with month names cut to three letters; its kind when it has no date. */
    static String compact(StoryItem it) {
        String d = atlas.lang.DateText.compact(it);
        return d.isEmpty() ? atlas.lang.Ui.kind(it.kind()) : d;
    }

    /** {@code rows} in the given order (ties by date), dated items first in either direction. */
    static int[] sort(ItemStore s, int[] rows, Order order, boolean descending) {
        Integer[] boxed = new Integer[rows.length];
        for (int i = 0; i < rows.length; i++) boxed[i] = rows[i];
        Comparator<Integer> byDate = Comparator.comparingInt(s::fromDay);
        Comparator<Integer> cmp = switch (order) {
            case DATE -> byDate;
            case TITLE -> Comparator.comparing((Integer r) -> s.title(r).toLowerCase(Locale.ROOT)).thenComparing(byDate);
            case KIND -> Comparator.comparing((Integer r) -> s.kind(r)).thenComparing(byDate);
        };
        if (descending) cmp = cmp.reversed();
        Comparator<Integer> placesLast = Comparator.comparing((Integer r) -> s.startPacked(r) == 0);
        java.util.Arrays.sort(boxed, placesLast.thenComparing(cmp));
        int[] out = new int[rows.length];
        for (int i = 0; i < out.length; i++) out[i] = boxed[i];
        return out;
    }
}
