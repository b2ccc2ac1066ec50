package atlas.map;

import atlas.lang.DateText;
import atlas.lang.Ui;
import atlas.geo.GeoPoint;
import atlas.geo.Projection;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * What sits on top of the map: labels placed without overlap, a scale bar measured on the globe at the
 * bottom of the view, the attribution, and the date (or range) shown, top left: a stamp in the window,
 * a title with the date on exported pictures.
 */
final class OverlayLayer implements MapLayer {
    private final boolean stampTitle;
    private final Captions captions;
    private final java.util.function.BooleanSupplier playing;

    /** {@code captions} (null for pictures) are drawn under the date stamp while {@code playing}, or paused on them. */
    OverlayLayer(boolean stampTitle, Captions captions, java.util.function.BooleanSupplier playing) {
        this.stampTitle = stampTitle;
        this.captions = captions;
        this.playing = playing;
    }

    /** Where the map's own buttons begin at the top (x), which the date stamp keeps left of; the map's width when none. */
    private java.util.function.DoubleSupplier buttonsLeft = () -> Double.MAX_VALUE;

    void buttonsLeft(java.util.function.DoubleSupplier x) {
        this.buttonsLeft = x;
    }

    /** The stamp's text and right edge as last drawn. */
    String stamp;
    double stampRight;

    @Override
    public String name() {
        return "overlay";
    }

    static String attribution() {
        return Ui.t("map.attribution");
    }

    private static final Font ATTRIBUTION_FONT = Font.font("System", 11);
    private static final double ATTRIBUTION_ROW = 14;
    /** Room the scale bar keeps at the bottom left, in pixels. */
    private static final double SCALE_BAR_ROOM = 200;

    /** The attribution in as few lines as fit beside the scale bar on a map {@code w} wide (its parts kept whole). */
    static List<String> attributionLines(double w) {
        if (w == linesForWidth && Ui.language() == linesIn) return lines;
        linesForWidth = w;
        linesIn = Ui.language();
        return lines = wrapAttribution(w);
    }

    private static double linesForWidth = -1;
    private static atlas.lang.Language linesIn;
    private static List<String> lines;

