package atlas.timeline;

import atlas.lang.DateText;
import atlas.lang.Ui;
import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import atlas.story.Kind;
import atlas.story.PartialDate;
import atlas.style.StyledPane;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The time bar: year (and, with room, month) ticks, a histogram of event density, a mark per event in
 * its category colour, and the cursor with its date — or, in range mode, a band with two handles.
 * Drag the cursor or click anywhere to jump (a click on an event's mark, away from the cursor, also
 * selects it); drag a handle
 * or the band in range mode. The wheel zooms the time axis about the pointer (Shift+wheel scrolls it; the
 * axis follows the cursor). Keys: +/− zoom the axis, 0 shows it all, ←/→ the
 * previous or next event, Shift+←/→ a month, Ctrl+←/→ a year, Home (the first event: 20 January 1992 for
 * the story) and End. Drawn once per pulse when dirty.
 */
public final class TimelineBar extends StyledPane {
    static final double PAD = 18;
    private static final double MARK_TOP = 26;
    private static final double HEIGHT = 74;

    /** Redraws the month names and dates in a new language (held here: the language property holds it weakly). */
    private final InvalidationListener relabel;
    private final AtlasState state;
    private TimelineModel model;
    private LocalDate viewFirst;
    private LocalDate viewLast;
    private final Canvas canvas = new Canvas();
    private Drag drag = Drag.NONE;
    private final Tooltip tip = new Tooltip();
    private double dragOffsetDays;

    private enum Drag { NONE, CURSOR, FROM, TO, BAND }

