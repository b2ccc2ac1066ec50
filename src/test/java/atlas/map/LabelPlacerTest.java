package atlas.map;

import static atlas.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where a label goes when every place next to its point is taken. */
class LabelPlacerTest {
    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    /**
     * A label that must be set (priority 100 and up) with a marker under each of its spots hides the fewest:
     * here two markers lie under each spot to the right and above, one under the spot below.
     */
    @Test
    void aLabelThatMustBeSetCoversTheFewestMarkers() {
        List<PlacedLabel> placed = onFx(() -> {
            LabelPlacer p = new LabelPlacer();
            p.reserve(200, 200, 5);
            double[][] others = {{340, 200}, {350, 200}, {340, 186}, {350, 186}, {340, 214}, {350, 214}, {140, 184}, {150, 184}, {150, 216}};
            for (double[] m : others) p.reserve(m[0], m[1], 1);
            p.offer("Great Stone Industrial Park near Minsk", 200, 200, 5, 105, false);
            p.drawAll(new Canvas(600, 400).getGraphicsContext2D(), Color.BLACK, Color.WHITE);
            return List.copyOf(p.placedBoxes());
        });
        assertEquals(1, placed.size());
        PlacedLabel l = placed.get(0);
        assertTrue(l.y0() > 200 && l.x0() < 200 && l.x1() > 200, "set below its point, centred, over one marker only: " + l);
    }

    /**
     * One name for one place: the same name offered twice at (nearly) one point, as two layers holding one place give it
     * (a re-opened export of the story), is set once; the same name at another point is set again.
     */
    @Test
    void theSameNameAtOnePlaceIsSetOnce() {
        List<String> placed = onFx(() -> {
            LabelPlacer p = new LabelPlacer();
            for (double[] at : new double[][] {{200, 200}, {200.5, 200.4}, {400, 300}}) {
                p.reserve(at[0], at[1], 3.2);
                p.offer("Vilnius", at[0], at[1], 3.2, 100, true);
            }
            p.drawAll(new Canvas(600, 400).getGraphicsContext2D(), Color.BLACK, Color.WHITE);
            return List.copyOf(p.placed());
        });
        assertEquals(List.of("Vilnius", "Vilnius"), placed, "once at the shared point, once at the other");
    }

    /** A label keeps off a corridor's line where it has room: a line through its first spot (right) sends it to the next (left). */
    @Test
    void aLabelKeepsOffALineWhereItHasRoom() {
        atlas.state.Viewport v = atlas.state.Viewport.fit(new org.locationtech.jts.geom.Envelope(0, 600, 0, 400), 600, 400, 10);
        org.locationtech.jts.geom.GeometryFactory gf = new org.locationtech.jts.geom.GeometryFactory();
        // A vertical line 40 px right of the point, in world coordinates.
        PathShape line = PathShape.of(gf.createLineString(new org.locationtech.jts.geom.Coordinate[] {
            new org.locationtech.jts.geom.Coordinate(v.toWorldX(240), v.toWorldY(0)), new org.locationtech.jts.geom.Coordinate(v.toWorldX(240), v.toWorldY(400))}));
        PlacedLabel clear = place("Orsha", line, v);
        assertTrue(clear.x1() < 200, "set left of its point, off the line: " + clear);
        // Lines through every spot: the label is still set, as before (where it is first free of labels and markers).
        PathShape grid = PathShape.of(gf.createMultiLineString(new org.locationtech.jts.geom.LineString[] {
            gf.createLineString(new org.locationtech.jts.geom.Coordinate[] {new org.locationtech.jts.geom.Coordinate(v.toWorldX(0), v.toWorldY(200)), new org.locationtech.jts.geom.Coordinate(v.toWorldX(600), v.toWorldY(200))}),
            gf.createLineString(new org.locationtech.jts.geom.Coordinate[] {new org.locationtech.jts.geom.Coordinate(v.toWorldX(200), v.toWorldY(0)), new org.locationtech.jts.geom.Coordinate(v.toWorldX(200), v.toWorldY(400))}),
            gf.createLineString(new org.locationtech.jts.geom.Coordinate[] {new org.locationtech.jts.geom.Coordinate(v.toWorldX(0), v.toWorldY(185)), new org.locationtech.jts.geom.Coordinate(v.toWorldX(600), v.toWorldY(215))})}));
        PlacedLabel crossed = place("Orsha", grid, v);
        assertTrue(crossed.x0() > 200, "set right of its point: " + crossed);
    }