    private static List<String> wrapAttribution(double w) {
        double room = Math.max(120, w - SCALE_BAR_ROOM - 12);
        List<String> lines = new java.util.ArrayList<>();
        String line = "";
        for (String part : attribution().split(" · ")) {
            String longer = line.isEmpty() ? part : line + " · " + part;
            if (!line.isEmpty() && textWidth(longer, ATTRIBUTION_FONT) > room) {
                lines.add(line);
                line = part;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }
    private static final Font STAMP = Font.font("System", FontWeight.BOLD, 15);

    @Override
    public void draw(Frame f) {
        GraphicsContext gc = f.gc();
        double w = f.viewport().width(), h = f.viewport().height();
        String when = when(f);
        // In a narrow map the stamp's months are cut short rather than the stamp running under the buttons.
        if (!stampTitle && 10 + textWidth(when, STAMP) + 20 + 6 > Math.min(w, buttonsLeft.getAsDouble())) when = compactWhen(f);
        double stampW = stampTitle ? 430 : textWidth(when, STAMP) + 20;
        stamp = when;
        stampRight = 10 + stampW;
        // Labels keep clear of the panels drawn below (scale bar, attribution, date stamp or title).
        List<String> attribution = attributionLines(w);
        double attrW = 0;
        for (String line : attribution) attrW = Math.max(attrW, textWidth(line, ATTRIBUTION_FONT) + 12);
        double attrH = attribution.size() * ATTRIBUTION_ROW + 4;
        f.labels().reserveBox(w - attrW, h - attrH, w, h);
        f.labels().reserveBox(10, h - 48, 180, h - 16);
        f.labels().reserveBox(10, 10, 10 + stampW, stampTitle ? 62 : 38);
        List<String> caps = captions == null ? List.of() : captions.current(playing.getAsBoolean(), System.nanoTime());
        double capW = Math.min(w * 0.62, 620);
        if (!caps.isEmpty()) f.labels().reserveBox(10, 42, 10 + capW, 42 + caps.size() * CAPTION_ROW + 4);
        f.labels().drawAll(gc, f.palette().get("map-label"), f.palette().get("map-label-halo"));
        scaleBar(f);
        gc.setFont(ATTRIBUTION_FONT);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.setFill(f.palette().get("map-panel"));
        gc.fillRect(w - attrW, h - attrH, attrW, attrH);
        gc.setFill(f.palette().get("map-text"));
        for (int i = 0; i < attribution.size(); i++) gc.fillText(attribution.get(i), w - 6, h - 3 - (attribution.size() - 1 - i) * ATTRIBUTION_ROW);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        if (stampTitle) {
            gc.setFill(f.palette().get("map-panel"));
            gc.fillRect(10, 10, 430, 52);
            gc.setFill(f.palette().get("map-text"));
            gc.setFont(Font.font("System", FontWeight.BOLD, 18));
            gc.fillText(Ui.t("app.title"), 18, 14);
            gc.setFont(Font.font("System", 14));
            gc.fillText(when, 18, 38);
        } else {
            gc.setFill(f.palette().get("map-panel"));
            gc.fillRoundRect(10, 10, stampW, 28, 6, 6);
            gc.setFill(f.palette().get("map-text"));
            gc.setFont(STAMP);
            gc.fillText(when, 20, 15);
            drawCaptions(gc, f, caps, capW);
        }
    }

    private static final double CAPTION_ROW = 24;
    private static final Font CAPTION = Font.font("System", FontWeight.BOLD, 13);

    /** Playback's captions, a strip under the date stamp: the newest on top, in full, older ones paler. */
    private static void drawCaptions(GraphicsContext gc, Frame f, List<String> caps, double maxW) {
        for (int i = 0; i < caps.size(); i++) {
            String t = fit(caps.get(i), CAPTION, maxW - 20);
            double y = 44 + i * CAPTION_ROW;
            gc.setGlobalAlpha(i == 0 ? 1 : 0.8);
            gc.setFill(f.palette().get("map-panel"));
            gc.fillRoundRect(10, y, textWidth(t, CAPTION) + 20, CAPTION_ROW - 3, 6, 6);
            gc.setFill(f.palette().get("map-text"));
            gc.setFont(CAPTION);
            gc.fillText(t, 20, y + 3);
        }
        gc.setGlobalAlpha(1);
    }

    /** {@code s} cut with an ellipsis to {@code maxW} pixels. */
    static String fit(String s, Font font, double maxW) {
        if (textWidth(s, font) <= maxW) return s;
        int lo = 0, hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (textWidth(s.substring(0, mid) + "…", font) <= maxW) lo = mid;
            else hi = mid - 1;
        }
        return s.substring(0, lo).stripTrailing() + "…";
    }

    /** The date or range shown, at day precision ("4 December 2023", "1 January 2013 – 31 December 2016"). */
    static String when(Frame f) {
        return f.window().range()
                ? DateText.range(f.window().from(), f.window().to())
                : DateText.of(f.window().cursor());
    }

    /** {@link #when} with its months cut short ("2 Sep 2019–1 Jan 2022"). */
    static String compactWhen(Frame f) {
        return f.window().range() ? DateText.compactRange(f.window().from(), f.window().to()) : DateText.compact(f.window().cursor());
    }

    /** Widths measured (on the JavaFX thread), by font and text: a frame asks for the same attribution lines every time. */
    private static final java.util.Map<List<Object>, Double> WIDTHS = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<List<Object>, Double> eldest) {
            return size() > 256;
        }
    };

    static double textWidth(String s, Font font) {
        return WIDTHS.computeIfAbsent(List.of(s, font), k -> {
            javafx.scene.text.Text t = new javafx.scene.text.Text(s);
            t.setFont(font);
            return t.getLayoutBounds().getWidth();
        });
    }

    private void scaleBar(Frame f) {
        var v = f.viewport();
        double y = v.height() - 28, x0 = 16;
        Projection p = Projection.eurasia();
        double[] a = p.inverse(v.toWorldX(x0), v.toWorldY(y));
        double[] b = p.inverse(v.toWorldX(x0 + 100), v.toWorldY(y));
        if (!Double.isFinite(a[0]) || !Double.isFinite(b[0]) || Math.abs(a[1]) > 90 || Math.abs(b[1]) > 90) return;
        double kmPer100 = new GeoPoint(clampLon(a[0]), a[1]).distanceKm(new GeoPoint(clampLon(b[0]), b[1]));
        if (!(kmPer100 > 0)) return;
        double target = kmPer100 * 1.5;
        double mag = Math.pow(10, Math.floor(Math.log10(target)));
        double nice = target / mag >= 5 ? 5 * mag : target / mag >= 2 ? 2 * mag : mag;
        double px = nice / kmPer100 * 100;
        GraphicsContext gc = f.gc();
        Font font = Font.font("System", 11);
        String label = Ui.t("map.scale.km", nice >= 1 ? String.format(Ui.locale(), "%,.0f", nice) : String.format(Ui.locale(), "%.1f", nice));
        gc.setFill(f.palette().get("map-panel"));
        gc.fillRect(x0 - 6, y - 18, Math.max(px, textWidth(label, font) + 2) + 12, 30); // as wide as the bar or its label, not more
        gc.setStroke(f.palette().get("map-text"));
        gc.setLineWidth(2);
        gc.strokeLine(x0, y, x0 + px, y);
        gc.strokeLine(x0, y - 5, x0, y + 5);
        gc.strokeLine(x0 + px, y - 5, x0 + px, y + 5);
        gc.setFill(f.palette().get("map-text"));
        gc.setFont(font);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(label, x0 + 2, y - 4);
    }

    private static double clampLon(double lon) {
        return Math.max(-180, Math.min(180, lon));
    }
}
