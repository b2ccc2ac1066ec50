package atlas.app;

import atlas.lang.Ui;
import atlas.anim.AnimationExport;
import atlas.anim.AnimationSpec;
import atlas.anim.MapFrames;
import atlas.anim.Step;
import atlas.geo.GeoData;
import atlas.state.AtlasState;
import atlas.state.Viewport;
import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;

/**
 * File ▸ Export animation…: from, to, step, frames per second, size and fading window; then a file
 * (GIF or MP4) is written frame by frame in the background with a progress bar and Cancel. The frames
 * show what the window shows (view, categories, search, hidden layers) with the cursor on each step's
 * date. A cancelled or failed export leaves no file ({@link AnimationExport}).
 */
final class AnimationDialog extends Stage {
    private static final System.Logger LOG = System.getLogger("atlas");
    private final AtlasState source;
    private final GeoData geo;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ChoiceBox<Step> step = new ChoiceBox<>();
    final Spinner<Integer> fps = new Spinner<>(1, AnimationSpec.MAX_FPS, 4);
    final Spinner<Integer> width;
    final Spinner<Integer> height;
    final Spinner<Integer> fade;
    final ChoiceBox<AnimationSpec.Format> format = new ChoiceBox<>();
    final ProgressBar progress = new ProgressBar(0);
    final Label status = new Label();
    final Label summary = new Label();
    private final Button export = Ui.label(new Button(), "anim.export");
    final Button cancel = Ui.label(new Button(), "anim.cancel");
    private Task<Void> running;
    /** Set by Cancel; the export notices before its next frame, deletes its temporary file and ends. */
    private AtomicBoolean cancelRequested = new AtomicBoolean();

    AnimationDialog(Window owner, AtlasState source, GeoData geo) {
        this.source = source;
        this.geo = geo;
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle(Ui.t("anim.title"));
        Viewport v = source.viewportProperty().get();
        int w = v == null ? 1280 : even(v.width()), h = v == null ? 800 : even(v.height());
        width = new Spinner<>(AnimationSpec.MIN_SIZE, AnimationSpec.MAX_SIZE, w, 2);
        height = new Spinner<>(AnimationSpec.MIN_SIZE, AnimationSpec.MAX_SIZE, h, 2);
        fade = new Spinner<>(0, 240, source.trailingMonthsProperty().get());
        from.setValue(source.rangeFromProperty().get());
        to.setValue(source.rangeToProperty().get());
        step.getItems().setAll(Step.values());
        step.setValue(Step.MONTH);
        step.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Step s) {
                return s == null ? "" : Ui.t("anim.step." + s.code().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public Step fromString(String text) {
                return null; // a choice box never parses
            }
        });
        format.getItems().setAll(AnimationSpec.Format.values());
        format.setValue(AnimationSpec.Format.GIF);
        for (Spinner<Integer> s : java.util.List.of(fps, width, height, fade)) {
            s.setEditable(true);
            s.setPrefWidth(90);
            s.valueProperty().addListener((o, a, b) -> updateSummary());
        }
        from.valueProperty().addListener((o, a, b) -> updateSummary());
        to.valueProperty().addListener((o, a, b) -> updateSummary());
        step.valueProperty().addListener((o, a, b) -> updateSummary());

