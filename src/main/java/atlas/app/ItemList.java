package atlas.app;

import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import atlas.story.ItemStore;
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
final class ItemList extends ListView<Integer> {
    private boolean syncing;
    private final RowList rows = new RowList();
    private final AtlasState state;

    ItemList(AtlasState state, StyledPane paletteSource, Consumer<StoryItem> flyTo) {
        this.state = state;
        setItems(rows);
        rows.set(state.shown().rows());
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
            protected void updateItem(Integer row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                ItemStore s = state.shown().store();
                if (row >= s.size()) return;
                StoryItem it = s.item(row);
                boolean story = s.layers().get(s.layer(row)).story();
                javafx.scene.paint.Color c = story ? paletteSource.palette().category(it.category())
                        : paletteSource.palette().layer(userLayerIndex(s, s.layer(row)));
                Region swatch = new Region();
                swatch.getStyleClass().add("legend-swatch");
                swatch.setStyle("-fx-background-color: " + web(c) + ";"
                        + (it.kind() == atlas.story.Kind.PROJECT ? "-fx-shape: \"M5,0 L10,5 L5,10 L0,5 Z\";" : "-fx-background-radius: 5;"));
                Label date = new Label(it.start() == null ? it.kind().key() : it.displayDate());
                date.setMinWidth(150);
                date.setPrefWidth(150);
                date.getStyleClass().add("details-meta");
                setGraphic(new HBox(6, swatch, date));
                setText(it.title());
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (syncing || row == null) return;
            syncing = true;
            state.selectedProperty().set(FeatureRef.item(state.shown().store().key(row)));
            syncing = false;
        });
        Runnable fromState = () -> {
            if (syncing) return;
            syncing = true;
            FeatureRef r = state.selectedProperty().get();
            int row = r != null && r.type() == FeatureRef.Type.ITEM ? state.shown().store().find(r.id()) : -1;
            int at = row < 0 ? -1 : rows.indexOfRow(row);
            if (at >= 0) {
                getSelectionModel().select(at);
                scrollTo(at);
            } else {
                getSelectionModel().clearSelection();
            }
            syncing = false;
        };
        state.selectedProperty().addListener(o -> fromState.run());
        state.shownProperty().addListener((o, a, shown) -> {
            syncing = true;
            rows.set(shown.rows());
            syncing = false;
            fromState.run();
        });
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && selected() != null) flyTo.accept(selected());
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected() != null) flyTo.accept(selected());
        });
    }

    /** The selected item, or null. */
    private StoryItem selected() {
        Integer row = getSelectionModel().getSelectedItem();
        return row == null ? null : state.shown().store().item(row);
    }

    static int userLayerIndex(ItemStore s, int layer) {
        int n = 0;
        for (int i = 0; i < layer; i++) if (!s.layers().get(i).story()) n++;
        return n;
    }

    static String web(javafx.scene.paint.Color c) {
        return String.format("#%02x%02x%02x", (int) (c.getRed() * 255), (int) (c.getGreen() * 255), (int) (c.getBlue() * 255));
    }
}
