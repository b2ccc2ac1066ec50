package atlas.map;

import atlas.lang.DateText;
import atlas.state.AtlasState;
import atlas.story.ItemStore;
import atlas.story.Kind;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The captions of playback: while time plays, each event whose day the cursor passes (and that the
 * filters show) is captioned on the map with its date and title for {@link #SHOW_NANOS} of real
 * time, newest first, at most {@link #MAX_LINES}. When playback pauses the captions stay, so the event
 * it paused on can be read; moving the date by hand clears them.
 */
final class Captions {
    /** How long a caption stays while time plays (long enough to read a title). */
    static final long SHOW_NANOS = 4_000_000_000L;
    static final int MAX_LINES = 4;

    private record Line(String text, long at) {
    }

    private final Deque<Line> lines = new ArrayDeque<>();
    private LocalDate last;

    /** Called whenever what is shown changes (after each change of the time window); {@code now} is a nanosecond clock. */
    void onWindow(AtlasState state, long now) {
        AtlasState.TimeWindow w = state.window();
        LocalDate cursor = w.range() ? w.to() : w.cursor();
        LocalDate prev = last;
        last = cursor;
        if (!state.playingProperty().get()) {
            lines.clear();
            return;
        }
        if (prev == null || !cursor.isAfter(prev)) return;
        ItemStore s = state.story().store();
        List<Integer> crossed = new ArrayList<>();
        for (int r : s.overlapping(prev.toEpochDay() + 1, cursor.toEpochDay())) {
            if (s.kind(r) != Kind.EVENT || s.startPacked(r) == 0 || s.fromDay(r) <= prev.toEpochDay() || s.fromDay(r) > cursor.toEpochDay()) continue;
            if (!state.shown().contains(r)) continue;
            crossed.add(r);
        }
        crossed.sort((a, b) -> Integer.compare(s.fromDay(a), s.fromDay(b)));
        for (int r : crossed) {
            lines.addFirst(new Line(DateText.item(s.item(r)) + " · " + s.title(r), now));
            while (lines.size() > MAX_LINES) lines.removeLast();
        }
    }

    /** The captions to show now, newest first (expired ones dropped while time plays). */
    List<String> current(boolean playing, long now) {
        if (playing) lines.removeIf(l -> now - l.at() > SHOW_NANOS);
        return lines.stream().map(Line::text).toList();
    }
}
