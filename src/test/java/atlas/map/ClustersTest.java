package atlas.map;

import static atlas.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import atlas.state.AtlasState;
import atlas.state.FeatureRef;
import atlas.state.Viewport;
import atlas.story.AtlasData;
import atlas.story.Story;
import atlas.story.Synthetic;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dense data is gathered into counted clusters that add up, can be hit, and can be switched off; the story alone never is. */
class ClustersTest {
    @Test
    void clusterCountsAddUpToTheSymbolsInViewAndAClusterCanBeHit(@TempDir Path dir) throws Exception {
        FxTestSupport.startToolkit();
        Path f = dir.resolve("dense.geojson");
        Synthetic.write(f, 30_000, 3);
        Story story = Story.of(List.of(AtlasData.loadLayer(f, null, null)));
        onFx(() -> {
            AtlasState state = new AtlasState(story);
            state.rangeFromProperty().set(LocalDate.of(2000, 1, 1));
            state.rangeToProperty().set(LocalDate.of(2009, 12, 31));
            state.rangeModeProperty().set(true);
            MapView map = MapExport.offscreen(state, FxTestSupport.data().geo(), 1600, 1000);
            map.drawNow();
            Clusters c = map.lastClusters();
            assertNotNull(c, "thousands of points in view are gathered");
            Viewport v = state.viewportProperty().get();
            var st = story.store();
            int inView = 0;
            for (int r : state.shown().rows()) {
                double x = v.toScreenX(st.x(r)), y = v.toScreenY(st.y(r));
                if (x > -40 && y > -40 && x < 1640 && y < 1040) inView++;
            }
            assertEquals(inView, c.total(), "every symbol in view is in one cluster");
            assertEquals(c.total(), java.util.Arrays.stream(c.counts()).sum());
            assertTrue(inView > Clusters.AGGREGATE_ABOVE);
            // Hit the centre of the map's biggest cluster: the ref is a cluster, and its rectangle holds that many shown rows.
            Optional<FeatureRef> hit = Optional.empty();
            for (double y = 300; y < 700 && hit.isEmpty(); y += 7) {
                for (double x = 500; x < 1100 && hit.isEmpty(); x += 7) {
                    Optional<FeatureRef> h = map.hitAt(x, y, 4);
                    if (h.isPresent() && h.get().type() == FeatureRef.Type.CLUSTER) hit = h;
                }
            }
            assertTrue(hit.isPresent(), "a cluster under the pointer");
            double[] b = hit.get().clusterBounds();
            int[] n = {0};
            st.pointsIn(b[0], b[1], b[2], b[3], r -> {
                if (state.shown().contains(r)) n[0]++;
            });
            assertTrue(n[0] > 0);
            state.aggregateProperty().set(false);
            map.drawNow();
            assertNull(map.lastClusters(), "the View toggle draws them one by one");
            return null;
        });
    }

    @Test
    void theEmbeddedStoryIsNeverGathered() {
        FxTestSupport.startToolkit();
        onFx(() -> {
            AtlasState state = new AtlasState(FxTestSupport.data().story());
            state.rangeFromProperty().set(LocalDate.of(1992, 1, 1));
            state.rangeToProperty().set(LocalDate.of(2025, 12, 31));
            state.rangeModeProperty().set(true);
            MapView map = MapExport.offscreen(state, FxTestSupport.data().geo(), 1600, 1000);
            map.drawNow();
            assertNull(map.lastClusters());
            return null;
        });
    }
}
