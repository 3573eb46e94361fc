package dev.scalesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.scenario.Scenario;
import dev.scalesim.stats.Sketches;
import dev.scalesim.support.Scenarios;
import java.nio.file.Path;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs are drawn once per trial. The closed-form scenario of {@link ClosedFormTest} with churn
 * {@code uniform(0.03,0.07)}: given the trial's churn c, month-24 customers are Poisson(mu(c)),
 * {@code mu(c) = 100 (1 - (1 - c)^24) / c}, so their distribution is the mixture
 * {@code F(x) = mean over c of PoissonCDF(x; mu(c))}. A kernel that redrew churn every month
 * would average the churn inside mu instead (close to mu(5%)), which the checks below reject.
 *
 * <p>Tolerances, each at 4.5 standard errors (two-sided false-alarm odds 6.8e-6; the three
 * checks together 2e-5 for a new seed): the mean from the mixture's exact variance; the
 * quantiles from a sample quantile's standard error sqrt(q (1 - q) / n) / f(x_q), plus the
 * sketch's relative accuracy and one count for discreteness.
 */
class InputUncertaintyTest {
    private static final int TRIALS = 20_000;
    private static final int MONTHS = 24;
    private static final double Z = 4.5;
    /** Churn rates at the midpoints of equal cells of [0.03, 0.07]: quadrature over c. */
    private static final int CELLS = 2_000;
    private static final double[] MU = new double[CELLS];
    private static final PoissonDistribution[] POISSON = new PoissonDistribution[CELLS];
    private static Results results;
    private static int customers;

    @BeforeAll
    static void run(@TempDir Path dir) throws Exception {
        for (int i = 0; i < CELLS; i++) {
            MU[i] = mu(0.03 + 0.04 * (i + 0.5) / CELLS);
            POISSON[i] = new PoissonDistribution(null, MU[i], 1e-12, 10_000);
        }
        Scenario s = Scenarios.plainBook(dir, "uncertain-churn", MONTHS, TRIALS, 77, "\"uniform(0.03,0.07)\"");
        results = Engine.run(s.simulation(), 2);
        customers = results.monthlyIndex("customers");
    }

    private static double mu(double c) {
        return 100 * (1 - Math.pow(1 - c, MONTHS)) / c;
    }

    /** The mixture's mean: the integral of mu(c) over the uniform churn (midpoint rule). */
    private static double mixtureMean() {
        double sum = 0;
        for (double m : MU) {
            sum += m;
        }
        return sum / CELLS;
    }

    /** Var = E[Var | c] + Var[E | c] = E[mu] + Var[mu]. */
    private static double mixtureVariance() {
        double mean = mixtureMean();
        double sum = 0;
        for (double m : MU) {
            sum += m + (m - mean) * (m - mean);
        }
        return sum / CELLS;
    }

    private static double cdf(int x) {
        double sum = 0;
        for (PoissonDistribution p : POISSON) {
            sum += p.cumulativeProbability(x);
        }
        return sum / CELLS;
    }

    private static double pmf(int x) {
        double sum = 0;
        for (PoissonDistribution p : POISSON) {
            sum += p.probability(x);
        }
        return sum / CELLS;
    }

    /** Smallest x with F(x) >= q, by bisection on integers. */
    private static int quantile(double q) {
        int low = 0;
        int high = 10_000;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cdf(mid) >= q) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static double quantileTolerance(double q, int x) {
        return Z * Math.sqrt(q * (1 - q) / TRIALS) / pmf(x) + Sketches.RELATIVE_ACCURACY * x + 1;
    }

    @Test
    void meanIsTheIntegralOverTheChurnRate() {
        double tolerance = Z * Math.sqrt(mixtureVariance() / TRIALS);
        assertEquals(mixtureMean(), results.monthlyMean(0, customers, MONTHS), tolerance);
        // Power: the integral (1428.5) and the value at the mean churn (1416.0) are further apart
        // than the tolerance (5.2), so a kernel that used c = 5% would fail.
        assertTrue(Math.abs(mixtureMean() - mu(0.05)) > 2 * tolerance,
                "integral " + mixtureMean() + " vs mu(5%) " + mu(0.05) + ", tolerance " + tolerance);
    }

    @Test
    void percentilesAreThoseOfTheMixture() {
        for (double q : new double[] {0.05, 0.95}) {
            int exact = quantile(q);
            double tolerance = quantileTolerance(q, exact);
            double reported = results.monthlyQuantile(0, customers, MONTHS, q);
            assertEquals(exact, reported, tolerance, "P" + Math.round(100 * q) + " of month-24 customers");
            assertEquals(reported, results.outcomeQuantile(0, Outcomes.CUSTOMERS_END, q), 0,
                    "customers_end is the last month's customers");
            // Power: the quantile of Poisson(mu(5%)) is far outside the tolerance.
            int fixedChurn = new PoissonDistribution(null, mu(0.05), 1e-12, 10_000).inverseCumulativeProbability(q);
            assertTrue(Math.abs(fixedChurn - exact) > 5 * tolerance,
                    "P" + q + ": mixture " + exact + " vs fixed churn " + fixedChurn + ", tolerance " + tolerance);
        }
    }
}