    public TimelineBar(AtlasState state) {
        this.state = state;
        this.model = new TimelineModel(state.story());
        viewFirst = model.first;
        viewLast = model.last;
        getStyleClass().add("timeline-bar");
        setId("timeline-bar");
        getChildren().add(canvas);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.SLIDER);
        tip.setShowDelay(javafx.util.Duration.millis(120));
        InvalidationListener l = o -> markDirty();
        state.windowProperty().addListener(l);
        state.shownProperty().addListener(l);
        state.selectedProperty().addListener(l);
        focusedProperty().addListener(l);
        relabel = l;
        Ui.languageProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
        state.storyProperty().addListener(o -> {
            model = new TimelineModel(state.story());
            viewFirst = model.first;
            viewLast = model.last;
            markDirty();
        });
        canvas.setOnMousePressed(this::press);
        canvas.setOnMouseDragged(this::dragTo);
        canvas.setOnMouseReleased(e -> drag = Drag.NONE);
        canvas.setOnMouseMoved(e -> {
            int it = markAt(e.getX(), e.getY());
            if (it < 0) {
                Tooltip.uninstall(canvas, tip);
            } else {
                tip.setText(DateText.item(model.store.item(it)) + " · " + model.store.title(it));
                Tooltip.install(canvas, tip);
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        canvas.setOnScroll(e -> {
            if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
                double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
                long shift = Math.round(-d / scale().pxPerDay());
                setView(viewFirst.plusDays(shift), viewLast.plusDays(shift));
            } else if (e.getDeltaY() != 0) {
                zoomTime(Math.pow(1.25, Math.signum(e.getDeltaY()) * Math.max(1, Math.abs(e.getDeltaY()) / 40)), e.getX());
            }
            e.consume();
        });
        state.windowProperty().addListener((o, a, w) -> {
            if (w != null) follow(w.range() ? w.from().isBefore(viewFirst) ? w.from() : w.to() : w.cursor());
        });
    }

    TimeScale scale() {
        return new TimeScale(viewFirst, viewLast, PAD, Math.max(1, getWidth() - 2 * PAD));
    }

    /** Shows [first, last] of the time axis (clamped to the dataset's extent, at least 60 days). */
    public void setView(LocalDate first, LocalDate last) {
        long lo = model.first.toEpochDay(), hi = model.last.toEpochDay();
        long a = first.toEpochDay(), b = last.toEpochDay();
        long span = Math.max(60, Math.min(hi - lo, b - a));
        if (a < lo) a = lo;
        if (a + span > hi) a = hi - span;
        viewFirst = LocalDate.ofEpochDay(a);
        viewLast = LocalDate.ofEpochDay(a + span);
        markDirty();
    }

    /** Zooms the time axis by {@code factor} (> 1 zooms in) keeping the day under x where it is. */
    void zoomTime(double factor, double x) {
        TimeScale s = scale();
        double day = s.first().toEpochDay() + (x - s.x0()) / s.pxPerDay();
        double span = (viewLast.toEpochDay() - viewFirst.toEpochDay()) / factor;
        double frac = (x - s.x0()) / s.width();
        long a = Math.round(day - frac * span);
        setView(LocalDate.ofEpochDay(a), LocalDate.ofEpochDay(a + Math.round(span)));
        follow(cursor());
    }

    /** Keeps {@code d} in view, moving the axis as little as needed. */
    private void follow(LocalDate d) {
        long span = viewLast.toEpochDay() - viewFirst.toEpochDay();
        if (d.isBefore(viewFirst)) setView(d.minusDays(span / 10), d.minusDays(span / 10).plusDays(span));
        else if (d.isAfter(viewLast)) setView(d.minusDays(span * 9 / 10), d.plusDays(span / 10));
    }

    public LocalDate viewFirst() {
        return viewFirst;
    }

    public LocalDate viewLast() {
        return viewLast;
    }

    /** The screen x of {@code d} in this bar's own coordinates (for tests and tools). */
    public double xOf(LocalDate d) {
        return scale().x(d);
    }

    /** The first and last dates the cursor may take (1992 to today, or the data's own when wider); the axis has a margin beyond them. */
    public LocalDate first() {
        return model.dateFirst;
    }

    public LocalDate last() {
        return model.dateLast;
    }

    /** {@code d} within the first and last dates the cursor may take. */
    LocalDate clamp(LocalDate d) {
        return d.isBefore(model.dateFirst) ? model.dateFirst : d.isAfter(model.dateLast) ? model.dateLast : d;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        markDirty();
    }

    private void press(MouseEvent e) {
        requestFocus();
        TimeScale s = scale();
        LocalDate at = s.date(e.getX());
        if (state.rangeModeProperty().get()) {
            double xf = s.x(state.rangeFromProperty().get()), xt = s.x(state.rangeToProperty().get());
            if (Math.abs(e.getX() - xf) < 7) drag = Drag.FROM;
            else if (Math.abs(e.getX() - xt) < 7) drag = Drag.TO;
            else if (e.getX() > xf && e.getX() < xt) {
                drag = Drag.BAND;
                dragOffsetDays = at.toEpochDay() - state.rangeFromProperty().get().toEpochDay();
            } else {
                drag = e.getX() < xf ? Drag.FROM : Drag.TO;
                dragTo(e);
            }
        } else {
            boolean onCursor = Math.abs(e.getX() - s.x(state.dateProperty().get())) < 6;
            int mark = onCursor ? -1 : markAt(e.getX(), e.getY());
            if (mark >= 0) {
                // A click on an event's mark goes to it: the cursor to its date, selected, the map to its place.
                state.navigation().goTo(FeatureRef.item(model.store.key(mark)), model.startOf(mark));
                drag = Drag.NONE;
                return;
            }
            drag = Drag.CURSOR;
            state.dateProperty().set(clamp(at)); // a click in the axis's margin: the first or last date, not beyond
        }
    }

    /** The event or project whose mark is within 3 px of (x, y), among those the filters let through; null if none. */
    int markAt(double x, double y) {
        if (y < MARK_TOP - 2 || y > MARK_TOP + 8 + 12) return -1;
        TimeScale s = scale();
        var filter = state.filter().on(model.store);
        int best = -1;
        double bestD = 3.01;
        LocalDate from = s.date(x - 3), to = s.date(x + 3);
        int[] range = model.between(from, to);
        if (range[1] - range[0] > TimelineModel.MAX_MARKS) return -1;
        for (int i = range[0]; i < range[1]; i++) {
            int it = model.events[i];
            if (!filter.test(it)) continue;
            double top = model.store.kind(it) == Kind.PROJECT ? MARK_TOP + 8 : MARK_TOP;
            if (y < top - 2 || y > top + 12) continue;
            double d = Math.abs(s.x(model.startOf(it)) - x);
            if (d < bestD) {
                bestD = d;
                best = it;
            }
        }
        return best;
    }

    private void dragTo(MouseEvent e) {
        TimeScale s = scale();
        LocalDate at = clamp(s.date(e.getX()));
        switch (drag) {
            case CURSOR -> state.dateProperty().set(at);
            case FROM -> state.rangeFromProperty().set(at.isAfter(state.rangeToProperty().get()) ? state.rangeToProperty().get() : at);
            case TO -> state.rangeToProperty().set(at.isBefore(state.rangeFromProperty().get()) ? state.rangeFromProperty().get() : at);
            case BAND -> {
                long len = state.rangeToProperty().get().toEpochDay() - state.rangeFromProperty().get().toEpochDay();
                LocalDate[] r = model.story.within(s.date(e.getX()).minusDays((long) dragOffsetDays), len);
                state.rangeFromProperty().set(r[0]);
                state.rangeToProperty().set(r[1]);
            }
            default -> { }
        }
    }

    private void key(KeyEvent e) {
        if (dateKey(e.getCode(), e.isShiftDown(), e.isControlDown() || e.isShortcutDown())) {
            e.consume();
            return;
        }
        boolean handled = switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoomAt(2);
            case MINUS, SUBTRACT -> zoomAt(0.5);
            case DIGIT0, NUMPAD0 -> {
                setView(model.first, model.last);
                yield true;
            }
            default -> false;
        };
        if (handled) e.consume();
    }

