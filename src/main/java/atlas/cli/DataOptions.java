package atlas.cli;

import atlas.story.DataSpec;
import atlas.story.FieldMapping;
import atlas.story.Kind;
import atlas.story.UserDates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The data options every command shares: which files to open as layers and how to read their fields. */
final class DataOptions {
    @Option(names = "--data", description = "A data file or folder to open as a layer beside the embedded story (repeatable). "
            + "GeoJSON of any schema, CSV/TSV, KML/KMZ or GeoPackage; the atlas's story format is recognised by its properties.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--no-story", description = "Leave out the embedded story (show only the --data layers).")
    boolean noStory;

    @Option(names = "--title-field", description = "The field that holds each item's title (default: detected).")
    String titleField;

    @Option(names = "--start-field", description = "A field that holds the start date; repeat for fallbacks, the first non-empty wins.")
    List<String> startFields = new ArrayList<>();

    @Option(names = "--end-field", description = "A field that holds the end date; repeatable like --start-field.")
    List<String> endFields = new ArrayList<>();

    @Option(names = "--category-field", description = "The field whose values are the categories (legend and filters).")
    String categoryField;

    @Option(names = "--id-field", description = "The field that holds each item's id (default: the feature's id, else its row number).")
    String idField;

    @Option(names = "--data-kind", description = "What each row of --data is: event (shown around its dates) or project (from its start on). "
            + "Default: detected. (Named so because query's --kind filters by kind.)")
    String kind;

    @Option(names = "--date-order", description = "How to read dates like 05/06/2013: mdy or dmy (default: only when the values settle it).")
    String dateOrder;

    /** The mapping the options name, or null when they name none (detection decides). */
    FieldMapping mapping() {
        Kind k = null;
        if (kind != null) {
            k = Kind.byKey(kind.trim().toLowerCase());
            if (k != Kind.EVENT && k != Kind.PROJECT) throw new IllegalArgumentException("--data-kind must be event or project, not '" + atlas.io.Texts.clip(kind) + "'");
        }
        UserDates.Order order = UserDates.Order.ISO;
        if (dateOrder != null) {
            switch (dateOrder.trim().toLowerCase()) {
                case "mdy" -> order = UserDates.Order.MDY;
                case "dmy" -> order = UserDates.Order.DMY;
                default -> throw new IllegalArgumentException("--date-order must be mdy or dmy, not '" + atlas.io.Texts.clip(dateOrder) + "'");
            }
        }
        if (titleField == null && startFields.isEmpty() && endFields.isEmpty() && categoryField == null && idField == null && k == null && dateOrder == null) return null;
        return new FieldMapping(titleField, startFields, endFields, categoryField, idField, k, order);
    }

    /**
     * Prints each problem as one "warning:" line; when a --data layer loaded nothing at all, stops with a
     * usage error (exit 2), so scripts can tell a missing file from a partial load (exit 3).
     */
    static void report(atlas.story.AtlasData d) {
        d.problems().forEach(p -> System.err.println(atlas.io.Texts.line("warning: " + p)));
        for (atlas.story.Layer l : d.story().layers()) {
            if (!l.name().equals(atlas.story.Layer.STORY) && l.items() == 0 && !l.problems().isEmpty()) {
                throw new IllegalArgumentException("nothing could be loaded from --data " + atlas.io.Texts.clip(l.name()) + ": " + l.problems().get(0).message());
            }
        }
    }

    /**
     * Refuses {@code out} when it is one of the --data files, or a data file inside a --data folder,
     * compared by real path (so a symlink or another spelling of the same file is caught too).
     */
    void refuseOverwrite(Path out) {
        Path target;
        try {
            target = out.toRealPath();
        } catch (java.io.IOException | SecurityException e) {
            return; // nothing there yet: it cannot be an input
        }
        for (Path p : data) {
            try {
                Path in = p.toRealPath();
                if (in.equals(target) || (java.nio.file.Files.isDirectory(in) && in.equals(target.getParent()) && atlas.io.Formats.isData(target.getFileName().toString()))) {
                    throw new IllegalArgumentException("--out " + atlas.io.Texts.clip(out.toString()) + " is " + (in.equals(target) ? "" : "inside ")
                            + "--data " + atlas.io.Texts.clip(p.toString()) + ": refusing to overwrite input data");
                }
            } catch (java.io.IOException | SecurityException e) {
                // A --data path that does not exist is reported when it is loaded.
            }
        }
    }

    /** One line saying why {@code out} could not be written, without the temporary file's name. */
    static String cannotWrite(Path out, java.io.IOException e) {
        String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? (folderExists(out) ? "no file can be created in that folder" : "the folder does not exist")
                : e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException
                        ? "'" + atlas.io.Texts.clip(((java.nio.file.FileSystemException) e).getFile()) + "' is a file, not a folder"
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : atlas.io.Texts.clip(String.valueOf(e.getMessage()));
        return "cannot write --out " + atlas.io.Texts.clip(String.valueOf(out)) + ": " + why;
    }

    private static boolean folderExists(Path out) {
        Path dir = out.toAbsolutePath().getParent();
        return dir != null && java.nio.file.Files.isDirectory(dir);
    }

    DataSpec spec(List<Path> more) {
        List<Path> all = new ArrayList<>(data);
        if (more != null) all.addAll(more);
        for (Path p : all) if (p.toString().isBlank()) throw new IllegalArgumentException("--data needs a file or folder, not an empty path");
        if (noStory && all.isEmpty()) throw new IllegalArgumentException("--no-story leaves nothing to show: give --data too");
        return new DataSpec(all, !noStory, mapping());
    }
}
