package atlas.story;

import atlas.io.DataSource;
import atlas.io.FeatureReader;
import atlas.io.Problem;
import atlas.io.RawFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * A file read on a thread of its own while the calling thread turns its features into rows: two cores
 * for a format that is read in one stream (CSV, GeoPackage, KML). The calling thread sees exactly what a
 * direct {@link FeatureReader#read} gives, in the same order: the features, and the reader's problems
 * between them where they were said. What the sink throws ends the read as it would end a direct one.
 */
final class Pipe {
    /** Features handed over at a time. */
    private static final int BATCH = 256;
    /** Batches in flight: bounds the memory the reader can run ahead by. */
    private static final int DEPTH = 8;

    /** Features, and the problems said between them, in the order they came. */
    private static final class Batch {
        final Object[] events = new Object[BATCH * 2];
        final RawFeature[] spare = new RawFeature[BATCH];
        int size, features;
        /** The reader's last batch; {@link #failure} set when it ended by throwing. */
        boolean last;
        Throwable failure;

        Batch() {
            for (int i = 0; i < BATCH; i++) spare[i] = new RawFeature();
        }

        boolean full() {
            return features == BATCH || size >= events.length - 1;
        }
    }

    /** Thrown in the reader's thread when the calling thread has stopped reading (the sink threw). */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(DEPTH + 1), free = new ArrayBlockingQueue<>(DEPTH + 1);
    private volatile boolean stopped;
    private Batch filling;

    private Pipe() {
        for (int i = 0; i < DEPTH; i++) free.add(new Batch());
    }

    /** Reads {@code src} with {@code reader} on another thread; {@code sink} and {@code problems} are used on this one. */
    static void read(FeatureReader reader, DataSource src, Consumer<RawFeature> sink, List<Problem> problems) {
        new Pipe().run(reader, src, sink, problems);
    }

    private void run(FeatureReader reader, DataSource src, Consumer<RawFeature> sink, List<Problem> problems) {
        Thread t = new Thread(() -> produce(reader, src), "read-" + src.name());
        t.setDaemon(true);
        t.start();
        try {
            while (true) {
                Batch b = take(full);
                for (int i = 0; i < b.size; i++) {
                    Object e = b.events[i];
                    b.events[i] = null;
                    if (e instanceof Problem p) problems.add(p);
                    else sink.accept((RawFeature) e);
                }
                if (b.last) {
                    if (b.failure instanceof RuntimeException r) throw r;
                    if (b.failure instanceof Error r) throw r;
                    return;
                }
                b.size = b.features = 0;
                free.add(b);
            }
        } finally {
            stopped = true;
            free.clear();
            full.clear();
            // The reader sees "stopped" at its next feature; it is waited for so no file stays open behind the caller.
            t.interrupt();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Batch take(BlockingQueue<Batch> q) {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    /** The reader's side: features copied into recycled objects, problems in between, a batch at a time. */
    private void produce(FeatureReader reader, DataSource src) {
        Throwable failure = null;
        try {
            filling = next();
            List<Problem> said = new ArrayList<>() {
                @Override
                public boolean add(Problem p) {
                    if (filling.full()) hand();
                    filling.events[filling.size++] = p;
                    return super.add(p);
                }
            };
            reader.read(src, f -> {
                if (stopped) throw new Stopped();
                if (filling.full()) hand();
                RawFeature c = filling.spare[filling.features++];
                f.copyInto(c);
                filling.events[filling.size++] = c;
            }, said);
        } catch (Stopped e) {
            return;
        } catch (RuntimeException | Error e) {
            if (stopped) return;
            failure = e;
        }
        if (filling == null) return;
        filling.last = true;
        filling.failure = failure;
        full.add(filling);
    }

    private void hand() {
        full.add(filling);
        filling = next();
    }

    private Batch next() {
        if (stopped) throw new Stopped();
        try {
            Batch b = free.take();
            if (stopped) throw new Stopped();
            return b;
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }
}
