package atlas.cli;

import atlas.lang.Language;
import atlas.lang.Ui;
import picocli.CommandLine.Option;

/** {@code --lang en|ru|be|zh}: the language of the picture's words and of {@code query}'s names and dates. */
final class LangOption {
    @Option(names = "--lang", description = "Language of map labels, dates and the key: en (default), ru, be or zh.")
    String lang;

    /** The language asked for (English when none); a code the atlas does not speak is a usage error. */
    Language language() {
        if (lang == null) return Language.EN;
        Language l = Language.of(lang);
        if (l == null) throw new IllegalArgumentException("--lang '" + atlas.io.Texts.clip(lang) + "' is not a language of the atlas (expected one of " + Language.codes() + ")");
        return l;
    }

    /** Sets the process's language (before the toolkit draws anything); returns it. */
    Language apply() {
        Language l = language();
        Ui.setLanguage(l);
        return l;
    }
}
