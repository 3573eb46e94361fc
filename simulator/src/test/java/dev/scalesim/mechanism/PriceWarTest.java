package dev.scalesim.mechanism;

import static dev.scalesim.support.MechanismHarness.mean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Results;
import dev.scalesim.support.MechanismHarness;
import org.junit.jupiter.api.Test;

class PriceWarTest {
    /** 4.5 standard errors: a false alarm about once in 150,000 runs per check. */
    private static final double Z = 4.5;
    private static final double RATE = 3;
    private static final double CUT = 0.4;
    private static final double PASS = 0.5;

    /** E[(1 - a c)^k] terms: c = 1 - U^theta, theta = mu / (1 - mu). */
    private static double moment(double a, int k) {
        double theta = CUT / (1 - CUT);
        // E[(1 - a + a U^theta)^k] for k = 1, 2
        double m1 = 1 / (1 + theta);
        double m2 = 1 / (1 + 2 * theta);
        return k == 1 ? 1 - a + a * m1 : (1 - a) * (1 - a) + 2 * (1 - a) * a * m1 + a * a * m2;
    }

    @Test
    void thePriceIndexDecaysAsACompoundPoissonProcess() {
        int trials = 40_000;
        Results r = MechanismHarness.of(new PriceWar())
                .set("price_war_rate", RATE).set("price_cut", CUT).set("pass_through", PASS)
                .run(24, trials, 5).results();
        for (int t : new int[] {6, 12, 24}) {
            double lambda = RATE * t / 12;
            for (double a : new double[] {PASS, 1}) {
                String metric = a == 1 ? "competitor_price_index" : "price_index";
                double expected = Math.exp(-lambda * (1 - moment(a, 1)));
                double second = Math.exp(-lambda * (1 - moment(a, 2)));
                double se = Math.sqrt(second - expected * expected) / Math.sqrt(trials);
                assertEquals(expected, mean(r, metric, t), Z * se, metric + " at month " + t);
            }
            // cuts a month are Poisson(rate / 12)
            double cuts = RATE / 12;
            assertEquals(cuts, mean(r, "price_cuts", t), Z * Math.sqrt(cuts / trials));
        }
        assertEquals(Math.exp(-RATE * 2 * PASS * CUT), Math.exp(-RATE * 2 * (1 - moment(PASS, 1))), 1e-12,
                "E[1 - pass c] = 1 - pass * price_cut");
    }

    @Test
    void unmatchedCutsRaiseChurnInTheirMonthAndPricesReachEverySegment() {
        Results r = MechanismHarness.of(new PriceWar(),
                        MechanismHarness.probe("churn_factor", m -> m.churnFactor[1]),
                        MechanismHarness.probe("price_factor", m -> m.priceFactor[1]))
                .segments("a", "b")
                .set("price_war_rate", RATE).set("price_cut", CUT).set("pass_through", PASS)
                .set("switching_churn", 5)
                .run(12, 20_000, 8).results();
        double theta = CUT / (1 - CUT);
        double cutSquared = 1 - 2 / (1 + theta) + 1 / (1 + 2 * theta);
        for (int t = 1; t <= 12; t++) {
            // churn factor = 1 + 5 (1 - pass) S, S the month's summed cuts: compound Poisson,
            // E[S] = rate/12 * mu, Var[S] = rate/12 * E[c^2]
            double expected = 1 + 5 * (1 - PASS) * RATE / 12 * CUT;
            double sd = 5 * (1 - PASS) * Math.sqrt(RATE / 12 * cutSquared);
            double mean = mean(r, "churn_factor", t);
            assertEquals(expected, mean, Z * sd / Math.sqrt(20_000), "month " + t);
            assertTrue(mean(r, "price_factor", t) <= 1);
            assertEquals(mean(r, "price_index", t), mean(r, "price_factor", t), 1e-12);
        }
    }

    @Test
    void noWarsNoCuts() {
        Results r = MechanismHarness.of(new PriceWar()).set("price_cut", CUT).set("pass_through", 1)
                .run(12, 500, 1).results();
        assertEquals(1.0, mean(r, "price_index", 12), 0);
        assertEquals(0.0, mean(r, "price_cuts", 12), 0);
    }
}
