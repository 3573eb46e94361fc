package dev.scalesim.mechanism;

import static dev.scalesim.support.MechanismHarness.mean;
import static dev.scalesim.support.MechanismHarness.probe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.Effect;
import dev.scalesim.kernel.Intervention;
import dev.scalesim.kernel.Results;
import dev.scalesim.stats.Distribution;
import dev.scalesim.support.MechanismHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceResponseTest {
    /** 4.5 standard errors: a false alarm about once in 150,000 runs per check. */
    private static final double Z = 4.5;

    private static MechanismHarness priced(double price, double reference) {
        return MechanismHarness.of(new PriceResponse(CohortBook.PRICE, UsageRevenue.UNIT_PRICE),
                        probe("acquisition_factor", m -> m.acquisitionFactor[0]),
                        probe("churn_factor", m -> m.churnFactor[0]),
                        probe("usage_factor", m -> m.usageFactor[0]),
                        new Acquisition(), new CohortBook())
                .set("price", price).set("reference_price", reference);
    }

    @Test
    void factorsAreTheConstantElasticityPowersOfThePriceRatio() {
        Results r = priced(150, 100).set("price_elasticity", 0.8).set("churn_price_elasticity", 0.4)
                .set("unit_price", 0.005).set("reference_unit_price", 0.01).set("usage_price_elasticity", 0.5)
                .run(6, 10, 1).results();
        for (int t = 1; t <= 6; t++) {
            assertEquals(Math.pow(1.5, -0.8), mean(r, "acquisition_factor", t), 1e-15);
            assertEquals(Math.pow(1.5, 0.4), mean(r, "churn_factor", t), 1e-15);
            assertEquals(Math.pow(0.5, -0.5), mean(r, "usage_factor", t), 1e-15);
        }
    }

    @Test
    void expectedAcquisitionsAtAPriceAndElasticity() {
        int trials = 20_000;
        double organic = 200;
        Results r = priced(150, 100).set("price_elasticity", 0.8).set("organic_customers", organic)
                .set("market_size", Double.POSITIVE_INFINITY).run(6, trials, 3).results();
        double expected = organic * Math.pow(1.5, -0.8);
        for (int t = 1; t <= 6; t++) {
            // Poisson: variance = mean
            assertEquals(expected, mean(r, "new_customers", t), Z * Math.sqrt(expected / trials), "month " + t);
        }
    }

    @Test
    void churnAnswersThePriceThroughTheCohortHazard() {
        int trials = 20_000;
        // 1,000 customers arrive in month 1; at month 2 they lose Binomial(n, h), h = 5% x 2^0.5, so Var = 1,000 h (Poisson n)
        Results r = priced(200, 100).set("churn_price_elasticity", 0.5).set("monthly_churn", 0.05)
                .set("organic_customers", 1_000).set("market_size", Double.POSITIVE_INFINITY)
                .run(2, trials, 4).results();
        double h = 0.05 * Math.sqrt(2);
        double expected = 1_000 * h;
        assertEquals(expected, mean(r, "churned_customers", 2), Z * Math.sqrt(1_000 * h / trials));
    }

    @Test
    void aSolutionThatRaisesThePriceMovesDemandFromItsStartMonth() {
        Intervention raise = new Intervention("raise",
                List.of(Effect.of("price", Effect.Op.SCALE, Distribution.constant(2)).timing(3, 0)),
                Distribution.constant(0), Distribution.constant(0), 1);
        Results r = priced(100, 100).set("price_elasticity", 1.2)
                .arms(List.of(Arm.baseline(), new Arm("raise", List.of(raise)))).run(5, 10, 1).results();
        int k = r.monthlyIndex("acquisition_factor");
        for (int t = 1; t <= 5; t++) {
            assertEquals(1.0, r.monthlyMean(0, k, t), 0, "baseline at the reference price");
            assertEquals(t < 3 ? 1.0 : Math.pow(2, -1.2), r.monthlyMean(1, k, t), 1e-15, "month " + t);
        }
    }

    @Test
    void aSegmentWithoutAPlatformFeeAnswersItsUnitPriceAndRatiosAreBounded() {
        Results r = priced(0, 0).set("price_elasticity", 1).set("unit_price", 0.02).set("reference_unit_price", 0.01)
                .run(2, 10, 1).results();
        assertEquals(0.5, mean(r, "acquisition_factor", 1), 1e-15, "the unit price doubled");
        Results usage = priced(0, 100).set("price_elasticity", 1).set("unit_price", 0.01).set("reference_unit_price", 0.01)
                .run(2, 10, 1).results();
        assertEquals(1, mean(usage, "acquisition_factor", 1), 0, "a plan moved to pure usage pricing answers its unit price");
        Results cheap = priced(1, 100).set("price_elasticity", 1).run(2, 10, 1).results();
        assertEquals(20, mean(cheap, "acquisition_factor", 1), 1e-12, "1% of the reference counts as 1/20");
    }

    @Test
    void elasticityZeroOrTheReferencePriceLeavesEveryFactorAtOne() {
        Results zero = priced(300, 100).set("unit_price", 0.03).set("reference_unit_price", 0.01)
                .run(3, 10, 1).results();
        Results atReference = priced(100, 100).set("price_elasticity", 2).set("churn_price_elasticity", 2)
                .run(3, 10, 1).results();
        for (Results r : List.of(zero, atReference)) {
            for (String f : List.of("acquisition_factor", "churn_factor", "usage_factor")) {
                assertEquals(1.0, mean(r, f, 3), 0, f);
            }
        }
    }
}
