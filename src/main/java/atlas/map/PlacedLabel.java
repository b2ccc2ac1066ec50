package atlas.map;

/** A label as drawn on the map: its text, its box on screen and the point (with its marker's radius) it names. */
public record PlacedLabel(String text, double x0, double y0, double x1, double y1, double anchorX, double anchorY, double markerRadius) {
    /** Distance in pixels from the anchor to the nearest point of the box (0 inside). */
    public double gap() {
        double dx = Math.max(0, Math.max(x0 - anchorX, anchorX - x1));
        double dy = Math.max(0, Math.max(y0 - anchorY, anchorY - y1));
        return Math.hypot(dx, dy);
    }

    public boolean overlaps(PlacedLabel o) {
        return x0 < o.x1 && x1 > o.x0 && y0 < o.y1 && y1 > o.y0;
    }
}
