package dev.scalesim.mechanism;

import static dev.scalesim.support.MechanismHarness.mean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalesim.kernel.Results;
import dev.scalesim.support.MechanismHarness;
import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class UsageRevenueTest {
    /** The graduated bill of one customer using u, per unit price: the tier schedule itself. */
    private static double bill(double u, double b1, double b2, double r2, double r3) {
        return Math.min(u, b1) + r2 * Math.max(0, Math.min(u, b2) - b1) + r3 * Math.max(0, u - b2);
    }

    @Test
    void theClosedFormIsTheTierIntegralOverTheLognormal() {
        double[][] cases = {{1_000, 1.5, 2_000, 20_000, 0.7, 0.4}, {50, 0.5, 10, 200, 1.3, 2.0},
            {10_000, 2.5, 1_000, 5_000, 0.5, 0.2}};
        for (double[] c : cases) {
            double mu = c[0];
            double sigma = c[1];
            double m = Math.log(mu) - sigma * sigma / 2;
            LogNormalDistribution d = new LogNormalDistribution(null, m, sigma);
            // integral of bill(u) f(u) du on a log grid, with the tail beyond 1e-12 probability cut off
            double upper = d.inverseCumulativeProbability(1 - 1e-13);
            SimpsonIntegrator simpson = new SimpsonIntegrator(1e-11, 1e-11, 3, 30);
            double integral = 0;
            double[] edges = {1e-9, c[2], c[3], upper};
            for (int i = 0; i + 1 < edges.length; i++) {
                double lo = Math.log(edges[i]);
                double hi = Math.log(edges[i + 1]);
                integral += simpson.integrate(10_000_000, x -> {
                    double u = Math.exp(x);
                    return bill(u, c[2], c[3], c[4], c[5]) * d.density(u) * u;
                }, lo, hi);
            }
            double closed = UsageRevenue.billedUses(mu, sigma, c[2], c[3], c[4], c[5]);
            assertEquals(integral, closed, 1e-6 * closed, "case mu=" + mu + " sigma=" + sigma);
        }
    }

    @Test
    void theClosedFormMatchesBillingCustomersOneByOne() {
        // 10^6 simulated customers: the sample mean of the bill is within 4.5 standard errors
        // (a false alarm about once in 150,000 runs; the seed is fixed).
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(42L);
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        double mu = 800;
        double sigma = 1.2;
        double m = Math.log(mu) - sigma * sigma / 2;
        int n = 1_000_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double b = bill(Math.exp(m + sigma * z.sample()), 1_000, 5_000, 0.6, 0.3);
            sum += b;
            sumSq += b * b;
        }
        double mean = sum / n;
        double se = Math.sqrt((sumSq / n - mean * mean) / n);
        assertEquals(UsageRevenue.billedUses(mu, sigma, 1_000, 5_000, 0.6, 0.3), mean, 4.5 * se);
    }

    @Test
    void withoutDispersionEveryoneUsesTheMean() {
        assertEquals(500, UsageRevenue.limitedMean(800, 0, 500), 0);
        assertEquals(800, UsageRevenue.limitedMean(800, 0, Double.POSITIVE_INFINITY), 0);
        assertEquals(500 + 0.5 * 300, UsageRevenue.billedUses(800, 0, 500, 1_000, 0.5, 0.1), 1e-12);
        // heavier tails bill more uses at the discounted tiers
        double narrow = UsageRevenue.billedUses(800, 0.5, 1_000, 5_000, 0.6, 0.3);
        double wide = UsageRevenue.billedUses(800, 2.0, 1_000, 5_000, 0.6, 0.3);
        assertEquals(true, wide < narrow);
    }

    @Test
    void revenueIsCustomersTimesTheExpectedBillTimesThePriceFactor() {
        Results r = MechanismHarness.of(
                        MechanismHarness.act("book", m -> {
                            m.customers[0] = 40;
                            m.segmentUses[0] = 40 * 2_500.0;
                            m.uses += 40 * 2_500.0;
                            m.priceFactor[0] = 0.9;
                        }),
                        new UsageRevenue("api_calls"))
                .set("unit_price", 0.01).set("usage_dispersion", 1.5).set("tier1_limit", 1_000)
                .set("tier2_limit", 10_000).set("tier2_price", 0.7).set("tier3_price", 0.4)
                .run(3, 10, 1).results();
        double expected = 40 * 0.01 * 0.9 * UsageRevenue.billedUses(2_500, 1.5, 1_000, 10_000, 0.7, 0.4);
        assertEquals(expected, mean(r, "usage_revenue", 2), 1e-9);
        assertEquals(expected, mean(r, "mrr", 2), 1e-9);
        assertEquals(100_000, mean(r, "api_calls", 2), 1e-9);
        double beyond = 2_500 - UsageRevenue.limitedMean(2_500, 1.5, 1_000);
        assertEquals(beyond / 2_500, mean(r, "heavy_use_share", 2), 1e-12);
    }
}
