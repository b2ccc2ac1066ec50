package atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.state.AtlasState;
import atlas.story.AtlasData;
import atlas.story.Category;
import atlas.story.ItemStore;
import atlas.story.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Export visible items… writes exactly what the map and the list show: the date or range, the filters, the layers. */
class ExportVisibleTest {
    static final Path KML = Path.of("src/test/resources/import/google-earth-style.kml");

    @TempDir
    Path dir;

    @Test
    void writesWhatIsShownAndNothingElse() throws IOException {
        Story story = Story.of(List.of(Story.embeddedLayer(), AtlasData.loadLayer(KML, null, null)));
        AtlasState state = new AtlasState(story);
        state.rangeFromProperty().set(LocalDate.of(2015, 1, 1));
        state.rangeToProperty().set(LocalDate.of(2016, 12, 31));
        state.rangeModeProperty().set(true);
        state.categories().remove(Category.MILITARY);
        AtlasState.Shown shown = state.shown();
        assertTrue(shown.size() > 10, "a real selection: " + shown.size());
        for (String ext : new String[] {"csv", "geojson", "gpkg"}) {
            Path out = dir.resolve("visible." + ext);
            assertEquals(shown.size(), ExportVisible.write(shown, out));
            ItemStore back = Story.of(List.of(AtlasData.loadLayer(out, null, null))).store();
            String prefix = "visible/"; // every reopened file is a layer of its own, the story format too
            List<String> want = new ArrayList<>(), got = new ArrayList<>();
            for (int r : shown.rows()) want.add(shown.store().key(r));
            for (int r = 0; r < back.size(); r++) got.add(back.key(r).substring(prefix.length()));
            want.sort(null);
            got.sort(null);
            assertEquals(want, got, ext);
            for (int r = 0; r < back.size(); r++) {
                assertTrue(back.category(r) != Category.MILITARY && !"military".equals(back.item(r).attributes().get("category")), ext + " " + back.key(r));
            }
        }
    }

    @Test
    void neverOverwritesTheFileOfAnOpenLayer() throws IOException {
        Path mine = Files.copy(KML, dir.resolve("mine.kml"));
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, "title,date\nSynthetic,2015\n");
        Story story = Story.of(List.of(AtlasData.loadLayer(csv, null, null), AtlasData.loadLayer(mine, null, null)));
        AtlasState state = new AtlasState(story);
        IOException e = assertThrows(IOException.class, () -> ExportVisible.write(state.shown(), csv));
        assertEquals("it is the data file of the open layer 'mine'; choose another name", e.getMessage());
        assertEquals("title,date\nSynthetic,2015\n", Files.readString(csv));
    }
}
