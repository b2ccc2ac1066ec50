package atlas.app;

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
    FilterBar(AtlasState state, StyledPane paletteSource) {
        super(6);
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        getChildren().add(new Label("Show:"));
        for (Category c : Category.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().add("legend-swatch");
            swatch.setStyle("-fx-background-color: " + ItemList.web(paletteSource.palette().category(c)) + "; -fx-background-radius: 5;");
            ToggleButton t = new ToggleButton(c.label(), swatch);
            t.setId("category-" + c.key());
            t.setSelected(state.categories().contains(c));
            t.setTooltip(new Tooltip("Show or hide " + c.label().toLowerCase() + " items"));
            t.selectedProperty().addListener((o, a, on) -> {
                if (on) state.categories().add(c);
                else state.categories().remove(c);
            });
            getChildren().add(t);
        }
        userCategories.setPadding(new Insets(0, 8, 4, 8));
        userCategories.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(userCategories.getChildren()));
        userCategories.visibleProperty().bind(userCategories.managedProperty());
        state.storyProperty().addListener(o -> userCategories(state, paletteSource));
        userCategories(state, paletteSource);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        TextField search = TextFields.createClearableTextField();
        search.setId("search");
        search.setPromptText("Search titles and summaries");
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(state.searchProperty());
        TextFields.bindAutoCompletion(search, req -> {
            String q = req.getUserText().toLowerCase();
            if (q.length() < 2) return List.of();
            return suggestions(state.story().store(), q);
        });
        getChildren().addAll(grow, search);
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
            for (String value : layer.categories()) {
                String key = atlas.story.AtlasQuery.categoryKey(layer.name(), value);
                ToggleButton t = new ToggleButton(value);
                t.setId("category-" + layer.name() + "-" + value.replaceAll("[^A-Za-z0-9]+", "-"));
                t.setSelected(!state.hiddenCategories().contains(key));
                t.setTooltip(new Tooltip("Show or hide " + value + " items of layer " + layer.name()));
                t.selectedProperty().addListener((o, a, on) -> {
                    if (on) state.hiddenCategories().remove(key);
                    else state.hiddenCategories().add(key);
                });
                userCategories.getChildren().add(t);
            }
        }
    }

    /** Titles containing {@code q}, at most 12; looks through at most {@link #MAX_SCANNED} rows so typing stays instant on huge data. */
    static List<String> suggestions(ItemStore s, String q) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (int r = 0; r < Math.min(s.size(), MAX_SCANNED) && out.size() < 12; r++) {
            String t = s.title(r);
            if (t.toLowerCase().contains(q)) out.add(t);
        }
        return List.copyOf(out);
    }

    /** Rows the completion looks through (a few ms of work). */
    static final int MAX_SCANNED = 50_000;
}
