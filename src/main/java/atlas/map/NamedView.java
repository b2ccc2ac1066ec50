package atlas.map;

import atlas.geo.Projection;
import atlas.state.Viewport;
import atlas.story.ItemStore;
import atlas.story.Kind;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;

/**
 * The views a reader can jump to in one click (View menu, the buttons on the map) and that
 * {@code render --view} draws: each is a world rectangle the viewport is fitted to, keeping the zoom
 * limits of the map it is applied to. The corridors' rectangle comes from the data (every corridor
 * line in the store), so it follows the story as it grows.
 */
public enum NamedView {
    BELARUS("belarus", "Belarus", "Belarus and its border with the EU", 22.5, 50.8, 33.0, 56.6, 0.95),
    NEIGHBOURS("neighbours", "Belarus and neighbours", "Belarus, its EU neighbours and the rail terminals at the corridors' western ends",
            6.0, 49.2, 38.0, 58.0, 0.97),
    CORRIDORS("corridors", "Corridors", "The China–Europe corridors from end to end", -10, 22, 135, 66, 0.9),
    EURASIA("eurasia", "Eurasia", "All of Eurasia, from the Atlantic to the Pacific", -10, 22, 135, 66, 1.0);

    private final String key;
    private final String label;
    private final String description;
    private final double west, south, east, north, margin;

    NamedView(String key, String label, String description, double west, double south, double east, double north, double margin) {
        this.key = key;
        this.label = label;
        this.description = description;
        this.west = west;
        this.south = south;
        this.east = east;
        this.north = north;
        this.margin = margin;
    }

    /** The name {@code render --view} takes. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The view named {@code key} (case-insensitive; "neighbors" too); throws with the names when unknown. */
    public static NamedView byKey(String key) {
        String k = key.toLowerCase(Locale.ROOT).replace("neighbors", "neighbours");
        for (NamedView v : values()) if (v.key.equals(k)) return v;
        throw new IllegalArgumentException("'" + key + "' is not a view; use one of " + keys());
    }

    /** The names, for messages and help: "belarus, neighbours, corridors, eurasia". */
    public static String keys() {
        return String.join(", ", java.util.Arrays.stream(values()).map(NamedView::key).toList());
    }

    /** The projected world rectangle this view frames; {@code store} gives the corridors (may be null). */
    public Envelope world(ItemStore store) {
        if (this == CORRIDORS && store != null) {
            Envelope e = new Envelope();
            for (int r = 0; r < store.size(); r++) {
                if (store.kind(r) == Kind.CORRIDOR && store.shape(r) != null) e.expandToInclude(store.shape(r).getEnvelopeInternal());
            }
            if (!e.isNull()) return e;
        }
        if (this == BELARUS) {
            // Framed by its south-west and north-east corners: the projection turns the country, so the
            // envelope of the whole lon/lat box would be mostly its neighbours.
            Projection p = Projection.eurasia();
            double[] sw = p.forward(west, south), ne = p.forward(east, north);
            return new Envelope(sw[0], ne[0], sw[1], ne[1]);
        }
        return box(west, south, east, north);
    }

    /** {@code v} moved and zoomed to show this view (size and zoom limits kept), with the map's key open. */
    public Viewport apply(Viewport v, ItemStore store) {
        return apply(v, store, true, null);
    }

    /**
     * {@code v} moved and zoomed to show this view (size and zoom limits kept). The Belarus view frames the
     * country's outline in {@code geo} when given (else the corners of its box); with {@code keyOpen} it and the
     * Corridors view keep clear of the key in the map's lower left: it moves right where there is room, and zooms
     * out only as far as it must.
     */
    public Viewport apply(Viewport v, ItemStore store, boolean keyOpen, atlas.geo.GeoData geo) {
        Envelope e = world(store);
        if (this == BELARUS && geo != null && geo.overview().get("BLR") != null) {
            e = new Envelope(geo.overview().get("BLR").projected().getEnvelopeInternal());
            e.expandBy(e.getWidth() * 0.02, e.getHeight() * 0.02);
        }
        // The Belarus and Corridors views keep what they frame between the date and buttons at the top and the scale
        // bar and attribution at the bottom (the corridors' European ends sat under the date), and clear of the key.
        boolean framed = this == BELARUS || this == CORRIDORS;
        return frame(v, e, margin, framed, framed && keyOpen, store, Double.MAX_VALUE, 0);
    }

    /**
     * {@code v} showing world rectangle {@code e} at {@code margin} of the room, at most at scale {@code maxScale}:
     * with {@code banded}, between the date and buttons at the top and the scale bar and attribution at the bottom;
     * with {@code avoidKey}, clear of the key in the lower left (moved right where there is room, else fitted right
     * of it) by {@code symbol} pixels more, the reach of a symbol drawn at the rectangle's edge (an event's glow).
     */
    static Viewport frame(Viewport v, Envelope e, double margin, boolean banded, boolean avoidKey, ItemStore store, double maxScale, double symbol) {
        double w = Math.max(1, v.width()), h = Math.max(1, v.height());
        banded = banded && h > 300;
        double bandTop = banded ? TOP_PX : 0, bandBottom = banded ? BOTTOM_PX : 0;
        double ew = Math.max(e.getWidth(), 1), eh = Math.max(e.getHeight(), 1);
        double s = Math.min(Math.min(w / ew, (h - bandTop - bandBottom) / eh) * margin, maxScale);
        double yc = (bandTop + h - bandBottom) / 2; // where the envelope's centre goes on screen
        double cx = e.centre().x;
        if (avoidKey && LegendLayer.canShow(w, h, store)) {
            // The key's box (LegendLayer: at x 10, above the scale bar), with a few pixels to spare.
            double keyRight = 10 + LegendLayer.W + 12 + symbol, keyTop = LegendLayer.top(h, store) - symbol;
            double left = w / 2 - ew * s / 2, lowest = yc + eh * s / 2;
            if (left < keyRight && lowest > keyTop) {
                double room = w - (w / 2 + ew * s / 2), shift = keyRight - left;
                if (shift <= room) {
                    cx -= shift / s;
                } else {
                    // Not room enough: fit it into the map right of the key.
                    s = Math.min(Math.min((w - keyRight) / ew, (h - bandTop - bandBottom) / eh) * margin, maxScale);
                    cx -= ((keyRight + w) / 2 - w / 2) / s;
                }
            }
        }
        // The envelope's centre midway between the top and bottom bands.
        double cy = e.centre().y + (yc - h / 2) / s;
        return v.centeredOn(cx, cy, s);
    }

    /** What the map draws over its top (date, view and zoom buttons) and bottom (scale bar, attribution) edges, in pixels. */
    static final double TOP_PX = 44, BOTTOM_PX = 52;

    /** The projected envelope of a lon/lat box, sampled along its edges (the projection bends parallels). */
    public static Envelope box(double west, double south, double east, double north) {
        Projection p = Projection.eurasia();
        Envelope e = new Envelope();
        int n = (int) Math.ceil((east - west) / 2.5);
        for (int i = 0; i <= n; i++) {
            double lon = west + (east - west) * i / n;
            for (double lat : new double[] {south, north, (south + north) / 2}) {
                double[] xy = p.forward(lon, lat);
                e.expandToInclude(xy[0], xy[1]);
            }
        }
        return e;
    }
}
