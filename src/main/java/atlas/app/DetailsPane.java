package atlas.app;

import atlas.lang.DateText;
import atlas.lang.Ui;
import atlas.geo.EuBorder;
import atlas.geo.EuMembership;
import atlas.geo.GeoData;
import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import atlas.story.Figure;
import atlas.story.Source;
import atlas.story.Stage;
import atlas.story.Kind;
import atlas.story.StoryItem;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * Tells what the selected thing is, when, and from which source: a story item with its dates at their
 * precision, stage, summary, figures, disagreements, sources (web links open in the browser, only http
 * and https) and related items; a country with its EU membership; an EU border segment with its dates.
 */
final class DetailsPane extends ScrollPane {
    private final AtlasState state;
    private final GeoData geo;
    private final Consumer<String> openUrl;
    private Consumer<String> status = s -> { };
    /** The pane's content; while the details are built, {@link #refresh} points it at a new box first. */
    private VBox box = new VBox(4);
    /** Shows the selection again in a new language (held here: the language property holds it weakly). */
    private final javafx.beans.InvalidationListener relabel = o -> refresh();

    DetailsPane(AtlasState state, GeoData geo, Consumer<String> openUrl) {
        this.state = state;
        this.geo = geo;
        this.openUrl = openUrl;
        setId("details");
        box.getStyleClass().add("details-pane");
        setContent(box);
        setFitToWidth(true);
        state.selectedProperty().addListener((o, was, now) -> {
            refresh();
            if (!java.util.Objects.equals(was, now)) setVvalue(0); // another item's details start at its title
        });
        state.shownProperty().addListener(o -> refresh()); // after each change of date or filter (the window is set before it)
        state.storyProperty().addListener(o -> refresh());
        Ui.languageProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
        refresh();
    }

    /** Where the pane says what it did (copied a citation or a link). */
    void setStatus(Consumer<String> status) {
        this.status = status;
    }

    private void refresh() {
        // The keyboard stays in the pane when the link it was on goes with the old details (it went to the first filter chip).
        boolean focusHere = false;
        VBox shown = box;
        for (javafx.scene.Node n = getScene() == null ? null : getScene().getFocusOwner(); n != null && !focusHere; n = n.getParent()) focusHere = n == shown;
        box = new VBox();
        box.getStyleClass().setAll(shown.getStyleClass());
        boolean kept = false;
        try {
            FeatureRef r = state.selectedProperty().get();
            if (r == null) overview();
            else {
                switch (r.type()) {
                    case ITEM -> item(state.story().get(r.id()));
                    case COUNTRY -> country(r.id());
                    case BORDER -> border(r.id());
                    case CLUSTER -> cluster(r);
                }
            }
            // The same details at another date (playback steps through dates many times a second) keep their nodes and
            // take the new texts: replaced at every step, they were laid out anew each time (each text was one line
            // until its width was known) and a link lost the keyboard.
            Object[] what = {r, state.story(), Ui.language()};
            kept = java.util.Arrays.equals(what, built) && sameShape(box, shown);
            if (kept) takeTexts(box, shown);
            else shown.getChildren().setAll(box.getChildren());
            built = what;
        } finally {
            box = shown;
        }
        // Kept nodes keep the keyboard where it was (a link stays focused while time plays).
        if (focusHere && !kept) requestFocus();
    }

    /** The selection, story and language the details were last built for. */
    private Object[] built = {};

    /**
     * Whether {@code b} has the nodes of {@code a}, node for node, and the same text on everything that acts (a button's
     * or a link's action was made for its text): then {@code a} can take {@code b}'s texts and keep its nodes.
     */
    static boolean sameShape(javafx.scene.Node a, javafx.scene.Node b) {
        if (a.getClass() != b.getClass() || !a.getStyleClass().equals(b.getStyleClass())) return false;
        // A link or button keeps its action only when it reads the same and goes to the same place (its user data):
        // two items may share a title and a date.
        if (a instanceof javafx.scene.control.ButtonBase x && (!java.util.Objects.equals(x.getText(), ((javafx.scene.control.ButtonBase) b).getText())
                || !java.util.Objects.equals(x.getUserData(), b.getUserData()))) return false;
        if (a instanceof javafx.scene.control.Labeled x) {
            javafx.scene.Node ga = x.getGraphic(), gb = ((javafx.scene.control.Labeled) b).getGraphic();
            if ((ga == null) != (gb == null) || ga != null && !sameShape(ga, gb)) return false;
        }
        if (a instanceof javafx.scene.Parent p && !(a instanceof javafx.scene.control.Control)) {
            var ca = p.getChildrenUnmodifiable();
            var cb = ((javafx.scene.Parent) b).getChildrenUnmodifiable();
            if (ca.size() != cb.size()) return false;
            for (int i = 0; i < ca.size(); i++) if (!sameShape(ca.get(i), cb.get(i))) return false;
        }
        return true;
    }

