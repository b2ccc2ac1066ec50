package atlas.cli;

import atlas.geo.Projection;
import atlas.state.Viewport;

/** Named views for commands: the Belarus view frames Belarus and its EU border. */
public final class Views {
    private Views() {
    }

    public static Viewport belarus(Viewport v) {
        Projection p = Projection.eurasia();
        double[] sw = p.forward(22.5, 50.8), ne = p.forward(33.0, 56.6);
        double s = Math.min(v.width() / Math.abs(ne[0] - sw[0]), v.height() / Math.abs(ne[1] - sw[1])) * 0.95;
        return v.centeredOn((sw[0] + ne[0]) / 2, (sw[1] + ne[1]) / 2, s);
    }
}
