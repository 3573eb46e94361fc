package dev.scalesim.kernel;

import static dev.scalesim.support.MechanismHarness.act;
import static dev.scalesim.support.MechanismHarness.probe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalesim.support.MechanismHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runway, raises and cost cuts on a business whose books are known exactly: $50k of revenue a
 * month against $150k of fixed costs from $1M of cash, so it burns $100k a month and its runway
 * at the end of month t is (1M - 100k t) / 100k = 10 - t months; ARR is $600k.
 *
 * <p>With a $1M raise triggered below 6 months of runway, the one attempt of an 8-month horizon
 * is in month 5 and closes with probability raise_success = 0.4, at a pre-money of 5 x ARR =
 * $3M: dilution 1M / 4M = 25%. So E[dilution] = 0.1 and E[financing in month 5] = $400k; both
 * are Bernoulli means, checked within 4.5 standard errors (two-sided false-alarm odds 6.8e-6
 * each). The rest is deterministic and checked exactly.
 */
class FinancingRuleTest {
    private static final int TRIALS = 4_000;

    private static Results run() {
        return MechanismHarness.of(
                        act("revenue", m -> {
                            m.recurringRevenue += 50_000;
                            m.segmentMrr[0] += 50_000;
                        }),
                        probe("hiring_factor", m -> m.hiringFactor))
                .set("starting_cash", 1_000_000).set("fixed_costs", 150_000)
                .set("raise_amount", 1_000_000).set("raise_runway_months", 6).set("raise_success", 0.4)
                .set("raise_valuation", 5).set("cut_runway_months", 8).set("cut_acquisition", 0.5)
                .arms(List.of(Arm.baseline(), Arm.survivalRules()))
                .run(8, TRIALS, 5).results();
    }

    @Test
    void runwayIsCashOverTheRecentBurn() {
        Results r = run();
        int runway = r.monthlyIndex("runway_months");
        for (int t = 1; t <= 8; t++) {
            assertEquals(10 - t, r.monthlyMean(0, runway, t), 1e-9, "runway at month " + t);
        }
        assertEquals(1, r.outcomeMean(0, Outcomes.P_RAISE_NEEDED), 0, "runway fell below 6 months");
        assertEquals(0, r.outcomeMean(0, Outcomes.DILUTION), 0, "the baseline never raises");
        assertEquals(0, r.outcomeMean(0, Outcomes.P_DEFAULT_ALIVE), 0, "a flat burn never reaches break-even");
    }

    @Test
    void aRaiseClosesWithItsProbabilityAtItsValuation() {
        Results r = run();
        double p = 0.4;
        double dilution = 0.25;
        double se = dilution * Math.sqrt(p * (1 - p) / TRIALS);
        assertEquals(p * dilution, r.outcomeMean(1, Outcomes.DILUTION), 4.5 * se);
        int inflow = r.monthlyIndex("financing_inflow");
        assertEquals(p * 1_000_000, r.monthlyMean(1, inflow, 5), 4.5 * 1_000_000 * Math.sqrt(p * (1 - p) / TRIALS));
        for (int t : new int[] {1, 4, 6, 8}) {
            assertEquals(0, r.monthlyMean(1, inflow, t), 0, "no other attempt within 6 months, month " + t);
        }
        // A raise is cash, never revenue: the paired change in revenue is exactly 0.
        assertEquals(0, r.paired(1, Outcomes.REVENUE_TOTAL).deltaMean(), 0);
        // Every dilution is 0 or exactly 25%.
        assertEquals(Math.sqrt(p * (1 - p)) * dilution, r.outcomeSd(1, Outcomes.DILUTION), 0.02);
    }

    /**
     * Runway is below 8 months from month 3 (7 months): hiring freezes from month 4, in the
     * rules' arm only, until a raise in month 5 lifts the runway to 15 months: from month 6 it
     * is frozen exactly in the trials whose raise failed.
     */
    @Test
    void costCutsFreezeHiringWhileRunwayIsShort() {
        Results r = run();
        int hiring = r.monthlyIndex("hiring_factor");
        for (int t = 1; t <= 8; t++) {
            assertEquals(1, r.monthlyMean(0, hiring, t), 0, "baseline month " + t);
            double raised = r.outcomeMean(1, Outcomes.DILUTION) / 0.25;
            double expected = t < 4 ? 1 : t < 6 ? 0 : raised;
            assertEquals(expected, r.monthlyMean(1, hiring, t), 1e-9, "survival rules, month " + t);
        }
    }
}