    /** Gives the texts of {@code from} to the nodes of {@code to} (of the {@link #sameShape same shape}) where they differ. */
    private static void takeTexts(javafx.scene.Node from, javafx.scene.Node to) {
        if (to instanceof javafx.scene.control.Labeled l) {
            javafx.scene.control.Labeled f = (javafx.scene.control.Labeled) from;
            if (!java.util.Objects.equals(l.getText(), f.getText())) l.setText(f.getText());
            if (l.getGraphic() != null) takeTexts(f.getGraphic(), l.getGraphic());
        }
        if (to instanceof javafx.scene.control.TextInputControl t) {
            String text = ((javafx.scene.control.TextInputControl) from).getText();
            if (!java.util.Objects.equals(t.getText(), text)) t.setText(text);
        }
        if (to instanceof javafx.scene.text.Text t) {
            String text = ((javafx.scene.text.Text) from).getText();
            if (!java.util.Objects.equals(t.getText(), text)) t.setText(text);
        }
        if (to instanceof javafx.scene.Parent p && !(to instanceof javafx.scene.control.Control)) {
            var ct = p.getChildrenUnmodifiable();
            var cf = ((javafx.scene.Parent) from).getChildrenUnmodifiable();
            for (int i = 0; i < ct.size(); i++) takeTexts(cf.get(i), ct.get(i));
        }
    }

    /**
     * Says so when the item is not on the map now (selected in the list or by a link, then the date moved on): its dates
     * lie outside the date or range, or a filter hides it. Otherwise a reader looks for it on the map in vain.
     */
    private void notShown(StoryItem it) {
        var store = state.story().store();
        int row = store.find(it.key());
        if (row < 0 || it.start() == null || state.shown().contains(row)) return;
        var w = state.window();
        String when = w.range() ? DateText.range(w.from(), w.to()) : DateText.of(w.cursor());
        meta(state.filter().on(store).test(row) ? Ui.t("details.not.shown.date", when) : Ui.t("details.not.shown.filter", when));
    }

