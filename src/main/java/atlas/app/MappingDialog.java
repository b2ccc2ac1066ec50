package atlas.app;

import atlas.lang.Ui;
import atlas.io.DataSource;
import atlas.io.Formats;
import atlas.io.Problem;
import atlas.io.RawFeature;
import atlas.story.FieldMapping;
import atlas.story.FieldPreview;
import atlas.story.Kind;
import atlas.story.UserDates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * Which field is what, chosen by a person: a list per role showing each field with a sample value,
 * start and end with fallbacks (the first non-empty wins), the kind of item, the order of N/N/YYYY
 * dates, and a live preview of what the choice makes of the file's first rows.
 */
final class MappingDialog extends Dialog<FieldMapping> {
    static final int SAMPLE = 500;
    private static final String NONE = "(none)";
    private final List<RawFeature> sample;
    private final Label preview = new Label();

    private MappingDialog(String name, List<RawFeature> sample, FieldMapping current) {
        this.sample = sample;
        setTitle(Ui.t("mapping.title", name));
        setHeaderText(Ui.t("mapping.header", sample.size()));
        List<String> fields = FieldPreview.fields(sample);
        ComboBox<String> title = combo(fields, current.title());
        ComboBox<String> start1 = combo(fields, at(current.start(), 0)), start2 = combo(fields, at(current.start(), 1)), start3 = combo(fields, at(current.start(), 2));
        ComboBox<String> end1 = combo(fields, at(current.end(), 0)), end2 = combo(fields, at(current.end(), 1));
        ComboBox<String> category = combo(fields, current.category()), id = combo(fields, current.id());
        ComboBox<String> kind = new ComboBox<>();
        kind.getItems().addAll("event", "project");
        kind.setValue(current.kind() == Kind.PROJECT ? "project" : "event");
        ComboBox<String> order = new ComboBox<>();
        order.getItems().addAll("only when the values settle it", "month/day/year", "day/month/year");
        order.setValue(current.order() == UserDates.Order.MDY ? "month/day/year" : current.order() == UserDates.Order.DMY ? "day/month/year" : "only when the values settle it");
        // The choices are kept in English inside; each is shown in the window's language.
        kind.setConverter(shown(v -> Ui.kind(Kind.byKey(v))));
        order.setConverter(shown(v -> Ui.t(switch (v) {
            case "month/day/year" -> "mapping.order.mdy";
            case "day/month/year" -> "mapping.order.dmy";
            default -> "mapping.order.auto";
        })));
        title.setId("map-title");
        start1.setId("map-start");
        preview.setId("mapping-preview");
        preview.setWrapText(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int r = 0;
        g.addRow(r++, new Label(Ui.t("mapping.field.title")), title);
        g.addRow(r++, new Label(Ui.t("mapping.field.start")), start1);
        g.addRow(r++, new Label(Ui.t("mapping.field.else")), start2);
        g.addRow(r++, new Label(Ui.t("mapping.field.else")), start3);
        g.addRow(r++, new Label(Ui.t("mapping.field.end")), end1);
        g.addRow(r++, new Label(Ui.t("mapping.field.else")), end2);
        g.addRow(r++, new Label(Ui.t("mapping.field.category")), category);
        g.addRow(r++, new Label(Ui.t("mapping.field.id")), id);
        g.addRow(r++, new Label(Ui.t("mapping.field.kind")), kind);
        kind.setTooltip(Ui.tip("mapping.kind.tip")); // what the choice does on the map (a new user could not tell)
        Label kindNote = new Label(Ui.t("mapping.kind.tip"));
        kindNote.setWrapText(true);
        kindNote.setMaxWidth(520);
        kindNote.getStyleClass().add("details-meta");
        g.add(kindNote, 1, r++);
        g.addRow(r++, new Label(Ui.t("mapping.field.order")), order);
        g.add(preview, 0, r, 2, 1);
        preview.setMaxWidth(520);
        getDialogPane().setContent(g);
        ButtonType ok = Ui.ok();
        getDialogPane().getButtonTypes().setAll(ok, Ui.cancel());
        Runnable update = () -> preview.setText(FieldPreview.of(sample, mapping(title, List.of(start1, start2, start3), List.of(end1, end2), category, id, kind, order)).describe());
        for (ComboBox<String> c : List.of(title, start1, start2, start3, end1, end2, category, id, kind, order)) c.valueProperty().addListener(o -> update.run());
        update.run();
        setResultConverter(b -> b == ok ? mapping(title, List.of(start1, start2, start3), List.of(end1, end2), category, id, kind, order) : null);
    }

    /** Reads the first rows of {@code path} and opens the dialog; empty when cancelled or nothing could be read. */
    static Optional<FieldMapping> ask(Path path, FieldMapping current, javafx.stage.Window owner, List<Problem> problems) {
        List<DataSource> files = Formats.sourcesAt(path, problems);
        if (files.isEmpty()) return Optional.empty();
        List<RawFeature> sample = FieldPreview.sample(files.get(0), SAMPLE, problems);
        if (sample.isEmpty()) return Optional.empty();
        FieldMapping start = current != null ? current : FieldPreview.detect(sample, path.getFileName().toString());
        MappingDialog d = new MappingDialog(Formats.layerName(path), sample, start);
        if (owner != null) d.initOwner(owner);
        return d.showAndWait();
    }

    private static String at(List<String> l, int i) {
        return i < l.size() ? l.get(i) : null;
    }

    private ComboBox<String> combo(List<String> fields, String value) {
        ComboBox<String> c = new ComboBox<>();
        c.getItems().add(NONE);
        c.getItems().addAll(fields);
        c.setValue(value == null || !fields.contains(value) ? NONE : value);
        c.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.equals(NONE) ? Ui.t("mapping.none") : Ui.t("mapping.example", f, example(f)));
            }
        });
        c.setConverter(shown(f -> f.equals(NONE) ? Ui.t("mapping.none") : f));
        c.setPrefWidth(360);
        return c;
    }

    /** Shows a choice kept in English inside in the window's language. */
    private static javafx.util.StringConverter<String> shown(java.util.function.UnaryOperator<String> words) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null ? "" : words.apply(v);
            }

            @Override
            public String fromString(String s) {
                return s; // not editable
            }
        };
    }

    /** The first non-empty value of field {@code f} in the sample, cut short. */
    private String example(String f) {
        for (RawFeature r : sample) {
            String v = r.text(f);
            if (v != null && !v.isBlank()) return atlas.io.Texts.clip(v.length() > 40 ? v.substring(0, 40) + "…" : v);
        }
        return Ui.t("mapping.empty");
    }

    private static FieldMapping mapping(ComboBox<String> title, List<ComboBox<String>> starts, List<ComboBox<String>> ends,
                                        ComboBox<String> category, ComboBox<String> id, ComboBox<String> kind, ComboBox<String> order) {
        UserDates.Order o = switch (order.getValue()) {
            case "month/day/year" -> UserDates.Order.MDY;
            case "day/month/year" -> UserDates.Order.DMY;
            default -> UserDates.Order.ISO;
        };
        return new FieldMapping(value(title), values(starts), values(ends), value(category), value(id),
                "project".equals(kind.getValue()) ? Kind.PROJECT : Kind.EVENT, o);
    }

    private static String value(ComboBox<String> c) {
        return c.getValue() == null || c.getValue().equals(NONE) ? null : c.getValue();
    }

    private static List<String> values(List<ComboBox<String>> cs) {
        List<String> out = new ArrayList<>();
        for (ComboBox<String> c : cs) if (value(c) != null && !out.contains(value(c))) out.add(value(c));
        return out;
    }
}
