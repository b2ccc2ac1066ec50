package atlas.app;

import static atlas.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import atlas.geo.GeoData;
import atlas.io.DataSource;
import atlas.io.Problem;
import atlas.story.AtlasData;
import atlas.story.Story;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A broken or missing geodata file is named with what is wrong, and the atlas still opens with what loaded. */
class BrokenDataTest {
    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @Test
    void brokenCountriesFileAndMissingEuTable() {
        GeoData geo = GeoData.load(name -> switch (name) {
            case "countries-50m.geojson" -> new DataSource() {
                @Override public String name() { return "geodata/countries-50m.geojson"; }
                @Override public InputStream open() {
                    return new ByteArrayInputStream("{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"properties\":{\"iso3\":\"BLR\",\"name\":\"Belarus\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[23,52],[32,52],[32,56],[23,56],[23,52]]]}},\n{\"type\": \"Feat".getBytes(StandardCharsets.UTF_8));
                }
            };
            case "eu-membership.csv" -> DataSource.of(java.nio.file.Path.of("does/not/exist.csv"));
            default -> DataSource.embedded("geodata/" + name);
        });
        List<Problem> p = geo.problems();
        assertTrue(p.stream().anyMatch(x -> x.file().equals("geodata/countries-50m.geojson") && x.line() == 3 && x.message().startsWith("malformed JSON")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.file().contains("exist.csv") && x.message().contains("cannot be read")), p.toString());
        assertEquals(1, geo.overview().size(), "the country read before the fault is kept");

        AtlasData data = new AtlasData(geo, FxTestSupport.data().story());
        String banner = onFx(() -> {
            MainWindow w = new MainWindow(data, null);
            new Scene(w, 1200, 800).getStylesheets().add(MainWindow.stylesheet());
            w.applyCss();
            w.layout();
            w.map().drawNow();
            HBox b = (HBox) w.lookup("#problem-banner");
            return b.isVisible() ? ((Label) b.getChildren().get(0)).getText() : "";
        });
        assertTrue(banner.startsWith("The data has " + p.size() + " problems; all that could be read is shown."), banner);
        assertTrue(banner.contains("countries-50m.geojson"), banner);
    }

    @Test
    void aStoryWithProblemsShowsThemAndTheRest() {
        Story story = new atlas.story.StoryLoader(atlas.geo.Projection.eurasia()).load(List.of(
                DataSource.embedded("geodata/story/places.geojson"),
                DataSource.of(java.nio.file.Path.of("no/such/story.geojson"))));
        assertTrue(story.items().size() > 30);
        assertEquals(1, story.problems().stream().filter(x -> x.file().equals("no/such/story.geojson") && x.message().contains("not found")).count(), story.problems().toString());
        // Places that link to items of the files not loaded keep loading; only the links are reported.
        assertTrue(story.problems().stream().filter(x -> !x.file().equals("no/such/story.geojson")).allMatch(x -> x.message().contains("refers to unknown id")));
    }

    @Test
    void aLayerThatLoadedNothingIsSaidApartFromSkippedInput() {
        Story story = Story.of(List.of(Story.embeddedLayer(),
                atlas.story.AtlasData.loadLayer(java.nio.file.Path.of("no/such/file.geojson"), null, null)));
        AtlasData data = new AtlasData(FxTestSupport.data().geo(), story);
        String banner = onFx(() -> {
            MainWindow w = new MainWindow(data, null);
            new Scene(w, 1200, 800).getStylesheets().add(MainWindow.stylesheet());
            w.applyCss();
            HBox b = (HBox) w.lookup("#problem-banner");
            return b.isVisible() ? ((Label) b.getChildren().get(0)).getText() : "";
        });
        assertTrue(banner.startsWith("Nothing could be loaded from 'file': no such file or folder"), banner);
    }
}