    private void item(StoryItem it) {
        if (it == null) return;
        String named = state.story().store().find(it.key()) < 0 ? it.title() : state.story().store().title(state.story().store().find(it.key()), Ui.language().code());
        title(named);
        if (!named.equals(it.title())) meta(it.title()); // the data's own (English) title under a place's name in the language
        Button cite = Ui.label(new Button(), "details.cite");
        cite.setId("copy-citation");
        cite.setTooltip(Ui.tip("details.cite.tip"));
        cite.setOnAction(e -> copy(Citation.of(it, LocalDate.now()), Ui.t("details.cite.done", it.title())));
        box.getChildren().add(cite);
        String cat = it.category() == null ? "" : " · " + Ui.category(it.category());
        String when = DateText.item(it);
        meta(cap(Ui.kind(it.kind())) + cat + (when.isEmpty() ? "" : " · " + when));
        Stage st = it.stageOn(state.window().to());
        if (!it.stages().isEmpty()) {
            StringBuilder b = new StringBuilder(Ui.t("details.stage.on", DateText.of(state.window().to()), st == null ? Ui.t("details.stage.none") : Ui.stage(st)));
            for (var c : it.stages()) b.append("\n  ").append(Ui.t("details.stage.from", Ui.stage(c.stage()), DateText.since(c.start())));
            meta(b.toString());
        }
        if (it.placeType() != null) meta(Ui.t("details.place.type", Ui.t("place.type." + it.placeType())));
        if (it.ongoing()) meta(Ui.t("details.ongoing"));
        if (it.start() == null && it.kind() != atlas.story.Kind.PLACE) meta(Ui.t("details.undated"));
        notShown(it);
        if (!it.summary().isBlank()) box.getChildren().add(text(it.summary(), null));
        if (it.schematic()) box.getChildren().add(text(Ui.t("details.schematic"), "schematic-note"));
        if (it.disagreement() != null) {
            section(Ui.t("details.disagree"));
            box.getChildren().add(text(it.disagreement(), "details-disagreement"));
        }
        if (!it.figures().isEmpty()) {
            section(Ui.t("details.figures"));
            for (Figure f : it.figures()) {
                box.getChildren().add(text("• " + f.label() + ": " + f.value() + (f.note() == null ? "" : " (" + f.note() + ")"), null));
            }
        }
        if (!it.attributes().isEmpty()) attributes(it);
        section(Ui.t("details.sources"));
        atlas.story.ItemStore store = state.story().store();
        int at = store.find(it.key());
        atlas.story.Layer layer = at < 0 ? null : store.layers().get(store.layer(at));
        if (layer != null && !layer.story()) {
            // A user's row: its file and layer are its source, said in the window's language (its line is below).
            box.getChildren().add(text(Ui.t("details.user.source", it.file() == null ? "" : atlas.io.DataSource.fileName(it.file()), layer.name()), null));
        }
        for (Source s : layer != null && !layer.story() ? List.<Source>of() : it.sources()) {
            if (s.hasWebLink()) {
                Hyperlink h = new Hyperlink(s.title());
                h.setGraphic(wrap(new Label(atlas.story.SourceHost.of(s.url())), "details-meta")); h.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                h.setWrapText(true);
                h.setOnAction(e -> openUrl.accept(s.url()));
                h.setUserData(s.url());
                h.setTooltip(new javafx.scene.control.Tooltip(s.url()));
                Button link = Ui.label(new Button(), "details.copy.link");
                link.getStyleClass().add("copy-link");
                link.setTooltip(new Tooltip(Ui.t("details.copy.link.tip", s.url())));
                link.setOnAction(e -> copy(s.url(), Ui.t("details.copy.link.done", s.url())));
                link.setUserData(s.url());
                link.setMinWidth(USE_PREF_SIZE);
                // Wide enough to wrap at words: beside a longer button (Russian, Belarusian) it was squeezed to a few letters a line.
                h.setMinWidth(140);
                HBox.setHgrow(h, javafx.scene.layout.Priority.ALWAYS);
                HBox row = new HBox(4, h, link);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                box.getChildren().add(row);
            } else {
                box.getChildren().add(text(s.title(), null));
            }
            if (s.note() != null && !s.note().isBlank()) box.getChildren().add(text("   " + s.note(), "details-meta"));
        }
        List<String> links = new java.util.ArrayList<>(it.related());
        links.addAll(it.places());
        if (!links.isEmpty()) {
            section(Ui.t("details.related"));
            // Links name ids of the item's own layer: its keys carry the layer's prefix (none for the embedded story).
            String prefix = it.key().substring(0, it.key().length() - it.id().length());
            for (String linked : links) {
                String id = prefix + linked;
                StoryItem o = state.story().get(id);
                if (o == null) continue;
                Hyperlink h = new Hyperlink(o.title() + (DateText.item(o).isEmpty() ? "" : " (" + DateText.item(o) + ")"));
                h.setWrapText(true);
                h.setOnAction(e -> state.navigation().goTo(FeatureRef.item(id)));
                h.setUserData(id);
                box.getChildren().add(h);
            }
        }
        if (it.kind() == atlas.story.Kind.PLACE) eventsAt(it);
        meta(it.line() > 0 ? Ui.t("details.data.line", it.file(), it.line(), it.id()) : Ui.t("details.data", it.file(), it.id()));
    }

    /** A place's events (every item that names it as a place), by date, as links that go to them. */
    private void eventsAt(StoryItem place) {
        var store = state.story().store();
        int p = store.find(place.key());
        if (p < 0) return;
        List<Integer> rows = new java.util.ArrayList<>();
        for (int r = 0; r < store.size(); r++) {
            for (int q : store.placeRows(r)) {
                if (q == p) {
                    rows.add(r);
                    break;
                }
            }
        }
        if (rows.isEmpty()) return;
        section(Ui.t("details.here", rows.size()));
        for (int i = 0; i < Math.min(MAX_LISTED, rows.size()); i++) {
            itemLink(store, rows.get(i)).getStyleClass().add("place-event");
        }
        if (rows.size() > MAX_LISTED) meta(Ui.t("details.more", rows.size() - MAX_LISTED));
    }

