package atlas.map;

import static atlas.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import atlas.cli.Views;
import atlas.state.AtlasState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a reader can read: the capitals are labelled at the overview, at the window's usual map size and at export size. */
class MapLabelsTest {
    static final List<String> CAPITALS = List.of("Minsk", "Beijing", "Moscow", "Warsaw", "Vilnius", "Riga", "Berlin", "Astana");

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    private static List<String> labels(int w, int h, boolean belarus) {
        return onFx(() -> {
            AtlasState state = new AtlasState(FxTestSupport.data().story());
            state.dateProperty().set(LocalDate.of(2016, 6, 1));
            MapView map = MapExport.offscreen(state, FxTestSupport.data().geo(), w, h);
            if (belarus) state.viewportProperty().set(Views.belarus(state.viewportProperty().get()));
            map.drawNow();
            return map.placedLabels();
        });
    }

    @Test
    void capitalsAreLabelledAtTheOverview() {
        for (int[] size : new int[][] {{1600, 1000}, {1000, 640}}) {
            List<String> placed = labels(size[0], size[1], false);
            for (String c : CAPITALS) assertTrue(placed.contains(c), c + " labelled at " + size[0] + "x" + size[1] + ": " + placed);
        }
    }

    @Test
    void zoomedOnBelarusGreatStoneAndMinskAreBothLabelled() {
        List<String> placed = labels(1000, 640, true);
        assertTrue(placed.contains("Minsk") && placed.contains("Great Stone Industrial Park"), placed.toString());
        assertTrue(placed.contains("Vilnius") && placed.contains("Brest"), placed.toString());
    }
}
