package atlas.app;

import atlas.lang.Ui;
import atlas.io.AtomicFiles;
import atlas.io.Problem;
import atlas.map.MapExport;
import atlas.map.MapView;
import atlas.state.AtlasState;
import atlas.story.AtlasData;
import atlas.story.Story;
import atlas.style.StyledPane;
import atlas.timeline.TimelinePane;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;

/**
 * The main window: menus and filters on top, the map with the item list and details beside it, the
 * timeline below. It wires the views to one {@link AtlasState}; the views never call each other.
 */
public final class MainWindow extends BorderPane {
    private static final System.Logger LOG = System.getLogger("atlas");
    private final AtlasState state;
    private final AtlasData data;
    private final MapView map;
    private final TimelinePane timeline;
    private final HBox banner = new HBox(8);
    /** Says the banner again in a new language (held here: the language property holds it weakly). */
    private final javafx.beans.InvalidationListener relabel = o -> {
        updateBanner();
        this.status.setText(""); // a message said in the last language is not said again in this one: it goes
    };
    private final Label bannerText = new Label();
    private final HostServices host;
    private final Layers layers;
    private final Label status = new Label();
    private final ItemList list;
    private final DetailsPane details;
    /** The list and details' place beside the map (see {@link #sidePanelAfterFirstFrame}). */
    private final javafx.scene.layout.StackPane sideSlot = new javafx.scene.layout.StackPane();
    private final javafx.beans.property.BooleanProperty darkTheme = new javafx.beans.property.SimpleBooleanProperty(this, "darkTheme", false);

    public MainWindow(AtlasData data, HostServices host) {
        this.data = data;
        this.host = host;
        this.state = new AtlasState(data.story());
        state.problems().setAll(data.problems());
        map = new MapView(state, data.geo(), false);
        timeline = new TimelinePane(state);
        ItemList list = new ItemList(state, map, it -> {
            var v = map.viewportFor(it);
            if (v != null) state.flyToProperty().set(v);
        });
        DetailsPane details = new DetailsPane(state, data.geo(), this::openUrl);
        this.list = list;
        this.details = details;
        SplitPane side = new SplitPane(list.withBar(), details);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.45);
        sideSlot.getChildren().setAll(side);
        SplitPane center = new SplitPane(map, sideSlot);
        center.setDividerPositions(0.70);
        SplitPane.setResizableWithParent(sideSlot, false);
        SideWidth.install(center, sideSlot);