    private boolean zoomAt(double factor) {
        zoomTime(factor, scale().x(cursor()));
        return true;
    }

    /**
     * The date keys, wherever the focus is (the window passes them on unless a text field has the focus):
     * ←/→ the previous/next event (selected), with Shift a month, with Ctrl a year; PageUp/PageDown a year;
     * Home the day relations began, End the last date. Returns whether {@code code} was one of them.
     */
    public boolean dateKey(javafx.scene.input.KeyCode code, boolean shift, boolean ctrl) {
        return switch (code) {
            case LEFT, KP_LEFT -> step(shift, ctrl, -1);
            case RIGHT, KP_RIGHT -> step(shift, ctrl, 1);
            case PAGE_UP -> setCursor(cursor().minusYears(1));
            case PAGE_DOWN -> setCursor(cursor().plusYears(1));
            case HOME -> home();
            case END -> setCursor(model.dateLast);
            default -> false;
        };
    }

    private boolean step(boolean shift, boolean ctrl, int dir) {
        LocalDate d = cursor();
        if (shift) return setCursor(d.plusMonths(dir));
        if (ctrl) return setCursor(d.plusYears(dir));
        return stepEvent(dir);
    }

    /** Moves the cursor to the next (dir = 1) or previous (dir = -1) event and selects it. */
    public boolean stepEvent(int dir) {
        LocalDate d = cursor();
        int it = dir > 0 ? model.next(d) : model.previous(d);
        if (it < 0) return true;
        setCursor(model.startOf(it));
        state.selectedProperty().set(FeatureRef.item(model.store.key(it)));
        return true;
    }

    private LocalDate cursor() {
        return state.rangeModeProperty().get() ? state.rangeToProperty().get() : state.dateProperty().get();
    }

    /** Home: the first date of the story, when relations began; a range then starts on it (its end would be before it). */
    private boolean home() {
        if (!state.rangeModeProperty().get()) return setCursor(model.home());
        long len = state.rangeToProperty().get().toEpochDay() - state.rangeFromProperty().get().toEpochDay();
        LocalDate[] r = model.story.within(clamp(model.home()), len);
        state.rangeFromProperty().set(r[0]);
        state.rangeToProperty().set(r[1]);
        return true;
    }

