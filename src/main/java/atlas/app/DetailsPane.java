package atlas.app;

import atlas.geo.EuBorder;
import atlas.geo.EuMembership;
import atlas.geo.GeoData;
import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import atlas.story.Figure;
import atlas.story.PartialDate;
import atlas.story.Source;
import atlas.story.Stage;
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
    private final VBox box = new VBox(4);

    DetailsPane(AtlasState state, GeoData geo, Consumer<String> openUrl) {
        this.state = state;
        this.geo = geo;
        this.openUrl = openUrl;
        setId("details");
        box.getStyleClass().add("details-pane");
        setContent(box);
        setFitToWidth(true);
        state.selectedProperty().addListener(o -> refresh());
        state.windowProperty().addListener(o -> refresh());
        state.storyProperty().addListener(o -> refresh());
        refresh();
    }

    /** Where the pane says what it did (copied a citation or a link). */
    void setStatus(Consumer<String> status) {
        this.status = status;
    }

    private void refresh() {
        box.getChildren().clear();
        FeatureRef r = state.selectedProperty().get();
        if (r == null) {
            box.getChildren().add(wrap(new Label("Click anything on the map, or an item in the list, to see what it is, when, and from which source."), "details-meta"));
            return;
        }
        switch (r.type()) {
            case ITEM -> item(state.story().get(r.id()));
            case COUNTRY -> country(r.id());
            case BORDER -> border(r.id());
            case CLUSTER -> cluster(r);
        }
    }

    private void item(StoryItem it) {
        if (it == null) return;
        title(it.title());
        Button cite = new Button("Copy citation");
        cite.setId("copy-citation");
        cite.setTooltip(new Tooltip("Copies the title, the date and every source, ready to paste into your notes"));
        cite.setOnAction(e -> copy(Citation.of(it, LocalDate.now()), "Copied the citation of '" + it.title() + "'."));
        box.getChildren().add(cite);
        String cat = it.category() == null ? "" : " · " + it.category().label();
        meta(cap(it.kind().key()) + cat + (it.displayDate().isEmpty() ? "" : " · " + it.displayDate()));
        Stage st = it.stageOn(state.window().to());
        if (!it.stages().isEmpty()) {
            StringBuilder b = new StringBuilder("Stage on " + PartialDate.of(state.window().to()).display() + ": " + (st == null ? "none recorded yet" : st.label()));
            for (var c : it.stages()) b.append("\n  ").append(c.stage().label()).append(" from ").append(c.start().display());
            meta(b.toString());
        }
        if (it.placeType() != null) meta("Place: " + it.placeType().replace('-', ' '));
        if (it.ongoing()) meta("Still in force: no end is recorded.");
        if (!it.summary().isBlank()) box.getChildren().add(text(it.summary(), null));
        if (it.schematic()) box.getChildren().add(text("Schematic: the line joins the route's waypoint cities; it is not the track.", "schematic-note"));
        if (it.disagreement() != null) {
            section("Sources disagree");
            box.getChildren().add(text(it.disagreement(), "details-disagreement"));
        }
        if (!it.figures().isEmpty()) {
            section("Figures");
            for (Figure f : it.figures()) {
                box.getChildren().add(text("• " + f.label() + ": " + f.value() + (f.note() == null ? "" : " (" + f.note() + ")"), null));
            }
        }
        if (!it.attributes().isEmpty()) attributes(it);
        section("Sources");
        for (Source s : it.sources()) {
            if (s.hasWebLink()) {
                Hyperlink h = new Hyperlink(s.title());
                h.setGraphic(wrap(new Label(atlas.story.SourceHost.of(s.url())), "details-meta")); h.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                h.setWrapText(true);
                h.setOnAction(e -> openUrl.accept(s.url()));
                h.setTooltip(new javafx.scene.control.Tooltip(s.url()));
                Button link = new Button("Copy link");
                link.getStyleClass().add("copy-link");
                link.setTooltip(new Tooltip("Copies " + s.url()));
                link.setOnAction(e -> copy(s.url(), "Copied the link " + s.url()));
                link.setMinWidth(USE_PREF_SIZE);
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
            section("Related");
            for (String id : links) {
                StoryItem o = state.story().get(id);
                if (o == null) continue;
                Hyperlink h = new Hyperlink(o.title() + (o.displayDate().isEmpty() ? "" : " (" + o.displayDate() + ")"));
                h.setWrapText(true);
                h.setOnAction(e -> state.navigation().goTo(FeatureRef.item(id)));
                box.getChildren().add(h);
            }
        }
        if (it.kind() == atlas.story.Kind.PLACE) eventsAt(it);
        meta("Data: " + it.file() + (it.line() > 0 ? ", line " + it.line() : "") + " · id " + it.id());
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
        section("What happened here (" + rows.size() + ")");
        for (int i = 0; i < Math.min(MAX_LISTED, rows.size()); i++) {
            int r = rows.get(i);
            String key = store.key(r);
            Hyperlink h = new Hyperlink(store.item(r).displayDate() + " · " + store.title(r));
            h.setWrapText(true);
            h.getStyleClass().add("place-event");
            h.setOnAction(e -> state.navigation().goTo(FeatureRef.item(key)));
            box.getChildren().add(h);
        }
        if (rows.size() > MAX_LISTED) meta("… and " + (rows.size() - MAX_LISTED) + " more.");
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
        section("Attributes (layer " + it.layer() + ")");
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
        title(rows.size() + " items here");
        meta("Where the map holds more symbols than can be read, they are gathered into circles with counts (View ▸ Gather dense points). Zoom in to see them one by one.");
        section("Items");
        for (int i = 0; i < Math.min(MAX_LISTED, rows.size()); i++) {
            int row = rows.get(i);
            String key = store.key(row);
            Hyperlink h = new Hyperlink(store.title(row) + " (" + store.item(row).displayDate() + ")");
            h.setWrapText(true);
            h.setOnAction(e -> state.navigation().goTo(FeatureRef.item(key)));
            box.getChildren().add(h);
        }
        if (rows.size() > MAX_LISTED) meta("… and " + (rows.size() - MAX_LISTED) + " more.");
    }

    /** A cluster's details list this many items (more would not be read, and would cost time to lay out). */
    private static final int MAX_LISTED = 200;

    private void country(String iso3) {
        var c = geo.overview().get(iso3);
        if (c == null) {
            // A state of an earlier date (Czechoslovakia, Yugoslavia): its name and how it changed.
            title(name(iso3));
            meta("Country as it was on " + PartialDate.of(state.window().to()).display() + " · " + iso3);
            for (var ch : geo.territory().all()) {
                if (!ch.before().equals(iso3)) continue;
                box.getChildren().add(text("• " + ch.area() + ": within " + name(iso3) + " until " + PartialDate.of(ch.date().minusDays(1)).display()
                        + ", then " + name(ch.after()) + ".", null));
                box.getChildren().add(text(ch.source(), "details-meta"));
            }
            return;
        }
        title(c.name());
        meta("Country · " + iso3);
        List<EuMembership.Member> h = geo.eu().historyOf(iso3);
        LocalDate day = state.window().to();
        if (h.isEmpty()) {
            box.getChildren().add(text("Not a member of the European Union.", null));
        } else {
            for (EuMembership.Member m : h) {
                String text = m.until() == null
                        ? "EU member since " + PartialDate.of(m.joined()).display() + (m.joined().getYear() < 1993 ? " (European Communities before 1 November 1993)" : "")
                        : "EU member from " + PartialDate.of(m.joined()).display() + " to " + PartialDate.of(m.until()).display();
                box.getChildren().add(text(text, null));
            }
            box.getChildren().add(text(geo.eu().isMember(iso3, day)
                    ? "A member on " + PartialDate.of(day).display() + "." : "Not a member on " + PartialDate.of(day).display() + ".", "details-meta"));
        }
        List<EuBorder.Segment> segs = geo.overviewBorder().at(day).segmentsWith(iso3);
        if (!segs.isEmpty()) {
            section("EU external border on this date");
            for (EuBorder.Segment s : segs) {
                box.getChildren().add(text("• " + name(s.member()) + " – " + name(s.neighbour()) + ": ~" + Math.round(s.lengthKm()) + " km, since " + PartialDate.of(s.since()).display(), null));
            }
        }
        var changes = geo.territory().of(iso3);
        if (!changes.isEmpty()) {
            section("Outline changes");
            for (var ch : changes) {
                box.getChildren().add(text("• " + ch.area() + ": drawn within " + name(ch.before()) + " before "
                        + PartialDate.of(ch.date()).display() + ", within " + name(ch.after()) + " from then on (de facto line).", null));
            }
        }
        section("Sources");
        box.getChildren().add(text("Borders: Natural Earth 1:50m and 1:10m (public domain), via world-atlas 2.0.2", null));
        if (!h.isEmpty()) box.getChildren().add(text("Membership: " + h.get(0).source(), null));
        for (var ch : changes) box.getChildren().add(text(ch.area() + ": " + ch.source(), null));
    }

    private void border(String id) {
        LocalDate day = state.window().to();
        EuBorder.Segment s = geo.overviewBorder().at(day).segments().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        if (s == null) {
            title("EU external border");
            meta("This segment is not part of the EU's external border on " + PartialDate.of(day).display() + ".");
            return;
        }
        title(name(s.member()) + " – " + name(s.neighbour()));
        meta("EU external border segment · " + s.between().get(0) + "–" + s.between().get(1));
        box.getChildren().add(text("An external border of the EU since " + PartialDate.of(s.since()).display()
                + ", when " + name(s.member()) + " was a member and " + name(s.neighbour()) + " was not.", null));
        box.getChildren().add(text("Length as drawn: ~" + Math.round(s.lengthKm()) + " km (Natural Earth 1:50m outline; surveyed lengths are longer).", null));
        box.getChildren().add(text("Derived: the boundary of the union of the member states' outlines on this date, shared with " + name(s.neighbour()) + ".", "details-meta"));
        section("Sources");
        box.getChildren().add(text("Borders: Natural Earth (public domain), via world-atlas 2.0.2", null));
        geo.eu().historyOf(s.member()).forEach(m -> box.getChildren().add(text("Membership: " + m.source(), null)));
    }

    private String name(String iso3) {
        var c = geo.overview().get(iso3);
        if (c != null) return c.name();
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