        Button show = Ui.label(new Button(), "banner.show");
        show.setOnAction(e -> showProblems());
        show.setMinWidth(Region.USE_PREF_SIZE); // the message gives way (it ends in "…"), never the button's name
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        banner.getChildren().addAll(bannerText, grow, show);
        banner.getStyleClass().add("problem-banner");
        banner.setId("problem-banner");
        state.problems().addListener((javafx.collections.ListChangeListener<Problem>) c -> updateBanner());
        updateBanner();
        Ui.languageProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));

        status.setId("status-line");
        status.getStyleClass().add("details-meta");
        status.setPadding(new javafx.geometry.Insets(0, 8, 2, 8));
        // A status bar under the timeline, always there: a message coming or going never moves the map.
        status.setMinHeight(18);
        status.setMaxWidth(Double.MAX_VALUE);
        layers = new Layers(state, data.geo(), map, status::setText);
        details.setStatus(status::setText);
        state.navigation().messageProperty().addListener((o, was, said) -> status.setText(said));
        // A message about the range ("showing its period … as a range") goes when the range does.
        state.rangeModeProperty().addListener((o, was, on) -> {
            if (!on) status.setText("");
        });
        FilterBar filters = new FilterBar(state, map);
        setTop(new VBox(menus(), banner, filters, filters.userRow()));
        // Dropping data files or a folder on the window opens each as a layer.
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            e.consume();
        });
        setOnDragDropped(e -> {
            var files = e.getDragboard().getFiles();
            if (files != null) files.forEach(f -> openData(f.toPath()));
            e.setDropCompleted(files != null && !files.isEmpty());
            e.consume();
        });
        setCenter(center);
        setBottom(new VBox(timeline, status));
        darkTheme.addListener((o, a, on) -> applyTheme(on));
        sceneProperty().addListener((o, a, sc) -> applyTheme(darkTheme.get()));
        state.dateProperty().set(Story.OPENING_DATE);
    }

    Layers layers() {
        return layers;
    }

    /**
     * At start-up: the list and details join the window once the map has drawn its first frame, in the
     * place the split pane keeps for them, so that their first styling and layout (a third of a second in a
     * fresh JVM on two cores) do not hold the map back.
     */
    void sidePanelAfterFirstFrame() {
        if (sideSlot.getChildren().isEmpty()) return; // asked already
        List<javafx.scene.Node> side = List.copyOf(sideSlot.getChildren());
        sideSlot.getChildren().clear();
        Runnable attach = () -> {
            if (sideSlot.getChildren().isEmpty()) sideSlot.getChildren().setAll(side);
        };
        map.afterFirstFrame(attach);
        // Should the map not draw (a window kept tiny, a frame that fails), the list comes anyway.
        javafx.animation.PauseTransition late = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        late.setOnFinished(e -> attach.run());
        late.play();
    }

    /** Whether the list shows the undated places (remembered in the settings). */
    public javafx.beans.property.BooleanProperty showPlacesProperty() {
        return list.showPlacesProperty();
    }

    public AtlasState state() {
        return state;
    }

    public MapView map() {
        return map;
    }

    public TimelinePane timeline() {
        return timeline;
    }

    public static String stylesheet() {
        return StyledPane.stylesheet();
    }

    /**
     * Space plays or pauses, and the date keys (←/→ with Shift or Ctrl, PageUp/PageDown, Home/End: see
     * {@link atlas.timeline.TimelineBar#dateKey}) move the date, wherever the focus is (map, list, filter
     * chips, details, time bar) except in a field where one types. Alt+←/→ stay Back/Forward; the map pans
     * with Ctrl+Shift+arrows.
     */
    public void installShortcuts(Scene scene) {
        GoMenu.install(scene, state.navigation());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F6 && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                // From anywhere, the search field too: on to the next pane (Shift: the one before).
                nextPane(scene.getFocusOwner(), e.isShiftDown() ? -1 : 1);
                e.consume();
                return;
            }
            if (typing(scene.getFocusOwner())) return;
            if (e.getCode() == KeyCode.SPACE) {
                var p = timeline.playback().playingProperty();
                p.set(!p.get());
                e.consume();
                return;
            }
            if (e.isAltDown() || e.isMetaDown() || (e.isControlDown() && e.isShiftDown())) return;
            boolean ctrl = e.isControlDown() || e.isShortcutDown();
            if (timeline.bar().dateKey(e.getCode(), e.isShiftDown(), ctrl)) e.consume();
        });
    }

    /**
     * F6: the keyboard's focus moves to the next of the window's panes that shows, in reading order: the map,
     * the list, the details, the timeline (Tab would walk through every filter chip on the way).
     */
    void nextPane(javafx.scene.Node focus, int step) {
        List<javafx.scene.Node> panes = new java.util.ArrayList<>();
        for (javafx.scene.Node n : new javafx.scene.Node[] {map, list, details, timeline.bar()}) {
            if (n.getScene() != null && n.isVisible() && n.getLayoutBounds().getWidth() > 0 && n.getLayoutBounds().getHeight() > 0) panes.add(n);
        }
        if (panes.isEmpty()) return;
        int at = -1;
        for (javafx.scene.Node n = focus; n != null && at < 0; n = n.getParent()) at = panes.indexOf(n);
        int next = at < 0 ? (step > 0 ? 0 : panes.size() - 1) : Math.floorMod(at + step, panes.size());
        panes.get(next).requestFocus();
    }

    /** Whether {@code focus} is a field where keys edit text (a read-only text, like the details', is not). */
    static boolean typing(javafx.scene.Node focus) {
        return focus instanceof TextInputControl t && t.isEditable();
    }

    private void updateBanner() {
        int n = state.problems().size();
        banner.setVisible(n > 0);
        banner.setManaged(n > 0);
        banner.pseudoClassStateChanged(NOTHING_LOADED, false);
        if (n == 0) return;
        // A layer that loaded nothing is said first and differently: "some input was skipped" would hide it.
        List<String> empty = new java.util.ArrayList<>();
        atlas.io.Problem why = null;
        for (atlas.story.Layer l : state.story().layers()) {
            if (l.name().equals(atlas.story.Layer.STORY) || l.items() > 0 || l.problems().isEmpty()) continue;
            empty.add("'" + atlas.io.Texts.clip(l.name()) + "'");
            if (why == null) why = l.problems().get(0);
        }
        // Files opened from the menu that loaded nothing are not layers (see Layers#nothingLoaded), but said the same.
        if (layers != null) {
            for (var e : layers.nothingLoaded().entrySet()) {
                if (e.getValue().isEmpty()) continue;
                empty.add("'" + atlas.io.Texts.clip(e.getKey()) + "'");
                if (why == null) why = e.getValue().get(0);
            }
        }
        if (!empty.isEmpty()) {
            banner.pseudoClassStateChanged(NOTHING_LOADED, true);
            bannerText.setText(Ui.t("banner.nothing", String.join(", ", empty), atlas.io.Texts.line(why.message()))
                    + (n > 1 ? " " + Ui.t("banner.in.all", n) : ""));
            return;
        }
        bannerText.setText(n == 1 ? Ui.t("banner.one", state.problems().get(0)) : Ui.t("banner.many", n, state.problems().get(0)));
    }

    private static final javafx.css.PseudoClass NOTHING_LOADED = javafx.css.PseudoClass.getPseudoClass("nothing-loaded");

    private void showProblems() {
        ListView<String> lv = new ListView<>();
        state.problems().forEach(p -> lv.getItems().add(p.toString()));
        lv.setPrefSize(900, 400);
        lv.setId("problem-list");
        // Each message whole, on as many lines as it needs.
        lv.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(v.widthProperty().subtract(24));
                setMaxWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        });
        Alert a = new Alert(Alert.AlertType.WARNING);
        a.setResizable(true);
        a.setTitle(Ui.t("problems.title"));
        a.setHeaderText(Ui.t(state.problems().isEmpty() ? "problems.none" : "problems.header"));
        a.getDialogPane().setContent(lv);
        a.initOwner(getScene().getWindow());
        a.show();
    }

    private MenuBar menus() {
        MenuItem open = Ui.item(new MenuItem(), "menu.file.open");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseData(false));
        MenuItem openFolder = Ui.item(new MenuItem(), "menu.file.open.folder");
        openFolder.setOnAction(e -> chooseData(true));
        MenuItem embedded = Ui.item(new MenuItem(), "menu.file.reload");
        embedded.setOnAction(e -> layers.added(Story.embeddedLayer()));
        MenuItem export = Ui.item(new MenuItem(), "menu.file.export.png");
        export.setId("export-png");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> exportPng());
        MenuItem exportAnimation = Ui.item(new MenuItem(), "menu.file.export.animation");
        exportAnimation.setId("export-animation");
        exportAnimation.setOnAction(e -> AnimationDialog.open(getScene().getWindow(), state, data.geo(), status::setText));
        MenuItem quit = Ui.item(new MenuItem(), "menu.file.quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> Platform.exit());
        Menu file = Ui.item(new Menu("", null, open, openFolder, layers.recentMenu(), embedded, export, ExportVisible.menuItem(state, this, status::setText), exportAnimation, quit), "menu.file");

        Menu view = Ui.item(new Menu(), "menu.view");
        for (String layer : map.layerNames()) {
            CheckMenuItem item = Ui.item(new CheckMenuItem(), layerLabel(layer));
            item.setSelected(true);
            item.selectedProperty().addListener((o, a, on) -> {
                if (on) state.hiddenLayers().remove(layer);
                else state.hiddenLayers().add(layer);
            });
            state.hiddenLayers().addListener((javafx.beans.InvalidationListener) o -> item.setSelected(!state.hiddenLayers().contains(layer)));
            view.getItems().add(item);
        }
        CheckMenuItem dark = Ui.item(new CheckMenuItem(), "menu.view.dark");
        dark.setId("dark-theme");
        dark.selectedProperty().bindBidirectional(darkTheme);
        CheckMenuItem gather = Ui.item(new CheckMenuItem(), "menu.view.gather");
        gather.setId("aggregate");
        gather.selectedProperty().bindBidirectional(state.aggregateProperty());
        view.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        view.getItems().addAll(ViewItems.of(map));
        view.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), gather, dark, LanguageMenu.of());

        MenuItem about = Ui.item(new MenuItem(), "menu.help.about");
        about.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION);
            a.setTitle(Ui.t("about.title"));
            a.setHeaderText(Ui.t("app.title") + " 0.1.0");
            a.setContentText(Ui.t("about.text"));
            a.initOwner(getScene().getWindow());
            a.show();
        });
        MenuItem problems = Ui.item(new MenuItem(), "menu.help.problems");
        problems.setOnAction(e -> showProblems());
        Menu help = Ui.item(new Menu("", null, about, problems, ShortcutsHelp.menuItem(() -> getScene().getWindow())), "menu.help");
        return new MenuBar(file, view, GoMenu.of(state.navigation()), layers.menu(), help);
    }

    /** Adds or removes the dark stylesheet; the canvases pick up its palette by CSS. */
    public void setDarkTheme(boolean on) {
        darkTheme.set(on);
    }

    public boolean isDarkTheme() {
        return darkTheme.get();
    }

    private void applyTheme(boolean on) {
        if (getScene() == null) return;
        String dark = StyledPane.class.getResource("/assets/styles/atlas-dark.css").toExternalForm();
        var sheets = getScene().getStylesheets();
        if (on && !sheets.contains(dark)) sheets.add(dark);
        if (!on) sheets.remove(dark);
    }

    private static String layerLabel(String layer) {
        return switch (layer) {
            case "countries", "eu-border", "country-names", "story", "overlay", "legend" -> "menu.view.layer." + layer;
            default -> layer;
        };
    }

    private void chooseData(boolean folder) {
        File f;
        if (folder) {
            f = new DirectoryChooser().showDialog(getScene().getWindow());
        } else {
            FileChooser fc = new FileChooser();
            fc.setTitle(Ui.t("open.title"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Ui.t("open.filter"), "*.geojson", "*.json", "*.csv", "*.tsv", "*.kml", "*.kmz", "*.gpkg"));
            f = fc.showOpenDialog(getScene().getWindow());
        }
        if (f != null) openData(f.toPath());
    }

    /** Opens a file or folder as a layer beside what is open (off the JavaFX thread; nothing open is lost if it fails). */
    public void openData(Path path) {
        layers.open(path, null);
    }

    private void exportPng() {
        PictureExport.show(getScene().getWindow(), state, data, host, status::setText);
    }

    /** Writes the map as it is now (same view, date and filters, with a title stamped) to {@code out}, atomically. */
    public void exportPng(Path out) throws java.io.IOException {
        ExportVisible.refuseOpenData(state.story().store(), out);
        var v = state.viewportProperty().get();
        AtlasState copy = PictureExport.copyOf(state);
        int w = (int) Math.max(100, v.width()), h = (int) Math.max(100, v.height());
        WritableImage img = MapExport.render(copy, data.geo(), w, h, x -> v.withSize(w, h));
        var buffered = SwingFXUtils.fromFXImage(img, null);
        AtomicFiles.write(out, o -> ImageIO.write(buffered, "png", o));
    }

    private void openUrl(String url) {
        Links.open(host, url, status::setText);
    }
}
