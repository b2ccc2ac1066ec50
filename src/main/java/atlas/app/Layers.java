package atlas.app;

import atlas.lang.DateText;
import atlas.lang.Ui;
import atlas.geo.GeoData;
import atlas.io.Problem;
import atlas.map.MapView;
import atlas.state.AtlasState;
import atlas.story.AtlasData;
import atlas.story.FieldMapping;
import atlas.story.ItemStore;
import atlas.story.Layer;
import atlas.story.LayerData;
import atlas.story.Kind;
import atlas.story.Story;
import atlas.story.UserDates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.locationtech.jts.geom.Envelope;

/**
 * The datasets on the map as layers: open a file or folder beside the story (off the JavaFX thread,
 * with progress and Cancel when it takes more than half a second), show or hide, zoom to, or close
 * each. Everything goes through the state: a new {@link Story} with the layer added or removed.
 */
final class Layers {
    private final AtlasState state;
    private final GeoData geo;
    private final MapView map;
    private final Consumer<String> status;
    /** What this put on the status line last (a failure to remember the file adds to it rather than replace it). */
    private String lastSaid;
    private final Menu menu = Ui.item(new Menu(), "menu.layers");
    /** File ▸ Open recent: the files and folders opened as layers before, newest first. */
    private final Menu recentMenu = Ui.item(new Menu(), "menu.file.recent");
    private final RecentFiles recent = RecentFiles.atDefaultPlace();
    /** Rebuilds the menu in a new language (held here: the language property holds it weakly). */
    private final javafx.beans.InvalidationListener relabel = o -> rebuildMenu();

    Layers(AtlasState state, GeoData geo, MapView map, Consumer<String> status) {
        this.state = state;
        this.geo = geo;
        this.map = map;
        this.status = s -> {
            lastSaid = s;
            status.accept(s);
        };
        menu.setId("layers-menu");
        state.storyProperty().addListener(o -> rebuildMenu());
        Ui.languageProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
        rebuildMenu();
        recentMenu.setId("recent-menu");
        rebuildRecent();
    }

    Menu menu() {
        return menu;
    }

    Menu recentMenu() {
        return recentMenu;
    }

