package dev.scalesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.scalesim.stats.Gaussian;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.IntegerDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/**
 * Discrete draws by inversion, checked deterministically (no sampling): exact inversion must
 * switch from k to k + 1 exactly where the exact CDF crosses u; the approximation above the
 * threshold is measured on a stratified grid of u, whose empirical CDF is within 1/GRID of the
 * draw's true CDF; monotonicity is checked on grids of u and of the rate, tails included.
 */
class DrawsTest {
    private static final int GRID = 200_000;
    /** The smallest and largest uniforms a stream can produce. */
    private static final double U_MIN = Gaussian.openUnit(0);
    private static final double U_MAX = Gaussian.openUnit(-1L);

    private static PoissonDistribution poisson(double mean) {
        return new PoissonDistribution(null, mean, 1e-14, 10_000_000);
    }

    private static BinomialDistribution binomial(int n, double p) {
        return new BinomialDistribution(null, n, p);
    }

    /**
     * The exact inversion switches from k to k+1 where the CDF crosses u, to 1e-9: commons-math3's
     * binomial CDF is itself off by ~3e-11 at n = 1e6 (checked against BigDecimal sums).
     */
    private static void assertExactInversion(String what, IntegerDistribution d, DoubleUnaryOperator draw) {
        double delta = 1e-9;
        for (int k = d.getSupportLowerBound(); k <= d.getSupportUpperBound(); k++) {
            double cdf = d.cumulativeProbability(k);
            if (cdf > 1 - 1e-9) {
                break;
            }
            if (d.probability(k) > 2 * delta) {
                assertEquals(k, (long) draw.applyAsDouble(cdf - delta), what + ": just below F(" + k + ")");
            }
            if (d.probability(k + 1) > 2 * delta) {
                assertEquals(k + 1, (long) draw.applyAsDouble(cdf + delta), what + ": just above F(" + k + ")");
            }
        }
    }

    /** Largest gap between the draw's CDF (on the stratified grid) and the exact CDF. */
    private static double maxCdfError(IntegerDistribution d, DoubleUnaryOperator draw) {
        int low = Math.max(d.getSupportLowerBound(), d.inverseCumulativeProbability(1e-12) - 1);
        int high = d.inverseCumulativeProbability(1 - 1e-12) + 1;
        long[] counts = new long[high - low + 2];
        for (int i = 0; i < GRID; i++) {
            long k = (long) draw.applyAsDouble((i + 0.5) / GRID);
            counts[(int) Math.max(0, Math.min(high - low + 1, k - low + 1))]++;
        }
        double cumulative = counts[0];
        double worst = cumulative / GRID;
        for (int k = low; k <= high; k++) {
            cumulative += counts[k - low + 1];
            worst = Math.max(worst, Math.abs(cumulative / GRID - d.cumulativeProbability(k)));
        }
        return worst;
    }

    @Test
    void poissonInvertsTheExactCdfUpToTheThreshold() {
        for (double mean : new double[] {1e-3, 0.5, 1, 3.7, 10, 25, Draws.EXACT_MEAN}) {
            assertExactInversion("Poisson(" + mean + ")", poisson(mean), u -> Draws.poisson(u, mean));
            // The grid's share of each count is its probability to within one grid cell.
            PoissonDistribution d = poisson(mean);
            long[] counts = new long[200];
            for (int i = 0; i < GRID; i++) {
                counts[(int) Draws.poisson((i + 0.5) / GRID, mean)]++;
            }
            for (int k = 0; k < counts.length; k++) {
                assertEquals(d.probability(k), counts[k] / (double) GRID, 1.0 / GRID, "Poisson(" + mean + ") at " + k);
            }
        }
    }

    @Test
    void binomialInvertsTheExactCdfUpToTheThreshold() {
        int[] ns = {1, 10, 20, 20, 50, 100, 80, 1000, 1_000_000, 81};
        double[] ps = {0.3, 0.5, 0.8, 0.99, 0.3, 0.4, 0.5, 0.01, 1e-5, 0.51};
        for (int i = 0; i < ns.length; i++) {
            int n = ns[i];
            double p = ps[i];
            assertTrue(n * Math.min(p, 1 - p) <= Draws.EXACT_MEAN);
            assertExactInversion("Binomial(" + n + ", " + p + ")", binomial(n, p), u -> Draws.binomial(u, n, p));
        }
    }

