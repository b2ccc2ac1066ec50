package atlas.timeline;

import atlas.state.AtlasState;
import java.time.LocalDate;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Plays time forward: each pulse moves the cursor (or, in range mode, the whole band) by
 * {@link #daysPerSecond} times the time since the last pulse, so the map animates smoothly.
 * At the end it stops, or starts over when {@link #loop} is set; with {@link #pauseAtEvents} it also
 * stops on every event's day. Whether it plays is the state's {@code playing}, so the map can caption
 * events while time runs.
 */
public final class Playback {
    private final AtlasState state;
    /** The dates playback runs between, asked each time (a layer opened may reach past today). */
    private final java.util.function.Supplier<LocalDate> first;
    private final java.util.function.Supplier<LocalDate> last;
    private final BooleanProperty playing;
    private final BooleanProperty pauseAtEvents = new SimpleBooleanProperty(this, "pauseAtEvents", false);
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop", false);
    private final DoubleProperty daysPerSecond = new SimpleDoubleProperty(this, "daysPerSecond", 91.3);
    private double carry;
    private long lastNanos = -1;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastNanos < 0) {
                lastNanos = now;
                return;
            }
            double dt = (now - lastNanos) / 1e9;
            lastNanos = now;
            advance(dt);
        }
    };

    public Playback(AtlasState state, java.util.function.Supplier<LocalDate> first, java.util.function.Supplier<LocalDate> last) {
        this.state = state;
        this.first = first;
        this.last = last;
        this.playing = state.playingProperty();
        playing.addListener((o, was, is) -> {
            if (is) {
                lastNanos = -1;
                carry = 0;
                if (!cursor().isBefore(last.get())) jumpTo(first.get());
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    /** Moves time on by {@code seconds} of playback. */
    void advance(double seconds) {
        carry += seconds * daysPerSecond.get();
        long days = (long) carry;
        if (days == 0) return;
        carry -= days;
        LocalDate next = cursor().plusDays(days);
        if (pauseAtEvents.get()) {
            int event = firstEventAfter(cursor(), next);
            if (event >= 0) {
                // Stop on the event's day with it selected, so its caption and details can be read.
                jumpTo(LocalDate.ofEpochDay(state.story().store().fromDay(event)));
                state.selectedProperty().set(atlas.state.FeatureRef.item(state.story().store().key(event)));
                playing.set(false);
                return;
            }
        }
        if (next.isAfter(last.get())) {
            if (loop.get()) {
                jumpTo(first.get());
            } else {
                jumpTo(last.get());
                playing.set(false);
            }
            return;
        }
        jumpTo(next);
    }

    /** The first event the filters let through that starts after {@code from} and on or before {@code to}, or -1. */
    private int firstEventAfter(LocalDate from, LocalDate to) {
        var store = state.story().store();
        var filter = state.filter().on(store);
        int best = -1;
        for (int r : store.overlapping(from.toEpochDay() + 1, to.toEpochDay())) {
            if (store.kind(r) != atlas.story.Kind.EVENT || store.startPacked(r) == 0 || !filter.test(r)) continue;
            if (store.fromDay(r) <= from.toEpochDay() || store.fromDay(r) > to.toEpochDay()) continue;
            if (best < 0 || store.fromDay(r) < store.fromDay(best)) best = r;
        }
        return best;
    }

    private LocalDate cursor() {
        return state.rangeModeProperty().get() ? state.rangeToProperty().get() : state.dateProperty().get();
    }

    private void jumpTo(LocalDate d) {
        if (state.rangeModeProperty().get()) {
            long len = state.rangeToProperty().get().toEpochDay() - state.rangeFromProperty().get().toEpochDay();
            LocalDate to = d.isBefore(first.get().plusDays(len)) ? first.get().plusDays(len) : d;
            state.rangeToProperty().set(to);
            state.rangeFromProperty().set(to.minusDays(len));
        } else {
            state.dateProperty().set(d);
        }
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** When set, playback stops on each event's day with the event selected. */
    public BooleanProperty pauseAtEventsProperty() {
        return pauseAtEvents;
    }

    public BooleanProperty loopProperty() {
        return loop;
    }

    public DoubleProperty daysPerSecondProperty() {
        return daysPerSecond;
    }
}
