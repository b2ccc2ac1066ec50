package atlas.story;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The host of a source's web address, as a reader should see it beside the title before clicking:
 * lower case, without a leading {@code www.} or {@code m.}, so "https://www.reuters.com/article/…" shows
 * as "reuters.com" and "https://en.m.wikipedia.org/wiki/Mogilev" as "en.wikipedia.org".
 */
public final class SourceHost {
    private SourceHost() {
    }

    /** The host of {@code url}, or "" when it has none (an empty url, the article itself, or a malformed address). */
    public static String of(String url) {
        if (url == null || url.isBlank()) return "";
        try {
            String host = new URI(url.trim()).getHost();
            if (host == null) return "";
            host = host.toLowerCase(Locale.ROOT);
            if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
            if (host.startsWith("www.")) host = host.substring(4);
            host = host.replace(".m.wikipedia.org", ".wikipedia.org");
            if (host.startsWith("m.") && host.indexOf('.', 2) > 0) host = host.substring(2);
            return host;
        } catch (URISyntaxException e) {
            return "";
        }
    }

    /** {@code title (host)}, or the title alone when the source has no web address. */
    public static String label(Source s) {
        String host = of(s.url());
        return host.isEmpty() ? s.title() : s.title() + " (" + host + ")";
    }
}