    @Test
    void approximationAboveTheThresholdIsWithinAThirdOfAPercent() {
        double worst = 0;
        for (double mean : new double[] {Draws.EXACT_MEAN + 1e-6, 41, 50, 79.9, 80.1, 100, 1_000, 1e4}) {
            double error = maxCdfError(poisson(mean), u -> Draws.poisson(u, mean));
            assertTrue(error < 0.003, "Poisson(" + mean + "): max CDF error " + error);
            worst = Math.max(worst, error);
        }
        int[] ns = {81, 100, 1000, 200, 10_000, 100, 90, 120, 100_000, 1000};
        double[] ps = {0.5, 0.41, 0.0401, 0.25, 0.3, 0.55, 0.45, 0.6, 0.5, 0.95};
        for (int i = 0; i < ns.length; i++) {
            int n = ns[i];
            double p = ps[i];
            assertTrue(n * Math.min(p, 1 - p) > Draws.EXACT_MEAN);
            double error = maxCdfError(binomial(n, p), u -> Draws.binomial(u, n, p));
            assertTrue(error < 0.003, "Binomial(" + n + ", " + p + "): max CDF error " + error);
            worst = Math.max(worst, error);
        }
        assertTrue(worst > 0, "the approximation is not exact, so the check measured something");
    }

    /** Stratified uniforms plus the extremes the streams can produce. */
    private static double[] uniforms(int count) {
        double[] u = new double[count + 6];
        for (int i = 0; i < count; i++) {
            u[i] = (i + 0.5) / count;
        }
        double[] tails = {U_MIN, 1e-15, 1e-9, 1 - 1e-9, 1 - 1e-15, U_MAX};
        System.arraycopy(tails, 0, u, count, tails.length);
        Arrays.sort(u);
        return u;
    }

    @Test
    void drawsAreMonotoneInU() {
        double[] u = uniforms(50_000);
        for (double mean : new double[] {0.3, 12, 40, 40.5, 60, 80, 81, 500, 1e6}) {
            for (int i = 1; i < u.length; i++) {
                if (Draws.poisson(u[i - 1], mean) > Draws.poisson(u[i], mean)) {
                    fail("Poisson(" + mean + ") decreases at u=" + u[i]);
                }
            }
        }
        long[] ns = {10, 100, 150, 1000, 100_000};
        double[] ps = {0.05, 0.3, 0.5, 0.7, 0.97};
        for (long n : ns) {
            for (double p : ps) {
                for (int i = 1; i < u.length; i++) {
                    if (Draws.binomial(u[i - 1], n, p) > Draws.binomial(u[i], n, p)) {
                        fail("Binomial(" + n + ", " + p + ") decreases at u=" + u[i]);
                    }
                }
            }
        }
    }

    /**
     * Uniforms for the monotone-in-rate checks: within 1e-12 of 0 or 1 no longer. Exact inversion
     * sums the CDF upward, so when u (or 1 - u, for a mirrored binomial) is within a few ulps of
     * 1 the summation's rounding decides the draw: as exact as doubles allow, and met with odds
     * of about 1e-12 per draw.
     */
    private static double[] rateUniforms(int count) {
        double[] u = new double[count + 4];
        for (int i = 0; i < count; i++) {
            u[i] = (i + 0.5) / count;
        }
        double[] tails = {1e-12, 1e-9, 1 - 1e-9, 1 - 1e-12};
        System.arraycopy(tails, 0, u, count, tails.length);
        return u;
    }

    @Test
    void poissonIsMonotoneInTheMeanAcrossTheSeams() {
        double[] u = rateUniforms(2_000);
        // Fine steps around both seams (40 and 80), coarser elsewhere.
        List<Double> means = new ArrayList<>();
        for (double m = 0; m <= 150; m += 0.05) {
            means.add(m);
        }
        for (double seam : new double[] {Draws.EXACT_MEAN, Draws.SEAM_END}) {
            for (int k = -20; k <= 20; k++) {
                means.add(seam + k * 1e-4);
            }
        }
        means.add(1e4);
        means.add(1e7);
        means.sort(null);
        for (double x : u) {
            long previous = 0;
            for (double m : means) {
                long k = Draws.poisson(x, m);
                if (k < previous) {
                    fail("Poisson at u=" + x + " fell from " + previous + " to " + k + " at mean " + m);
                }
                previous = k;
            }
        }
    }

    @Test
    void binomialIsMonotoneInTheProbabilityAcrossTheSeams() {
        double[] u = rateUniforms(500);
        for (long n : new long[] {50, 80, 81, 100, 120, 160, 161, 1000, 100_000}) {
            List<Double> ps = new ArrayList<>();
            for (int i = 0; i <= 800; i++) {
                ps.add(i / 800.0);
            }
            for (double seam : new double[] {Draws.EXACT_MEAN / n, Draws.SEAM_END / n, 0.5, 1 - Draws.SEAM_END / n,
                1 - Draws.EXACT_MEAN / n}) {
                for (int k = -10; k <= 10; k++) {
                    double p = seam + k * 1e-6;
                    if (p >= 0 && p <= 1) {
                        ps.add(p);
                    }
                }
            }
            ps.sort(null);
            for (double x : u) {
                long previous = 0;
                for (double p : ps) {
                    long k = Draws.binomial(x, n, p);
                    if (k < previous || k > n) {
                        fail("Binomial(" + n + ", p) at u=" + x + " went from " + previous + " to " + k + " at p=" + p);
                    }
                    previous = k;
                }
            }
        }
    }

