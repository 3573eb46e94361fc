package dev.scalesim.mechanism;

/**
 * The yearly shape of advertiser demand: budgets are lowest in the first quarter and highest
 * in the fourth (holiday shopping). Quarter weights are
 * <pre>
 *   w(Q1) = -1, w(Q2) = -0.2, w(Q3) = 0, w(Q4) = +1.2      (they sum to 0)
 *   factor(month) = 1 + s w(quarter of month)
 * </pre>
 * so the factor averages exactly 1 over any twelve consecutive months (seasonality moves revenue
 * within the year, not its total) and Q4/Q1 = (1 + 1.2 s) / (1 - s): s = 0.10 gives +25%, the
 * gap between Meta's Q4 and Q1 ad ARPU; s = 0.11 gives Spotify's -22% ad revenue from Q4 to Q1.
 */
public final class Seasonality {
    private static final double[] QUARTER = {-1, -0.2, 0, 1.2};

    private Seasonality() {
    }

    /** Calendar month (1..12) of simulated month t when month 1 is {@code firstCalendarMonth}. */
    public static int calendarMonth(int t, int firstCalendarMonth) {
        return (firstCalendarMonth - 1 + t - 1) % 12 + 1;
    }

    /** The seasonal factor of a calendar month (1..12) at swing s in [0, 1). */
    public static double factor(int calendarMonth, double s) {
        return 1 + s * QUARTER[(calendarMonth - 1) / 3];
    }
}
