package dev.scalesim.kernel;

import java.util.Arrays;

/**
 * Binomial(n, p) draws for one probability p and many counts n, identical to {@link
 * Draws#binomial} (same arithmetic, same results) but much faster where it inverts exactly:
 * the cohort book's churn, where most draws have means of a few customers and the hazard p
 * stays the same for a whole trial.
 *
 * <p>Plain inversion sums the CDF upward from k = 0 until it reaches u; what it costs is not the
 * few additions but the mispredicted branch that ends the loop at a random place (about 20 ns
 * per draw in the cohort loop). Here, for each n, the CDF values at {@link #WINDOW} consecutive
 * counts around the mode are computed once after p is set (with exactly the plain inversion's
 * operations, so they are the same doubles) and a draw counts how many of them lie below u,
 * without branches. Only a u outside the window (rare: the window holds 99.6% of the mass at a
 * mean of 2.5) falls back to the plain inversion, continuing upward from the window's top or
 * starting from 0 below it.
 *
 * <p>Every draw is a pure function of (u, n, p): table entries do not depend on when they were
 * computed, so results never depend on which trials a worker ran before.
 */
public final class BinomialTable {
    /** CDF values kept per n: one cache line. */
    static final int WINDOW = 8;
    /** Largest n kept in the table; larger counts use {@link Draws#binomial}. */
    static final int MAX_N = 2048;

    private double p = Double.NaN;
    private double ratio;
    private double logQ;
    /**
     * By n: {@code cdf[n * WINDOW + j]} = F(start(n) + j), +infinity where the plain inversion
     * would stop before that count (k = n, or a tail below double precision); valid when
     * {@code built[n]} is the current generation.
     */
    private double[] cdf = new double[0];
    /** By n: the probability at the window's top count, to continue upward from it. */
    private double[] topPmf = new double[0];
    private int[] built = new int[0];
    /** Bumped when p changes: forgets every entry without touching the table. */
    private int generation = 1;

    /** Sets p; the table is kept when p is unchanged. */
    public void probability(double probability) {
        if (Double.doubleToRawLongBits(probability) == Double.doubleToRawLongBits(p)) {
            return;
        }
        p = probability;
        ratio = probability / (1 - probability);
        logQ = Math.log1p(-probability);
        if (++generation == 0) {
            Arrays.fill(built, 0); // after 2^32 changes: stamps from an earlier round must not match
            generation = 1;
        }
    }

    /** The probability set last. */
    public double probability() {
        return p;
    }

    /** Binomial(n, p) at uniform u in (0, 1): the same value as {@code Draws.binomial(u, n, p)}. */
    public long draw(double u, long n) {
        if (n <= 0 || !(p > 0)) {
            return 0;
        }
        if (p > 0.5 || n > MAX_N || n * p > Draws.EXACT_MEAN) {
            return Draws.binomial(u, n, p);
        }
        int i = (int) n;
        int base = i * WINDOW;
        if (i >= built.length) {
            grow(i);
        }
        if (built[i] != generation) {
            build(i);
        }
        long start = start(n);
        double[] f = cdf;
        double top = f[base + WINDOW - 1];
        if (u > top) {
            return Draws.invertFrom(u, n, start + WINDOW - 1, topPmf[i], top, ratio);
        }
        if (start > 0 && u <= f[base]) {
            return Draws.invertBinomial(u, n, Math.exp(n * logQ), ratio);
        }
        // Counts below u, branch-free: the sign bit of F - u is set exactly when u > F.
        long below = 0;
        for (int j = 0; j < WINDOW; j++) {
            below += Double.doubleToRawLongBits(f[base + j] - u) >>> 63;
        }
        return start + below;
    }

    private long start(long n) {
        return Math.max(0, (long) ((n + 1) * p) - WINDOW / 2);
    }

    /**
     * Computes n's window: T(k), the CDF value the plain inversion compares u with at count k,
     * with its operations; +infinity once the plain loop would return whatever u is (at k = n,
     * or where the tail drops below double precision).
     */
    private void build(int n) {
        long start = start(n);
        int base = n * WINDOW;
        double pmf = Math.exp(n * logQ);
        double t = pmf;
        // Below the window (and the mode) the probabilities rise, so the plain loop's stops
        // (k = n, a step too small to change the sum) cannot happen there: a tight loop, with
        // the same operations. start < 40 (draws here have n p <= 40), inside the reciprocals.
        double r = ratio;
        double[] reciprocals = Draws.RECIPROCALS;
        for (int j = 0; j < start; j++) {
            pmf *= r * (n - j) * reciprocals[j + 1];
            t += pmf;
        }
        long k = start;
        for (int j = 0; ; j++, k++) {
            cdf[base + j] = t;
            if (j == WINDOW - 1) {
                break;
            }
            if (t != Double.POSITIVE_INFINITY) {
                pmf *= r * (n - k) * Draws.reciprocal(k + 1);
                double next = t + pmf;
                t = k + 1 >= n || next == t ? Double.POSITIVE_INFINITY : next;
            }
        }
        topPmf[n] = pmf;
        built[n] = generation;
    }

    private void grow(int n) {
        int length = Math.min(MAX_N + 1, Math.max(n + 1, Math.max(64, 2 * built.length)));
        cdf = Arrays.copyOf(cdf, length * WINDOW);
        topPmf = Arrays.copyOf(topPmf, length);
        built = Arrays.copyOf(built, length);
    }
}