    /**
     * One more customer in a pool never churns fewer at the same uniform and hazard (pooled
     * churn's arms differ in pool size): counts from 1 to 3,000 at hazards whose means cross
     * both seams. Not in the far lower tail: there the seam's floor (the exact draw at a mean of
     * 40) can fall by one as n grows, because Binomial(n, 40/n) is not ordered in n. Measured over
     * 98 hazards and n up to 3,000: no such fall down to u = 1e-4, one at 1e-5, 33 at 1e-12;
     * none in the upper tail down to 1 - 1e-12. A fall by one in a draw of 40 at odds of 1e-5
     * costs the arms' coupling nothing measurable.
     */
    @Test
    void binomialIsMonotoneInTheCount() {
        double[] u = new double[2003];
        for (int i = 0; i < 2000; i++) {
            u[i] = (i + 0.5) / 2000;
        }
        u[2000] = 1e-4;
        u[2001] = 1 - 1e-4;
        u[2002] = 1 - 1e-12;
        for (double p : new double[] {0.02, 0.05, 0.3, 0.5, 0.7}) {
            for (double x : u) {
                long previous = 0;
                for (long n = 1; n <= 3_000; n++) {
                    long k = Draws.binomial(x, n, p);
                    if (k < previous) {
                        fail("Binomial(n, " + p + ") at u=" + x + " fell from " + previous + " to " + k + " at n=" + n);
                    }
                    previous = k;
                }
            }
        }
    }

    @Test
    void beyondTheSeamTheApproximationStaysAboveTheThresholdDrawEvenInTheExtremeTails() {
        for (double u : new double[] {U_MIN, 1e-15, 1 - 1e-15, U_MAX}) {
            long atThreshold = Draws.poisson(u, Draws.EXACT_MEAN);
            for (double m = Draws.SEAM_END; m < 200; m += 0.01) {
                if (Draws.poisson(u, m) < atThreshold) {
                    fail("Poisson(" + m + ") at u=" + u + " is below Poisson(40)");
                }
            }
            for (long n : new long[] {161, 200, 1000, 1_000_000}) {
                long low = Draws.binomial(u, n, Draws.EXACT_MEAN / n);
                long high = Draws.binomial(u, n, 1 - Draws.EXACT_MEAN / n);
                for (double m = Draws.SEAM_END + 1e-9; m <= n - Draws.SEAM_END; m += n / 2_000.0) {
                    long k = Draws.binomial(u, n, m / n);
                    if (k < low || k > high) {
                        fail("Binomial(" + n + ", " + m / n + ") at u=" + u + " is outside [" + low + ", " + high + "]");
                    }
                }
            }
        }
    }

    @Test
    void edgeCases() {
        for (double u : new double[] {U_MIN, 0.5, U_MAX}) {
            assertEquals(0, Draws.poisson(u, 0));
            assertEquals(0, Draws.poisson(u, -3));
            assertEquals(0, Draws.poisson(u, Double.NaN));
            assertEquals(0, Draws.binomial(u, 0, 0.5), "n = 0");
            assertEquals(0, Draws.binomial(u, -4, 0.5), "negative n");
            assertEquals(0, Draws.binomial(u, 100, 0), "p = 0");
            assertEquals(0, Draws.binomial(u, 100, -0.1), "negative p");
            assertEquals(0, Draws.binomial(u, 100, Double.NaN), "NaN p");
            assertEquals(100, Draws.binomial(u, 100, 1), "p = 1");
            assertEquals(100, Draws.binomial(u, 100, 1.5), "p > 1");
            assertTrue(Draws.binomial(u, Long.MAX_VALUE / 4, 0.5) <= Long.MAX_VALUE / 4, "huge n stays in range");
        }
        // p > 0.5 mirrors: Binomial(n, p) counts successes, n - Binomial(n, 1 - p) failures.
        assertEquals(20, Draws.binomial(U_MAX, 20, 0.8));
        assertEquals(Draws.binomial(0.3, 20, 0.8), 20 - Draws.binomial(0.7, 20, 0.2));
        assertEquals(1, Draws.binomial(0.5, 1, 0.5 + 1e-9));
        assertEquals(0, Draws.binomial(0.5, 1, 0.5 - 1e-9));
    }

