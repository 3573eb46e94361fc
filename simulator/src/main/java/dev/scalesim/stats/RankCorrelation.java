package dev.scalesim.stats;

import java.util.Arrays;

/**
 * Rank and linear correlation of paired samples: mid-ranks for ties, Spearman's rho (the Pearson
 * correlation of the ranks, exact with ties) and the conversions between Spearman's and
 * Pearson's coefficient for a Gaussian copula.
 */
public final class RankCorrelation {
    private RankCorrelation() {
    }

    /**
     * Ranks 1..n of the values, ties sharing their mean rank. The order is found by a stable
     * sort of indexes, so the result does not depend on anything but the values.
     */
    public static double[] ranks(double[] x) {
        return ranks(x, order(x));
    }

    /**
     * Indexes of x from its smallest value to its largest, ties in index order (a stable sort), in
     * {@link Double#compare}'s order. Sorts a copy of the values (primitive, no boxing: the
     * sensitivity analysis sorts tens of 10,000-trial samples after every run), then places each
     * index, in index order, after the equal values already placed.
     */
    public static int[] order(double[] x) {
        int n = x.length;
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int[] placed = new int[n];
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int first = firstAtLeast(sorted, x[i]);
            out[first + placed[first]++] = i;
        }
        return out;
    }

    /** The first position of a sorted array whose value is not below v. */
    private static int firstAtLeast(double[] sorted, double v) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (Double.compare(sorted[mid], v) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Mid-ranks from an order already computed with {@link #order}. */
    public static double[] ranks(double[] x, int[] order) {
        int n = x.length;
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && Double.compare(x[order[j + 1]], x[order[i]]) == 0) {
                j++;
            }
            double mid = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = mid;
            }
            i = j + 1;
        }
        return r;
    }

    /** Pearson's correlation; NaN when either sample is constant or shorter than 2. */
    public static double pearson(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("samples must have the same length, got " + x.length + " and "
                    + y.length);
        }
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx > 0 && syy > 0 ? Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))) : Double.NaN;
    }

    /** Spearman's rank correlation (Pearson's on mid-ranks); NaN when a sample is constant. */
    public static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    /**
     * Standard error of Spearman's rho under the null of independence, {@code 1 / sqrt(n - 1)}:
     * the scale on which an achieved correlation is compared with its target.
     */
    public static double nullStandardError(long n) {
        return n < 2 ? Double.NaN : 1 / Math.sqrt(n - 1.0);
    }

    /**
     * Approximate standard error of Spearman's rho near {@code rho} (Bonett and Wright 2000:
     * {@code sqrt((1 + rho^2 / 2) / (n - 3))} on Fisher's z, mapped back by the derivative
     * {@code 1 - rho^2}).
     */
    public static double standardError(double rho, long n) {
        if (n < 4) {
            return Double.NaN;
        }
        return (1 - rho * rho) * Math.sqrt((1 + rho * rho / 2) / (n - 3.0));
    }

    /**
     * Pearson correlation of a bivariate normal whose Spearman correlation is {@code rho}:
     * {@code 2 sin(pi rho / 6)} (Pearson 1907), so a Gaussian copula built with it has exactly the
     * asked rank correlation whatever the marginals.
     */
    public static double pearsonForSpearman(double rho) {
        return 2 * Math.sin(Math.PI * rho / 6);
    }

    /** Spearman correlation of a bivariate normal with Pearson correlation {@code r}. */
    public static double spearmanForPearson(double r) {
        return 6 / Math.PI * Math.asin(r / 2);
    }
}
