package atlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlas.FxTestSupport;
import atlas.story.AtlasData;
import atlas.story.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key has a row for each user layer that loaded something; an empty file's layer adds none (a new user saw "Layer: empty"). */
class LegendRowsTest {
    @Test
    void anEmptyLayerHasNoRowInTheKey(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "name,lon,lat,date\n");
        Path sites = Files.writeString(dir.resolve("sites.csv"), "name,lon,lat,date\nA,27.5,53.9,2015\n");
        var story = FxTestSupport.data().story();
        double alone = LegendLayer.boxHeight(story.store());
        Story withEmpty = story.withLayer(AtlasData.loadLayer(empty, null, null));
        assertEquals(0, withEmpty.layers().get(1).items());
        assertEquals(alone, LegendLayer.boxHeight(withEmpty.store()), "no row for a layer with nothing in it");
        Story withSites = withEmpty.withLayer(AtlasData.loadLayer(sites, null, null));
        assertEquals(alone + LegendLayer.ROW, LegendLayer.boxHeight(withSites.store()), "a row for a layer with items");
        assertEquals(List.of("story", "empty", "sites"), withSites.layers().stream().map(atlas.story.Layer::name).toList());
        // The stack chooser names a user layer's item's layer (an export re-opened holds the story's items again).
        atlas.state.AtlasState state = FxTestSupport.onFx(() -> new atlas.state.AtlasState(withSites));
        String mine = StackChooser.line(new Hit(atlas.state.FeatureRef.item("sites/1"), "A", 0, 0), state);
        String ofStory = StackChooser.line(new Hit(atlas.state.FeatureRef.item("minsk"), "Minsk", 0, 0), state);
        org.junit.jupiter.api.Assertions.assertTrue(mine.endsWith(" · sites") && !ofStory.contains("story"), mine + " / " + ofStory);
    }
}
