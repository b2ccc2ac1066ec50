package atlas.io;

import java.util.List;
import java.util.function.Consumer;

/**
 * A file cut into pieces that threads read at once, each piece's features in file order, so that the
 * pieces one after the other give what one read of the file gives (the loader joins them in order).
 * A split may find its pieces while they are read ({@link GeoJsonChunks#streaming}) or know them at once
 * ({@link GpkgReader#pieces}).
 */
public interface Pieces {
    /** How many pieces there are at most. */
    int parts();

    /** Piece {@code i}, once it is known (this may wait); null when the file has fewer pieces or the split failed. */
    Piece piece(int i) throws InterruptedException;

    /** Asked after every piece was read: true when the split failed, so what the pieces gave must be dropped. */
    boolean failed();

    /** The load was cancelled: stop any work the split does on its own. */
    void cancel();

    /** Pieces known from the start. */
    static Pieces of(List<Piece> pieces) {
        return new Pieces() {
            @Override
            public int parts() {
                return pieces.size();
            }

            @Override
            public Piece piece(int i) {
                return i < pieces.size() ? pieces.get(i) : null;
            }

            @Override
            public boolean failed() {
                return false;
            }

            @Override
            public void cancel() {
                // nothing runs on its own
            }
        };
    }

    /** A piece of about {@code expected} features that {@code reading} reads. */
    static Piece piece(int expected, Reading reading) {
        return new Piece() {
            @Override
            public int expectedFeatures() {
                return expected;
            }

            @Override
            public boolean read(Consumer<RawFeature> sink, List<Problem> problems) {
                return reading.read(sink, problems);
            }
        };
    }

    /** What {@link Piece#read} does, as a lambda. */
    interface Reading {
        boolean read(Consumer<RawFeature> sink, List<Problem> problems);
    }

    /** One piece. */
    interface Piece {
        /** About how many features it holds (a reader sizes its arrays by it). */
        int expectedFeatures();

        /** Reads its features into {@code sink} in order; false when a fault stopped it before its end. */
        boolean read(Consumer<RawFeature> sink, List<Problem> problems);
    }
}
