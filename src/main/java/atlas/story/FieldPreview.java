package atlas.story;

import atlas.io.DataSource;
import atlas.io.FeatureReader;
import atlas.io.Formats;
import atlas.io.Problem;
import atlas.io.RawFeature;
import java.util.ArrayList;
import java.util.List;

/**
 * What a field mapping would make of a file, tried on its first features: how many rows get a start
 * date, and the first problem, in the words the layer's problem list would use. For the mapping
 * dialog's live preview; the file is read only up to the sample.
 */
public final class FieldPreview {
    /** The result of one try: "38 of 40 rows have a start date; first problem: …". */
    public record Result(int rows, int withStart, String firstProblem) {
        public String describe() {
            return withStart + " of " + rows + " rows have a start date" + (firstProblem == null ? "" : "; first problem: " + firstProblem);
        }
    }

    private FieldPreview() {
    }

    /** The first {@code n} features of {@code source} (copies), or fewer; problems reading it go to {@code problems}. */
    public static List<RawFeature> sample(DataSource source, int n, List<Problem> problems) {
        List<RawFeature> out = new ArrayList<>();
        FeatureReader reader = Formats.readerFor(source.name());
        if (reader == null) {
            problems.add(new Problem(source.name(), null, 0, "not a format the atlas reads (" + Formats.DESCRIPTION + ")"));
            return out;
        }
        try {
            reader.read(source, f -> {
                out.add(f.copy());
                if (out.size() >= n) throw new Enough();
            }, problems);
        } catch (Enough e) {
            // the sample is full
        }
        return out;
    }

    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    /** The fields of the sample in file order. */
    public static List<String> fields(List<RawFeature> sample) {
        return FieldDetector.fields(sample);
    }

    /** The mapping detection would choose for this sample. */
    public static FieldMapping detect(List<RawFeature> sample, String fileName) {
        return FieldDetector.detect(sample, fileName).mapping();
    }

    public static Result of(List<RawFeature> sample, FieldMapping mapping) {
        GenericSchema g = new GenericSchema(mapping);
        List<Problem> problems = new ArrayList<>();
        Columns.Row row = new Columns.Row();
        int withStart = 0;
        for (RawFeature f : sample) {
            row.clear();
            g.toRow("preview", f, row, problems);
            if (row.start != 0) withStart++;
        }
        String first = null;
        if (!problems.isEmpty()) {
            Problem p = problems.get(0);
            // By its line in the file where known, as the problems list says it (a row number counted otherwise confused a new user).
            first = (p.line() > 0 ? "line " + p.line() : "row " + (sampleIndexOf(sample, p) + 1)) + ", " + p.message();
        }
        return new Result(sample.size(), withStart, first);
    }

    private static int sampleIndexOf(List<RawFeature> sample, Problem p) {
        for (RawFeature f : sample) if (f.line == p.line()) return f.index;
        return 0;
    }
}
