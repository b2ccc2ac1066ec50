package atlas.lang;

import atlas.story.Category;
import atlas.story.Kind;
import atlas.story.Stage;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;

/**
 * The interface's words in the chosen language, from the resource bundles {@code atlas/lang/ui*.properties}
 * (English is the base; a key missing in another language falls back to it, never to the machine's
 * locale). The language is process-wide, like the JDK's default locale: one property, changed on the
 * JavaFX thread (or before the toolkit starts, as the command line does). Controls bind their text to
 * it ({@link #bind}), so a change of language relabels the open window; text made for one moment (a
 * status line, a message) is looked up with {@link #t} when it is made.
 *
 * <p>{@code {0}}, {@code {1}}… in a text are replaced by the arguments as written ({@link String#valueOf});
 * no {@code MessageFormat}, so apostrophes need no escaping.
 */
public final class Ui {
    private static final String BUNDLE = "atlas.lang.ui";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ObjectProperty<Language> LANGUAGE = new SimpleObjectProperty<>(Ui.class, "language", Language.EN);
    /** Read from the property at each look-up (bindings are told of a change before any listener could swap a cached bundle). */
    private static final java.util.Map<Language, ResourceBundle> BUNDLES = new java.util.concurrent.ConcurrentHashMap<>();

    private Ui() {
    }

    public static ObjectProperty<Language> languageProperty() {
        return LANGUAGE;
    }

    public static Language language() {
        Language l = LANGUAGE.get();
        return l == null ? Language.EN : l;
    }

    public static Locale locale() {
        return language().locale();
    }

    /** Sets the language (on the JavaFX thread once the toolkit runs). */
    public static void setLanguage(Language l) {
        LANGUAGE.set(l == null ? Language.EN : l);
    }

    /** The text for {@code key} in the current language, with {@code {0}}… replaced by {@code args}. */
    public static String t(String key, Object... args) {
        return fill(raw(load(language()), key), args);
    }

    /** The text for {@code key} in {@code l}. */
    public static String t(Language l, String key, Object... args) {
        return fill(raw(load(l), key), args);
    }

    /** The text as a binding that follows the language (its arguments fixed). */
    public static StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> t(key, args), LANGUAGE);
    }

    /** Binds a label's, button's or check box's text to {@code key}; returns the control. */
    public static <T extends Labeled> T label(T control, String key, Object... args) {
        control.textProperty().bind(bind(key, args));
        return control;
    }

    /** Binds a menu item's text to {@code key}; returns the item. An underscore marks its Alt key. */
    public static <T extends MenuItem> T item(T item, String key, Object... args) {
        item.textProperty().bind(bind(key, args));
        return item;
    }

    /** A dialog's Cancel in the current language (the toolkit's own follows the JVM's locale of its start). */
    public static javafx.scene.control.ButtonType cancel() {
        return new javafx.scene.control.ButtonType(t("dialog.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** A dialog's OK in the current language. */
    public static javafx.scene.control.ButtonType ok() {
        return new javafx.scene.control.ButtonType(t("dialog.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    }

    /** A tooltip whose text follows the language. */
    public static javafx.scene.control.Tooltip tip(String key, Object... args) {
        javafx.scene.control.Tooltip t = new javafx.scene.control.Tooltip();
        t.textProperty().bind(bind(key, args));
        return t;
    }

    public static String category(Category c) {
        return t("category." + c.key());
    }

    public static String stage(Stage s) {
        return t("stage." + s.key());
    }

    public static String kind(Kind k) {
        return t("kind." + k.key());
    }

    /** True when the English bundle has {@code key} (for tests and checks). */
    public static boolean has(String key) {
        return load(Language.EN).containsKey(key);
    }

    static ResourceBundle load(Language l) {
        return BUNDLES.computeIfAbsent(l, k -> ResourceBundle.getBundle(BUNDLE, k.locale(), NO_FALLBACK));
    }

    private static String raw(ResourceBundle b, String key) {
        try {
            return b.getString(key);
        } catch (MissingResourceException e) {
            return key; // a missing text shows its key rather than failing; UiBundlesTest keeps this from shipping
        }
    }

    static String fill(String text, Object... args) {
        if (args == null || args.length == 0 || text.indexOf('{') < 0) return text;
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3) {
                String n = text.substring(i + 1, close);
                if (n.chars().allMatch(Character::isDigit)) {
                    int k = Integer.parseInt(n);
                    if (k < args.length) {
                        b.append(args[k]);
                        i = close;
                        continue;
                    }
                }
            }
            b.append(c);
        }
        return b.toString();
    }
}
