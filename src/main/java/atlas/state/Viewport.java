package atlas.state;

import org.locationtech.jts.geom.Envelope;

/**
 * What part of the projected world a map of {@code width} × {@code height} pixels shows: the world
 * point at the centre of the screen (metres) and the scale (pixels per metre). Immutable: gestures
 * replace it. Screen y grows downwards, world y upwards.
 */
public record Viewport(double centerX, double centerY, double scale, double width, double height,
                       double minScale, double maxScale) {
    public Viewport {
        if (!(scale > 0) || Double.isInfinite(scale)) throw new IllegalArgumentException("scale must be positive: " + scale);
        if (width < 0 || height < 0) throw new IllegalArgumentException("negative size");
        if (!(minScale > 0 && maxScale >= minScale)) throw new IllegalArgumentException("bad zoom limits");
        scale = Math.max(minScale, Math.min(maxScale, scale));
    }

    /** A viewport that shows all of {@code world} in a w × h screen, with zoom limits from that fit. */
    public static Viewport fit(Envelope world, double w, double h, double maxZoomIn) {
        double s = fitScale(world, w, h);
        return new Viewport(world.centre().x, world.centre().y, s, w, h, s * 0.5, s * maxZoomIn);
    }

    private static double fitScale(Envelope world, double w, double h) {
        return Math.min(Math.max(w, 1) / world.getWidth(), Math.max(h, 1) / world.getHeight());
    }

    public double toScreenX(double x) {
        return (x - centerX) * scale + width / 2;
    }

    public double toScreenY(double y) {
        return height / 2 - (y - centerY) * scale;
    }

    public double toWorldX(double sx) {
        return centerX + (sx - width / 2) / scale;
    }

    public double toWorldY(double sy) {
        return centerY - (sy - height / 2) / scale;
    }

    /** World distance of {@code px} screen pixels. */
    public double pixelsToWorld(double px) {
        return px / scale;
    }

    /** The world rectangle on screen. */
    public Envelope worldBounds() {
        return new Envelope(toWorldX(0), toWorldX(width), toWorldY(height), toWorldY(0));
    }

    /** Zooms by {@code factor} (> 1 zooms in) keeping the world point under screen (sx, sy) where it is. */
    public Viewport zoomAbout(double factor, double sx, double sy) {
        double wx = toWorldX(sx), wy = toWorldY(sy);
        double s = Math.max(minScale, Math.min(maxScale, scale * factor));
        double cx = wx - (sx - width / 2) / s;
        double cy = wy + (sy - height / 2) / s;
        return new Viewport(cx, cy, s, width, height, minScale, maxScale);
    }

    /** Moves the content by (dx, dy) screen pixels, as a drag does. */
    public Viewport panBy(double dx, double dy) {
        return new Viewport(centerX - dx / scale, centerY + dy / scale, scale, width, height, minScale, maxScale);
    }

    public Viewport withSize(double w, double h) {
        return new Viewport(centerX, centerY, scale, w, h, minScale, maxScale);
    }

    /** Centres on world point (x, y) at {@code newScale}. */
    public Viewport centeredOn(double x, double y, double newScale) {
        return new Viewport(x, y, newScale, width, height, minScale, maxScale);
    }

    /** Zoom relative to the smallest scale allowed (1 = overview). */
    public double zoomLevel() {
        return scale / (minScale * 2);
    }
}
