package atlas.map;

import atlas.state.FeatureRef;
import atlas.story.ItemStore;
import atlas.story.Kind;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Events glow at their own point or at their places, fading with age. The glows are drawn grouped by
 * colour and fade level, so each changes the canvas's paint only once per group: thousands of events
 * stay cheap.
 */
final class EventGlows {
    private static final int FADE_LEVELS = 24;
    private final Map<Color, Color[]> fadedFill = new HashMap<>(), fadedStroke = new HashMap<>();

    void draw(Frame f, int[] rows, double[] xs, double[] ys, int count, Color[] layerColour) {
        ItemStore s = f.store();
        long[] keys = new long[Math.max(16, count)];
        int n = 0;
        List<Color> colours = new ArrayList<>();
        Map<Color, Integer> colourIndex = new HashMap<>();
        List<double[]> rings = new ArrayList<>();
        String selected = itemKey(f.selected()), hovered = itemKey(f.hovered());
        Fade fade = new Fade(f);
        Color[] themeColour = new Color[atlas.story.Category.values().length + 1];
        for (int i = 0; i < count; i++) {
            int r = rows[i];
            if (s.kind(r) != Kind.EVENT) continue;
            double alpha = fade.of(s, r);
            if (alpha <= 0.02) continue;
            int level = (int) Math.round(alpha * (FADE_LEVELS - 1));
            Color c;
            if (s.layers().get(s.layer(r)).story()) {
                int t = s.category(r) == null ? themeColour.length - 1 : s.category(r).ordinal();
                if (themeColour[t] == null) themeColour[t] = f.palette().category(s.category(r));
                c = themeColour[t];
            } else {
                c = layerColour[s.layer(r)];
            }
            int ci = colourIndex.computeIfAbsent(c, k -> {
                colours.add(k);
                return colours.size() - 1;
            });
            keys[n++] = ((long) ci << 40) | ((long) level << 32) | i;
            if (selected != null || hovered != null) {
                String key = s.key(r);
                boolean isSelected = key.equals(selected);
                if (isSelected || key.equals(hovered)) rings.add(new double[] {xs[i], ys[i], 10 + 6 * alpha, isSelected ? 1 : 0});
            }
        }
        long[] order = Arrays.copyOf(keys, n);
        Arrays.sort(order);
        GraphicsContext gc = f.gc();
        gc.setLineWidth(2);
        long group = -1;
        for (long k : order) {
            int i = (int) (k & 0xffffffffL);
            int level = (int) ((k >>> 32) & 0xff);
            if ((k >>> 32) != group) {
                group = k >>> 32;
                Color c = colours.get((int) (k >>> 40));
                gc.setFill(faded(c, level, 0.18));
                gc.setStroke(faded(c, level, 0.85));
            }
            double r = 10 + 6 * level / (double) (FADE_LEVELS - 1);
            gc.fillOval(xs[i] - r, ys[i] - r, 2 * r, 2 * r);
            gc.strokeOval(xs[i] - r * 0.7, ys[i] - r * 0.7, 1.4 * r, 1.4 * r);
            f.labels().reserve(xs[i], ys[i], r * 0.5, s.layer(rows[i])); // labels do not cover the heart of a glowing event
        }
        for (double[] ring : rings) {
            double r = ring[2] * 0.7 + 2;
            gc.setStroke(f.palette().get(ring[3] > 0 ? "map-selected" : "map-hover"));
            gc.setLineWidth(3);
            gc.strokeOval(ring[0] - r - 3, ring[1] - r - 3, 2 * r + 6, 2 * r + 6);
        }
    }

    /** {@code c} at opacity {@code max} × level / (FADE_LEVELS − 1), from a small cache (no allocation per event). */
    private Color faded(Color c, int level, double max) {
        Color[] steps = (max < 0.5 ? fadedFill : fadedStroke).computeIfAbsent(c, k -> {
            Color[] a = new Color[FADE_LEVELS];
            for (int i = 0; i < FADE_LEVELS; i++) a[i] = k.deriveColor(0, 1, 1, max * i / (FADE_LEVELS - 1));
            return a;
        });
        return steps[level];
    }

    static String itemKey(FeatureRef r) {
        return r != null && r.type() == FeatureRef.Type.ITEM ? r.id() : null;
    }

    /** The fade of one frame, with the window's days worked out once. */
    static final class Fade {
        final boolean range;
        final long cursor;
        final long span;

        Fade(Frame f) {
            range = f.window().range();
            cursor = f.window().cursor().toEpochDay();
            span = Math.max(1, ChronoUnit.DAYS.between(f.window().from(), f.window().cursor()));
        }

        double of(ItemStore s, int row) {
            if (range) return 1;
            long toDay = s.toDay(row);
            if (toDay >= cursor) return 1;
            return Math.max(0, 1 - (double) (cursor - toDay) / span);
        }
    }
}
