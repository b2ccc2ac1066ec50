package atlas.app;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A map drawn off screen for a picture is let go once the picture is made: its pulse timer, started as soon as it had a
 * scene and never stopped, held it from the toolkit with its canvases (an A4 export's are some 70 MB), one more at each
 * export. The timer now runs only while the map is in a window on screen.
 */
class WindowMemoryTest {
    @BeforeAll
    static void toolkit() {
        atlas.FxTestSupport.startToolkit();
    }

    @Test
    void aMapDrawnOffScreenForAPictureIsLetGo() throws Exception {
        WeakReference<atlas.map.MapView> ref = atlas.FxTestSupport.onFx(() -> {
            atlas.state.AtlasState s = new atlas.state.AtlasState(atlas.FxTestSupport.data().story());
            atlas.map.MapView map = atlas.map.MapExport.offscreen(s, atlas.FxTestSupport.data().geo(), 800, 500);
            map.drawNow();
            map.snapshotMap(new javafx.scene.image.WritableImage(800, 500));
            return new WeakReference<>(map);
        });
        for (int i = 0; i < 20 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
            atlas.FxTestSupport.onFx(() -> null); // a pulse's worth of work on the JavaFX thread
        }
        assertNull(ref.get(), "the off-screen map is still held");
    }
}
