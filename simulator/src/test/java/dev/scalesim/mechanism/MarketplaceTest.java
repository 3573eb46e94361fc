package dev.scalesim.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.RandomStream;
import dev.scalesim.kernel.Results;
import dev.scalesim.support.MechanismHarness;
import org.junit.jupiter.api.Test;

/**
 * The two-sided marketplace: the matching function's bounds and known values, and the liquidity
 * mechanism against closed forms. Statistical checks allow 4.5 standard errors (false-alarm odds
 * below 1 in 100,000 each; seeds are fixed).
 */
class MarketplaceTest {
    private static MechanismHarness market() {
        return MechanismHarness.of(new MarketplaceLiquidity("buyers", "sellers"), new Acquisition(), new CohortBook(),
                new MarketplaceMatching("buyers", "sellers")).segments("buyers", "sellers");
    }

    @Test
    void matchesNeverExceedEitherSide() {
        double[] sizes = {0, 1e-3, 0.5, 1, 3, 10, 999, 1e6, 1e12};
        double[] efficiencies = {0, 0.3, 0.8, 1};
        double[] sharpness = {0.1, 0.5, 1, 2, 10, 50};
        for (double d : sizes) {
            for (double c : sizes) {
                for (double a : efficiencies) {
                    for (double rho : sharpness) {
                        double m = Matching.matches(d, c, a, rho);
                        assertTrue(m >= 0 && m <= Math.min(d, c) * (1 + 1e-12),
                                "M(" + d + ", " + c + ", " + a + ", " + rho + ") = " + m);
                    }
                }
            }
        }
        RandomStream random = new RandomStream(3, "matching");
        random.trial(0);
        for (int i = 0; i < 100_000; i++) {
            double d = 1e4 * random.uniform(0, i % 60_000) * random.uniform(1, i % 60_000);
            double c = 1e4 * random.uniform(2, i % 60_000);
            double m = Matching.matches(d, c, random.uniform(3, i % 60_000), 0.1 + 50 * random.uniform(4, i % 60_000));
            assertTrue(m <= d && m <= c, d + " " + c + " " + m);
        }
    }

    @Test
    void matchingFunctionKnownValues() {
        assertEquals(50, Matching.matches(100, 100, 1, 1), 1e-9);
        assertEquals(100 / Math.sqrt(2), Matching.matches(100, 100, 1, 2), 1e-9);
        assertEquals(0.8 * 75, Matching.matches(100, 300, 0.8, 1), 1e-9);
        assertEquals(Matching.matches(300, 100, 0.8, 1), Matching.matches(100, 300, 0.8, 1), 1e-9);
        assertEquals(2 * Matching.matches(40, 70, 0.9, 3), Matching.matches(80, 140, 0.9, 3), 1e-9);
        assertEquals(50, Matching.matches(1e12, 50, 1, 2), 1e-6);
        assertEquals(0, Matching.matches(0, 50, 1, 2));
        assertEquals(0, Matching.pull(0, 1, 500));
        assertEquals(0.5, Matching.pull(500, 1, 500), 1e-12);
        assertEquals(1, Matching.pull(3, 0, 500), 1e-12);
        assertEquals(0.7, Matching.pull(500, 0.6, 500), 1e-12);
    }

    @Test
    void revenueIsGmvTimesTakeRateAfterIncentives() {
        Results r = market().set("buyers.organic_customers", 200).set("sellers.organic_customers", 40)
                .set("monthly_churn", 0.05).set("orders_per_buyer", 1.5).set("seller_capacity", 6)
                .set("match_efficiency", 0.8).set("matching_sharpness", 2).set("order_value", 120)
                .set("take_rate", 0.2).set("incentive_months", 4).set("incentive_discount", 0.5)
                .set("incentive_boost", 1).set("unmatched_churn", 1).trials(500).results();
        for (int t = 1; t <= 12; t++) {
            double take = t <= 4 ? 0.1 : 0.2;
            assertEquals(take * MechanismHarness.mean(r, "gmv", t), MechanismHarness.mean(r, "revenue", t), 1e-6);
            assertEquals(120 * MechanismHarness.mean(r, "orders", t), MechanismHarness.mean(r, "gmv", t), 1e-6);
            assertEquals(take, MechanismHarness.mean(r, "take_rate", t), 1e-12);
            assertTrue(r.monthlyQuantile(0, r.monthlyIndex("match_rate"), t, 0.95) <= 0.8 * 1.003);
        }
    }

    @Test
    void unmatchedSellersLeaveAtTheHigherRate() {
        double arrivals = 50;
        double base = 0.05;
        double multiplier = 3;
        Results r = market().set("sellers.organic_customers", arrivals).set("monthly_churn", base)
                .set("unmatched_churn", multiplier).set("seller_capacity", 5).set("match_efficiency", 1)
                .set("matching_sharpness", 1).trials(20_000).results();
        // No buyers: from month 2 every seller is unmatched, so the hazard is base * multiplier.
        double h = base * multiplier;
        for (int t : new int[] {2, 6, 12}) {
            double expected = 0;
            for (int age = 0; age < t; age++) {
                expected += arrivals * Math.pow(1 - h, age);
            }
            assertEquals(expected, MechanismHarness.mean(r, "sellers", t), 4.5 * MechanismHarness.se(r, "sellers", t),
                    "sellers at month " + t);
        }
    }

    @Test
    void networkEffectsDrawBuyersByTheSellersSize() {
        double k = 5_000;
        Results r = market().set("sellers.organic_customers", 10_000).set("buyers.organic_customers", 1_000)
                .set("network_dependence", 0.5).set("buyers.network_critical_mass", k)
                .set("sellers.network_critical_mass", 1).set("unmatched_churn", 1).months(2).trials(8_000).results();
        // Month 1: the other side is empty, so each side gets only the undependent half.
        assertEquals(500, MechanismHarness.mean(r, "buyers", 1), 4.5 * MechanismHarness.se(r, "buyers", 1));
        assertEquals(5_000, MechanismHarness.mean(r, "sellers", 1), 4.5 * MechanismHarness.se(r, "sellers", 1));
        // Month 2: S(1) ~ Poisson(5,000) = K, so the pull is 0.5 + 0.5 E[S / (S + K)] = 0.75 (up to 2e-5).
        assertEquals(500 + 750, MechanismHarness.mean(r, "buyers", 2), 4.5 * MechanismHarness.se(r, "buyers", 2));
    }
}
