package atlas.io;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text for messages: values quoted short and safe for a terminal, reader faults said plainly. */
public final class Texts {
    /** A message quotes at most this many characters of a value (a 50 MB value must not become a 50 MB line). */
    public static final int MAX_QUOTED = 80;
    private static final Pattern LINE = Pattern.compile("line (\\d+) column (\\d+)");

    private Texts() {
    }

    /** A whole message line is cut at this many characters: it quotes values clipped already, so only a runaway message gets near it. */
    public static final int MAX_LINE = 2_000;

    /** {@code s} cut to {@link #MAX_QUOTED} characters with "…", control and bidi characters escaped as {@code \}u…. */
    public static String clip(String s) {
        return escape(s, MAX_QUOTED);
    }

    /**
     * A message made safe for a terminal or a log as one line: control characters (escape sequences,
     * line breaks that would forge a second "warning:" line) and bidi overrides escaped as {@code \}u…,
     * cut at {@link #MAX_LINE} characters. Every line the commands print goes through it.
     */
    public static String line(String s) {
        return escape(s, MAX_LINE);
    }

    private static String escape(String s, int max) {
        if (s == null) return "null";
        if (s.length() <= max) {
            // Most texts need nothing done: give them back as they are (a loader clips every feature's id).
            int i = 0;
            while (i < s.length() && !unsafe(s.charAt(i))) i++;
            if (i == s.length()) return s;
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 8);
        int n = Math.min(s.length(), max);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (unsafe(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (s.length() > n) b.append('…');
        return b.toString();
    }

    /** Control characters (C0, DEL, C1), bidi embeddings, overrides, isolates and marks, and line/paragraph separators. */
    static boolean unsafe(char c) {
        return Character.isISOControl(c) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f'
                || c == '\u061c' || c == '\u2028' || c == '\u2029';
    }

    /** The line number a Gson message or location mentions, or 0. */
    public static int lineOf(String message) {
        if (message == null) return 0;
        int at = message.indexOf("line ");
        if (at < 0) return 0;
        int v = 0, i = at + 5;
        while (i < message.length() && Character.isDigit(message.charAt(i))) v = v * 10 + (message.charAt(i++) - '0');
        return v;
    }

    /** One line saying why a file could not be read or parsed. */
    public static String malformed(Exception e) {
        if (e instanceof java.io.FileNotFoundException || e instanceof java.nio.file.NoSuchFileException) {
            return "file not found (" + clip(e.getMessage()) + ")";
        }
        if (e instanceof IOException && !(e instanceof com.google.gson.stream.MalformedJsonException)) {
            return "cannot be read: " + clip(e.getMessage());
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher lm = LINE.matcher(m);
        String where = lm.find() ? " at line " + lm.group(1) + ", column " + lm.group(2) : "";
        String why = m.replaceAll("(?s)\\s*(at )?line \\d+ column \\d+.*", "").replaceAll("^.*Exception: ", "");
        return "malformed JSON" + where + ": " + clip(why);
    }
}