    /** Trials at which the approximation's error must stay under the Monte Carlo error (5x the default run). */
    private static final double MC_TRIALS = 50_000;

    /** P(draw <= k) over u uniform, exactly: the draw is monotone in u, so bisect for its step. */
    private static double drawCdf(DoubleUnaryOperator draw, long k) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 64; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid == lo || mid == hi) {
                break;
            }
            if ((long) draw.applyAsDouble(mid) <= k) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Worst ratio, over counts, of the approximation's CDF error to the standard error
     * sqrt(F(1 - F) / N) with which a run of N trials estimates that CDF.
     */
    private static double worstErrorOverMonteCarloError(IntegerDistribution d, DoubleUnaryOperator draw) {
        int low = Math.max(d.getSupportLowerBound(), d.inverseCumulativeProbability(1e-12) - 1);
        int high = d.inverseCumulativeProbability(1 - 1e-12) + 1;
        double worst = 0;
        for (int k = low; k <= high; k++) {
            double f = d.cumulativeProbability(k);
            double error = Math.abs(drawCdf(draw, k) - f);
            // 1e-12 absorbs commons-math3's own CDF error where F is tiny.
            worst = Math.max(worst, Math.max(0, error - 1e-12) / Math.sqrt(f * (1 - f) / MC_TRIALS));
        }
        return worst;
    }

    /**
     * The normal approximation is used only where its error is below the Monte Carlo error: at
     * every count, from the threshold up, its CDF error is smaller than the standard error of
     * the empirical CDF of a 50,000-trial run, five times the default (the worst ratio, about
     * 0.72, is for Binomial(81, 0.5) in its tails, where both seams meet; it falls as 1/mean
     * above). Deterministic: the draw's exact CDF is found by bisection on u.
     */
    @Test
    void approximationErrorIsBelowTheMonteCarloErrorOfFiftyThousandTrials() {
        for (double mean : new double[] {Draws.EXACT_MEAN + 1e-6, 41, 45, 50, 60, 80, 200, 1e4, 1e6}) {
            double ratio = worstErrorOverMonteCarloError(poisson(mean), u -> Draws.poisson(u, mean));
            assertTrue(ratio < 1, "Poisson(" + mean + "): error / Monte Carlo error = " + ratio);
        }
        int[] ns = {81, 100, 1000, 200, 10_000, 100, 125, 1_000_000};
        double[] ps = {0.5, 0.41, 0.0401, 0.25, 0.3, 0.55, 0.67, 0.00005};
        for (int i = 0; i < ns.length; i++) {
            int n = ns[i];
            double p = ps[i];
            assertTrue(n * Math.min(p, 1 - p) > Draws.EXACT_MEAN);
            double ratio = worstErrorOverMonteCarloError(binomial(n, p), u -> Draws.binomial(u, n, p));
            assertTrue(ratio < 1, "Binomial(" + n + ", " + p + "): error / Monte Carlo error = " + ratio);
        }
    }

    /**
     * The binomial seam skips the exact draw at the threshold when the approximation is at least
     * SEAM_GAP above the approximation at the threshold. That is sound only if the exact draw
     * there never exceeds the approximation by more than SEAM_GAP (and mirrored at 1 - 40/n):
     * checked for many n on a fine grid of u and at the most extreme uniforms the streams make.
     */
    @Test
    void atTheThresholdTheExactDrawIsWithinTheSeamGapOfTheApproximation() {
        double[] u = uniforms(20_000);
        List<Long> ns = new ArrayList<>();
        for (long n = 81; n <= 400; n++) {
            ns.add(n);
        }
        for (long n = 410; n <= 5_000; n += 37) {
            ns.add(n);
        }
        ns.addAll(List.of(10_000L, 123_457L, 1_000_000L, 100_000_000L));
        long worst = Long.MIN_VALUE;
        for (long n : ns) {
            double low = Draws.EXACT_MEAN / n;
            double high = 1 - Draws.EXACT_MEAN / n;
            for (double x : u) {
                double z = Gaussian.quantile(x);
                long below = Draws.exactBinomial(x, n, low) - Draws.approxBinomial(z, n, low);
                long above = Draws.approxBinomial(z, n, high) - Draws.exactBinomial(x, n, high);
                worst = Math.max(worst, Math.max(below, above));
                if (below > Draws.SEAM_GAP || above > Draws.SEAM_GAP) {
                    fail("n=" + n + " u=" + x + ": exact and approximate draws at the threshold differ by "
                            + Math.max(below, above));
                }
            }
        }
        assertTrue(worst >= 1, "the two methods do differ at the threshold, so the check measured something");
    }
}
