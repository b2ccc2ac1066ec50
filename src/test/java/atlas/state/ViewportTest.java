package atlas.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {
    private final Viewport v = Viewport.fit(new Envelope(-1e6, 3e6, -5e5, 2.5e6), 1600, 1000, 200);

    @Test
    void screenAndWorldAreInverse() {
        for (double sx : new double[] {0, 13.5, 800, 1599}) {
            for (double sy : new double[] {0, 500, 999.25}) {
                assertEquals(sx, v.toScreenX(v.toWorldX(sx)), 1e-6);
                assertEquals(sy, v.toScreenY(v.toWorldY(sy)), 1e-6);
            }
        }
        assertTrue(v.toScreenY(1e6) < v.toScreenY(0), "world north is screen up");
    }

    @Test
    void zoomAboutKeepsThePivotFixed() {
        double sx = 312, sy = 777;
        double wx = v.toWorldX(sx), wy = v.toWorldY(sy);
        Viewport z = v.zoomAbout(3.7, sx, sy);
        assertEquals(v.scale() * 3.7, z.scale(), 1e-12);
        assertEquals(sx, z.toScreenX(wx), 1e-6);
        assertEquals(sy, z.toScreenY(wy), 1e-6);
        Viewport back = z.zoomAbout(1 / 3.7, sx, sy);
        assertEquals(v.centerX(), back.centerX(), 1e-3);
        assertEquals(v.centerY(), back.centerY(), 1e-3);
    }

    @Test
    void zoomStopsAtItsLimits() {
        assertEquals(v.maxScale(), v.zoomAbout(1e9, 10, 10).scale(), 1e-15);
        assertEquals(v.minScale(), v.zoomAbout(1e-9, 10, 10).scale(), 1e-15);
    }

    @Test
    void panMovesTheContentWithThePointer() {
        double wx = v.toWorldX(100), wy = v.toWorldY(100);
        Viewport p = v.panBy(40, -25);
        assertEquals(140, p.toScreenX(wx), 1e-6);
        assertEquals(75, p.toScreenY(wy), 1e-6);
    }

    @Test
    void worldBoundsCoverTheScreen() {
        Envelope e = v.worldBounds();
        assertEquals(1600 / v.scale(), e.getWidth(), 1e-6);
        assertEquals(1000 / v.scale(), e.getHeight(), 1e-6);
        assertEquals(6 / v.scale(), v.pixelsToWorld(6), 1e-12);
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 0, 0, 10, 10, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 0, Double.NaN, 10, 10, 1, 2));
    }
}
