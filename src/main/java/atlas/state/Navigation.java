package atlas.state;

import atlas.lang.DateText;
import atlas.lang.Ui;
import atlas.story.AtlasQuery;
import atlas.story.Category;
import atlas.story.ItemStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * "Go to" for every link in the atlas (a search suggestion, a related item, a timeline mark, a list
 * row, an entry of the chooser over stacked items): {@link #goTo} makes the item visible — turning its
 * category, layer or the search filter back on if they hide it, and moving the date (or the range)
 * to its start when it is not on the map — selects it, and asks the map to bring it into view
 * ({@link #focusProperty}). Each stop is remembered, so {@link #back} and {@link #forward} return
 * along the path, restoring date, range, selection and view. Call on the JavaFX thread.
 */
public final class Navigation {
    /** How many stops Back remembers (a reading session; older ones are dropped). */
    static final int MAX_STOPS = 200;

    /** Where the reader was: what was selected, the time shown and the part of the map in view. */
    record Stop(FeatureRef selected, LocalDate date, boolean range, LocalDate from, LocalDate to, Viewport viewport) {
    }

    private final AtlasState state;
    private final List<Stop> stops = new ArrayList<>();
    private int at = -1;
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack", false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward", false);
    private final ObjectProperty<FeatureRef> focus = new SimpleObjectProperty<>(this, "focus");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    Navigation(AtlasState state) {
        this.state = state;
        state.storyProperty().addListener(o -> {
            stops.clear();
            at = -1;
            update();
        });
    }

    /** Goes to {@code ref} (see the class comment); does nothing for a key no longer in the store. */
    public void goTo(FeatureRef ref) {
        goTo(ref, null);
    }

    /**
     * Goes to {@code ref} with the date set to {@code date} first (a click on the timeline names both);
     * in range mode, or with {@code date} null, the time moves only if the item would not be shown.
     */
    public void goTo(FeatureRef ref, LocalDate date) {
        if (ref == null) return;
        int row = ref.type() == FeatureRef.Type.ITEM ? state.story().store().find(ref.id()) : -1;
        if (ref.type() == FeatureRef.Type.ITEM && row < 0) return;
        leave();
        List<String> did = new ArrayList<>();
        if (date != null && !state.rangeModeProperty().get()) state.dateProperty().set(date);
        if (row >= 0) reveal(row, did);
        state.selectedProperty().set(ref);
        focus.set(null);
        focus.set(ref);
        message.set(did.isEmpty() ? "" : row >= 0 ? Ui.t("nav.did", cap(String.join("; ", did)), state.story().store().title(row)) : Ui.t("nav.did.it", cap(String.join("; ", did))));
        stops.add(capture());
        at = stops.size() - 1;
        if (stops.size() > MAX_STOPS) {
            stops.remove(0);
            at--;
        }
        update();
    }

    /** Returns to the stop before; false when there is none. */
    public boolean back() {
        if (at <= 0) return false;
        stops.set(at, capture());
        restore(stops.get(--at));
        update();
        return true;
    }

    /** Goes again to the stop that {@link #back} left; false when there is none. */
    public boolean forward() {
        if (at < 0 || at >= stops.size() - 1) return false;
        stops.set(at, capture());
        restore(stops.get(++at));
        update();
        return true;
    }

    /** Records where the reader is before going elsewhere (replacing what the current stop remembered). */
    private void leave() {
        while (stops.size() > at + 1) stops.remove(stops.size() - 1);
        if (at >= 0) stops.set(at, capture());
        else {
            stops.add(capture());
            at = 0;
        }
    }

    private Stop capture() {
        return new Stop(state.selectedProperty().get(), state.date(), state.rangeModeProperty().get(),
                state.rangeFromProperty().get(), state.rangeToProperty().get(), state.viewportProperty().get());
    }

    private void restore(Stop s) {
        state.rangeModeProperty().set(s.range());
        state.rangeFromProperty().set(s.from());
        state.rangeToProperty().set(s.to());
        state.dateProperty().set(s.date());
        state.selectedProperty().set(s.selected());
        Viewport now = state.viewportProperty().get();
        if (s.viewport() != null && now != null) state.flyToProperty().set(now.centeredOn(s.viewport().centerX(), s.viewport().centerY(), s.viewport().scale()));
        message.set("");
    }

    private void update() {
        canGoBack.set(at > 0);
        canGoForward.set(at >= 0 && at < stops.size() - 1);
    }

    /** Makes {@code row} shown: filters that hide it are lifted, then the time moves to its start if needed. */
    private void reveal(int row, List<String> did) {
        ItemStore s = state.story().store();
        Category c = s.category(row);
        if (c != null && s.layers().get(s.layer(row)).story() && !state.categories().contains(c)) {
            state.categories().add(c);
            did.add(Ui.t("nav.category.on", Ui.category(c)));
        }
        String layer = s.layers().get(s.layer(row)).name();
        if (state.hiddenDataLayers().remove(layer)) did.add(Ui.t("nav.layer.on", layer));
        int cat = s.categoryId(row);
        if (cat >= 0 && cat < s.categories().size() && s.categories().get(cat).layer() >= 0) {
            if (state.hiddenCategories().remove(AtlasQuery.categoryKey(layer, s.categories().get(cat).key()))) did.add(Ui.t("nav.showed", s.categories().get(cat).label()));
        }
        String q = state.searchProperty().get();
        if (q != null && !q.isBlank() && !state.filter().on(s).test(row)) {
            state.searchProperty().set("");
            did.add(Ui.t("nav.search.cleared"));
        }
        if (state.shown().contains(row) || s.startPacked(row) == 0) return;
        LocalDate start = LocalDate.ofEpochDay(s.fromDay(row));
        if (state.rangeModeProperty().get()) {
            long len = state.rangeToProperty().get().toEpochDay() - state.rangeFromProperty().get().toEpochDay();
            // Centred on the item, but within the timeline's dates (an item near today would push it into the future).
            LocalDate[] r = state.story().within(start.minusDays(len / 2), len);
            state.rangeFromProperty().set(r[0]);
            state.rangeToProperty().set(r[1]);
            did.add(Ui.t("nav.range.moved", DateText.range(r[0], r[1])));
        } else {
            LocalDate d = state.story().within(start, 0)[0];
            state.dateProperty().set(d);
            did.add(d.equals(start) ? Ui.t("nav.date.moved", DateText.of(s.start(row))) : Ui.t("nav.date.moved", DateText.of(d)));
        }
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /**
     * The item the map should bring into view: set by {@link #goTo}; the map flies to it (when it is
     * not already in view) and clears it.
     */
    public ObjectProperty<FeatureRef> focusProperty() {
        return focus;
    }

    /** What the last {@link #goTo} changed to show the item ("moved the date to 2011 to show …"), or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