    /**
     * With nothing selected: what the map shows on its date or over its range (how many events, projects,
     * corridors and places), the newest event among them to go to, and how to see more.
     */
    private void overview() {
        AtlasState.TimeWindow w = state.window();
        Label head = new Label(w.range() ? DateText.range(w.from(), w.to()) : DateText.of(w.to()));
        head.setId("details-overview");
        box.getChildren().add(wrap(head, "details-title"));
        var shown = state.shown();
        var store = shown.store();
        int[] rows = shown.rows();
        int[] count = new int[Kind.values().length];
        int newest = -1;
        for (int row : rows) {
            Kind k = store.kind(row);
            count[k.ordinal()]++;
            if (k == Kind.EVENT && store.startPacked(row) != 0) newest = row; // the rows run in date order
        }
        int trailing = state.trailingMonthsProperty().get();
        meta(Ui.t(w.range() ? "details.overview.range" : trailing == 0 ? "details.overview.today" : "details.overview.day", count[Kind.EVENT.ordinal()], trailing,
                count[Kind.PROJECT.ordinal()], count[Kind.CORRIDOR.ordinal()], count[Kind.PLACE.ordinal()]));
        if (newest >= 0) {
            section(Ui.t("details.overview.newest"));
            itemLink(store, newest).setId("details-newest");
        }
        box.getChildren().add(wrap(new Label(Ui.t("details.empty")), "details-meta"));
    }

    /** Adds a link "date · title" to row {@code row} that goes to the item. */
    private Hyperlink itemLink(atlas.story.ItemStore store, int row) {
        String key = store.key(row);
        Hyperlink h = new Hyperlink(DateText.item(store.item(row)) + " · " + store.title(row));
        h.setWrapText(true);
        h.setOnAction(e -> state.navigation().goTo(FeatureRef.item(key)));
        h.setUserData(key);
        box.getChildren().add(h);
        return h;
    }

    /** Puts {@code text} on the clipboard and says so. */
    private void copy(String text, String said) {
        javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
        c.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        status.accept(said);
    }