    private boolean setCursor(LocalDate d) {
        LocalDate c = clamp(d);
        if (state.rangeModeProperty().get()) {
            long len = state.rangeToProperty().get().toEpochDay() - state.rangeFromProperty().get().toEpochDay();
            LocalDate[] r = model.story.within(c.minusDays(len), len);
            state.rangeFromProperty().set(r[0]);
            state.rangeToProperty().set(r[1]);
        } else {
            state.dateProperty().set(c);
        }
        return true;
    }

    /** The cursor's date at the precision that matters at this scale: the day only when it is an event's day. */
    String cursorLabel(LocalDate d) {
        if (model.eventOnDay(d)) return DateText.of(d);
        return scale().pxPerDay() > 3 ? DateText.of(d) : DateText.of(new PartialDate(d.getYear(), d.getMonthValue(), 0));
    }

    @Override
    protected void redraw() {
        double w = getWidth(), h = getHeight();
        if (w < 2 * PAD + 10) return;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        var pal = palette();
        TimeScale s = scale();
        gc.clearRect(0, 0, w, h);
        gc.setFill(pal.get("timeline-bar"));
        gc.fillRect(0, 0, w, h);
        double barTop = MARK_TOP, barBottom = h - 18;

        // Histogram of event density per month.
        double mw = s.pxPerDay() * 30.4;
        gc.setFill(pal.get("timeline-histogram"));
        for (int i = 0; i < model.perMonth.length; i++) {
            if (model.perMonth[i] == 0) continue;
            LocalDate m = model.monthStart(i);
            if (m.isAfter(viewLast) || m.plusMonths(1).isBefore(viewFirst)) continue;
            double x = s.x(m);
            double bh = (barBottom - barTop - 14) * model.perMonth[i] / Math.max(1.0, model.maxPerMonth);
            gc.fillRect(x, barBottom - bh, Math.max(1.5, mw), bh);
        }

        // Ticks: every year; months when there is room.
        gc.setStroke(pal.get("timeline-tick"));
        gc.setFill(pal.get("timeline-tick"));
        gc.setFont(Font.font("System", 10.5));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        double pxYear = s.pxPerDay() * 365.25;
        int labelEvery = pxYear > 38 ? 1 : pxYear > 19 ? 2 : 5;
        for (int y = viewFirst.getYear(); y <= viewLast.getYear(); y++) {
            LocalDate d = LocalDate.of(y, 1, 1);
            if (!d.isBefore(viewFirst) && !d.isAfter(viewLast)) {
                double x = s.x(d);
                gc.setLineWidth(1);
                gc.strokeLine(x, barBottom, x, barBottom + 6);
                if (y % labelEvery == 0) gc.fillText(Integer.toString(y), x, barBottom + 6);
            }
            if (mw > 6) {
                for (int m = 2; m <= 12; m++) {
                    LocalDate md = LocalDate.of(y, m, 1);
                    if (md.isBefore(viewFirst) || md.isAfter(viewLast)) continue;
                    double xm = s.x(md);
                    gc.strokeLine(xm, barBottom, xm, barBottom + 3);
                    if (mw > 30) gc.fillText(DateText.monthShort(md.getMonth()), xm, barBottom + 6);
                }
            }
        }
        if (!viewFirst.equals(model.first) || !viewLast.equals(model.last)) {
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText(Ui.t("timeline.showing", DateText.range(viewFirst, viewLast)), 6, 2);
        }
        gc.strokeLine(s.x0(), barBottom, s.x0() + s.width(), barBottom);

        // One mark per event or project start, coloured by category; visible ones stronger.
        var shown = state.shown();
        FeatureRef sel = state.selectedProperty().get();
        int selRow = sel != null && sel.type() == FeatureRef.Type.ITEM ? model.store.find(sel.id()) : -1;
        var filter = state.filter().on(model.store);
        int[] range = model.between(viewFirst, viewLast);
        boolean marks = range[1] - range[0] <= TimelineModel.MAX_MARKS;
        for (int i = marks ? range[0] : range[1]; i < range[1]; i++) {
            int it = model.events[i];
            if (!filter.test(it)) continue;
            double x = s.x(model.startOf(it));
            Color c = model.store.layers().get(model.store.layer(it)).story() ? pal.category(model.store.category(it)) : pal.layer(model.store.layer(it));
            boolean on = shown.contains(it);
            // Marks of items on the map now are full strength; the others stay legible, paler (2 px at least).
            gc.setStroke(on ? c : c.deriveColor(0, 0.7, 1, 0.6));
            gc.setLineWidth(on ? 2.6 : 2);
            double top = model.store.kind(it) == Kind.PROJECT ? barTop + 8 : barTop;
            gc.strokeLine(x, top, x, top + 10);
            if (it == selRow) {
                gc.setStroke(pal.get("map-text"));
                gc.setLineWidth(1.2);
                gc.strokeRect(x - 3, top - 2, 6, 14);
            }
        }

        // Cursor or range band.
        Color cur = pal.get("timeline-cursor");
        gc.setFont(Font.font("System", FontWeight.BOLD, 12));
        gc.setTextBaseline(VPos.TOP);
        if (state.rangeModeProperty().get()) {
            double xf = s.x(state.rangeFromProperty().get()), xt = s.x(state.rangeToProperty().get());
            gc.setFill(pal.get("timeline-band"));
            gc.fillRect(xf, 4, Math.max(1, xt - xf), barBottom - 4);
            gc.setStroke(cur);
            gc.setLineWidth(2);
            for (double x : new double[] {xf, xt}) {
                gc.strokeLine(x, 4, x, barBottom + 2);
                gc.setFill(cur);
                gc.fillRect(x - 4, barBottom - 14, 8, 14);
            }
            gc.setFill(pal.get("map-text"));
            String label = DateText.range(state.rangeFromProperty().get(), state.rangeToProperty().get());
            double lw = rangeLabelWidth(label, gc.getFont());
            double left = rangeLabelLeft(xf, xt, w, lw);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText(label, left, 5);
        } else {
            LocalDate d = state.dateProperty().get();
            double x = s.x(d);
            gc.setStroke(cur);
            gc.setLineWidth(2.5);
            gc.strokeLine(x, 18, x, barBottom + 4);
            gc.setFill(cur);
            gc.fillPolygon(new double[] {x - 6, x + 6, x}, new double[] {12, 12, 20}, 3);
            String label = cursorLabel(d);
            boolean right = x < w - 140;
            gc.setTextAlign(right ? TextAlignment.LEFT : TextAlignment.RIGHT);
            gc.setFill(pal.get("map-text"));
            gc.fillText(label, right ? x + 9 : x - 9, 2);
        }
        if (isFocused()) {
            gc.setStroke(pal.get("timeline-focus"));
            gc.setLineWidth(2);
            gc.strokeRect(1, 1, w - 2, h - 2);
        }
    }