    /** Near the map's right edge a label goes to the left of its point rather than run off the map. */
    @Test
    void aLabelStaysInsideTheMap() {
        PlacedLabel l = onFx(() -> {
            LabelPlacer p = new LabelPlacer();
            p.bounds(600, 400);
            p.reserve(590, 200, 4);
            p.offer("Smolensk", 590, 200, 4, 50, false);
            p.drawAll(new Canvas(600, 400).getGraphicsContext2D(), Color.BLACK, Color.WHITE);
            return p.placedBoxes().get(0);
        });
        assertTrue(l.x1() <= 600 && l.x0() >= 0, "inside the map: " + l);
    }

    private static PlacedLabel place(String text, PathShape line, atlas.state.Viewport v) {
        return onFx(() -> {
            LabelPlacer p = new LabelPlacer();
            p.reserve(200, 200, 4);
            p.avoidLine(line, v);
            p.offer(text, 200, 200, 4, 50, false);
            p.drawAll(new Canvas(600, 400).getGraphicsContext2D(), Color.BLACK, Color.WHITE);
            assertEquals(1, p.placedBoxes().size());
            return p.placedBoxes().get(0);
        });
    }

    /** A long name that must be set, with a marker beside each of its one-line spots, goes on two lines where it covers none. */
    @Test
    void aLongNameWithNoRoomOnOneLineGoesOnTwo() {
        assertEquals(List.of("Great Stone", "Industrial Park"), List.of(LabelPlacer.twoLines("Great Stone Industrial Park")));
        assertEquals(null, LabelPlacer.twoLines("Minsk"));
        double[][] markers = {{300, 200}, {300, 180}, {300, 220}, {150, 185}, {150, 215}};
        List<PlacedLabel> placed = onFx(() -> {
            LabelPlacer p = new LabelPlacer();
            p.reserve(200, 200, 5);
            for (double[] m : markers) p.reserve(m[0], m[1], 1);
            p.offer("Great Stone Industrial Park", 200, 200, 5, 105, false);
            p.drawAll(new Canvas(600, 400).getGraphicsContext2D(), Color.BLACK, Color.WHITE);
            return List.copyOf(p.placedBoxes());
        });
        assertEquals(1, placed.size());
        PlacedLabel l = placed.get(0);
        assertTrue(l.y1() - l.y0() > 24 && l.x1() < 299, "two lines, beside its point, short of the marker at x = 300: " + l);
        for (double[] m : markers) assertTrue(m[0] + 1 <= l.x0() || m[0] - 1 >= l.x1() || m[1] + 1 <= l.y0() || m[1] - 1 >= l.y1(), "covers the marker at " + m[0] + ", " + m[1]);
        assertTrue(l.gap() <= 9, "and touches its point: " + l.gap());
    }

    /** Names side by side keep a space between them: "Brest" 2 px before "Great Stone Industrial Park" read as one name. */
    @Test
    void namesSideBySideKeepASpaceBetweenThem() {
        List<PlacedLabel> placed = onFx(() -> {
            LabelPlacer p = new LabelPlacer();
            java.util.Random r = new java.util.Random(11);
            for (int i = 0; i < 300; i++) {
                double x = r.nextDouble() * 600, y = r.nextDouble() * 400;
                p.reserve(x, y, 2);
                p.offer("Place " + i + (i % 3 == 0 ? " Industrial Park" : ""), x, y, 2, r.nextInt(120), false);
            }
            p.drawAll(new Canvas(600, 400).getGraphicsContext2D(), Color.BLACK, Color.WHITE);
            return List.copyOf(p.placedBoxes());
        });
        assertTrue(placed.size() > 40, "a crowded map still names many: " + placed.size());
        for (PlacedLabel a : placed) {
            for (PlacedLabel b : placed) {
                if (a == b || a.y1() <= b.y0() || b.y1() <= a.y0()) continue; // not side by side
                double gap = Math.max(b.x0() - a.x1(), a.x0() - b.x1());
                assertTrue(gap >= LabelPlacer.GAP, a.text() + " and " + b.text() + " are " + gap + " px apart");
            }
        }
    }