    /** A user item's fields as its file writes them; web addresses are links. */
    private void attributes(StoryItem it) {
        section(Ui.t("details.attributes", it.layer()));
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        g.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), grow);
        g.setId("details-attributes");
        g.setHgap(8);
        g.setVgap(2);
        int row = 0;
        for (var e : it.attributes().entrySet()) {
            Label k = new Label(e.getKey());
            k.getStyleClass().add("details-meta");
            String v = e.getValue();
            Node value;
            if (v.startsWith("https://") || v.startsWith("http://")) {
                Hyperlink h = new Hyperlink(v);
                h.setOnAction(x -> openUrl.accept(v));
                h.setUserData(v);
                value = h;
            } else {
                value = new SelectableText(v, null);
            }
            g.addRow(row++, k, value);
        }
        box.getChildren().add(g);
    }

    /** Items gathered into one symbol where the data is dense: the first of them as links. */
    private void cluster(FeatureRef r) {
        double[] b = r.clusterBounds();
        var shown = state.shown();
        var store = shown.store();
        List<Integer> rows = new java.util.ArrayList<>();
        store.pointsIn(b[0], b[1], b[2], b[3], row -> {
            if (shown.contains(row)) rows.add(row);
        });
        title(Ui.t("details.cluster.title", rows.size()));
        meta(Ui.t("details.cluster.note"));
        section(Ui.t("details.items"));
        for (int i = 0; i < Math.min(MAX_LISTED, rows.size()); i++) {
            int row = rows.get(i);
            String key = store.key(row);
            Hyperlink h = new Hyperlink(store.title(row) + " (" + DateText.item(store.item(row)) + ")");
            h.setWrapText(true);
            h.setOnAction(e -> state.navigation().goTo(FeatureRef.item(key)));
            h.setUserData(key);
            box.getChildren().add(h);
        }
        if (rows.size() > MAX_LISTED) meta(Ui.t("details.more", rows.size() - MAX_LISTED));
    }

    /** A cluster's details list this many items (more would not be read, and would cost time to lay out). */
    private static final int MAX_LISTED = 200;

    private void country(String iso3) {
        var c = geo.overview().get(iso3);
        if (c == null) {
            // A state of an earlier date (Czechoslovakia, Yugoslavia): its name and how it changed.
            title(name(iso3));
            meta(Ui.t("details.country.then", DateText.of(state.window().to()), iso3));
            for (var ch : geo.territory().all()) {
                if (!ch.before().equals(iso3)) continue;
                box.getChildren().add(text("• " + Ui.t("details.country.until", area(ch), name(iso3), DateText.of(ch.date().minusDays(1)), name(ch.after())), null));
                box.getChildren().add(text(ch.source(), "details-meta"));
            }
            return;
        }
        title(name(iso3));
        meta(Ui.t("details.country", iso3));
        List<EuMembership.Member> h = geo.eu().historyOf(iso3);
        LocalDate day = state.window().to();
        if (h.isEmpty()) {
            box.getChildren().add(text(Ui.t("details.eu.never"), null));
        } else {
            for (EuMembership.Member m : h) {
                String text = m.until() == null
                        ? Ui.t("details.eu.since", DateText.of(m.joined())) + (m.joined().getYear() < 1993 ? " " + Ui.t("details.eu.ec") : "")
                        : Ui.t("details.eu.from", DateText.of(m.joined()), DateText.of(m.until()));
                box.getChildren().add(text(text, null));
            }
            box.getChildren().add(text(geo.eu().isMember(iso3, day)
                    ? Ui.t("details.eu.member.on", DateText.of(day)) : Ui.t("details.eu.not.on", DateText.of(day)), "details-meta"));
        }
        List<EuBorder.Segment> segs = geo.overviewBorder().at(day).segmentsWith(iso3);
        if (!segs.isEmpty()) {
            section(Ui.t("details.eu.border.now"));
            for (EuBorder.Segment s : segs) {
                box.getChildren().add(text("• " + Ui.t("details.eu.segment", name(s.member()), name(s.neighbour()), Math.round(s.lengthKm()), DateText.of(s.since())), null));
            }
        }
        var changes = geo.territory().of(iso3);
        if (!changes.isEmpty()) {
            section(Ui.t("details.outline.changes"));
            for (var ch : changes) {
                box.getChildren().add(text("• " + Ui.t("details.outline.change", area(ch), name(ch.before()), DateText.of(ch.date()), name(ch.after())), null));
            }
        }
        section(Ui.t("details.sources"));
        box.getChildren().add(text(Ui.t("details.borders.source.both"), null));
        if (!h.isEmpty()) box.getChildren().add(text(Ui.t("details.membership", h.get(0).source()), null));
        for (var ch : changes) box.getChildren().add(text(area(ch) + ": " + ch.source(), null));
    }

    private void border(String id) {
        LocalDate day = state.window().to();
        EuBorder.Segment s = geo.overviewBorder().at(day).segments().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        if (s == null) {
            title(Ui.t("details.border.title"));
            meta(Ui.t("details.border.not", DateText.of(day)));
            return;
        }
        title(name(s.member()) + " – " + name(s.neighbour()));
        meta(Ui.t("details.border.segment", s.between().get(0), s.between().get(1)));
        box.getChildren().add(text(Ui.t("details.border.since", DateText.of(s.since()), name(s.member()), name(s.neighbour())), null));
        box.getChildren().add(text(Ui.t("details.border.length", Math.round(s.lengthKm())), null));
        box.getChildren().add(text(Ui.t("details.border.derived", name(s.neighbour())), "details-meta"));
        section(Ui.t("details.sources"));
        box.getChildren().add(text(Ui.t("details.borders.source"), null));
        geo.eu().historyOf(s.member()).forEach(m -> box.getChildren().add(text(Ui.t("details.membership", m.source()), null)));
    }

    /** The area a territory change names, in the language: a country by its code's name, the others from the bundles. */
    private String area(atlas.geo.TerritoryChanges.Change ch) {
        String key = "area." + ch.area().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
        if (Ui.has(key)) return Ui.t(key);
        var after = geo.overview().get(ch.after());
        return after != null && after.name().equals(ch.area()) ? name(ch.after()) : ch.area();
    }

    private String name(String iso3) {
        var c = geo.overview().get(iso3);
        if (c != null) return atlas.lang.Names.country(iso3, c.name());
        String former = geo.territory().formerName(iso3);
        return former == null ? iso3 : former;
    }

    private void title(String t) {
        Label l = new Label(t);
        l.setId("details-title");
        box.getChildren().add(wrap(l, "details-title"));
    }

    private void meta(String t) {
        box.getChildren().add(text(t, "details-meta"));
    }

    private void section(String t) {
        box.getChildren().add(wrap(new Label(t), "details-section"));
    }

    /** Body text, selectable and copyable. */
    private static Node text(String t, String style) {
        return new SelectableText(t, style);
    }

    private static Node wrap(Label l, String style) {
        l.setWrapText(true);
        if (style != null) l.getStyleClass().add(style);
        return l;
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