    /** The range's label and its width, measured again only when the label changes (a drag changes it a few times a second). */
    private String rangeLabel;
    private double rangeLabelWidth;

    private double rangeLabelWidth(String label, Font font) {
        if (!label.equals(rangeLabel)) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(label);
            t.setFont(font);
            rangeLabelWidth = t.getLayoutBounds().getWidth();
            rangeLabel = label;
        }
        return rangeLabelWidth;
    }

    /**
     * Where a range's label of width {@code lw} starts in a bar {@code w} wide whose handles are at {@code xf} and
     * {@code xt}: centred on the band's visible part when it fits there, else beside the band (after its end, or
     * before its start), so the handles never cross the text; centred in the bar only when neither side has room (a bar under three labels wide).
     */
    static double rangeLabelLeft(double xf, double xt, double w, double lw) {
        double gap = 9, a = Math.max(xf, 0), b = Math.min(xt, w);
        if (b - a >= lw + 12) return (a + b) / 2 - lw / 2; // 6 px each side: clear of the 8 px handles
        if (xt + gap + lw <= w - 2) return xt + gap;
        if (xf - gap - lw >= 2) return xf - gap - lw;
        return Math.max(2, (w - lw) / 2);
    }

    /** Draws now (tests and benchmarks). */
    public void drawNow() {
        redraw();
    }
}
