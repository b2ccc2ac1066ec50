package atlas.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A cheap guard against rot of the installer, which CI does not build: the {@code installer} profile
 * exists, hands jpackage the launcher's main class and the atlas icon, and the desktop entry and file
 * associations it installs agree with each other.
 */
class InstallerProfileTest {
    private static final Path POM = Path.of("pom.xml");

    @Test
    void installerProfileNamesTheMainClassAndTheIcon() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(POM.toFile());
        Map<String, String> props = properties(pom);
        Element profile = profile(pom, "installer");
        assertNotNull(profile, "pom.xml has a profile 'installer'");

        List<List<String>> jpackage = new ArrayList<>();
        NodeList executions = profile.getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element e = (Element) executions.item(i);
            NodeList exe = e.getElementsByTagName("executable");
            if (exe.getLength() > 0 && resolve(exe.item(0).getTextContent(), props).endsWith("jpackage")) jpackage.add(arguments(e, props));
        }
        assertEquals(2, jpackage.size(), "one jpackage run for the app image, one for the package");
        List<String> image = jpackage.get(0);
        assertEquals("app-image", after(image, "--type"));
        String mainClass = after(image, "--main-class");
        assertEquals("atlas.app.Launcher", mainClass);
        assertTrue(Class.forName(mainClass).getMethod("main", String[].class) != null);
        assertTrue(image.contains("--runtime-image"), "a jlinked runtime of its own");
        String options = after(image, "--java-options");
        assertTrue(options.contains("--add-modules=javafx.controls"), "JavaFX on the module path: " + options);
        // The batch launcher: the same program with the JVM tuned for short runs, its options the window's plus its own.
        String batch = after(image, "--add-launcher");
        assertTrue(batch.startsWith("belarus-china-atlas-cli="), batch);
        String batchProps = Files.readString(Path.of("packaging/launchers/belarus-china-atlas-cli.properties"));
        assertTrue(batchProps.contains("java-options=${installer.java-options} -XX:TieredStopAtLevel=1"), batchProps);
        assertTrue(Files.readString(Path.of("packaging/linux/belarus-china-atlas-cli.desktop")).contains("NoDisplay=true"), "no second menu entry");
        for (List<String> run : jpackage) {
            Path icon = Path.of(after(run, "--icon"));
            assertTrue(icon.startsWith(Path.of("assets/icons").toAbsolutePath()) || icon.startsWith(Path.of("assets/icons")), icon.toString());
            BufferedImage img = ImageIO.read(icon.toFile());
            assertNotNull(img, icon + " is a picture");
            assertEquals(256, img.getWidth());
        }
        List<String> pkg = jpackage.get(1);
        assertEquals("deb", after(pkg, "--type"));
        assertTrue(after(pkg, "--app-image").endsWith("image/belarus-china-atlas"), "the package is made from the app image");
        assertTrue(after(pkg, "--resource-dir").endsWith("packaging/linux"), "with the atlas's desktop entry");
    }

    @Test
    void iconsComeInEverySizeFromOneSvg() throws Exception {
        assertTrue(Files.readString(Path.of("assets/icons/atlas.svg")).contains("<svg"));
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512}) {
            BufferedImage img = ImageIO.read(new File("assets/icons/atlas-" + size + ".png"));
            assertEquals(size, img.getWidth(), "atlas-" + size + ".png");
            assertEquals(size, img.getHeight(), "atlas-" + size + ".png");
        }
    }

    @Test
    void desktopEntryStartsTheInstalledLauncherWithFilesAndClaimsTheAssociatedTypes() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(POM.toFile());
        String name = properties(pom).get("installer.name");
        Map<String, String> entry = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("packaging/linux/" + name + ".desktop"))) {
            int eq = line.indexOf('=');
            if (eq > 0) entry.put(line.substring(0, eq), line.substring(eq + 1));
        }
        assertEquals("/opt/" + name + "/bin/" + name + " %F", entry.get("Exec"), "jpackage installs to /opt/NAME; %F passes the files");
        assertEquals("/opt/" + name + "/lib/" + name + ".png", entry.get("Icon"));
        assertEquals("Education;Geography;Science;", entry.get("Categories"));
        assertTrue(entry.get("Name").contains("Atlas"));
        List<String> mimes = List.of(entry.get("MimeType").split(";"));
        for (String ext : new String[] {"geojson", "kml", "kmz", "gpkg"}) {
            Properties fa = new Properties();
            try (var in = Files.newBufferedReader(Path.of("packaging/linux/" + ext + ".properties"))) {
                fa.load(in);
            }
            assertEquals(ext, fa.getProperty("extension"));
            assertTrue(mimes.contains(fa.getProperty("mime-type")), fa.getProperty("mime-type") + " in MimeType");
            assertTrue(Files.readString(POM).contains("packaging/linux/" + ext + ".properties"), ext + " association passed to jpackage");
        }
    }

    private static Map<String, String> properties(Document pom) {
        Map<String, String> out = new HashMap<>();
        Element props = (Element) pom.getDocumentElement().getElementsByTagName("properties").item(0);
        NodeList kids = props.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            if (kids.item(i) instanceof Element e) out.put(e.getTagName(), e.getTextContent().strip());
        }
        out.put("project.basedir", Path.of("").toAbsolutePath().toString());
        out.put("project.build.directory", Path.of("target").toAbsolutePath().toString());
        out.put("java.home", System.getProperty("java.home"));
        return out;
    }

    private static Element profile(Document pom, String id) {
        NodeList profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element p = (Element) profiles.item(i);
            if (id.equals(p.getElementsByTagName("id").item(0).getTextContent().strip())) return p;
        }
        return null;
    }

    /** The execution's arguments: its argument list, or its command line split as exec-maven-plugin splits it. */
    private static List<String> arguments(Element execution, Map<String, String> props) {
        List<String> out = new ArrayList<>();
        NodeList line = execution.getElementsByTagName("commandlineArgs");
        if (line.getLength() > 0) {
            Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(resolve(line.item(0).getTextContent(), props));
            while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2));
            return out;
        }
        NodeList args = execution.getElementsByTagName("argument");
        for (int i = 0; i < args.getLength(); i++) out.add(resolve(args.item(i).getTextContent(), props));
        return out;
    }

    private static String after(List<String> args, String option) {
        int i = args.indexOf(option);
        assertTrue(i >= 0 && i + 1 < args.size(), option + " in " + args);
        return args.get(i + 1);
    }

    /** Replaces ${property} references (repeatedly, for properties that name others). */
    private static String resolve(String value, Map<String, String> props) {
        Pattern ref = Pattern.compile("\\$\\{([^}]+)}");
        String v = value.strip();
        for (int round = 0; round < 5; round++) {
            Matcher m = ref.matcher(v);
            StringBuilder sb = new StringBuilder();
            while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(props.getOrDefault(m.group(1), m.group())));
            m.appendTail(sb);
            v = sb.toString();
        }
        return v;
    }
}
