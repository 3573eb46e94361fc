package dev.scalesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalesim.analysis.MilestoneStats;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.support.Scenarios;
import java.nio.file.Path;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Milestones against a closed form. With a $100k budget at $1,000 CAC, nothing else acquiring
 * and no churn, customers by month m are Poisson(100 m) and never fall, so a trial has reached
 * {@code customers >= 350} by month m exactly when Poisson(100 m) >= 350; at $100 a month that is
 * also {@code arr >= 420k} (ARR = 12 x 100 x customers), trial by trial.
 *
 * <p>Each month's share is checked within 4.5 binomial standard errors (two-sided false-alarm
 * odds 6.8e-6 each, below 6e-5 for the eight months).
 */
class MilestonesTest {
    private static final int TRIALS = 20_000;
    private static final int MONTHS = 8;
    private static Results results;

    @BeforeAll
    static void run(@TempDir Path dir) throws Exception {
        Scenario s = Scenarios.plainBook(dir, "m", MONTHS, TRIALS, 77, "0",
                "milestones", "customers>=350; arr>=420k; customers>=1M");
        results = Engine.run(s.simulation(), 2);
    }

    @Test
    void firstMonthFollowsThePoissonProcess() {
        assertEquals(3, results.milestones().size());
        double[] reached = MilestoneStats.cumulative(results, 0, 0);
        for (int m = 1; m <= MONTHS; m++) {
            double p = 1 - new PoissonDistribution(100.0 * m).cumulativeProbability(349);
            double se = Math.sqrt(Math.max(p * (1 - p), 1.0 / TRIALS) / TRIALS);
            assertEquals(p, reached[m - 1], 4.5 * se, "P(customers >= 350 by month " + m + ")");
        }
        assertEquals(reached[MONTHS - 1], MilestoneStats.reached(results, 0, 0), 0.0);
        // the median month: P(Poisson(300) >= 350) ~ 0.002, P(Poisson(400) >= 350) ~ 0.99
        assertEquals(4, MilestoneStats.monthQuantile(results, 0, 0, 0.5), 0.0);
    }

    @Test
    void anArrMilestoneIsTwelveTimesMrr() {
        for (int m = 1; m <= MONTHS + 1; m++) {
            assertEquals(results.milestoneFirstReached(0, 0, m), results.milestoneFirstReached(0, 1, m),
                    "arr>=420k and customers>=350 are the same event, month " + m);
        }
    }

    @Test
    void anUnreachedMilestoneCountsEveryTrialPastTheHorizon() {
        assertEquals(TRIALS, results.milestoneFirstReached(0, 2, MONTHS + 1));
        assertEquals(0, MilestoneStats.reached(results, 0, 2), 0.0);
        assertEquals(Double.NaN, MilestoneStats.monthQuantile(results, 0, 2, 0.5));
        assertEquals(Double.NaN, MilestoneStats.meanMonthIfReached(results, 0, 2));
    }
}