    /**
     * A user's point on a city of the story, a pixel off the story's place, each with the heart of an event's glow (as
     * a range shows them, at full strength): both names are set, beside the stack and off the other's symbols. Each
     * had covered every spot of the other's label, so that neither "Gomel (Homiel)" nor "Gomel" was set.
     */
    @Test
    void aUsersPointOnAPlaceOfTheStoryKeepsBothNames() {
        List<PlacedLabel> placed = onFx(() -> {
            LabelPlacer p = new LabelPlacer();
            p.bounds(600, 400);
            p.reserve(300, 200, 8, 0); // the story's events at Gomel glowing
            p.reserve(301.2, 200.8, 8, 1); // the user's event glowing
            p.reserve(301.2, 200.8, 4.5, 1);
            p.reserve(300, 200, 3.2, 0);
            p.offer("Gomel", 301.2, 200.8, 4.5, 30, false, 1);
            p.offer("Gomel (Homiel)", 300, 200, 3.2, 40, false, 0);
            p.drawAll(new Canvas(600, 400).getGraphicsContext2D(), Color.BLACK, Color.WHITE);
            return List.copyOf(p.placedBoxes());
        });
        assertEquals(List.of("Gomel (Homiel)", "Gomel"), placed.stream().map(PlacedLabel::text).toList());
        assertFalse(placed.get(0).overlaps(placed.get(1)), placed.toString());
        for (PlacedLabel l : placed) {
            assertTrue(l.gap() <= l.markerRadius() + 4, "touches its point: " + l);
            for (double[] m : new double[][] {{300, 200, 3.2}, {301.2, 200.8, 4.5}}) {
                boolean covers = l.x0() < m[0] + m[2] && l.x1() > m[0] - m[2] && l.y0() < m[1] + m[2] && l.y1() > m[1] - m[2];
                assertFalse(covers, l.text() + " covers the marker at " + m[0] + ", " + m[1]);
            }
        }
    }

    /** The same name at one spot from two layers, their markers overlapping though their points are 3.4 px apart, is set once. */
    @Test
    void theSameNameFromTwoLayersAtOneSpotIsSetOnce() {
        List<String> placed = onFx(() -> {
            LabelPlacer p = new LabelPlacer();
            p.reserve(200, 200, 3.2, 0);
            p.reserve(200.3, 203.4, 4.5, 1);
            p.offer("Brest", 200, 200, 3.2, 40, false, 0);
            p.offer("Brest", 200.3, 203.4, 4.5, 30, false, 1);
            p.offer("Brest", 400, 300, 4.5, 30, false, 1); // another Brest, far off: named too
            p.reserve(400, 300, 4.5, 1);
            p.drawAll(new Canvas(600, 400).getGraphicsContext2D(), Color.BLACK, Color.WHITE);
            return List.copyOf(p.placed());
        });
        assertEquals(List.of("Brest", "Brest"), placed, "once at the shared spot, once at the other");
    }

    /** Distinct places of one layer a few pixels apart still compete by priority: the lower's label does not cover the higher's marker. */
    @Test
    void placesOfOneLayerAFewPixelsApartAreNotAStack() {
        List<PlacedLabel> placed = onFx(() -> {
            LabelPlacer p = new LabelPlacer();
            p.reserve(200, 200, 3.2, 0);
            p.reserve(203, 201, 3.2, 0);
            p.offer("Brest", 200, 200, 3.2, 40, false, 0);
            p.offer("Terespol", 203, 201, 3.2, 40, false, 0);
            p.drawAll(new Canvas(600, 400).getGraphicsContext2D(), Color.BLACK, Color.WHITE);
            return List.copyOf(p.placedBoxes());
        });
        assertFalse(placed.isEmpty(), "a name is set (else nothing below is checked)");
        for (PlacedLabel l : placed) {
            double[] other = l.text().equals("Brest") ? new double[] {203, 201} : new double[] {200, 200};
            boolean covers = l.x0() < other[0] + 3.2 && l.x1() > other[0] - 3.2 && l.y0() < other[1] + 3.2 && l.y1() > other[1] - 3.2;
            assertFalse(covers, l + " covers the other place's marker");
        }
    }
}
