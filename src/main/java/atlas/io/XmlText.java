package atlas.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an XML document's bytes for StAX. The JDK's parser, given bytes, prints "[Fatal Error] …" on
 * stderr by itself when they are not valid in the document's encoding, past any handler; given
 * characters, it cannot. So the encoding is found here, as XML says (a byte-order mark, else the
 * declaration's {@code encoding}, else UTF-8), and a byte that does not decode becomes an
 * {@link IOException} that names it, reported like any malformed XML.
 */
final class XmlText {
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

    private static final String DOCTYPE = "<!DOCTYPE";

    /** The document declares a DTD: refused before any of it is parsed. */
    static final class DtdRefused extends IOException {
        DtdRefused() {
            super("refused: the file declares a DTD (<!DOCTYPE …>). KML never needs one, and its entities could expand without bound"
                    + " or read other files; nothing in this file is read");
        }
    }

    private XmlText() {
    }

    static Reader reader(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 8192);
        in.mark(1024);
        byte[] head = in.readNBytes(1024);
        in.reset();
        Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            skip = 3;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            Matcher m = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
            if (m.find()) {
                try {
                    cs = Charset.forName(m.group(1));
                } catch (IllegalArgumentException unknown) {
                    throw new IOException("the document declares an encoding the atlas does not know ('" + Texts.clip(m.group(1)) + "')");
                }
            }
        }
        in.skipNBytes(skip);
        Charset used = cs;
        Reader decoded = new InputStreamReader(in, cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        return new Reader() {
            /** Still before the root element, where a DOCTYPE may stand; the last characters seen there. */
            private boolean prolog = true;
            private final StringBuilder recent = new StringBuilder();

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                int n;
                try {
                    n = decoded.read(buf, off, len);
                } catch (CharacterCodingException e) {
                    throw new IOException("bytes that are not " + used.name() + " text (the encoding the document gives or implies)");
                }
                for (int i = off; prolog && i < off + n; i++) prolog(buf[i]);
                return n;
            }

            /**
             * A DTD is refused where it is declared, before the parser reads it: an unfinished one made the
             * JDK's parser print an internal class name on stderr (found by fuzzing).
             */
            private void prolog(char c) throws IOException {
                if (recent.length() == 1 && recent.charAt(0) == '<' && (Character.isLetter(c) || c == '_' || c == ':')) {
                    prolog = false; // the root element starts: no DOCTYPE can follow
                    return;
                }
                if (c == '<') recent.setLength(0);
                if (recent.length() > 0 || c == '<') recent.append(c);
                if (recent.length() == DOCTYPE.length()) {
                    if (recent.toString().equals(DOCTYPE)) throw new DtdRefused();
                    recent.setLength(0);
                }
            }

            @Override
            public void close() throws IOException {
                decoded.close();
            }
        };
    }
}
