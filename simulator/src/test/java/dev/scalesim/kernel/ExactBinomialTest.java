package dev.scalesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.scalesim.stats.Gaussian;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

/**
 * The pooled churn draw, checked deterministically: it switches from k to k + 1 where the exact
 * CDF (commons-math3's, an independent implementation) crosses u, at means far above the
 * approximation threshold; it is plain exact inversion where that applies; and it is monotone
 * in u, in n and in p on grids that reach the tails.
 */
class ExactBinomialTest {
    private static final double U_MIN = Gaussian.openUnit(0);
    private static final double U_MAX = Gaussian.openUnit(-1L);
    /** Pool sizes and hazards of pooled churn: means from 0.5 to 50,000. */
    private static final long[] SIZES = {10, 100, 1_000, 2_000, 20_000, 1_000_000};
    private static final double[] HAZARDS = {0.003, 0.05, 0.3, 0.5, 0.7};

    /**
     * Just below F(k) the draw is k, just above it k + 1, for every k whose probability is
     * above the offset. commons-math3's CDF is good to ~3e-11 at n = 1e6 (DrawsTest), so the
     * offset is 1e-9.
     */
    @Test
    void invertsTheExactCdfAtEveryMean() {
        double delta = 1e-9;
        for (long n : SIZES) {
            for (double p : HAZARDS) {
                BinomialDistribution d = new BinomialDistribution(null, (int) n, p);
                int low = d.inverseCumulativeProbability(1e-9);
                int high = d.inverseCumulativeProbability(1 - 1e-9);
                for (int k = low; k < high; k++) {
                    double cdf = d.cumulativeProbability(k);
                    String what = "Binomial(" + n + ", " + p + ")";
                    if (d.probability(k) > 2 * delta) {
                        assertEquals(k, ExactBinomial.draw(cdf - delta, n, p), what + ": just below F(" + k + ")");
                    }
                    if (d.probability(k + 1) > 2 * delta) {
                        assertEquals(k + 1, ExactBinomial.draw(cdf + delta, n, p), what + ": just above F(" + k + ")");
                    }
                }
            }
        }
    }

    /** Where the sum would start at 0 it is the kernel's plain exact inversion, draw for draw. */
    @Test
    void isThePlainInversionAtSmallMeans() {
        for (long n = 1; n <= 400; n += 7) {
            for (double p : new double[] {0.01, 0.05, 0.1, 0.2}) {
                if (n * p > Draws.EXACT_MEAN) {
                    continue;
                }
                for (int i = 1; i < 1000; i++) {
                    double u = i / 1000.0;
                    assertEquals(Draws.binomial(u, n, p), ExactBinomial.draw(u, n, p), "n=" + n + " p=" + p + " u=" + u);
                }
            }
        }
    }

    /**
     * Monotone in u (including the most extreme uniforms), in n (one more customer never
     * churns fewer) and in p (a higher hazard never churns fewer): what keeps arms coupled. The
     * checks in n and p keep u at least 1e-9 from 0 and 1. The CDF is a sum of up to a few
     * thousand terms, good to about 1e-13 near 1, and n + 1 moves F(k) by p P(X = k): at 7
     * standard deviations (u = 1 - 1e-12) that is 2e-13, so rounding can decide the order there
     * (it did, at n = 1802, p = 0.5), with odds of about 1e-13 per draw. At 1e-9 the gap is
     * 1e-10, a thousand times the rounding.
     */
    @Test
    void isMonotoneInUInNAndInP() {
        double[] us = new double[2002];
        us[0] = U_MIN;
        for (int i = 1; i <= 2000; i++) {
            us[i] = i / 2001.0;
        }
        us[2001] = U_MAX;
        for (double p : HAZARDS) {
            for (long n : new long[] {150, 1_999, 5_000, 120_000}) {
                long before = -1;
                for (double u : us) {
                    long k = ExactBinomial.draw(u, n, p);
                    assertTrue(k >= before && k <= n, "u: Binomial(" + n + ", " + p + ") at " + u);
                    before = k;
                }
            }
        }
        double[] rates = new double[402];
        for (int i = 1; i <= 400; i++) {
            rates[i] = i / 401.0;
        }
        rates[0] = 1e-9;
        rates[401] = 1 - 1e-9;
        for (double u : rates) {
            for (double p : HAZARDS) {
                long before = 0;
                for (long n = 1_900; n <= 2_100; n++) {
                    long k = ExactBinomial.draw(u, n, p);
                    if (k < before) {
                        fail("n: Binomial(" + n + ", " + p + ") at u=" + u + " fell from " + before + " to " + k);
                    }
                    before = k;
                }
            }
            long before = 0;
            for (int i = 1; i < 1000; i++) {
                double p = i / 1000.0;
                long k = ExactBinomial.draw(u, 3_000, p);
                if (k < before) {
                    fail("p: Binomial(3000, " + p + ") at u=" + u + " fell from " + before + " to " + k);
                }
                before = k;
            }
        }
    }

    @Test
    void degenerateArguments() {
        assertEquals(0, ExactBinomial.draw(0.5, 0, 0.5), "n = 0");
        assertEquals(0, ExactBinomial.draw(0.5, -3, 0.5), "negative n");
        assertEquals(0, ExactBinomial.draw(0.5, 100, 0), "p = 0");
        assertEquals(0, ExactBinomial.draw(0.5, 100, Double.NaN), "NaN p");
        assertEquals(100, ExactBinomial.draw(0.5, 100, 1), "p = 1");
        assertEquals(100, ExactBinomial.draw(U_MIN, 100, 1.5), "p > 1");
        assertEquals(5_000 - ExactBinomial.draw(0.7, 5_000, 0.2), ExactBinomial.draw(0.3, 5_000, 0.8), "mirror");
        assertTrue(ExactBinomial.draw(U_MAX, 3_000_000_000L, 0.5) <= 3_000_000_000L, "beyond int counts");
    }
}
