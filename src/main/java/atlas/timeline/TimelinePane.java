package atlas.timeline;

import atlas.lang.Ui;
import atlas.state.AtlasState;
import atlas.story.PartialDate;
import java.time.format.DateTimeParseException;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The bottom of the window: play controls, the date field, range mode and the trailing window above
 * the {@link TimelineBar}. Everything here only changes the {@link AtlasState}.
 */
public final class TimelinePane extends VBox {
    /** Playback speeds offered: label and days per second. */
    private record Speed(String key, double daysPerSecond) {
        @Override
        public String toString() {
            return Ui.t(key);
        }
    }

    private final TimelineBar bar;
    /** Names the speeds again in a new language (held here: the language property holds it weakly). */
    private javafx.beans.InvalidationListener relabelSpeeds;
    private final Playback playback;
    private final TextField dateField = new TextField();

    public TimelinePane(AtlasState state) {
        bar = new TimelineBar(state);
        playback = new Playback(state, bar::first, bar::last); // asked each time: a layer opened may reach further

        Button prev = new Button("|◀");
        prev.setId("prev-event");
        prev.setTooltip(Ui.tip("timeline.prev.tip"));
        prev.setOnAction(e -> bar.stepEvent(-1));
        Button next = new Button("▶|");
        next.setId("next-event");
        next.setTooltip(Ui.tip("timeline.next.tip"));
        next.setOnAction(e -> bar.stepEvent(1));
        ToggleButton play = new ToggleButton("▶");
        play.setId("play");
        play.setTooltip(Ui.tip("timeline.play.tip"));
        play.selectedProperty().bindBidirectional(playback.playingProperty());
        play.selectedProperty().addListener((o, a, on) -> play.setText(on ? "❚❚" : "▶"));
        // Play and Pause take the same room, so nothing beside the button moves when it changes.
        play.setMinWidth(44);
        play.setPrefWidth(44);

        ComboBox<Speed> speed = new ComboBox<>();
        speed.setId("speed");
        speed.getItems().addAll(new Speed("timeline.speed.1m", 30.44), new Speed("timeline.speed.3m", 91.3),
                new Speed("timeline.speed.6m", 182.6), new Speed("timeline.speed.1y", 365.25));
        speed.getSelectionModel().select(1);
        speed.valueProperty().addListener((o, a, s) -> {
            if (s != null) playback.daysPerSecondProperty().set(s.daysPerSecond());
        });
        speed.setTooltip(Ui.tip("timeline.speed.tip"));
        relabelSpeeds = o -> {
            Speed chosen = speed.getValue();
            speed.getItems().setAll(java.util.List.copyOf(speed.getItems())); // cells show each speed again, in the new language
            speed.setValue(null);
            speed.setValue(chosen);
        };
        Ui.languageProperty().addListener(new javafx.beans.WeakInvalidationListener(relabelSpeeds));
        CheckBox loop = Ui.label(new CheckBox(), "timeline.loop");
        loop.selectedProperty().bindBidirectional(playback.loopProperty());
        CheckBox pause = Ui.label(new CheckBox(), "timeline.pause");
        pause.setId("pause-at-events");
        pause.setTooltip(Ui.tip("timeline.pause.tip"));
        pause.selectedProperty().bindBidirectional(playback.pauseAtEventsProperty());

        dateField.setId("date-field");
        dateField.setPrefColumnCount(13); // a range, "2013-01-01 – 2016-12-31", still shows whole
        dateField.promptTextProperty().bind(Ui.bind("timeline.date.prompt"));
        dateField.setTooltip(Ui.tip("timeline.date.tip"));
        dateField.setOnAction(e -> applyTypedDate(state));
        Runnable showDate = () -> dateField.setText(state.rangeModeProperty().get()
                ? state.rangeFromProperty().get() + " – " + state.rangeToProperty().get()
                : state.dateProperty().get().toString());
        state.windowProperty().addListener(o -> {
            if (!dateField.isFocused()) {
                showDate.run();
                dateAccepted();
            }
        });
        dateField.focusedProperty().addListener((o, a, f) -> {
            if (!f) showDate.run();
        });
        showDate.run();

        ToggleButton range = Ui.label(new ToggleButton(), "timeline.range");
        range.setId("range-mode");
        range.setTooltip(Ui.tip("timeline.range.tip"));
        range.selectedProperty().bindBidirectional(state.rangeModeProperty());

        Spinner<Integer> trail = new Spinner<>(0, 120, state.trailingMonthsProperty().get(), 3);
        trail.setId("trailing-months");
        trail.setPrefWidth(80);
        trail.setEditable(true);
        trail.valueProperty().addListener((o, a, v) -> state.trailingMonthsProperty().set(v));
        trail.setTooltip(Ui.tip("timeline.fade.tip"));
        Label trailLabel = Ui.label(new Label(), "timeline.fade");
        trail.disableProperty().bind(state.rangeModeProperty());
        trailLabel.disableProperty().bind(state.rangeModeProperty());

        // The controls wrap onto a second row in a narrow window rather than shrinking to "…".
        HBox playGroup = new HBox(6, prev, play, next, speed);
        HBox optionGroup = new HBox(6, loop, pause);
        HBox dateGroup = new HBox(6, Ui.label(new Label(), "timeline.date"), dateField, range);
        HBox trailGroup = new HBox(6, trailLabel, trail);
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(10, 4, playGroup, optionGroup, dateGroup, trailGroup);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(4, 8, 2, 8));
        for (HBox g : new HBox[] {playGroup, optionGroup, dateGroup, trailGroup}) {
            g.setAlignment(Pos.CENTER_LEFT);
            g.setMinWidth(Region.USE_PREF_SIZE);
            for (var n : g.getChildren()) {
                n.setFocusTraversable(!(n instanceof Label));
                if (n instanceof Region r) r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }

        getChildren().addAll(controls, bar);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE && !dateField.isFocused()) {
                playback.playingProperty().set(!playback.playingProperty().get());
                e.consume();
            }
        });
    }

    /**
     * Applies what was typed: a date at any precision ("2015", "2015-05", "2015-05-10") or, in range
     * mode, also a range "2013/2016", "2013 – 2016" or "2013..2016" (each end covers its whole span).
     */
    private void applyTypedDate(AtlasState state) {
        String t = dateField.getText().trim();
        try {
            String[] ends = t.split("\\s*(/|\\.\\.|\\s[–-]\\s)\\s*");
            PartialDate p = PartialDate.parse(ends[0]);
            PartialDate q = ends.length > 1 ? PartialDate.parse(ends[1]) : p;
            if (ends.length > 2 || q.last().isBefore(p.first())) throw new IllegalArgumentException("'" + t + "' is not a range from an earlier to a later date");
            if (ends.length > 1 && !state.rangeModeProperty().get()) state.rangeModeProperty().set(true);
            // Within the timeline's dates (1992 to today, or the data's own): "1985" goes to the first, "2040" to the last.
            if (state.rangeModeProperty().get()) {
                state.rangeFromProperty().set(bar.clamp(p.first()));
                state.rangeToProperty().set(bar.clamp(q.last()));
            } else {
                state.dateProperty().set(bar.clamp(p.first()));
            }
            dateAccepted();
            bar.requestFocus();
        } catch (IllegalArgumentException | DateTimeParseException ex) {
            dateField.setStyle("-fx-border-color: #c62828;");
            dateField.setTooltip(new Tooltip(Ui.t("timeline.date.invalid", t.length() > 40 ? t.substring(0, 40) + "…" : t)));
        }
    }

    /** The field's red border and its "not a date" tip go when a date is accepted, typed or not. */
    private void dateAccepted() {
        if (dateField.getStyle().isEmpty()) return; // nothing to take back (the usual case, while the slider moves)
        dateField.setStyle("");
        dateField.setTooltip(Ui.tip("timeline.date.tip"));
    }

    public TimelineBar bar() {
        return bar;
    }

    public Playback playback() {
        return playback;
    }

}
