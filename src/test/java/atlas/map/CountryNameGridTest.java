package atlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.FxTestSupport;
import atlas.geo.Country;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.junit.jupiter.api.Test;

/** The scan-line grid that finds room for a neighbour's name agrees with JTS's point-in-polygon test, holes and islands included. */
class CountryNameGridTest {
    @Test
    void theGridAgreesWithJtsOnRealOutlines() {
        int inside = 0, countries = 0;
        for (String iso : new String[] {"RUS", "POL", "UKR", "BLR", "LTU", "IDN", "ZAF", "ITA", "CHN", "JPN", "GRC"}) {
            Country c = FxTestSupport.data().geo().overview().get(iso);
            if (c == null) continue; // outside the atlas's extent
            countries++;
            Envelope e = c.projected().getEnvelopeInternal();
            // A grid over the outline's envelope and a little beyond, and one shifted to a view's odd offset.
            for (double shift : new double[] {0, 0.37}) {
                double dx = e.getWidth() / 15, dy = e.getHeight() / 9;
                double x0 = e.getMinX() + dx * shift, y0 = e.getMaxY() - dy * shift;
                boolean[][] grid = CountryLayer.insideGrid(c.projected(), x0, dx, y0, -dy);
                for (int r = 0; r < grid.length; r++) {
                    for (int col = 0; col < grid[r].length; col++) {
                        Coordinate p = new Coordinate(x0 + col * dx, y0 - r * dy);
                        boolean jts = SimplePointInAreaLocator.isContained(p, c.projected());
                        assertEquals(jts, grid[r][col], iso + " at row " + r + ", column " + col);
                        if (jts) inside++;
                    }
                }
            }
        }
        assertTrue(countries >= 8 && inside > 300, countries + " countries; the grids held " + inside + " inside points");
    }
}
