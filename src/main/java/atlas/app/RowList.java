package atlas.app;

import javafx.collections.ObservableListBase;

/**
 * The shown rows as an observable list of row numbers, backed by the int[] itself: a million rows make
 * no Integer objects until the list view asks for the few it displays. {@link #set} replaces the
 * contents in one change.
 */
final class RowList extends ObservableListBase<Integer> {
    private int[] rows = new int[0];

    void set(int[] next) {
        int[] old = rows;
        rows = next;
        beginChange();
        if (old.length > 0) nextRemove(0, new java.util.AbstractList<Integer>() {
            @Override public Integer get(int i) { return old[i]; }
            @Override public int size() { return old.length; }
        });
        if (next.length > 0) nextAdd(0, next.length);
        endChange();
    }

    @Override
    public Integer get(int index) {
        return rows[index];
    }

    @Override
    public int size() {
        return rows.length;
    }

    int indexOfRow(int row) {
        for (int i = 0; i < rows.length; i++) if (rows[i] == row) return i;
        return -1;
    }
}
