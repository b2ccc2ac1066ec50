package atlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * KMZ: a zip archive holding a KML document (and its icons). The document read is {@code doc.kml} when
 * the archive has one at its root, else its first {@code .kml} entry, streamed through {@link KmlReader}.
 * NetworkLinks of that document that point to other entries of the archive (as GDAL's LIBKML driver
 * writes them: doc.kml linking layers/*.kml) are read too, each once; links elsewhere are never fetched.
 * Within {@link ZipLimits}: at most 10,000 entries, 512 MB expanded, 200 times the compressed size; an
 * entry whose name climbs out of the archive ({@code ..}) or is absolute is ignored (zip slip), with
 * one message. Problems inside the document name it as {@code file.kmz!/doc.kml}.
 */
public final class KmzReader implements FeatureReader {
    @Override
    public void read(DataSource source, Consumer<RawFeature> sink, List<Problem> problems) {
        String file = source.name();
        Path temp = null;
        try {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                // Not a file on disk (a resource, a test's bytes): the archive's directory needs random access.
                temp = Files.createTempFile("atlas-kmz-", ".kmz");
                try (InputStream in = source.open()) {
                    Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                path = temp;
            }
            try (ZipFile zip = new ZipFile(path.toFile())) {
                read(zip, file, sink, problems);
            }
        } catch (ZipException e) {
            problems.add(new Problem(file, null, 0, "not a KMZ: the file is not a zip archive (" + Texts.clip(e.getMessage()) + ")"));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            problems.add(new Problem(file, null, 0, "cannot be read: " + Texts.clip(e.getMessage())));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // A temporary copy left behind is removed by the system's cleaning of its temp folder.
                }
            }
        }
    }

    private static void read(ZipFile zip, String file, Consumer<RawFeature> sink, List<Problem> problems) throws IOException {
        if (zip.size() > ZipLimits.MAX_ENTRIES) {
            problems.add(new Problem(file, null, 0, "refused: the archive lists " + zip.size() + " entries, more than " + ZipLimits.MAX_ENTRIES + " (a zip bomb?)"));
            return;
        }
        ZipEntry doc = null, firstKml = null;
        String unsafe = null;
        int unsafeCount = 0;
        for (Enumeration<? extends ZipEntry> es = zip.entries(); es.hasMoreElements(); ) {
            ZipEntry e = es.nextElement();
            String name = e.getName();
            if (!safe(name)) {
                if (unsafeCount++ == 0) unsafe = name;
                continue;
            }
            if (e.isDirectory() || !name.toLowerCase(Locale.ROOT).endsWith(".kml")) continue;
            if (name.equalsIgnoreCase("doc.kml") && doc == null) doc = e;
            if (firstKml == null) firstKml = e;
        }
        if (unsafe != null) {
            problems.add(new Problem(file, null, 0, (unsafeCount == 1 ? "an entry is" : unsafeCount + " entries are") + " ignored: '" + Texts.clip(unsafe)
                    + "'" + (unsafeCount == 1 ? "" : " and others") + " climb out of the archive ('..') or are absolute paths"));
        }
        ZipEntry chosen = doc != null ? doc : firstKml;
        if (chosen == null) {
            problems.add(new Problem(file, null, 0, "no .kml document in the archive (a KMZ holds doc.kml)"));
            return;
        }
        java.util.Set<String> done = new java.util.HashSet<>();
        java.util.ArrayDeque<ZipEntry> todo = new java.util.ArrayDeque<>();
        todo.add(chosen);
        List<String> outside = new java.util.ArrayList<>();
        long[] expanded = {0};
        int[] placemarks = {0};
        Consumer<RawFeature> counted = f -> {
            placemarks[0]++;
            sink.accept(f);
        };
        while (!todo.isEmpty()) {
            ZipEntry e = todo.poll();
            if (!done.add(e.getName())) continue;
            String name = file + "!/" + e.getName();
            if (e.getSize() > ZipLimits.MAX_UNCOMPRESSED) {
                problems.add(new Problem(name, null, 0, "refused: the document says it expands to " + (e.getSize() >> 20) + " MB, beyond " + (ZipLimits.MAX_UNCOMPRESSED >> 20) + " MB"));
                continue;
            }
            List<String> links;
            try (InputStream in = ZipLimits.bounded(zip.getInputStream(e), e.getName(), e.getCompressedSize(), expanded)) {
                links = KmlReader.read(new java.io.BufferedInputStream(in, 1 << 16), name, counted, problems, false);
            }
            if (ZipLimits.exceeded(expanded)) return;
            for (String href : links) {
                String target = inside(e.getName(), href);
                ZipEntry t = target == null ? null : zip.getEntry(target);
                if (t == null || !safe(target)) outside.add(href);
                else if (!done.contains(t.getName())) todo.add(t);
            }
        }
        if (placemarks[0] == 0) problems.add(new Problem(file, null, 0, "the archive's KML holds no Placemark: nothing to show"));
        if (!outside.isEmpty()) {
            problems.add(new Problem(file, null, 0, (outside.size() == 1 ? "a NetworkLink" : outside.size() + " NetworkLinks") + " ('" + Texts.clip(outside.get(0))
                    + "'" + (outside.size() == 1 ? "" : ", …") + ") point outside the archive and are not followed"));
        }
    }

    /** The entry name {@code href} points to from entry {@code from}, or null when it is a web address or climbs out. */
    static String inside(String from, String href) {
        String h = href.trim();
        if (h.contains(":") || h.startsWith("/") || h.startsWith("\\")) return null;
        int hash = h.indexOf('#');
        if (hash >= 0) h = h.substring(0, hash);
        int slash = from.lastIndexOf('/');
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        if (slash >= 0) for (String p : from.substring(0, slash).split("/")) if (!p.isEmpty()) parts.addLast(p);
        for (String p : h.replace('\\', '/').split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    /** False for names that climb out of the archive or start at a root: never read, whatever they hold. */
    static boolean safe(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || (n.length() > 1 && n.charAt(1) == ':')) return false;
        for (String part : n.split("/")) if (part.equals("..")) return false;
        return true;
    }
}
