package dev.scalesim.mechanism;

import static dev.scalesim.support.MechanismHarness.mean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalesim.kernel.Results;
import dev.scalesim.support.MechanismHarness;
import org.junit.jupiter.api.Test;

/** The small deterministic mechanisms against their formulas. */
class SmallMechanismsTest {
    @Test
    void onboardingCostsEachNewCustomerOnce() {
        Results r = MechanismHarness.of(
                        MechanismHarness.act("arrivals", m -> {
                            m.arrivals[0] = m.t;
                            m.arrivals[1] = 2;
                        }),
                        new Onboarding())
                .segments("a", "b").set("a.onboarding_cost", 300).set("b.onboarding_cost", 5_000)
                .run(6, 5, 1).results();
        for (int t = 1; t <= 6; t++) {
            assertEquals(300.0 * t + 10_000, mean(r, "onboarding_spend", t), 1e-9);
            assertEquals(300.0 * t + 10_000, mean(r, "cogs", t), 1e-9);
        }
    }

    @Test
    void featureBreadthFollowsItsCurves() {
        Results r = MechanismHarness.of(new FeatureBreadth(),
                        MechanismHarness.probe("acq", m -> m.acquisitionFactor[0]),
                        MechanismHarness.probe("churn", m -> m.churnFactor[0]))
                .set("launch_completeness", 0.4).set("build_months", 20).set("breadth_growth", 0.05)
                .set("overload_churn", 2).run(36, 3, 1).results();
        for (int t = 1; t <= 36; t++) {
            double c = Math.min(1, 0.4 + 0.6 * (t - 1) / 20.0);
            double b = 0.05 * (t - 1);
            assertEquals(c, mean(r, "completeness", t), 1e-12, "month " + t);
            assertEquals(c, mean(r, "acq", t), 1e-12);
            assertEquals(b, mean(r, "feature_breadth", t), 1e-12);
            assertEquals(1 + 2 * b, mean(r, "churn", t), 1e-12);
        }
    }

    @Test
    void certificationGatesDemandUntilItArrives() {
        Results r = MechanismHarness.of(new Certification(),
                        MechanismHarness.probe("acq_a", m -> m.acquisitionFactor[0]),
                        MechanismHarness.probe("acq_b", m -> m.acquisitionFactor[1]))
                .segments("a", "b").set("certification_months", 6.5).set("a.uncertified_reach", 0.8)
                .set("b.uncertified_reach", 0).run(12, 3, 1).results();
        for (int t = 1; t <= 12; t++) {
            double k = Math.min(1, Math.max(0, t - 6.5));
            assertEquals(k, mean(r, "certified", t), 1e-12);
            assertEquals(0.8 + 0.2 * k, mean(r, "acq_a", t), 1e-12);
            assertEquals(k, mean(r, "acq_b", t), 1e-12);
        }
    }

    @Test
    void domainDataQualityClosesItsGapExponentially() {
        Results r = MechanismHarness.of(new DomainData(),
                        MechanismHarness.probe("churn", m -> m.churnFactor[0]),
                        MechanismHarness.act("customers", m -> m.customers[0] = 50))
                .set("data_quality_start", 0.6).set("data_needed", 2_000).set("data_purchase", 30)
                .set("quality_churn", 3).run(24, 3, 1).results();
        for (int t = 1; t <= 24; t++) {
            double data = (t - 1) * (50 + 30.0);
            double q = 1 - 0.4 * Math.exp(-data / 2_000);
            assertEquals(q, mean(r, "model_quality", t), 1e-12, "month " + t);
            assertEquals(1 + 3 * (1 - q), mean(r, "churn", t), 1e-12);
        }
    }

    @Test
    void seatsMultiplyWhatANewCustomerPaysAndUses() {
        int trials = 20_000;
        Results r = MechanismHarness.of(
                        MechanismHarness.act("arrivals", m -> {
                            m.arrivals[0] = 4;
                            m.arrivalUnits[0] = 4;
                        }),
                        new Seats(), new CohortBook())
                .set("seats_per_customer", 3).set("price", 100).set("uses_per_customer", 10)
                .set("contract_months", 1).run(1, trials, 9).results();
        // seats = 4 + Poisson(2 * 4): mean 12, variance 8 (4.5 standard errors: false alarm 1 in 150,000)
        double tolerance = 4.5 * Math.sqrt(8.0 / trials);
        assertEquals(12, mean(r, "new_seats", 1), tolerance);
        assertEquals(1_200, mean(r, "mrr", 1), 100 * tolerance);
        assertEquals(120, mean(r, "uses", 1), 10 * tolerance);
        assertEquals(4, mean(r, "customers", 1), 0);
    }
}
