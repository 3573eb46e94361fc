package dev.scalesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalesim.stats.Gaussian;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The table gives exactly {@link Draws#binomial}'s draws (same doubles compared, same results),
 * whatever the order in which counts and probabilities come, so the cohort book's speed-up
 * changes no result.
 */
class BinomialTableTest {
    private static final double U_MIN = Gaussian.openUnit(0);
    private static final double U_MAX = Gaussian.openUnit(-1L);

    private static void assertSame(BinomialTable table, double u, long n) {
        double p = table.probability();
        assertEquals(Draws.binomial(u, n, p), table.draw(u, n), "u=" + u + " n=" + n + " p=" + p);
    }

    @Test
    void drawsEqualTheStaticInversionEverywhere() {
        double[] ps = {0, 1e-6, 1e-3, 0.004, 0.03, 0.1, 0.25, 0.5, 0.5000001, 0.7, 0.99, 1};
        long[] ns = {0, 1, 2, 3, 5, 7, 8, 9, 15, 40, 81, 150, 399, 1000, 2048, 2049, 10_000, 1_000_000};
        SplittableRandom random = new SplittableRandom(5);
        BinomialTable table = new BinomialTable();
        for (double p : ps) {
            table.probability(p);
            for (long n : ns) {
                for (double u : new double[] {U_MIN, 1e-15, 1e-9, 0.5, 1 - 1e-9, U_MAX}) {
                    assertSame(table, u, n);
                }
                for (int i = 0; i < 2_000; i++) {
                    assertSame(table, Gaussian.openUnit(random.nextLong()), n);
                }
            }
        }
    }

    @Test
    void exactlyAtEveryCdfBreakpointTheDrawsAgree() {
        // u equal to (and one ulp around) each CDF value the plain inversion computes.
        BinomialTable table = new BinomialTable();
        for (double p : new double[] {0.01, 0.05, 0.2}) {
            table.probability(p);
            for (long n : new long[] {3, 20, 60, 150, 700}) {
                double q = 1 - p;
                double pmf = Math.exp(n * Math.log1p(-p));
                double cdf = pmf;
                for (long k = 0; k < n && cdf < 1 - 1e-12; k++) {
                    for (double u : new double[] {Math.nextDown(cdf), cdf, Math.nextUp(cdf)}) {
                        assertSame(table, u, n);
                    }
                    pmf *= p / q * (n - k) * Draws.reciprocal(k + 1);
                    cdf += pmf;
                }
            }
        }
    }

    @Test
    void aChangedProbabilityForgetsTheOldEntriesAndAnUnchangedOneKeepsThem() {
        SplittableRandom random = new SplittableRandom(9);
        BinomialTable table = new BinomialTable();
        for (int round = 0; round < 500; round++) {
            // A few hazards, revisited in random order, with counts in random order.
            table.probability(new double[] {0.02, 0.035, 0.06, 0.35}[random.nextInt(4)]);
            for (int i = 0; i < 50; i++) {
                assertSame(table, Gaussian.openUnit(random.nextLong()), 1 + random.nextInt(3_000));
            }
        }
    }
}
