package atlas.app;

import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import atlas.story.StoryItem;
import atlas.style.StyledPane;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The items shown now, sorted by date: date, category colour, title. Selecting here selects on the
 * map and the timeline and the reverse (both go through the state); double-click or Enter flies the
 * map to the item.
 */
final class ItemList extends ListView<StoryItem> {
    private boolean syncing;

    ItemList(AtlasState state, StyledPane paletteSource, Consumer<StoryItem> flyTo) {
        super(state.visibleItems());
        setId("item-list");
        setPlaceholder(new Label("Nothing on the map at this date with these filters."));
        setCellFactory(v -> new ListCell<>() {
            {
                // Titles end in an ellipsis instead of pushing the list into a horizontal scroll.
                prefWidthProperty().bind(v.widthProperty().subtract(22));
                setMaxWidth(USE_PREF_SIZE);
                setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(StoryItem it, boolean empty) {
                super.updateItem(it, empty);
                if (empty || it == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Region swatch = new Region();
                swatch.getStyleClass().add("legend-swatch");
                swatch.setStyle("-fx-background-color: " + web(paletteSource.palette().category(it.category())) + ";"
                        + (it.kind() == atlas.story.Kind.PROJECT ? "-fx-shape: \"M5,0 L10,5 L5,10 L0,5 Z\";" : "-fx-background-radius: 5;"));
                Label date = new Label(it.start() == null ? it.kind().key() : it.displayDate());
                date.setMinWidth(150);
                date.setPrefWidth(150);
                date.getStyleClass().add("details-meta");
                setGraphic(new HBox(6, swatch, date));
                setText(it.title());
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, a, it) -> {
            if (syncing || it == null) return;
            syncing = true;
            state.selectedProperty().set(FeatureRef.item(it.id()));
            syncing = false;
        });
        Runnable fromState = () -> {
            if (syncing) return;
            syncing = true;
            FeatureRef r = state.selectedProperty().get();
            StoryItem it = r != null && r.type() == FeatureRef.Type.ITEM ? state.story().get(r.id()) : null;
            if (it != null && getItems().contains(it)) {
                getSelectionModel().select(it);
                scrollTo(it);
            } else {
                getSelectionModel().clearSelection();
            }
            syncing = false;
        };
        state.selectedProperty().addListener(o -> fromState.run());
        state.visibleItems().addListener((javafx.collections.ListChangeListener<StoryItem>) c -> fromState.run());
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && getSelectionModel().getSelectedItem() != null) flyTo.accept(getSelectionModel().getSelectedItem());
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                flyTo.accept(getSelectionModel().getSelectedItem());
            }
        });
    }

    static String web(javafx.scene.paint.Color c) {
        return String.format("#%02x%02x%02x", (int) (c.getRed() * 255), (int) (c.getGreen() * 255), (int) (c.getBlue() * 255));
    }
}
