package atlas.anim;

import atlas.geo.GeoData;
import atlas.map.MapExport;
import atlas.map.MapView;
import atlas.state.AtlasState;
import atlas.state.Viewport;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;

/**
 * Frames drawn as PNG export draws them ({@link MapExport#offscreen}: title with the date, key,
 * attribution), with the cursor on each frame's date and events fading over the state's trailing
 * window. The state is the animation's own (a copy carrying the window's filters and hidden layers):
 * this class moves its date. Frames are drawn on the JavaFX thread; {@link #frameAt} may be called
 * from any thread and waits.
 */
public final class MapFrames implements AnimationExport.FrameSource {
    private final AtlasState state;
    private final GeoData geo;
    private final int width, height;
    private final UnaryOperator<Viewport> view;
    private MapView map;

    /**
     * @param view turns the overview viewport of the frame size into the one to draw (identity for all of Eurasia)
     */
    public MapFrames(AtlasState state, GeoData geo, int width, int height, UnaryOperator<Viewport> view) {
        this.state = state;
        this.geo = geo;
        this.width = width;
        this.height = height;
        this.view = view;
    }

    @Override
    public BufferedImage frameAt(LocalDate date) {
        WritableImage snap = onFx(() -> {
            if (map == null) {
                map = MapExport.offscreen(state, geo, width, height);
                state.viewportProperty().set(view.apply(state.viewportProperty().get()));
            }
            state.rangeModeProperty().set(false);
            state.dateProperty().set(date);
            map.drawNow();
            return map.snapshotMap(new WritableImage(width, height)); // both canvases: the countries and border are on the lower one
        });
        // Encoders want opaque 24-bit pixels; convert here, off the JavaFX thread.
        BufferedImage argb = SwingFXUtils.fromFXImage(snap, null);
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(argb, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static <T> T onFx(Supplier<T> task) {
        if (Platform.isFxApplicationThread()) return task.get();
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while drawing a frame");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }
}
