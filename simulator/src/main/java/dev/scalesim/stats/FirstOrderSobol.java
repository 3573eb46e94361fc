package dev.scalesim.stats;

/**
 * First-order Sobol index {@code S = Var(E[Y | X]) / Var(Y)} from one sample of (x, y) pairs, a
 * "given-data" estimator that needs no special design: the trials are sorted by x and cut into
 * bins of equal count; the variance of the bin means estimates {@code Var(E[Y | X])}.
 *
 * <p>The raw between-bin variance is biased upwards by the noise in each bin mean (about
 * {@code (B - 1) / n} times the pooled within-bin variance for B bins of n trials); that bias is
 * subtracted, so an input with no influence scores about 0 rather than about {@code B / n}. The
 * index is clamped to [0, 1]. With {@code B = sqrt(n)} bins both the noise and the smoothing
 * bias (E[Y | X] varying inside a bin) vanish as n grows (Plischke, Borgonovo and Smith 2013).
 */
public final class FirstOrderSobol {
    /** Bins are never more than this: beyond, the estimate barely changes and bins get noisy. */
    public static final int MAX_BINS = 100;

    private FirstOrderSobol() {
    }

    /** Bins for n trials: about sqrt(n), between 2 and {@value #MAX_BINS}. */
    public static int bins(int n) {
        return (int) Math.max(2, Math.min(MAX_BINS, Math.round(Math.sqrt(n))));
    }

    /** The index with {@link #bins(int)} bins; NaN when y is constant or n < 4. */
    public static double index(double[] x, double[] y) {
        return index(x, y, bins(x.length));
    }

    public static double index(double[] x, double[] y, int bins) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("samples must have the same length, got " + x.length + " and "
                    + y.length);
        }
        return index(RankCorrelation.order(x), y, bins);
    }

    /**
     * The index from x's order ({@link RankCorrelation#order}), so one sort of an input serves
     * every outcome it is analysed against.
     */
    public static double index(int[] order, double[] y, int bins) {
        int n = y.length;
        if (order.length != n) {
            throw new IllegalArgumentException("order must index y, got " + order.length + " for " + n);
        }
        if (n < 4 || bins < 2) {
            return Double.NaN;
        }
        bins = Math.min(bins, n / 2);
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double total = 0;
        for (double v : y) {
            total += (v - mean) * (v - mean);
        }
        total /= n - 1;
        if (!(total > 0)) {
            return Double.NaN;
        }
        double between = 0;
        double within = 0;
        int from = 0;
        for (int b = 0; b < bins; b++) {
            int to = (int) ((long) n * (b + 1) / bins);
            int count = to - from;
            double m = 0;
            for (int k = from; k < to; k++) {
                m += y[order[k]];
            }
            m /= count;
            double ss = 0;
            for (int k = from; k < to; k++) {
                double d = y[order[k]] - m;
                ss += d * d;
            }
            between += count * (m - mean) * (m - mean);
            within += ss;
            from = to;
        }
        between /= n;
        double pooled = within / (n - bins);
        double corrected = between - (bins - 1.0) / n * pooled;
        return Math.max(0, Math.min(1, corrected / total));
    }
}
