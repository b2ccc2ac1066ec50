package atlas.map;

import static atlas.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    private static List<PlacedLabel> boxes(int w, int h, NamedView view, LocalDate date) {
        return onFx(() -> {
            AtlasState state = new AtlasState(FxTestSupport.data().story());
            state.dateProperty().set(date);
            MapView map = MapExport.offscreen(state, FxTestSupport.data().geo(), w, h);
            state.viewportProperty().set(view.apply(state.viewportProperty().get(), state.story().store()));
            map.drawNow();
            return map.placedLabelBoxes();
        });
    }

    /** At the views a reader opens on or jumps to, no two labels overlap and each touches its point. */
    @Test
    void labelsNeverOverlapNorDriftFromTheirPoints() {
        for (NamedView view : new NamedView[] {NamedView.NEIGHBOURS, NamedView.BELARUS, NamedView.EURASIA}) {
            for (int[] size : new int[][] {{1150, 800}, {740, 520}}) {
                for (LocalDate d : new LocalDate[] {atlas.story.Story.OPENING_DATE, LocalDate.of(2016, 6, 1)}) {
                    List<PlacedLabel> placed = boxes(size[0], size[1], view, d);
                    String where = view + " at " + size[0] + "x" + size[1] + " on " + d;
                    assertTrue(placed.size() >= 5, where + ": " + placed);
                    for (int i = 0; i < placed.size(); i++) {
                        PlacedLabel a = placed.get(i);
                        assertTrue(a.gap() <= a.markerRadius() + 4, where + ": '" + a.text() + "' is " + a.gap() + " px from its point");
                        for (int j = i + 1; j < placed.size(); j++) {
                            assertFalse(a.overlaps(placed.get(j)), where + ": '" + a.text() + "' overlaps '" + placed.get(j).text() + "'");
                        }
                    }
                }
            }
        }
    }

    @Test
    void theStartViewNamesBelarusItsNeighboursAndTheCorridorsWesternEnds() {
        List<String> placed = boxes(1150, 800, NamedView.NEIGHBOURS, atlas.story.Story.OPENING_DATE).stream().map(PlacedLabel::text).toList();
        for (String s : List.of("Minsk", "Warsaw", "Vilnius", "Riga", "Berlin", "Duisburg", "Great Stone Industrial Park")) {
            assertTrue(placed.contains(s), s + " labelled in the start view: " + placed);
        }
    }

    @Test
    void zoomedOnBelarusGreatStoneAndMinskAreBothLabelled() {
        List<String> placed = labels(1000, 640, true);
        assertTrue(placed.contains("Minsk") && placed.contains("Great Stone Industrial Park"), placed.toString());
        assertTrue(placed.contains("Vilnius") && placed.contains("Brest"), placed.toString());
    }

    /** The story with a user's layer of Belarus's cities (the points of a user's trial), over that layer's period, in the Belarus view. */
    private static List<PlacedLabel> withCities(int w, int h) {
        java.nio.file.Path csv;
        try {
            csv = java.nio.file.Path.of(MapLabelsTest.class.getResource("/atlas/map/belarus-cities.csv").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        var layer = atlas.story.AtlasData.loadLayer(csv, null, null);
        return onFx(() -> {
            AtlasState state = new AtlasState(FxTestSupport.data().story().withLayer(layer));
            state.rangeFromProperty().set(LocalDate.of(1992, 1, 20));
            state.rangeToProperty().set(LocalDate.of(2020, 3, 1));
            state.rangeModeProperty().set(true);
            MapView map = MapExport.offscreen(state, FxTestSupport.data().geo(), w, h);
            state.viewportProperty().set(NamedView.BELARUS.apply(state.viewportProperty().get(), state.story().store(), true, FxTestSupport.data().geo()));
            map.drawNow();
            return map.placedLabelBoxes();
        });
    }

    /**
     * A user's points on the story's cities: the story's names are kept and the user's points named beside them, each
     * name once where both layers give it, at the window's map size (as a trial saw it, 955 × 525) as in a picture
     * (1600 × 1000). The user's "Gomel" a pixel off the story's place had kept both names off; "Brest" was set twice.
     */
    @Test
    void aUsersLayerOfCitiesKeepsTheStorysNamesAndNamesEachPlaceOnce() {
        for (int[] size : new int[][] {{955, 525}, {1600, 1000}}) {
            List<PlacedLabel> placed = withCities(size[0], size[1]);
            List<String> names = placed.stream().map(PlacedLabel::text).toList();
            String where = size[0] + "x" + size[1] + ": " + names;
            for (String n : List.of("Minsk", "Brest", "Grodno", "Vitebsk", "Vitebsk hydropower plant", "Mogilev", "Gomel (Homiel)", "Gomel")) {
                assertEquals(1, names.stream().filter(n::equals).count(), n + " named once at " + where);
            }
            for (int i = 0; i < placed.size(); i++) {
                PlacedLabel a = placed.get(i);
                assertTrue(a.gap() <= a.markerRadius() + 4, where + ": '" + a.text() + "' is " + a.gap() + " px from its point");
                for (int j = i + 1; j < placed.size(); j++) assertFalse(a.overlaps(placed.get(j)), where + ": '" + a.text() + "' overlaps '" + placed.get(j).text() + "'");
            }
        }
    }
}
