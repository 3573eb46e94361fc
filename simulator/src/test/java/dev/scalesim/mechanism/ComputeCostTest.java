package dev.scalesim.mechanism;

import static dev.scalesim.support.MechanismHarness.mean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Results;
import dev.scalesim.stats.Distribution;
import dev.scalesim.support.MechanismHarness;
import org.junit.jupiter.api.Test;

class ComputeCostTest {
    /** Tolerances are 4.5 standard errors: a false alarm about once in 150,000 runs per check. */
    private static final double Z = 4.5;

    @Test
    void theCostCurveFallsByTheDrawnYearlyRate() {
        int trials = 20_000;
        Results r = MechanismHarness.of(new ComputeCost())
                .set("compute_decline", Distribution.uniform(0.2, 0.6))
                .run(25, trials, 11).results();
        // x = 1 - d ~ U(0.4, 0.8): E[x] after a year, E[x^2] after two
        assertEquals(1.0, mean(r, "compute_cost_index", 1), 1e-12);
        double sd1 = 0.4 / Math.sqrt(12);
        assertEquals(0.6, mean(r, "compute_cost_index", 13), Z * sd1 / Math.sqrt(trials));
        double ex2 = (Math.pow(0.8, 3) - Math.pow(0.4, 3)) / (3 * 0.4);
        double ex4 = (Math.pow(0.8, 5) - Math.pow(0.4, 5)) / (5 * 0.4);
        assertEquals(ex2, mean(r, "compute_cost_index", 25), Z * Math.sqrt(ex4 - ex2 * ex2) / Math.sqrt(trials));
        // half a year in: E[x^0.5]
        double exHalf = (Math.pow(0.8, 1.5) - Math.pow(0.4, 1.5)) / (1.5 * 0.4);
        assertEquals(exHalf, mean(r, "compute_cost_index", 7), Z * 0.06 / Math.sqrt(trials));
    }

    @Test
    void usageGrowsGeometricallyAndBothCurvesReachTheCohortBook() {
        Results r = MechanismHarness.of(new ComputeCost(),
                        MechanismHarness.act("customers", m -> m.arrivals[0] = m.t == 1 ? 100 : 0),
                        new CohortBook())
                .set("compute_decline", 0.5).set("usage_growth", 0.02)
                .set("uses_per_customer", 10).set("cost_per_use", 1).set("contract_months", 1)
                .run(13, 10, 3).results();
        for (int t : new int[] {1, 7, 13}) {
            double usage = Math.pow(1.02, t - 1);
            double cost = Math.pow(0.5, (t - 1) / 12.0);
            assertEquals(usage, mean(r, "usage_index", t), 1e-12);
            assertEquals(100 * 10 * usage, mean(r, "uses", t), 1e-9);
            assertEquals(100 * 10 * usage * cost, mean(r, "cogs", t), 1e-9);
        }
    }

    @Test
    void aShareOfEachCostFallReachesThePriceIndex() {
        Results r = MechanismHarness.of(new ComputeCost(),
                        MechanismHarness.probe("price_factor", m -> m.priceFactor[0]),
                        MechanismHarness.act("customers", m -> {
                            m.arrivals[0] = m.t == 1 ? 100 : 0;
                            m.arrivalUnits[0] = m.arrivals[0];
                        }),
                        new CohortBook())
                .set("compute_decline", 0.5).set("cost_pass_through", 0.6).set("price", 10).set("contract_months", 1)
                .run(25, 10, 3).results();
        double monthlyFall = 1 - Math.pow(0.5, 1 / 12.0);
        for (int t = 1; t <= 25; t++) {
            double expected = Math.pow(1 - 0.6 * monthlyFall, t - 1);
            assertEquals(expected, mean(r, "cost_price_index", t), 1e-12, "month " + t);
            assertEquals(expected, mean(r, "price_factor", t), 1e-12);
            assertEquals(100 * 10 * expected, mean(r, "mrr", t), 1e-9, "the cohort book bills at the index");
        }
        // about C(t)^k: after two years (1/4)^0.6 = 0.435; the product form gives slightly more
        assertEquals(Math.pow(0.25, 0.6), mean(r, "cost_price_index", 25), 0.01);
    }

    @Test
    void passThroughIsIndependentOfPriceWarsAndOffAtZero() {
        // One trial, so the means are that trial's values: the factors multiply.
        Results r = MechanismHarness.of(new PriceWar(), new ComputeCost(),
                        MechanismHarness.probe("price_factor", m -> m.priceFactor[0]))
                .set("price_war_rate", 6).set("price_cut", 0.3).set("pass_through", 0.5)
                .set("compute_decline", 0.4).set("cost_pass_through", 0.5)
                .run(24, 1, 9).results();
        for (int t = 1; t <= 24; t++) {
            assertEquals(mean(r, "price_index", t) * mean(r, "cost_price_index", t), mean(r, "price_factor", t), 1e-15);
        }
        assertTrue(mean(r, "price_index", 24) < 1, "the seed has price wars");
        Results off = MechanismHarness.of(new ComputeCost()).set("compute_decline", 0.4).run(12, 10, 9).results();
        assertEquals(1.0, mean(off, "cost_price_index", 12), 0);
    }
}
