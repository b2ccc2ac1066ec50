package atlas.app;

import atlas.story.Source;
import atlas.story.SourceHost;
import atlas.story.StoryItem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How an item is cited when a reader copies it: title and date at the item's own precision, the atlas
 * and the item's key, then each source in a note style (title, site, address, note), and the day it
 * was consulted — enough to find every source again.
 */
final class Citation {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Citation() {
    }

    static String of(StoryItem it, LocalDate accessed) {
        StringBuilder b = new StringBuilder();
        b.append('“').append(it.title()).append('”');
        if (!it.displayDate().isEmpty()) b.append(", ").append(it.displayDate());
        b.append(". Belarus–China Atlas, item ").append(it.key()).append(" (consulted ").append(DAY.format(accessed)).append(").");
        if (!it.sources().isEmpty()) {
            b.append("\nSources:");
            for (Source s : it.sources()) b.append("\n– ").append(source(s));
        }
        return b.toString();
    }

    /** One source: "Title. site. https://…. Note." (parts it lacks are left out). */
    static String source(Source s) {
        StringBuilder b = new StringBuilder(stop(s.title()));
        String host = SourceHost.of(s.url());
        if (!host.isEmpty()) b.append(' ').append(host).append('.');
        if (s.hasWebLink()) b.append(' ').append(s.url().trim());
        if (s.note() != null && !s.note().isBlank()) b.append(' ').append(stop(s.note().trim()));
        return b.toString();
    }

    private static String stop(String t) {
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }
}
