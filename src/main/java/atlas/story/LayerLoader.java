package atlas.story;

import atlas.io.DataSource;
import atlas.io.FeatureReader;
import atlas.io.Formats;
import atlas.io.Problem;
import atlas.io.RawFeature;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Reads one layer (a file, or a folder of files read as one) into columns. Each file's format comes
 * from its name ({@link Formats}); its schema from its first features: the atlas's story format when
 * they carry a known {@code kind} and a {@code title}, otherwise fields are detected by name and
 * content ({@link FieldDetector}) unless the caller's mapping names them. Features stream from the
 * reader into the columns and are forgotten. Never throws on bad data; see {@link Layer#problems}.
 */
public final class LayerLoader {
    /** Features kept to decide a file's schema before the rest streams past. */
    static final int SAMPLE = 200;
    /** Categories of a user layer that get their own legend entry and filter; the rest are "other". */
    public static final int MAX_CATEGORIES = 12;

    /** Reports progress (features read so far) and asks whether to stop; may be called from the loading thread often. */
    public interface Monitor {
        Monitor NONE = new Monitor() {
        };

        default void read(long features) {
        }

        default boolean cancelled() {
            return false;
        }
    }

    private final String name;
    private final FieldMapping override;
    private final Monitor monitor;
    private Columns columns = new Columns();
    /** Threads that read the pieces of one large GeoJSON file at once (see {@link atlas.io.GeoJsonChunks}). */
    /** Files from this size on are split; tests lower it to split small files. */
    static volatile long splitAbove = atlas.io.GeoJsonChunks.MIN_SPLIT_BYTES;
    static final int READERS = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    private final List<Problem> problems = new ArrayList<>();
    private final Columns.Row row = new Columns.Row();
    private GenericSchema generic;
    private boolean anyGeneric, anyStory;
    private long features;
    private String note = "";
    /** The file whose too many properties were said already. */
    private String droppedSaid;
    /** Set when a file ran out of memory: what was read is dropped and nothing more is read. */
    private boolean exhausted;
    /** A layer holds at most this many features: rows are numbered by int, and this many are ~6 GB of columns. */
    static final long MAX_FEATURES = 50_000_000;
    private boolean folder;

    private LayerLoader(String name, FieldMapping override, Monitor monitor) {
        this.name = name;
        this.override = override;
        this.monitor = monitor;
    }

    /** Loads {@code files} as one layer called {@code name}; {@code override} (may be null) names fields for non-story files. */
    public static LayerData load(String name, List<DataSource> files, FieldMapping override, Monitor monitor) {
        return load(name, files, override, monitor, List.of());
    }

    /** As above, with problems already found while listing the files (they open the layer's list). */
    public static LayerData load(String name, List<DataSource> files, FieldMapping override, Monitor monitor, List<Problem> found) {
        LayerLoader l = new LayerLoader(name, override, monitor == null ? Monitor.NONE : monitor);
        l.problems.addAll(found);
        l.folder = files.size() > 1;
        for (DataSource f : files) {
            if (l.exhausted) break;
            l.file(f);
        }
        return l.finish(files);
    }

    private void file(DataSource src) {
        FeatureReader reader = Formats.readerFor(src.name());
        if (reader == null) {
            problems.add(new Problem(src.name(), null, 0, "not a format the atlas reads (" + Formats.DESCRIPTION + ")"));
            return;
        }
        String tooLarge = Memory.refusal(src);
        if (tooLarge != null) {
            problems.add(new Problem(src.name(), null, 0, tooLarge));
            return;
        }
        if (reader instanceof atlas.io.GeoJsonReader && src.path() != null && READERS > 1) {
            atlas.io.GeoJsonChunks.Streaming split = atlas.io.GeoJsonChunks.streaming(src.path(), src.name(), READERS, splitAbove);
            // When the split fails, or a piece stops on a fault, nothing of it is kept and the file is read in one go,
            // so that a broken file gets the same messages either way.
            if (split != null && parallel(src, split)) return;
        }
        if ((reader instanceof atlas.io.GpkgReader || reader instanceof atlas.io.CsvReader) && READERS > 1) {
            atlas.io.Pieces split = reader instanceof atlas.io.GpkgReader ? atlas.io.GpkgReader.pieces(src, READERS, splitAbove)
                    : atlas.io.CsvReader.pieces(src, READERS, splitAbove);
            if (split != null && parallel(src, split)) return;
        }
        int fileIndex = columns.fileIndex(src.name());
        List<RawFeature> sample = new ArrayList<>();
        boolean[] story = {false};
        boolean[] decided = {false};
        try {
            // A large file is read on another core while this thread makes its rows (the same features and messages, in order).
            boolean piped = READERS > 1 && src.path() != null && sizeOf(src) >= splitAbove;
            Consumer<RawFeature> sink = f -> {
                if (++features % 4096 == 0) {
                    monitor.read(features);
                    if (monitor.cancelled()) throw new CancellationException();
                }
                if (features > MAX_FEATURES) throw new TooMany();
                if (!decided[0]) {
                    sample.add(f.copy());
                    if (sample.size() < SAMPLE) return;
                    story[0] = decide(src.name(), sample);
                    decided[0] = true;
                    for (RawFeature s : sample) add(src.name(), fileIndex, s, story[0]);
                    sample.clear();
                    return;
                }
                add(src.name(), fileIndex, f, story[0]);
            };
            if (piped) Pipe.read(reader, src, sink, problems);
            else reader.read(src, sink, problems);
        } catch (CancellationException e) {
            throw e;
        } catch (TooMany e) {
            problems.add(new Problem(src.name(), null, 0, "more than " + MAX_FEATURES + " features in this layer: the rest of the file is not read"));
        } catch (OutOfMemoryError e) {
            outOfMemory(src.name());
            return;
        } catch (RuntimeException e) {
            // A reader must not throw; if one does, the file's remaining features are lost, and the user hears why.
            problems.add(new Problem(src.name(), null, 0, "reading stopped by an unexpected fault: " + atlas.io.Texts.clip(String.valueOf(e))));
        }
        if (!decided[0] && !sample.isEmpty()) {
            story[0] = decide(src.name(), sample);
            for (RawFeature s : sample) add(src.name(), fileIndex, s, story[0]);
        }
    }

    private static long sizeOf(DataSource src) {
        try {
            return java.nio.file.Files.size(src.path());
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /** One piece of a large file read on its own thread into columns of its own. */
    /**
     * Bytes a row takes in the columns' arrays (ints, shorts, bytes, doubles and the texts' offsets), about.
     * A piece's arrays are sized for its features up front, but never beyond a quarter of the heap in all:
     * a file of tiny features must fail (and be reported) while reading, not before.
     */
    private static final long ROW_BYTES = 110;

    private static final class Part {
        final Columns columns;
        final List<Problem> problems = new ArrayList<>();
        GenericSchema generic;
        /** The piece was read to its end (no fault stopped it). */
        boolean whole;

        Part(int expectedRows, int pieces) {
            columns = new Columns((int) Math.min(expectedRows, Runtime.getRuntime().maxMemory() / ROW_BYTES / 4 / pieces));
        }
    }

    /** Drops everything read for this layer (the heap is exhausted) and says so; nothing more is read. */
    private void outOfMemory(String file) {
        columns = new Columns();
        exhausted = true;
        problems.add(new Problem(file, null, 0, Memory.exhausted(features)));
    }

    private static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
        }
    }

    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    /**
     * A large GeoJSON file read by several threads, one piece each: the schema is decided on the first
     * features, each piece fills columns of its own, and the pieces are joined in file order, so the
     * result equals a sequential read (a test checks it). The pieces are found while they are read
     * ({@link atlas.io.GeoJsonChunks#streaming}). False, with nothing kept, when the split failed or a piece
     * stopped on a fault: the caller then reads the file in one go.
     */
    private boolean parallel(DataSource src, atlas.io.Pieces split) {
        List<RawFeature> sample = new ArrayList<>();
        try {
            atlas.io.Pieces.Piece first = split.piece(0);
            if (first == null) return false; // the split failed already
            first.read(f -> {
                sample.add(f.copy());
                if (sample.size() >= SAMPLE) throw new Enough();
            }, new ArrayList<>());
            // The schema is decided on the first SAMPLE features, as one read decides it; a first piece with
            // fewer (huge features, sparse keys) cannot, so the file is read in one go.
            split.cancel();
            return false;
        } catch (Enough e) {
            // the sample is full
        } catch (InterruptedException e) {
            split.cancel();
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
        GenericSchema genericBefore = generic;
        boolean anyStoryBefore = anyStory, anyGenericBefore = anyGeneric;
        String noteBefore = note;
        int problemsBefore = problems.size();
        boolean story = decide(src.name(), sample);
        long featuresBefore = features;
        java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong(features);
        int n = split.parts();
        Part[] parts = new Part[n];
        Throwable[] failures = new Throwable[n];
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int p = k;
            Thread t = new Thread(() -> {
                try {
                    atlas.io.Pieces.Piece piece = split.piece(p);
                    if (piece == null) return;
                    Part part = new Part(piece.expectedFeatures(), n);
                    parts[p] = part;
                    part.generic = story ? null : new GenericSchema(generic.mapping(), generic.kindField, generic.openEndField);
                    if (part.generic != null) part.generic.rowIdPrefix = folder ? atlas.io.DataSource.fileName(src.name()) + ":" : "";
                    int fileIndex = part.columns.fileIndex(src.name());
                    Columns.Row row = new Columns.Row();
                    part.whole = piece.read(f -> {
                        long c = read.incrementAndGet();
                        if (c % 4096 == 0) {
                            monitor.read(c);
                            if (monitor.cancelled()) throw new CancellationException();
                        }
                        // Said once by one read, so read in one go: more than MAX_FEATURES, a feature with too many properties.
                        if (c > MAX_FEATURES || f.droppedProperties > 0) throw new TooMany();
                        row.clear();
                        row.file = fileIndex;
                        if (story) {
                            if (!StorySchema.toRow(src.name(), f, row, part.problems)) return;
                        } else {
                            part.generic.toRow(src.name(), f, row, part.problems);
                        }
                        part.columns.append(row, 0);
                    }, part.problems);
                } catch (InterruptedException e) {
                    failures[p] = new CancellationException();
                } catch (RuntimeException | OutOfMemoryError e) {
                    failures[p] = e;
                    if (e instanceof CancellationException) split.cancel();
                }
            }, "read-" + src.name());
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                split.cancel();
                Thread.currentThread().interrupt();
                throw new CancellationException();
            }
        }
        for (Throwable f : failures) {
            if (f instanceof OutOfMemoryError) {
                features = read.get();
                outOfMemory(src.name());
                return true;
            }
        }
        for (Throwable f : failures) if (f instanceof CancellationException c) throw c;
        boolean whole = !split.failed();
        for (int k = 0; k < n; k++) {
            // A piece that stopped on a fault, or on what one read says once (TooMany), sends the file to one read.
            if (failures[k] instanceof TooMany || (failures[k] == null && parts[k] != null && !parts[k].whole)) whole = false;
        }
        if (!whole) {
            // Forget this attempt: the sequential read decides the schema and says everything again.
            generic = genericBefore;
            anyStory = anyStoryBefore;
            anyGeneric = anyGenericBefore;
            note = noteBefore;
            problems.subList(problemsBefore, problems.size()).clear();
            features = featuresBefore;
            return false;
        }
        features = read.get();
        List<Columns> pieceColumns = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (failures[k] != null) problems.add(new Problem(src.name(), null, 0, "reading stopped by an unexpected fault: " + atlas.io.Texts.clip(String.valueOf(failures[k]))));
            Part part = parts[k];
            if (part == null) continue;
            problems.addAll(part.problems);
            if (!story) {
                for (String at : part.generic.undatedAt) if (generic.undatedAt.size() < GenericSchema.UNDATED_NAMED) generic.undatedAt.add(at);
                generic.undated += part.generic.undated;
                int base = Category.values().length;
                int[] remap = new int[part.generic.categoryValues.size()];
                for (int v = 0; v < remap.length; v++) remap[v] = generic.merge(part.generic.categoryValues.get(v), part.generic.categoryCounts.get(v)[0]);
                for (int i = 0; i < part.columns.rows; i++) if (part.columns.cat[i] >= base) part.columns.cat[i] = base + remap[part.columns.cat[i] - base];
            }
            pieceColumns.add(part.columns);
        }
        Arrays.fill(parts, null);
        Columns merged = Columns.concatAll(pieceColumns);
        pieceColumns.clear();
        columns = columns.rows == 0 && columns.files.isEmpty() ? merged : columns.concat(merged, 0, 0);
        return true;
    }

    /** True for the story format; otherwise sets up the generic mapping (once per layer). */
    private boolean decide(String file, List<RawFeature> sample) {
        long storyLike = sample.stream().filter(StorySchema::matches).count();
        if (storyLike * 2 > sample.size()) {
            anyStory = true;
            return true;
        }
        anyGeneric = true;
        if (generic == null) {
            FieldDetector.Result r = FieldDetector.detect(sample, file);
            FieldMapping m = r.mapping().overriddenBy(override);
            generic = new GenericSchema(m, override == null || override.kind() == null ? r.kindField() : null, r.openEndField());
            note = override != null ? "fields: " + m.describe() : r.note();
            if (!r.sure() && override == null) problems.add(new Problem(file, null, 0, r.note() + "; map the fields in the layer's menu or with --title-field/--start-field"));
            if (override != null) missingFields(file, override, FieldDetector.fields(sample));
        }
        return false;
    }

    /** A mapping that names a field the file does not have is said once, with the fields it has. */
    private void missingFields(String file, FieldMapping m, List<String> fields) {
        List<String> missing = new ArrayList<>();
        java.util.function.BiConsumer<String, String> check = (field, role) -> {
            if (field != null && !fields.contains(field)) missing.add("'" + atlas.io.Texts.clip(field) + "' (" + role + ")");
        };
        check.accept(m.title(), "title");
        m.start().forEach(f -> check.accept(f, "start"));
        m.end().forEach(f -> check.accept(f, "end"));
        check.accept(m.category(), "category");
        check.accept(m.id(), "id");
        if (missing.isEmpty()) return;
        List<String> have = new ArrayList<>();
        for (String f : fields.subList(0, Math.min(12, fields.size()))) have.add(atlas.io.Texts.clip(f));
        problems.add(new Problem(file, null, 0, "the field mapping names " + String.join(", ", missing) + ", which this file does not have (its fields: "
                + String.join(", ", have) + (fields.size() > 12 ? ", …" : "") + ")"));
    }

    private void add(String file, int fileIndex, RawFeature f, boolean story) {
        if (f.droppedProperties > 0 && !file.equals(droppedSaid)) {
            droppedSaid = file;
            problems.add(tooManyProperties(file, f));
        }
        row.clear();
        row.file = fileIndex;
        if (story) {
            if (!StorySchema.toRow(file, f, row, problems)) return;
        } else {
            generic.rowIdPrefix = folder ? atlas.io.DataSource.fileName(file) + ":" : "";
            generic.toRow(file, f, row, problems);
        }
        columns.append(row, 0);
    }

    /** Said once per file: the first feature with more than {@link RawFeature#MAX_PROPERTIES} properties. */
    static Problem tooManyProperties(String file, RawFeature f) {
        return new Problem(file, null, f.line, "a feature has " + (RawFeature.MAX_PROPERTIES + f.droppedProperties) + " properties; only the first "
                + RawFeature.MAX_PROPERTIES + " of each feature are kept");
    }


    private LayerData finish(List<DataSource> files) {
        Columns c = dropDuplicates(columns);
        if (anyStory) checkLinks(c);
        List<String> cats = anyGeneric ? topCategories(c) : List.of();
        if (generic != null && generic.undated > 0) {
            String at = " (" + String.join(", ", generic.undatedAt) + (generic.undated > generic.undatedAt.size() ? ", …" : "") + ")";
            problems.add(new Problem(name, null, 0, generic.undated + " of " + features + (generic.undated == 1 ? " features has no usable start date" + at + "; it is shown at every date"
                    : " features have no usable start date" + at + "; they are shown at every date")));
        }
        c.trim();
        boolean story = anyStory && !anyGeneric;
        String source = files.size() == 1 ? files.get(0).name() : files.size() + " files";
        Layer layer = new Layer(name, source, story, generic == null ? null : generic.mapping(), cats, c.rows, (int) Math.min(Integer.MAX_VALUE, features), problems, note, null);
        return new LayerData(layer, c);
    }

    /** Keeps the first row of each id; later ones are reported and dropped. Sorts hashes, not strings. */
    private Columns dropDuplicates(Columns c) {
        long[] keys = new long[c.rows];
        for (int i = 0; i < c.rows; i++) keys[i] = ((long) c.id.hashAt(i) << 32) | i;
        Arrays.sort(keys);
        boolean[] drop = new boolean[c.rows];
        int dropped = 0;
        for (int a = 0; a < keys.length; ) {
            int b = a + 1;
            while (b < keys.length && (keys[b] >>> 32) == (keys[a] >>> 32)) b++;
            for (int j = a + 1; j < b; j++) {
                int rj = (int) keys[j];
                for (int k = a; k < j; k++) {
                    int rk = (int) keys[k];
                    if (!drop[rk] && c.id.equalsAt(rk, c.id.get(rj))) {
                        int first = Math.min(rj, rk), later = Math.max(rj, rk);
                        if (!drop[later]) {
                            drop[later] = true;
                            dropped++;
                            problems.add(new Problem(c.files.get(c.file[later]), atlas.io.Texts.clip(c.id.get(later)), c.line[later],
                                    "duplicate id (first defined in " + c.files.get(c.file[first]) + ":" + c.line[first] + "); this one is skipped"));
                        }
                        break;
                    }
                }
            }
            a = b;
        }
        if (dropped == 0) return c;
        int[] keep = new int[c.rows - dropped];
        for (int i = 0, k = 0; i < c.rows; i++) if (!drop[i]) keep[k++] = i;
        return c.select(keep);
    }

    /** Related items and places must exist in the layer, and a place must have a location. */
    private void checkLinks(Columns c) {
        Map<String, Integer> byId = null;
        for (int i = 0; i < c.rows; i++) {
            if ((c.flags[i] & Columns.HAS_LINKS) == 0) continue;
            if (byId == null) {
                byId = new HashMap<>();
                for (int j = 0; j < c.rows; j++) byId.put(c.id.get(j), j);
            }
            JsonObject d = JsonParser.parseString(c.detail.get(i)).getAsJsonObject();
            for (String field : new String[] {"related", "places"}) {
                if (!d.has(field)) continue;
                for (JsonElement e : d.getAsJsonArray(field)) {
                    String ref = e.getAsString();
                    Integer j = byId.get(ref);
                    String file = c.files.get(c.file[i]);
                    if (j == null) {
                        problems.add(new Problem(file, c.id.get(i), c.line[i], field + " refers to unknown id '" + atlas.io.Texts.clip(ref) + "' (the link is dropped)"));
                    } else if (field.equals("places") && c.kind[j] != Kind.PLACE.ordinal() && Double.isNaN(c.x[j])) {
                        problems.add(new Problem(file, c.id.get(i), c.line[i], "places refers to '" + atlas.io.Texts.clip(ref) + "', which has no location"));
                    }
                }
            }
        }
    }

    /** The most frequent {@link #MAX_CATEGORIES} values keep their own category; the rest become "other". */
    private List<String> topCategories(Columns c) {
        if (generic == null || generic.categoryValues.isEmpty()) return List.of();
        int n = generic.categoryValues.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(generic.categoryCounts.get(b)[0], generic.categoryCounts.get(a)[0]));
        int keep = n > MAX_CATEGORIES ? MAX_CATEGORIES - 1 : n;
        int[] remap = new int[n];
        List<String> labels = new ArrayList<>();
        for (int r = 0; r < n; r++) remap[order[r]] = Math.min(r, keep);
        for (int r = 0; r < keep; r++) labels.add(generic.categoryValues.get(order[r]));
        if (n > keep) labels.add("other");
        int base = Category.values().length;
        for (int i = 0; i < c.rows; i++) if (c.cat[i] >= base) c.cat[i] = base + remap[c.cat[i] - base];
        return labels;
    }
}
