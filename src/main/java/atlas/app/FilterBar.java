package atlas.app;

import atlas.lang.DateText;
import atlas.lang.Ui;
import atlas.state.AtlasState;
import atlas.story.Category;
import atlas.story.ItemStore;
import atlas.style.StyledPane;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.textfield.TextFields;

/**
 * Category toggles that double as the legend (each shows its colour), and a search box over titles and
 * summaries with completion. They filter the map, the list and the timeline marks together, through
 * the state.
 */
final class FilterBar extends HBox {
    private final javafx.scene.layout.FlowPane chips = new javafx.scene.layout.FlowPane(4, 4);

    FilterBar(AtlasState state, StyledPane paletteSource) {
        super(6);
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        chips.setAlignment(Pos.CENTER_LEFT);
        chips.setId("filter-chips");
        chips.setMinWidth(120);
        chips.getChildren().add(Ui.label(new Label(), "filter.show"));
        for (Category c : Category.values()) {
            ToggleButton t = chip(c.label(), paletteSource.palette().category(c));
            t.textProperty().bind(Ui.bind("category." + c.key()));
            t.setId("category-" + c.key());
            t.setSelected(state.categories().contains(c));
            t.selectedProperty().addListener((o, a, on) -> {
                if (on) state.categories().add(c);
                else state.categories().remove(c);
            });
            state.categories().addListener((javafx.collections.SetChangeListener<Category>) ch -> t.setSelected(state.categories().contains(c)));
            chips.getChildren().add(t);
        }
        javafx.scene.control.Button all = Ui.label(new javafx.scene.control.Button(), "filter.all");
        all.setId("category-all");
        all.getStyleClass().add("filter-all");
        all.setTooltip(Ui.tip("filter.all.tip"));
        all.setOnAction(e -> {
            state.categories().addAll(java.util.EnumSet.allOf(Category.class));
            state.hiddenCategories().clear();
        });
        Runnable allState = () -> all.setDisable(state.categories().size() == Category.values().length && state.hiddenCategories().isEmpty());
        state.categories().addListener((javafx.beans.InvalidationListener) o -> allState.run());
        state.hiddenCategories().addListener((javafx.beans.InvalidationListener) o -> allState.run());
        allState.run();
        chips.getChildren().add(all);
        HBox.setHgrow(chips, Priority.ALWAYS);
        getChildren().add(chips);
        userCategories.setPadding(new Insets(0, 8, 4, 8));
        userCategories.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(userCategories.getChildren()));
        userCategories.visibleProperty().bind(userCategories.managedProperty());
        state.storyProperty().addListener(o -> userCategories(state, paletteSource));
        userCategories(state, paletteSource);
        TextField search = TextFields.createClearableTextField();
        search.setId("search");
        search.promptTextProperty().bind(Ui.bind("filter.search"));
        search.setPrefColumnCount(22);
        search.setMinWidth(160);
        search.textProperty().bindBidirectional(state.searchProperty());
        var completion = TextFields.bindAutoCompletion(search, req -> {
            String q = req.getUserText().toLowerCase(java.util.Locale.ROOT).trim();
            if (q.length() < 2) return List.of();
            return suggestions(state.story().store(), q);
        });
        completion.setVisibleRowCount(12);
        // Select all (Ctrl+A, Cmd+A) selects the field's text, also while the suggestions show (they took the keys).
        javafx.scene.input.KeyCombination selectAll = new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
        javafx.event.EventHandler<javafx.scene.input.KeyEvent> selectText = e -> {
            if (selectAll.match(e)) {
                search.selectAll();
                e.consume();
            }
        };
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, selectText);
        completion.getAutoCompletionPopup().getScene().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, selectText);
        // Suggestions are whole titles with their dates: wider than the field, so the list opens leftwards
        // over the map from the field's right edge (the field sits at the window's right edge).
        completion.setPrefWidth(SUGGESTIONS_WIDTH);
        var popup = completion.getAutoCompletionPopup();
        popup.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            javafx.geometry.Bounds field = search.localToScreen(search.getBoundsInLocal());
            var window = search.getScene() == null ? null : search.getScene().getWindow();
            double left = window == null ? 0 : window.getX();
            if (field != null && popup.isShowing()) popup.setX(Math.max(left, field.getMaxX() - popup.getWidth()));
        }));
        // Choosing a suggestion goes to that item (from whatever date it is on) instead of filtering by its title.
        completion.setOnAutoCompleted(e -> {
            search.setText("");
            state.navigation().goTo(atlas.state.FeatureRef.item(e.getCompletion().key()));
        });
        getChildren().add(search);
    }

    /**
     * A category toggle that reads as on or off at a glance: on, it is filled and ticked with its colour
     * dot; off, it is hollow, its text muted and its dot grey (style classes {@code chip-on}, {@code chip-off}).
     */
    static ToggleButton chip(String label, javafx.scene.paint.Color colour) {
        Region swatch = new Region();
        swatch.getStyleClass().add("legend-swatch");
        Label tick = new Label();
        tick.getStyleClass().add("chip-tick");
        tick.setMinWidth(11);
        HBox graphic = new HBox(3, tick, swatch);
        graphic.setAlignment(Pos.CENTER_LEFT);
        ToggleButton t = new ToggleButton(label, graphic);
        t.getStyleClass().add("filter-chip");
        t.setMinWidth(USE_PREF_SIZE);
        Runnable look = () -> {
            boolean on = t.isSelected();
            t.getStyleClass().removeAll("chip-on", "chip-off");
            t.getStyleClass().add(on ? "chip-on" : "chip-off");
            tick.setText(on ? "✓" : "");
            swatch.setStyle("-fx-background-radius: 5; -fx-background-color: " + (on ? ItemList.web(colour) : "transparent")
                    + "; -fx-border-color: " + (on ? ItemList.web(colour) : "#8a8a8a") + "; -fx-border-radius: 5; -fx-border-width: 1.5;");
            t.setTooltip(new Tooltip(Ui.t(on ? "filter.chip.on" : "filter.chip.off", t.getText())));
        };
        t.selectedProperty().addListener((o, a, on) -> look.run());
        t.textProperty().addListener((o, a, now) -> look.run());
        look.run();
        return t;
    }

    private final javafx.scene.layout.FlowPane userCategories = new javafx.scene.layout.FlowPane(4, 4);

    /** A second row with the user layers' categories (empty and hidden while only the story is open). */
    javafx.scene.Node userRow() {
        return userCategories;
    }

    /** One toggle per category of each user layer (its most frequent values, then "other"), in the layer's colour. */
    private void userCategories(AtlasState state, StyledPane paletteSource) {
        userCategories.getChildren().clear();
        userCategories.setAlignment(Pos.CENTER_LEFT);
        userCategories.setId("user-categories");
        var store = state.story().store();
        for (int l = 0; l < store.layers().size(); l++) {
            var layer = store.layers().get(l);
            if (layer.story() || layer.categories().isEmpty()) continue;
            Region swatch = new Region();
            swatch.getStyleClass().add("legend-swatch");
            swatch.setStyle("-fx-background-color: " + ItemList.web(paletteSource.palette().layer(ItemList.userLayerIndex(store, l))) + "; -fx-background-radius: 5;");
            Label name = new Label(layer.name() + ":", swatch);
            userCategories.getChildren().add(name);
            // A hidden layer's chips are greyed: they filter nothing while the layer is off the map.
            javafx.beans.binding.BooleanBinding hidden = javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> state.hiddenDataLayers().contains(layer.name()), state.hiddenDataLayers());
            name.disableProperty().bind(hidden);
            javafx.scene.paint.Color colour = paletteSource.palette().layer(ItemList.userLayerIndex(store, l));
            for (String value : layer.categories()) {
                String key = atlas.story.AtlasQuery.categoryKey(layer.name(), value);
                ToggleButton t = chip(value, colour);
                t.disableProperty().bind(hidden);
                t.setId("category-" + layer.name() + "-" + value.replaceAll("[^A-Za-z0-9]+", "-"));
                t.setSelected(!state.hiddenCategories().contains(key));
                state.hiddenCategories().addListener((javafx.beans.InvalidationListener) o -> t.setSelected(!state.hiddenCategories().contains(key)));
                t.selectedProperty().addListener((o, a, on) -> {
                    if (on) state.hiddenCategories().remove(key);
                    else state.hiddenCategories().add(key);
                });
                userCategories.getChildren().add(t);
            }
        }
    }

    /** A search suggestion: an item of any date, shown with its date, that the search can go to. */
    record Suggestion(String key, String title, String date) {
        @Override
        public String toString() {
            return date.isEmpty() ? title : title + " — " + date;
        }
    }

    /**
     * Items of every date whose title (then, with room left, summary) contains {@code q}: titles that
     * start with it first, then by date; at most 12. Looks through at most {@link #MAX_SCANNED} rows so
     * typing stays instant on huge data.
     */
    static List<Suggestion> suggestions(ItemStore s, String q) {
        List<int[]> hits = new java.util.ArrayList<>(); // {row, rank}
        int n = Math.min(s.size(), MAX_SCANNED);
        String lang = Ui.language().code();
        for (int r = 0; r < n; r++) {
            int rank = rank(s.title(r), q);
            String name = name(s, r, lang);
            if (name != null) rank = Math.min(rank, rank(name, q)); // a place by its name in the language too ("Минск")
            if (rank < 3) hits.add(new int[] {r, rank});
        }
        if (hits.size() < 12) {
            java.util.Set<Integer> found = new java.util.HashSet<>();
            for (int[] h : hits) found.add(h[0]);
            for (int r = 0; r < n && hits.size() < 12; r++) {
                if (!found.contains(r) && s.summary(r).toLowerCase(java.util.Locale.ROOT).contains(q)) hits.add(new int[] {r, 3}); // once, though its name matched too
            }
        }
        hits.sort((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[0], b[0]));
        List<Suggestion> out = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(12, hits.size()); i++) {
            int r = hits.get(i)[0];
            String name = name(s, r, lang);
            out.add(new Suggestion(s.key(r), name != null ? name : s.title(r), s.startPacked(r) == 0 ? Ui.kind(s.kind(r)) : DateText.item(s.item(r))));
        }
        return out;
    }

    /** 0: {@code text} starts with {@code q}; 1: a word in it does; 2: it holds it inside a word; 3: it does not hold it. */
    private static int rank(String text, String q) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        int at = t.indexOf(q);
        return at == 0 ? 0 : at > 0 ? (Character.isLetterOrDigit(t.charAt(at - 1)) ? 2 : 1) : 3;
    }

    /** A place's name in {@code lang} where its data gives one other than its title; else null (no text decoded for other items). */
    private static String name(ItemStore s, int r, String lang) {
        if (lang.equals("en") || s.kind(r) != atlas.story.Kind.PLACE) return null;
        String n = s.title(r, lang);
        return n.equals(s.title(r)) ? null : n;
    }

    /** The suggestions' width: a title of some 90 characters with its date. */
    static final double SUGGESTIONS_WIDTH = 760;

    /** Rows the completion looks through (a few ms of work). */
    static final int MAX_SCANNED = 50_000;
}
