package atlas.geo;

import atlas.io.DataSource;
import atlas.io.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * The base map: Natural Earth countries at two levels of detail, EU membership and the EU border
 * derived from them (precomputed by the geodata build, see {@link EuBorder#load}), and the territory
 * changes that make the outlines those of the date. Loading never throws: whatever is missing or
 * broken becomes a {@link Problem} and the rest loads.
 */
public final class GeoData {
    private final CountrySet overview;
    private final EuMembership eu;
    private final TerritoryChanges territory;
    private final EuBorder overviewBorder;
    private final List<Problem> problems;
    private final Function<String, DataSource> files;
    private volatile CountrySet detail;
    private volatile EuBorder detailBorder;

    private GeoData(CountrySet overview, EuMembership eu, TerritoryChanges territory, EuBorder overviewBorder, List<Problem> problems,
            Function<String, DataSource> files) {
        this.overview = overview;
        this.eu = eu;
        this.territory = territory;
        this.overviewBorder = overviewBorder;
        this.problems = new java.util.concurrent.CopyOnWriteArrayList<>(problems);
        this.files = files;
    }

    /** Loads the embedded geodata shipped in the application. */
    public static GeoData loadEmbedded() {
        return load(name -> DataSource.embedded("geodata/" + name));
    }

    /**
     * Loads {@code countries-50m.geojson} (from {@code countries-50m.bin} when that was made from it,
     * see {@link CountryCache}), {@code eu-membership.csv}, {@code territory-changes.csv} and
     * {@code eu-border-50m.geojson} by name now, and {@code countries-10m.geojson} with {@code eu-border-10m.geojson}
     * on first use of the detail level.
     */
    public static GeoData load(Function<String, DataSource> files) {
        List<Problem> problems = new ArrayList<>();
        Projection p = Projection.eurasia();
        // The precomputed border needs the outlines only to be checked against them: read it meanwhile.
        DataSource borderFile = files.apply(EuBorderFile.fileName("50m"));
        FutureTask<EuBorderFile.Parsed> border = new FutureTask<>(() -> EuBorderFile.parse(borderFile, p));
        Thread reader = new Thread(border, "eu-border-read");
        reader.setDaemon(true);
        reader.start();
        Checksummed countries = new Checksummed(files.apply("countries-50m.geojson"));
        CountrySet overview = CountrySet.load("50m", countries, files.apply(CountryCache.fileName("50m")), p, Projection.PROJ4, problems);
        EuMembership eu = EuMembership.load(files.apply("eu-membership.csv"), problems);
        TerritoryChanges territory = TerritoryChanges.load(files.apply("territory-changes.csv"), problems);
        EuBorder overviewBorder = EuBorder.load(overview, countries.checksum(), eu, join(border, borderFile), p, problems);
        return new GeoData(overview, eu, territory, overviewBorder, problems, files);
    }

    private static EuBorderFile.Parsed join(FutureTask<EuBorderFile.Parsed> task, DataSource file) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            return EuBorderFile.Parsed.failed(file.name(), 0, "cannot be read (" + e.getCause() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EuBorderFile.Parsed.failed(file.name(), 0, "reading it was interrupted");
        }
    }

    public CountrySet overview() {
        return overview;
    }

    /**
     * The 1:10m countries, loaded on first use (it blocks while loading; call it off the JavaFX thread
     * or after {@link #detailIfLoaded()} says it is there). Falls back to the overview if the file is
     * missing or empty.
     */
    public CountrySet detail() {
        CountrySet d = detail;
        if (d != null) return d;
        synchronized (this) {
            if (detail == null) {
                List<Problem> found = new ArrayList<>();
                Checksummed source = new Checksummed(files.apply("countries-10m.geojson"));
                CountrySet loaded = CountrySet.load("10m", source, Projection.eurasia(), found);
                detailBorder = loaded.size() > 0
                        ? EuBorder.load(loaded, source.checksum(), eu, files.apply(EuBorderFile.fileName("10m")), Projection.eurasia(), found)
                        : overviewBorder;
                problems.addAll(found);
                detail = loaded.size() > 0 ? loaded : overview;
            }
            return detail;
        }
    }

    /** The 1:10m countries if already loaded, else null. */
    public CountrySet detailIfLoaded() {
        return detail;
    }

    public EuMembership eu() {
        return eu;
    }

    /** Areas drawn in another country before a date (Natural Earth draws today's de facto lines). */
    public TerritoryChanges territory() {
        return territory;
    }

    public EuBorder overviewBorder() {
        return overviewBorder;
    }

    /** The EU border over the 1:10m outlines (loads them on first use). */
    public EuBorder detailBorder() {
        detail();
        return detailBorder;
    }

    /** Problems found so far (loading the 10m outlines may add some). */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
