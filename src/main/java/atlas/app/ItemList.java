package atlas.app;

import atlas.lang.DateText;
import atlas.lang.Ui;
import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import atlas.story.ItemStore;
import atlas.story.StoryItem;
import atlas.style.StyledPane;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The items shown now, in a table with a header: date, kind and title; a click on a header sorts by it
 * (dated items first in every order, the undated places after them), columns resize, and every row
 * has a tooltip with its full title and date. A click on a row goes to the item (selected everywhere,
 * brought into view on the map, remembered for Back); double-click or Enter flies the map to it.
 * While nothing is selected the list follows the date, keeping the latest item begun in view.
 * The undated places form a group of their own after the dated items (a rule above its first row), or
 * are left out when {@link #showPlacesProperty} is off (the "Show places" check above the list, see
 * {@link #withBar}), so they do not flood it.
 */
final class ItemList extends TableView<Integer> {
    private boolean syncing;
    /** Height of the column header, about (rows below it are what {@link #followDate} counts). */
    private static final double HEADER_PX = 26;
    private final RowList rows = new RowList();
    private final AtlasState state;
    private final TableColumn<Integer, Integer> date = new TableColumn<>();
    private final TableColumn<Integer, Integer> kind = new TableColumn<>();
    private final TableColumn<Integer, Integer> title = new TableColumn<>();

    /** Shows the dates again in a new language (held here: the language property holds it weakly). */
    private final javafx.beans.InvalidationListener relabel = o -> {
        datesFittedTo = null; // month names differ in length from language to language
        fitDates(store());
        refresh();
    };
    private final javafx.beans.property.BooleanProperty showPlaces = new javafx.beans.property.SimpleBooleanProperty(this, "showPlaces", true);
    private static final javafx.css.PseudoClass GROUP_START = javafx.css.PseudoClass.getPseudoClass("group-start");

    ItemList(AtlasState state, StyledPane paletteSource, Consumer<StoryItem> flyTo) {
        this.state = state;
        Ui.languageProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
        setItems(rows);
        setId("item-list");
        setPlaceholder(Ui.label(new Label(), "list.empty"));
        date.textProperty().bind(Ui.bind("list.date"));
        // The kind column is as narrow as its swatch: its header is a swatch too, with the word in a tooltip.
        Label kindHeader = new Label("\u25C6");
        Tooltip kindTip = new Tooltip();
        kindTip.textProperty().bind(Ui.bind("list.kind"));
        kindHeader.setTooltip(kindTip);
        kindHeader.accessibleTextProperty().bind(Ui.bind("list.kind"));
        kind.setGraphic(kindHeader);
        title.textProperty().bind(Ui.bind("list.title"));
        setFixedCellSize(24);
        setMinWidth(340); // date, kind and a readable start of the title
        for (TableColumn<Integer, Integer> c : java.util.List.of(date, kind, title)) {
            c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
            c.setSortable(true);
        }
        date.setId("column-date");
        kind.setId("column-kind");
        title.setId("column-title");
        // Dates are never cut: the column is at least as wide as the longest compact date.
        // Measured when the list joins the window (after the map's first frame): measuring every row's date in a cold
        // JVM before it put the first frame of the map 0.2 s later.
        sceneProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (getScene() == null) return;
                sceneProperty().removeListener(this);
                fitDates(store());
            }
        });
        state.storyProperty().addListener((o, a, b) -> fitDates(b.store()));
        // The kind as the map draws it (dot, diamond, ring, dash) in the item's colour; the words are in the row's tooltip.
        kind.setPrefWidth(34);
        kind.setMinWidth(kind.getPrefWidth());
        kind.setMaxWidth(kind.getPrefWidth() + 10);
        title.setPrefWidth(260);
        title.setMinWidth(80);
        date.setCellFactory(c -> new Cell(r -> ListDates.compact(store().item(r)), null));
        kind.setCellFactory(c -> new Cell(r -> null, r -> swatch(paletteSource, r)));
        title.setCellFactory(c -> new Cell(r -> store().title(r, Ui.language().code()), null)); // a place by its name in the language
        getColumns().add(date);
        getColumns().add(kind);
        getColumns().add(title);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setSortPolicy(t -> {
            resort();
            return true;
        });
        setRowFactory(t -> new TableRow<>() {
            {
                addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                    if (e.getButton() != MouseButton.PRIMARY || isEmpty() || getItem() == null) return;
                    e.consume();
                    ItemList.this.requestFocus();
                    int row = getItem();
                    if (e.getClickCount() >= 2) flyTo.accept(store().item(row));
                    else state.navigation().goTo(FeatureRef.item(store().key(row)));
                });
            }

            @Override
            protected void updateItem(Integer row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(GROUP_START, !empty && row != null && row < store().size() && firstPlace(getIndex()));
                if (empty || row == null || row >= store().size()) {
                    setTooltip(null);
                    return;
                }
                StoryItem it = store().item(row);
                String when = DateText.item(it);
                setTooltip(new Tooltip(it.title() + "\n" + (when.isEmpty() ? Ui.kind(it.kind()) : Ui.kind(it.kind()) + " · " + when)));
            }
        });
        rows.set(state.shown().rows());

        getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (syncing || row == null) return;
            syncing = true;
            state.selectedProperty().set(FeatureRef.item(store().key(row)));
            syncing = false;
        });
        state.selectedProperty().addListener(o -> fromState());
        state.shownProperty().addListener((o, a, shown) -> {
            syncing = true;
            resort();
            syncing = false;
            fromState();
        });
        showPlaces.addListener(o -> {
            syncing = true;
            resort();
            syncing = false;
            fromState();
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected() != null) flyTo.accept(selected());
        });
    }

    private ItemStore store() {
        return state.shown().store();
    }

    /** Selects the state's selection in the list, or, with none, keeps the latest item begun in view. */
    private void fromState() {
        if (syncing) return;
        syncing = true;
        FeatureRef r = state.selectedProperty().get();
        int row = r != null && r.type() == FeatureRef.Type.ITEM ? store().find(r.id()) : -1;
        int at = row < 0 ? -1 : rows.indexOfRow(row);
        if (at >= 0) {
            getSelectionModel().clearAndSelect(at);
            // Whether it is in view is known after the rows are laid out: a search moves the date (other rows)
            // and selects at once, and the cells on screen are still the old rows' until then.
            reveal = at;
            if (getScene() != null) {
                getScene().removePostLayoutPulseListener(revealer);
                getScene().addPostLayoutPulseListener(revealer);
                javafx.application.Platform.requestNextPulse();
            }
        } else {
            getSelectionModel().clearSelection();
            if (r == null) followDate();
        }
        syncing = false;
    }

    /** Whether list position {@code at} is fully on screen now (then selecting it must not scroll the rows under the pointer). */
    private boolean inView(int at) {
        if (!(lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow)) return false;
        var first = flow.getFirstVisibleCell();
        var last = flow.getLastVisibleCell();
        return first != null && last != null && at >= first.getIndex() && at < last.getIndex();
    }

    /** In date order, scrolls so that the newest dated item is near the bottom of the view (playback reads down the list). */
    private void followDate() {
        if (!getSortOrder().isEmpty() && !(getSortOrder().get(0) == date && date.getSortType() == TableColumn.SortType.ASCENDING)) return;
        int lastDated = -1;
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (store().startPacked(rows.get(i)) != 0) {
                lastDated = i;
                break;
            }
        }
        if (lastDated < 0) return;
        int visible = (int) Math.max(1, Math.floor((getHeight() - HEADER_PX) / getFixedCellSize()));
        scrollTo(Math.max(0, lastDated - visible + 2));
    }

    private boolean laidOut;

    /** A list position to bring into view once the rows are laid out, or -1. */
    private int reveal = -1;
    /** Brings {@link #reveal} into view after a pulse's layout (when the cells on screen are the new rows'), once. */
    private final Runnable revealer = new Runnable() {
        @Override
        public void run() {
            if (getScene() != null) getScene().removePostLayoutPulseListener(this);
            int at = reveal;
            reveal = -1;
            if (at >= 0 && at < getItems().size() && !inView(at)) scrollTo(Math.max(0, at - 2));
        }
    };

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (!laidOut && getHeight() > 0) {
            // The first time the rows are on screen, show the latest ones, as a later date change would.
            laidOut = true;
            javafx.application.Platform.runLater(() -> {
                if (state.selectedProperty().get() == null) followDate();
            });
        }
    }

    /** Whether the list shows the undated places (after the dated items); remembered between runs. */
    javafx.beans.property.BooleanProperty showPlacesProperty() {
        return showPlaces;
    }

    /** The list under a bar with its "Show places" check. */
    javafx.scene.layout.VBox withBar() {
        javafx.scene.control.CheckBox places = Ui.label(new javafx.scene.control.CheckBox(), "list.places");
        places.setId("show-places");
        places.setTooltip(Ui.tip("list.places.tip"));
        places.selectedProperty().bindBidirectional(showPlaces);
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, places);
        bar.getStyleClass().add("list-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(bar, this);
        javafx.scene.layout.VBox.setVgrow(this, javafx.scene.layout.Priority.ALWAYS);
        box.setMinWidth(getMinWidth());
        return box;
    }

    /** Whether list position {@code at} is the first of the places' group (after dated items). */
    private boolean firstPlace(int at) {
        if (at <= 0 || at >= rows.size()) return false;
        return store().kind(rows.get(at)) == atlas.story.Kind.PLACE && store().startPacked(rows.get(at)) == 0
                && !(store().kind(rows.get(at - 1)) == atlas.story.Kind.PLACE && store().startPacked(rows.get(at - 1)) == 0);
    }

    /** The shown rows without the undated places. */
    private int[] withoutPlaces(int[] base) {
        int[] out = new int[base.length];
        int n = 0;
        for (int r : base) if (!(store().kind(r) == atlas.story.Kind.PLACE && store().startPacked(r) == 0)) out[n++] = r;
        return java.util.Arrays.copyOf(out, n);
    }

    /** Applies the header's sort order to the shown rows (places always after dated items, or left out). */
    private void resort() {
        int[] base = showPlaces.get() ? state.shown().rows() : withoutPlaces(state.shown().rows());
        if (getSortOrder().isEmpty()) {
            rows.set(base);
            return;
        }
        TableColumn<Integer, ?> by = getSortOrder().get(0);
        boolean desc = by.getSortType() == TableColumn.SortType.DESCENDING;
        rows.set(ListDates.sort(store(), base, by == title ? ListDates.Order.TITLE : by == kind ? ListDates.Order.KIND : ListDates.Order.DATE, desc));
    }

    /** The selected item, or null. */
    private StoryItem selected() {
        Integer row = getSelectionModel().getSelectedItem();
        return row == null ? null : store().item(row);
    }

    private Region swatch(StyledPane paletteSource, int row) {
        ItemStore s = store();
        boolean story = s.layers().get(s.layer(row)).story();
        javafx.scene.paint.Color c = story ? paletteSource.palette().category(s.category(row))
                : paletteSource.palette().layer(userLayerIndex(s, s.layer(row)));
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", "kind-" + s.kind(row).key());
        String col = web(c);
        String diamond = "-fx-shape: \"M5,0 L10,5 L5,10 L0,5 Z\";";
        if (story && s.kind(row) == atlas.story.Kind.PROJECT) {
            // As the map draws it: in its stage's colour on the date shown, hollow when agreed, half-filled under construction.
            atlas.story.Stage st = s.stageOn(row, state.window().to().toEpochDay());
            String sc = web(paletteSource.palette().get("map-stage-" + (st == null ? "agreed" : st.key())));
            String paper = web(paletteSource.palette().get("map-marker-fill"));
            swatch.setStyle(diamond + " -fx-border-color: " + sc + "; -fx-border-width: 1.5; -fx-background-color: "
                    + (st == null || st == atlas.story.Stage.AGREED ? paper : st == atlas.story.Stage.CONSTRUCTION ? "linear-gradient(to bottom, " + paper + " 50%, " + sc + " 50%)" : sc) + ";");
            swatch.getProperties().put("stage", st == null ? "agreed" : st.key());
            javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(swatch);
            holder.setMinWidth(16);
            return holder;
        }
        swatch.setStyle(switch (s.kind(row)) {
            case PROJECT -> "-fx-background-color: " + col + "; " + diamond;
            case PLACE -> "-fx-background-color: transparent; -fx-border-color: " + col + "; -fx-border-width: 2; -fx-border-radius: 5; -fx-background-radius: 5;";
            case CORRIDOR -> "-fx-background-color: " + col + "; -fx-scale-shape: false; -fx-shape: \"M0,3.5 L4,3.5 L4,6.5 L0,6.5 Z M6,3.5 L10,3.5 L10,6.5 L6,6.5 Z\";";
            default -> "-fx-background-color: " + col + "; -fx-background-radius: 5;";
        });
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(swatch);
        holder.setMinWidth(16);
        return holder;
    }

    /** A cell showing one text of the row (and optionally a graphic), ending in an ellipsis when cut. */
    private final class Cell extends TableCell<Integer, Integer> {
        private final java.util.function.IntFunction<String> text;
        private final java.util.function.IntFunction<javafx.scene.Node> graphic;

        Cell(java.util.function.IntFunction<String> text, java.util.function.IntFunction<javafx.scene.Node> graphic) {
            this.text = text;
            this.graphic = graphic;
        }

        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null || row >= store().size()) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(text.apply(row));
            setGraphic(graphic == null ? null : graphic.apply(row));
        }
    }

    private ItemStore datesFittedTo;
    /** Rows whose dates are measured when fitting the column; a larger store is sampled evenly (a million texts would take seconds). */
    static final int DATES_MEASURED = 4000;

    /**
     * Dates are never cut: the date column is as wide as the widest compact date of the rows in the current language
     * (all of them up to {@link #DATES_MEASURED}, an even sample beyond), and no narrower than the longest forms of the
     * usual shapes ("since 28 Sep 2012", "28 Nov–29 Dec 2015"; across years when the data has such ranges of days, found
     * from the packed dates alone). Fitted again when the data or the language changes.
     */
    private void fitDates(ItemStore s) {
        if (s == datesFittedTo) return;
        datesFittedTo = s;
        double w = Math.max(Math.max(textWidth("since 28 Sep 2012 "), textWidth("с 28 сент 2012 ")), textWidth("28 Nov–29 Dec 2015"));
        for (int r = 0; r < s.size(); r++) {
            int a = s.startPacked(r), b = s.endPacked(r);
            if (a % 100 != 0 && b % 100 != 0 && a / 10000 != b / 10000) {
                w = Math.max(w, Math.max(textWidth("28 Sep 2012–28 Sep 2016"), Math.max(textWidth("28 сент 2012–28 сент 2016"), textWidth("2012年12月28日 – 2016年12月28日"))));
                break;
            }
        }
        int n = s.size(), step = Math.max(1, n / DATES_MEASURED);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int r = 0; r < n; r += step) {
            String d = ListDates.compact(s.item(r));
            if (seen.add(d)) w = Math.max(w, textWidth(d));
        }
        date.setMinWidth(w + 18);
        date.setPrefWidth(Math.max(date.getPrefWidth(), w + 18));
        // The columns share the list's width again now: a wider date column alone left the titles running past the
        // list's right edge, under its scroll bar and cut mid-word, until the next layout the user caused.
        if (getSkin() != null) getColumnResizePolicy().call(new ResizeFeatures<>(this, null, 0.0));
    }

    private static double textWidth(String s) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(javafx.scene.text.Font.font("System", 13));
        return t.getLayoutBounds().getWidth();
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
