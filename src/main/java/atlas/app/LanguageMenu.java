package atlas.app;

import atlas.lang.Language;
import atlas.lang.Ui;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * View ▸ Language: each language named in itself (English, Русский, Беларуская, 中文), so a reader finds
 * theirs whatever the window speaks now. Choosing one relabels the open window, the map and the dates at
 * once; the choice is remembered with the window's settings.
 */
final class LanguageMenu {
    private LanguageMenu() {
    }

    /**
     * Speaks {@code l} in the window: the atlas's own words, and the toolkit's (the Cancel of dialogs, a date
     * picker's months, a text field's Copy and Paste) through the JVM's default locale. Only the window does
     * this; the commands keep the machine's locale, and the atlas's files are written locale-free.
     */
    static void use(Language l) {
        java.util.Locale.setDefault(l.locale());
        Ui.setLanguage(l);
    }

    static Menu of() {
        Menu m = Ui.item(new Menu(), "menu.view.language");
        m.setId("language-menu");
        ToggleGroup group = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(l.nativeName());
            item.setMnemonicParsing(false);
            item.setId("language-" + l.code());
            item.setToggleGroup(group);
            item.setSelected(Ui.language() == l);
            item.setOnAction(e -> use(l));
            m.getItems().add(item);
        }
        // Held by the menu, listened to weakly: a strong listener on the language (a static property) kept every window
        // that was ever opened, with its map's canvases and data (70 of them, about 1 GB, in one run of the window tests).
        javafx.beans.value.ChangeListener<Language> follow = (o, was, now) -> group.getToggles().forEach(t -> t.setSelected(((RadioMenuItem) t).getId().equals("language-" + now.code())));
        m.getProperties().put(LanguageMenu.class, follow);
        Ui.languageProperty().addListener(new javafx.beans.value.WeakChangeListener<>(follow));
        return m;
    }
}
