package dev.scalesim.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.support.Pooling;
import dev.scalesim.support.Scenarios;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pooled churn against closed forms, pooled and unpooled side by side. The row is
 * {@code Scenarios.plainBook} at 5% churn (Poisson(100) new customers a month, no expansion,
 * monthly contracts and billing), which pools every cohort from its second month on. So:
 * <ul>
 * <li>a customer is still paying a months after acquisition with probability q^a, q = 0.95,
 *     which the retention table must show although it sees pooled cohorts only through their
 *     expected survivors given the pool's path;
 * <li>NRR at the horizon is the share of the customers of 12 months before who still pay, whose
 *     mean is q^12 exactly (given N customers then, their survivors are Binomial(N, q^12)),
 *     which needs the older pool to hold exactly the cohorts acquired a year or more before.
 * </ul>
 * Checks are within 4.5 standard errors: two-sided false-alarm odds of 6.8e-6 each, below
 * 1.3e-4 for the 18 together. The retention SE is the binomial one, sqrt(q^a (1 - q^a) / N) over
 * the N customers acquired in the cohort over all trials; the pooled table's expected survivors
 * can only have less variance (a conditional expectation), so the bound holds for both.
 */
class PooledChurnTest {
    private static final int TRIALS = 20_000;
    private static final int MONTHS = 24;
    private static final double Q = 0.95;
    private static final double Z = 4.5;
    private static Results pooled;
    private static Results unpooled;

    @BeforeAll
    static void run(@TempDir Path dir) throws Exception {
        Simulation sim = Scenarios.plainBook(dir, "pooled", MONTHS, TRIALS, 77, "5%").simulation();
        pooled = Engine.run(sim, 2);
        unpooled = Engine.run(Pooling.unpooled(sim), 2);
    }

    @Test
    void theRowPoolsSoTheDrawsDiffer() {
        int customers = pooled.monthlyIndex("customers");
        assertNotEquals(unpooled.monthlyMean(0, customers, MONTHS), pooled.monthlyMean(0, customers, MONTHS),
                "pooled churn draws from other slots than the per-cohort draws");
        int arrivals = pooled.monthlyIndex("new_customers");
        assertEquals(unpooled.monthlyMean(0, arrivals, MONTHS), pooled.monthlyMean(0, arrivals, MONTHS),
                "arrivals are not churn: the same numbers");
    }

    @Test
    void retentionByAgeIsTheSurvivalCurve() {
        for (Results r : new Results[] {pooled, unpooled}) {
            String which = r == pooled ? "pooled" : "unpooled";
            for (int cohort : new int[] {1, 12}) {
                for (int age : new int[] {1, 3, 6, 12}) {
                    double expected = Math.pow(Q, age);
                    double se = Math.sqrt(expected * (1 - expected) / (100.0 * TRIALS));
                    assertEquals(expected, r.retention(0, cohort, age), Z * se,
                            which + ": cohort " + cohort + " at age " + age);
                }
            }
        }
    }

    @Test
    void nrrIsTheYearSurvivalOfLastYearsCustomers() {
        double expected = Math.pow(Q, 12);
        for (Results r : new Results[] {pooled, unpooled}) {
            String which = r == pooled ? "pooled" : "unpooled";
            double se = r.outcomeSd(0, Outcomes.NRR) / Math.sqrt(TRIALS);
            assertEquals(expected, r.outcomeMean(0, Outcomes.NRR), Z * se, which + " NRR");
            // No expansion and one price: GRR is NRR, trial by trial.
            assertEquals(r.outcomeMean(0, Outcomes.NRR), r.outcomeMean(0, Outcomes.GRR), 1e-12, which + " GRR");
        }
    }
}
