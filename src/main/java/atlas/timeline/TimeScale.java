package atlas.timeline;

import java.time.LocalDate;

/** Maps days to x pixels along the timeline bar and back. Immutable. */
record TimeScale(LocalDate first, LocalDate last, double x0, double width) {
    double x(LocalDate d) {
        return x0 + (d.toEpochDay() - first.toEpochDay()) * pxPerDay();
    }

    LocalDate date(double x) {
        long day = Math.round(first.toEpochDay() + (x - x0) / pxPerDay());
        return LocalDate.ofEpochDay(Math.max(first.toEpochDay(), Math.min(last.toEpochDay(), day)));
    }

    double pxPerDay() {
        return width / Math.max(1, last.toEpochDay() - first.toEpochDay());
    }
}
