package dev.scalesim.analysis;

import dev.scalesim.kernel.Results;

/**
 * The distribution of the month a milestone is first reached, per arm: the probability of
 * reaching it by each month and by the horizon, quantiles of the month (undefined where the
 * quantile falls past the horizon) and the mean month among trials that reached it.
 */
public final class MilestoneStats {
    private MilestoneStats() {
    }

    /** P(reached by month t), t = 1..months: the cumulative share of trials. */
    public static double[] cumulative(Results r, int arm, int milestone) {
        int months = r.simulation().months();
        long trials = r.trials();
        double[] out = new double[months];
        long sum = 0;
        for (int t = 1; t <= months; t++) {
            sum += r.milestoneFirstReached(arm, milestone, t);
            out[t - 1] = trials == 0 ? Double.NaN : (double) sum / trials;
        }
        return out;
    }

    /** P(reached by the horizon). */
    public static double reached(Results r, int arm, int milestone) {
        double[] c = cumulative(r, arm, milestone);
        return c.length == 0 ? Double.NaN : c[c.length - 1];
    }

    /**
     * The q-quantile of the first month over every trial (the smallest month by which at least
     * a share q has reached it), or NaN when fewer than that share reach it by the horizon.
     */
    public static double monthQuantile(Results r, int arm, int milestone, double q) {
        double[] c = cumulative(r, arm, milestone);
        for (int t = 0; t < c.length; t++) {
            if (c[t] >= q - 1e-12) {
                return t + 1;
            }
        }
        return Double.NaN;
    }

    /** Mean first month among trials that reached it; NaN when none did. */
    public static double meanMonthIfReached(Results r, int arm, int milestone) {
        int months = r.simulation().months();
        long n = 0;
        double sum = 0;
        for (int t = 1; t <= months; t++) {
            long k = r.milestoneFirstReached(arm, milestone, t);
            n += k;
            sum += (double) k * t;
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
