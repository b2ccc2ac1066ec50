package atlas.story;

/** Where a fact comes from: a title, an address (http or https, may be empty) and where in it / what it says. */
public record Source(String title, String url, String note) {
    public boolean hasWebLink() {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }
}
