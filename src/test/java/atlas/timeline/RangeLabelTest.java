package atlas.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A range's label on the timeline bar: never crossed by the range's two handles while the bar has room for it. */
class RangeLabelTest {
    private static final double HANDLE = 4; // each handle is 8 px wide

    private static void clearOfHandles(double xf, double xt, double w, double lw) {
        double left = TimelineBar.rangeLabelLeft(xf, xt, w, lw), right = left + lw;
        for (double x : new double[] {xf, xt}) {
            assertTrue(right <= x - HANDLE || left >= x + HANDLE, "handle at " + x + " crosses the label [" + left + ", " + right + "] (band " + xf + "–" + xt + ", bar " + w + ")");
        }
        assertTrue(left >= 0 && right <= w, "label [" + left + ", " + right + "] leaves a bar " + w + " wide");
    }

    @Test
    void aWideBandHasItsLabelCentredInIt() {
        assertEquals(500 - 60, TimelineBar.rangeLabelLeft(300, 700, 1000, 120));
        clearOfHandles(300, 700, 1000, 120);
    }

    @Test
    void aNarrowBandHasItsLabelBesideIt() {
        // A year's range in a 640 px window: the band is 30 px, the label "1 Jan 2015 – 31 Dec 2015" 150.
        clearOfHandles(300, 330, 640, 150);
        assertEquals(339, TimelineBar.rangeLabelLeft(300, 330, 640, 150));
        // Near the bar's end, the label goes before the band.
        clearOfHandles(560, 600, 640, 150);
        assertEquals(560 - 9 - 150, TimelineBar.rangeLabelLeft(560, 600, 640, 150));
    }

    @Test
    void aBandPartlyOutOfViewCentresItsLabelOnWhatIsSeen() {
        double left = TimelineBar.rangeLabelLeft(-400, 500, 1000, 120);
        assertEquals(250 - 60, left);
        clearOfHandles(-400, 500, 1000, 120);
    }

    /** Inside the band, after it or before it: one of them has room whenever the bar is at least three labels and 34 px wide. */
    @Test
    void everyBandInABarWithRoomKeepsItsLabelClear() {
        for (double[] wl : new double[][] {{400, 120}, {514, 160}, {640, 160}, {1200, 160}, {1200, 380}}) {
            double w = wl[0], lw = wl[1];
            for (double xf = 0; xf < w; xf += 7) {
                for (double xt = xf; xt <= w; xt += 11) clearOfHandles(xf, xt, w, lw);
            }
        }
    }
}
