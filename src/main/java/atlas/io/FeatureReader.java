package atlas.io;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one file's features as a stream: each is read, handed to the sink, and forgotten. A reader
 * never throws on bad data: a feature it cannot use becomes a {@link Problem} naming the file, the
 * line or row, and what is wrong, and reading goes on with the next; a file it cannot read at all adds
 * one problem. The sink gets a reused {@link RawFeature}.
 */
public interface FeatureReader {
    void read(DataSource source, Consumer<RawFeature> sink, List<Problem> problems);
}
