package atlas.story;

import java.util.function.IntConsumer;

/**
 * A packed uniform grid over the rows' representative points (projected metres): the rows of each
 * cell lie together in one int array (compressed sparse rows), ascending. A query visits only the
 * cells that meet its rectangle, so finding what is under the pointer among a million points touches
 * a few hundred. Built once; immutable.
 */
final class PointGrid {
    private final double minX, minY, cell;
    private final int cols, rowsOfCells;
    private final int[] start;
    private final int[] items;
    private final double[] x, y;

    PointGrid(double[] x, double[] y, int n) {
        this.x = x;
        this.y = y;
        double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        int located = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(x[i])) continue;
            located++;
            x0 = Math.min(x0, x[i]);
            y0 = Math.min(y0, y[i]);
            x1 = Math.max(x1, x[i]);
            y1 = Math.max(y1, y[i]);
        }
        if (located == 0) {
            x0 = y0 = 0;
            x1 = y1 = 1;
        }
        // About 4 points a cell on average, at most 1024 cells a side.
        double w = Math.max(1, x1 - x0), h = Math.max(1, y1 - y0);
        int side = (int) Math.max(1, Math.min(1024, Math.sqrt(located / 4.0)));
        this.cell = Math.max(w, h) / side;
        this.minX = x0;
        this.minY = y0;
        this.cols = (int) (w / cell) + 1;
        this.rowsOfCells = (int) (h / cell) + 1;
        this.start = new int[cols * rowsOfCells + 1];
        for (int i = 0; i < n; i++) if (!Double.isNaN(x[i])) start[cellOf(x[i], y[i]) + 1]++;
        for (int c = 0; c < cols * rowsOfCells; c++) start[c + 1] += start[c];
        this.items = new int[located];
        int[] fill = start.clone();
        for (int i = 0; i < n; i++) if (!Double.isNaN(x[i])) items[fill[cellOf(x[i], y[i])]++] = i;
    }

    private int cellOf(double px, double py) {
        int cx = Math.min(cols - 1, Math.max(0, (int) ((px - minX) / cell)));
        int cy = Math.min(rowsOfCells - 1, Math.max(0, (int) ((py - minY) / cell)));
        return cy * cols + cx;
    }

    /** Calls {@code sink} with every row whose point lies in [x0, x1] × [y0, y1]. */
    void query(double x0, double y0, double x1, double y1, IntConsumer sink) {
        int cx0 = Math.max(0, (int) Math.floor((x0 - minX) / cell)), cx1 = Math.min(cols - 1, (int) Math.floor((x1 - minX) / cell));
        int cy0 = Math.max(0, (int) Math.floor((y0 - minY) / cell)), cy1 = Math.min(rowsOfCells - 1, (int) Math.floor((y1 - minY) / cell));
        for (int cy = cy0; cy <= cy1; cy++) {
            for (int cx = cx0; cx <= cx1; cx++) {
                int c = cy * cols + cx;
                for (int k = start[c]; k < start[c + 1]; k++) {
                    int i = items[k];
                    if (x[i] >= x0 && x[i] <= x1 && y[i] >= y0 && y[i] <= y1) sink.accept(i);
                }
            }
        }
    }
}
