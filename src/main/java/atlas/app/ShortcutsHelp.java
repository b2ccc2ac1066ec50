package atlas.app;

import atlas.lang.Ui;

import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts: every key the window answers to, where it works. */
final class ShortcutsHelp {
    static final String TEXT = String.join("\n",
            "Anywhere",
            "  Alt+← / Alt+→      Back / Forward along the items you went to",
            "  Space              Play / pause (except while typing)",
            "  F6 / Shift+F6      On to the map, the list, the details, the timeline / back",
            "  Ctrl+1 … Ctrl+4    Views: Belarus, Belarus and neighbours, corridors, Eurasia",
            "  Ctrl+O             Open data as a layer",
            "  Ctrl+E             Export map as PNG",
            "  Ctrl+Q             Quit",
            "  Alt+letter         Open a menu by its underlined letter (Alt+F File, Alt+V View …)",
            "  F10                The menu bar; the arrows move through it, Esc leaves it",
            "",
            "Date (anywhere except while typing in a field)",
            "  ← / →              Previous / next event, selected",
            "  Shift+← / →        A month back / on",
            "  Ctrl+← / →         A year back / on",
            "  PageUp / PageDown  A year back / on",
            "  Home / End         20 January 1992 (relations begin) / the last date",
            "",
            "Map (click it first)",
            "  + / −              Zoom in / out",
            "  0                  All of Eurasia",
            "  ↑ / ↓              Pan up / down",
            "  Ctrl+Shift+arrows  Pan in any direction",
            "  Esc                Clear the selection",
            "",
            "Timeline (click it first)",
            "  + / − / 0          Zoom the time axis / show it all",
            "",
            "List",
            "  ↑ / ↓              Select the previous / next item",
            "  Enter              Fly the map to the selected item",
            "",
            "Date field",
            "  2015, 2015-05, 2015-05-10 or 2013/2016, then Enter");

    private ShortcutsHelp() {
    }

    /**
     * The text as two columns, keys and what they do, under bold section heads: the columns line up in any
     * script (padded monospace text does not, with Chinese), and nothing is cut at any width.
     */
    static javafx.scene.layout.GridPane grid(String text) {
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.setId("shortcuts-grid");
        g.setHgap(18);
        g.setVgap(3);
        g.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        int row = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                g.add(new javafx.scene.control.Label(" "), 0, row++);
            } else if (!line.startsWith(" ")) {
                javafx.scene.control.Label head = new javafx.scene.control.Label(line);
                head.setStyle("-fx-font-weight: bold;");
                g.add(head, 0, row++, 2, 1);
            } else {
                String[] kv = line.strip().split("\\s{2,}", 2);
                javafx.scene.control.Label key = new javafx.scene.control.Label(kv[0]);
                key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                javafx.scene.control.Label what = new javafx.scene.control.Label(kv.length > 1 ? kv[1] : "");
                what.setWrapText(true);
                g.addRow(row++, key, what);
            }
        }
        return g;
    }

    static MenuItem menuItem(java.util.function.Supplier<Window> owner) {
        MenuItem m = Ui.item(new MenuItem(), "menu.help.shortcuts");
        m.setId("help-shortcuts");
        m.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION);
            a.setTitle(Ui.t("shortcuts.title"));
            a.setHeaderText(Ui.t("shortcuts.title"));
            javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid(Ui.language() == atlas.lang.Language.EN ? TEXT : Ui.t("shortcuts.text")));
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(560);
            a.getDialogPane().setContent(scroll);
            a.setResizable(true);
            a.initOwner(owner.get());
            a.show();
        });
        return m;
    }
}