    /** One entry per remembered file ("name — folder"), then Clear; a file gone since is said so and forgotten when chosen. */
    private void rebuildRecent() {
        recentMenu.getItems().clear();
        List<Path> paths = recent.list();
        for (Path p : paths) {
            Path name = p.getFileName();
            MenuItem item = new MenuItem((name == null ? p : name) + (p.getParent() == null ? "" : "  —  " + p.getParent()));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                if (java.nio.file.Files.exists(p)) {
                    open(p, null);
                } else {
                    status.accept(Ui.t("recent.missing", p));
                    remember(() -> recent.remove(p));
                }
            });
            recentMenu.getItems().add(item);
        }
        if (paths.isEmpty()) {
            MenuItem none = Ui.item(new MenuItem(), "recent.none");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            MenuItem clear = Ui.item(new MenuItem(), "recent.clear");
            clear.setOnAction(e -> remember(recent::clear));
            recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    private interface Change {
        void run() throws java.io.IOException;
    }

    /** Whether a failure to write the list was said (it is said once a run: a read-only home would say it at every open). */
    private boolean recentFailureSaid;

    /**
     * Changes the remembered list and shows it; a list that cannot be written (a read-only home) is said once, after
     * what the status line says (the opened layer's summary stays), and opening still works.
     */
    private void remember(Change change) {
        try {
            change.run();
        } catch (java.io.IOException | RuntimeException e) {
            if (!recentFailureSaid) {
                recentFailureSaid = true;
                String why = Ui.t("recent.failed", atlas.io.Texts.clip(e.toString()));
                status.accept(lastSaid == null ? why : lastSaid + " " + why);
            }
        }
        rebuildRecent();
    }


    /** "38 of 40 features loaded, 2 problems" in the current language. */
    static String summary(Layer l) {
        int n = l.problems().size();
        return Ui.t("layers.summary", l.items(), l.features()) + (n == 0 ? "" : n == 1 ? Ui.t("layers.summary.problem") : Ui.t("layers.summary.problems", n));
    }

    /**
     * " · Fields: Title = name, Start = date, …" in the current language (the layer's note is English, for the
     * command line's messages), or " · Not sure which field is which: Map fields…" when detection was not sure.
     */
    static String fieldsNote(Layer l) {
        FieldMapping m = l.mapping();
        if (unsure(l)) return " · " + Ui.t("layers.note.unsure");
        if (m == null) return l.note().isEmpty() ? "" : " · " + l.note();
        java.util.function.UnaryOperator<String> c = atlas.io.Texts::clip;
        List<String> parts = new ArrayList<>();
        parts.add(Ui.t("mapping.field.title") + " = " + (m.title() == null ? Ui.t("mapping.none") : c.apply(m.title())));
        parts.add(Ui.t("mapping.field.start") + " = " + (m.start().isEmpty() ? Ui.t("mapping.none") : String.join(" | ", m.start().stream().map(c).toList())));
        if (!m.end().isEmpty()) parts.add(Ui.t("mapping.field.end") + " = " + String.join(" | ", m.end().stream().map(c).toList()));
        if (m.category() != null) parts.add(Ui.t("mapping.field.category") + " = " + c.apply(m.category()));
        if (m.id() != null) parts.add(Ui.t("mapping.field.id") + " = " + c.apply(m.id()));
        parts.add(Ui.kind(m.kind() == null ? Kind.EVENT : m.kind()));
        if (m.order() == UserDates.Order.DMY) parts.add(Ui.t("mapping.order.dmy"));
        if (m.order() == UserDates.Order.MDY) parts.add(Ui.t("mapping.order.mdy"));
        return " · " + Ui.t("layers.note.fields", String.join(", ", parts));
    }

    /** Detection could not tell which field is the title or the start date (and no one has said since). */
    static boolean unsure(Layer l) {
        return !l.story() && l.note().startsWith("not sure");
    }

    private void rebuildMenu() {
        menu.getItems().clear();
        ItemStore s = state.story().store();
        for (int i = 0; i < s.layers().size(); i++) {
            Layer l = s.layers().get(i);
            int index = i;
            CheckMenuItem show = Ui.item(new CheckMenuItem(), "layers.show");
            show.setSelected(!state.hiddenDataLayers().contains(l.name()));
            show.selectedProperty().addListener((o, a, on) -> {
                if (on) state.hiddenDataLayers().remove(l.name());
                else state.hiddenDataLayers().add(l.name());
            });
            MenuItem zoom = Ui.item(new MenuItem(), "layers.zoom");
            zoom.setOnAction(e -> zoomTo(index));
            MenuItem close = Ui.item(new MenuItem(), "layers.close");
            close.setOnAction(e -> close(index));
            MenuItem info = new MenuItem(summary(l) + (l.story() ? "" : fieldsNote(l)));
            info.setDisable(true);
            Menu m = new Menu((l.embedded() ? Ui.t("layers.story") : l.name()) + " (" + l.items() + ")", null, info, new SeparatorMenuItem(), show, zoom, close);
            m.setMnemonicParsing(false);
            if (!l.story() && l.origin() != null) {
                MenuItem remap = Ui.item(new MenuItem(), "layers.remap");
                remap.setOnAction(e -> remap(l));
                m.getItems().add(remap);
            }
            m.setId("layer-" + l.name());
            menu.getItems().add(m);
        }
    }

    /** Asks which field is what for layer {@code l} (with a live preview), remembers the answer for its file, and reloads it. */
    void remap(Layer l) {
        Path path = Path.of(l.origin());
        List<Problem> problems = new ArrayList<>();
        var owner = map.getScene() == null ? null : map.getScene().getWindow();
        MappingDialog.ask(path, l.mapping(), owner, problems).ifPresent(m -> {
            try {
                Mappings.atDefaultPlace().put(path, m);
            } catch (java.io.IOException e) {
                status.accept(Ui.t("layers.remap.failed", atlas.io.Texts.clip(e.getMessage())));
            }
            open(path, m);
        });
        if (!problems.isEmpty()) status.accept(problems.get(0).toString());
    }

    /**
     * Loads {@code path} as a new layer (with {@code mapping}, else the one remembered for the file, else
     * detection); what loads is added, problems join the list, nothing open is lost.
     */
    void open(Path path, FieldMapping given) {
        FieldMapping mapping = given != null ? given : Mappings.atDefaultPlace().get(path);
        AtomicLong read = new AtomicLong();
        AtomicBoolean cancel = new AtomicBoolean();
        Task<LayerData> t = new Task<>() {
            @Override
            protected LayerData call() {
                return AtlasData.loadLayer(path, mapping, new atlas.story.LayerLoader.Monitor() {
                    @Override
                    public void read(long features) {
                        read.set(features);
                        updateMessage(Ui.t("layers.read", features));
                    }

                    @Override
                    public boolean cancelled() {
                        return cancel.get() || isCancelled();
                    }
                });
            }
        };
        Alert progress = progressDialog(path, t, cancel);
        PauseTransition later = new PauseTransition(Duration.millis(500));
        later.setOnFinished(e -> {
            if (t.isRunning() && map.getScene() != null) progress.show();
        });
        t.setOnSucceeded(e -> {
            later.stop();
            progress.close();
            LayerData d = t.getValue();
            if (d.layer().items() == 0) {
                nothingFrom(d);
                return;
            }
            added(d);
            remember(() -> recent.add(path));
            // Detection was not sure which field is the title or the start: ask, as QGIS asks for CSV columns.
            if (unsure(d.layer()) && map.getScene() != null) {
                javafx.application.Platform.runLater(() -> remap(d.layer()));
            }
        });
        t.setOnFailed(e -> {
            later.stop();
            progress.close();
            boolean cancelled = t.getException() instanceof java.util.concurrent.CancellationException;
            status.accept(cancelled ? Ui.t("layers.open.cancelled", path.getFileName())
                    : Ui.t("layers.open.failed", path, atlas.io.Texts.clip(String.valueOf(t.getException()))));
        });
        t.setOnCancelled(e -> progress.close());
        later.play();
        Thread th = new Thread(t, "load-layer");
        th.setDaemon(true);
        th.start();
    }

    private Alert progressDialog(Path path, Task<?> t, AtomicBoolean cancel) {
        Alert a = new Alert(Alert.AlertType.NONE);
        a.setTitle(Ui.t("layers.opening", path.getFileName()));
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(320);
        Label text = new Label();
        text.textProperty().bind(t.messageProperty());
        a.getDialogPane().setContent(new VBox(8, new Label(Ui.t("layers.reading", path)), bar, text));
        a.getButtonTypes().setAll(Ui.cancel());
        a.setOnHidden(e -> {
            if (t.isRunning()) cancel.set(true);
        });
        return a;
    }

    /**
     * Adds a loaded layer (replacing the one opened from the same file or folder; another file of the same
     * name is added beside it under a name of its own), fits time and map to it, and says so.
     */
    void added(LayerData d) {
        Story s = state.story();
        int same = -1;
        for (int i = 0; i < s.layers().size(); i++) {
            Layer l = s.layers().get(i);
            // The same file or folder; for the embedded story (no file), the story itself.
            boolean sameOrigin = l.origin() != null ? l.origin().equals(d.layer().origin()) : d.layer().origin() == null && l.name().equals(d.layer().name());
            if (sameOrigin) same = i;
        }
        if (same >= 0) s = s.withoutLayer(same);
        Story next = s.withLayer(d);
        show(next);
        int index = next.layers().size() - 1;
        String fitted = fitTime(index);
        zoomTo(index);
        Layer shown = next.layers().get(index);
        status.accept(Ui.t("layers.opened", shown.name(), summary(shown)) + fitted);
    }

    void close(int index) {
        Story s = state.story();
        if (index < 0 || index >= s.layers().size()) return;
        String name = s.layers().get(index).name();
        show(s.withoutLayer(index));
        // What was hidden of it goes with it: a layer opened later under its name starts shown.
        state.hiddenDataLayers().remove(name);
        state.hiddenCategories().removeIf(k -> k.startsWith(atlas.story.AtlasQuery.categoryKey(name, "")));
        status.accept(Ui.t("layers.closed", name));
    }

    /** Puts {@code next} in the state, with its problems beside the base map's. */
    private void show(Story next) {
        state.selectedProperty().set(null);
        state.storyProperty().set(next);
        nothing.clear();
        publishProblems(next);
    }

    /** The base map's problems, {@code s}'s, and those of the files that loaded nothing, in the state. */
    private void publishProblems(Story s) {
        List<Problem> all = new ArrayList<>(geo.problems());
        all.addAll(s.problems());
        nothing.values().forEach(all::addAll);
        state.problems().setAll(all);
    }

    /**
     * Files opened since the layers last changed from which nothing could be loaded, by layer name, with their
     * problems: the banner says so, and they join neither the layers (an empty layer named in the menu, said
     * "opened") nor the recent files. A layer opened before from the same file stays as it was.
     */
    private final java.util.LinkedHashMap<String, List<Problem>> nothing = new java.util.LinkedHashMap<>();

    /** See {@link #nothing}; read by the banner. */
    java.util.Map<String, List<Problem>> nothingLoaded() {
        return java.util.Collections.unmodifiableMap(nothing);
    }

    private void nothingFrom(LayerData d) {
        String name = d.layer().name();
        List<Problem> why = d.layer().problems();
        nothing.remove(name);
        nothing.put(name, List.copyOf(why));
        publishProblems(state.story());
        status.accept(why.isEmpty() ? Ui.t("layers.nothing.empty", name)
                : Ui.t("banner.nothing", "'" + atlas.io.Texts.clip(name) + "'", atlas.io.Texts.line(why.get(0).message())));
    }

    /**
     * At start, with layers given (`--data`): shows their whole period and, once the map is drawn, their
     * place, as opening them from the menu does (a reader's own data, not the story's last day).
     */
    void showGivenAtStart() {
        java.util.function.IntPredicate given = l -> !state.story().layers().get(l).story() || state.story().layers().get(l).origin() != null;
        boolean any = false;
        for (int l = 0; l < state.story().layers().size(); l++) any |= given.test(l);
        if (!any) return;
        String fitted = fitTime(given);
        map.afterFirstFrame(() -> zoomTo(given));
        if (!fitted.isEmpty()) status.accept(fitted.strip());
    }

    /** Shows the layer's whole period as a range (when it has dated items); returns what was done, for the status line. */
    private String fitTime(int index) {
        return fitTime(l -> l == index);
    }

    private String fitTime(java.util.function.IntPredicate layers) {
        ItemStore s = state.story().store();
        long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
        for (int r = 0; r < s.size(); r++) {
            if (!layers.test(s.layer(r)) || s.startPacked(r) == 0) continue;
            first = Math.min(first, s.fromDay(r));
            last = Math.max(last, s.toDay(r) == Integer.MAX_VALUE ? s.fromDay(r) : s.toDay(r));
        }
        // The time axis starts in 1992: older items (the Suez Canal in the story) are there from its start.
        first = Math.max(first, atlas.story.Story.AXIS_START.toEpochDay());
        if (first == Long.MAX_VALUE || last < first) return "";
        LocalDate a = LocalDate.ofEpochDay(first), b = LocalDate.ofEpochDay(last);
        state.rangeFromProperty().set(a);
        state.rangeToProperty().set(b);
        state.rangeModeProperty().set(true);
        return " " + Ui.t("layers.fitted", DateText.of(a), DateText.of(b));
    }

    void zoomTo(int index) {
        zoomTo(l -> l == index);
    }

    private void zoomTo(java.util.function.IntPredicate layers) {
        ItemStore s = state.story().store();
        Envelope e = new Envelope();
        for (int r = 0; r < s.size(); r++) {
            if (!layers.test(s.layer(r))) continue;
            if (s.shape(r) != null) e.expandToInclude(s.shape(r).getEnvelopeInternal());
            else if (s.hasLocation(r)) e.expandToInclude(s.x(r), s.y(r));
        }
        var v = map.viewportFor(e);
        if (v != null) state.flyToProperty().set(v);
    }
}
