package atlas.app;

import atlas.lang.Ui;

import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts: every key the window answers to, where it works. */
final class ShortcutsHelp {
    static final String TEXT = String.join("\n",
            "Anywhere",
            "  Alt+← / Alt+→      Back / Forward along the items you went to",
            "  Space              Play / pause (except while typing)",
            "  Ctrl+1 … Ctrl+4    Views: Belarus, Belarus and neighbours, corridors, Eurasia",
            "  Ctrl+O             Open data as a layer",
            "  Ctrl+E             Export map as PNG",
            "  Ctrl+Q             Quit",
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

    static MenuItem menuItem(java.util.function.Supplier<Window> owner) {
        MenuItem m = Ui.item(new MenuItem(), "menu.help.shortcuts");
        m.setId("help-shortcuts");
        m.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION);
            a.setTitle(Ui.t("shortcuts.title"));
            a.setHeaderText(Ui.t("shortcuts.title"));
            TextArea t = new TextArea(Ui.language() == atlas.lang.Language.EN ? TEXT : Ui.t("shortcuts.text"));
            t.setEditable(false);
            t.setStyle("-fx-font-family: monospace;");
            t.setPrefRowCount(28);
            t.setPrefColumnCount(72);
            a.getDialogPane().setContent(t);
            a.initOwner(owner.get());
            a.show();
        });
        return m;
    }
}