        // Dates as the timeline writes them, whatever the locale.
        for (DatePicker p : java.util.List.of(from, to)) {
            p.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
            p.setPrefWidth(140);
        }
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, label(Ui.t("anim.from")), from, label(Ui.t("anim.to")), to);
        form.addRow(1, label(Ui.t("anim.step")), step, label(Ui.t("anim.fps")), fps);
        form.addRow(2, label(Ui.t("anim.width")), width, label(Ui.t("anim.height")), height);
        form.addRow(3, label(Ui.t("anim.fade")), fade, label(Ui.t("anim.format")), format);

        progress.setMaxWidth(Double.MAX_VALUE);
        export.setId("animation-export");
        export.setDefaultButton(true);
        export.setOnAction(e -> chooseFileAndExport());
        cancel.setId("animation-cancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> requestCancel());
        Button close = Ui.label(new Button(), "anim.close");
        close.setOnAction(e -> {
            requestCancel();
            close();
        });
        setOnHidden(e -> requestCancel());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, grow, export, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, form, summary, progress, status, buttons);
        root.setPadding(new Insets(14));
        setScene(new Scene(root));
        getScene().getStylesheets().add(MainWindow.stylesheet());
        updateSummary();
    }

    /** Opens the dialog for the window's state (its view, filters and fading window). */
    /** Where the main window says what was done (the written file), or null. */
    private java.util.function.Consumer<String> done;

    static AnimationDialog open(Window owner, AtlasState source, GeoData geo, java.util.function.Consumer<String> done) {
        AnimationDialog d = new AnimationDialog(owner, source, geo);
        d.done = done;
        d.show();
        return d;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static int even(double px) {
        int n = Math.max(AnimationSpec.MIN_SIZE, Math.min(AnimationSpec.MAX_SIZE, (int) px));
        return n - n % 2;
    }

    /** The animation the fields describe; throws with a message a user can act on. */
    AnimationSpec spec() {
        if (from.getValue() == null || to.getValue() == null) throw new IllegalArgumentException(Ui.t("anim.need.dates"));
        return new AnimationSpec(from.getValue(), to.getValue(), step.getValue(), fps.getValue(), width.getValue(), height.getValue(), fade.getValue());
    }

    private void updateSummary() {
        try {
            AnimationSpec s = spec();
            int n = s.dates().size();
            summary.setText(Ui.t(n == 1 ? "anim.summary.one" : "anim.summary", n, String.format(Ui.locale(), "%.1f", n / (double) s.fps())));
        } catch (IllegalArgumentException e) {
            summary.setText(e.getMessage());
        }
    }

    private void chooseFileAndExport() {
        AnimationSpec.Format f = format.getValue();
        FileChooser fc = new FileChooser();
        fc.setTitle(Ui.t("anim.title"));
        fc.setInitialFileName("belarus-china-atlas-" + from.getValue() + "-" + to.getValue() + "." + f.extension());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Ui.t(f == AnimationSpec.Format.GIF ? "anim.gif" : "anim.mp4"), "*." + f.extension()));
        File file = fc.showSaveDialog(this);
        if (file == null) return;
        Path out = file.toPath();
        if (AnimationSpec.Format.of(out) == null) out = out.resolveSibling(file.getName() + "." + f.extension());
        start(out);
    }

    /** Starts writing {@code out} in the background and returns the task (null if the fields are wrong). */
    Task<Void> start(Path out) {
        AnimationSpec spec;
        try {
            spec = spec();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return null;
        }
        Viewport shown = source.viewportProperty().get();
        AtlasState copy = copyOf(source, spec.trailMonths());
        PictureExport.keyFor(source, copy, spec.width(), spec.height());
        MapFrames frames = new MapFrames(copy, geo, spec.width(), spec.height(), overview -> fit(shown, overview));
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelRequested = cancelled;
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                AnimationExport.write(spec, frames, out, (done, total, date) -> {
                    updateProgress(done, total);
                    updateMessage(Ui.t("anim.progress", done, total, date));
                }, cancelled::get);
                return null;
            }
        };
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        export.setDisable(true);
        cancel.setDisable(false);
        task.setOnSucceeded(e -> {
            finished(Ui.t("anim.done", out, spec.dates().size()));
            if (done != null) done.accept(Ui.t("anim.done", out, spec.dates().size())); // the window's status bar too, not an earlier message
        });
        // A cancelled export ends by failing with CancellationException, after its temporary file is gone.
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            if (t instanceof CancellationException) {
                finished(Ui.t("anim.cancelled"));
                return;
            }
            LOG.log(System.Logger.Level.WARNING, "animation export to " + out + " failed", t);
            finished(Ui.t("export.failed", out, t.getMessage()));
        });
        Thread th = new Thread(task, "export-animation");
        th.setDaemon(true);
        th.start();
        return task;
    }

    private void requestCancel() {
        if (running == null) return;
        cancelRequested.set(true);
        cancel.setDisable(true);
        status.textProperty().unbind();
        status.setText(Ui.t("anim.cancelling"));
    }

    private void finished(String message) {
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        status.setText(message);
        export.setDisable(false);
        cancel.setDisable(true);
        running = null;
    }

    /** The window's view, scaled so that what it shows fits a frame of another size. */
    private static Viewport fit(Viewport shown, Viewport overview) {
        if (shown == null) return overview;
        double k = Math.min(overview.width() / shown.width(), overview.height() / shown.height());
        return overview.centeredOn(shown.centerX(), shown.centerY(), shown.scale() * k);
    }

    /** A state of the animation's own, with the window's story, filters and hidden layers. */
    private static AtlasState copyOf(AtlasState s, int trailMonths) {
        AtlasState c = new AtlasState(s.story());
        c.trailingMonthsProperty().set(trailMonths);
        c.categories().retainAll(s.categories());
        c.searchProperty().set(s.searchProperty().get());
        c.hiddenLayers().addAll(s.hiddenLayers());
        c.hiddenDataLayers().addAll(s.hiddenDataLayers()); // a hidden layer stays hidden in the frames, as in the window
        c.hiddenCategories().addAll(s.hiddenCategories());
        c.aggregateProperty().set(s.aggregateProperty().get());
        c.dateProperty().set(s.dateProperty().get());
        return c;
    }
}
