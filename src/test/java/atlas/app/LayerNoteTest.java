package atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.lang.Language;
import atlas.lang.Ui;
import atlas.story.FieldMapping;
import atlas.story.Kind;
import atlas.story.Layer;
import atlas.story.UserDates;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Layers menu says which fields a layer's titles and dates came from in the window's language, not the loader's English. */
class LayerNoteTest {
    private static Layer layer(FieldMapping m, String note) {
        return new Layer("sites", "sites.csv", false, m, List.of(), 22, 22, List.of(), note, "/tmp/sites.csv");
    }

    private static final FieldMapping SITES = new FieldMapping("name", List.of("opened", "year"), List.of(), "type", null, Kind.PROJECT, UserDates.Order.DMY);

    /** On the JavaFX thread: an open window's labels follow the language. */
    private static void use(Language l) {
        atlas.FxTestSupport.onFx(() -> {
            Ui.setLanguage(l);
            return null;
        });
    }

    @AfterEach
    void english() {
        use(Language.EN);
    }

    @Test
    void theFieldsAreNamedInTheWindowsLanguage() {
        Layer l = layer(SITES, "detected " + SITES.describe());
        use(Language.RU);
        String ru = Layers.fieldsNote(l);
        assertEquals(" · Поля: Название = name, Начало = opened | year, Категория = type, проект, день/месяц/год", ru);
        assertFalse(ru.contains("detected") || ru.contains("date order"), ru);
        use(Language.ZH);
        assertTrue(Layers.fieldsNote(l).startsWith(" · 字段："), Layers.fieldsNote(l));
        use(Language.EN);
        assertEquals(" · Fields: Title = name, Start = opened | year, Category = type, project, day/month/year", Layers.fieldsNote(l));
    }

    @Test
    void anUnsureDetectionAsksForTheMappingInTheWindowsLanguage() {
        Layer l = layer(new FieldMapping(null, List.of(), List.of(), null, null, Kind.EVENT, UserDates.Order.ISO), "not sure which field is the title (fields: a, b)");
        assertTrue(Layers.unsure(l));
        use(Language.BE);
        assertEquals(" · " + Ui.t("layers.note.unsure"), Layers.fieldsNote(l));
        assertTrue(Layers.fieldsNote(l).contains("Супаставіць палі"), Layers.fieldsNote(l));
    }
}
