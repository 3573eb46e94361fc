package dev.scalesim.mechanism;

import static dev.scalesim.support.MechanismHarness.mean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Results;
import dev.scalesim.support.MechanismHarness;
import org.junit.jupiter.api.Test;

class ProjectCapacityTest {
    /** 4.5 standard errors: a false alarm about once in 150,000 runs per check (fixed seeds). */
    private static final double Z = 4.5;

    private static MechanismHarness firm() {
        return MechanismHarness.of(new ProjectCapacity(), new CohortBook())
                .set("project_value", 200_000).set("staff_cost", 12_000).set("bill_rate", 25_000)
                .set("utilization", 0.8).set("contract_months", 1).set("price", 5_000);
    }

    @Test
    void withAmpleStaffRevenueIsTheBookings() {
        int trials = 20_000;
        Results r = firm().set("projects_per_month", 2).set("billable_staff", 1_000).run(12, trials, 4).results();
        for (int t = 1; t <= 12; t++) {
            // everything signed is delivered in its month: revenue = Poisson(2) x 200k
            assertEquals(400_000, mean(r, "revenue", t), Z * Math.sqrt(2.0 / trials) * 200_000, "month " + t);
            assertEquals(1_000 * 12_000.0, mean(r, "cogs", t), 1e-6);
        }
    }

    @Test
    void aBacklogIsWorkedOffAtCapacityAndHiresArriveAfterTheLag() {
        // a 3,000k backlog a month against 10 staff delivering 0.8 x 25k / 1.25 = 16k each
        Results r = firm().set("projects_per_month", 15).set("project_size_dispersion", 0)
                .set("billable_staff", 10).set("data_overhead", 0.25).set("hiring_lag", 4)
                .run(8, 200, 4).results();
        double perPerson = 0.8 * 25_000 / 1.25;
        for (int t = 1; t <= 4; t++) {
            assertEquals(10, mean(r, "staff", t), 0, "no hire lands before the lag, month " + t);
            assertEquals(10 * perPerson, mean(r, "revenue", t), 1e-6);
            assertEquals(0.8, mean(r, "staff_utilization", t), 1e-12);
        }
        // the month-1 plan (clear the backlog in 6 months) lands in month 5
        assertTrue(mean(r, "staff", 5) > 10);
        assertEquals(mean(r, "staff", 5) * perPerson, mean(r, "revenue", 5), 1e-6);
    }

    @Test
    void idleStaffStayOnTheBenchForTheReleaseLag() {
        // one burst of work in month 1 only (projects stop via the acquisition factor); staff
        // jump to the plan at once (no hiring lag), then shrink with the backlog to the core 5
        double[] staffMonths = new double[2];
        int[] lags = {0, 3};
        for (int i = 0; i < lags.length; i++) {
            Results r = MechanismHarness.of(
                            MechanismHarness.act("burst", m -> m.acquisitionFactor[0] = m.t == 1 ? 1 : 0),
                            new ProjectCapacity(), new CohortBook())
                    .set("projects_per_month", 40).set("project_value", 100_000).set("project_size_dispersion", 0)
                    .set("staff_cost", 10_000).set("bill_rate", 20_000).set("utilization", 1)
                    .set("billable_staff", 5).set("release_lag", lags[i]).set("contract_months", 1)
                    .run(36, 100, 2).results();
            assertEquals(5, mean(r, "staff", 36), 0, "back to the core team, release lag " + lags[i]);
            for (int t = 2; t <= 36; t++) {
                staffMonths[i] += mean(r, "staff", t);
                boolean held = mean(r, "staff", t) == mean(r, "staff", t - 1);
                if (!held && lags[i] > 0) {
                    // a release happens only after the staff were above plan for the lag
                    assertTrue(mean(r, "staff", t) < mean(r, "staff", t - 1));
                }
            }
            assertEquals(10_000 * mean(r, "staff", 36), mean(r, "cogs", 36), 1e-6);
        }
        assertTrue(staffMonths[1] > staffMonths[0], "a release lag keeps more staff on the bench");
    }

    @Test
    void finishedProjectsTurnIntoSupportContracts() {
        int trials = 20_000;
        Results r = firm().set("projects_per_month", 2).set("billable_staff", 1_000).set("follow_on_rate", 0.3)
                .set("project_size_dispersion", 0).run(6, trials, 8).results();
        // 2 projects a month finish in their month (ample staff): contracts ~ Poisson(2 x 0.3)
        for (int t = 1; t <= 6; t++) {
            assertEquals(0.6, mean(r, "new_customers", t), Z * Math.sqrt(0.6 / trials));
        }
        assertEquals(5_000 * mean(r, "customers", 6), mean(r, "mrr", 6), 1e-6);
    }

    @Test
    void satisfiedClientsComeBackAfterTheGap() {
        int trials = 40_000;
        double lambda = 2;
        double r = 0.5;
        Results r1 = firm().set("projects_per_month", lambda).set("billable_staff", 1_000).set("repeat_rate", r)
                .set("repeat_gap_months", 0).set("project_size_dispersion", 0).run(3, trials, 12).results();
        // month 1: Poisson(2) projects finish at once; half their clients return in month 2:
        // new ~ Poisson(lambda), returning ~ Binomial(F, r) with F ~ Poisson(N1), N1 ~ Poisson(lambda)
        double variance = lambda + lambda * r * (1 - r) + 2 * lambda * r * r;
        assertEquals(200_000 * lambda, mean(r1, "bookings", 1), Z * 200_000 * Math.sqrt(lambda / trials));
        assertEquals(200_000 * lambda * (1 + r), mean(r1, "bookings", 2), Z * 200_000 * Math.sqrt(variance / trials));
        // with a 12-month gap, a twelfth of them are back in month 2
        Results r2 = firm().set("projects_per_month", lambda).set("billable_staff", 1_000).set("repeat_rate", r)
                .set("repeat_gap_months", 12).set("project_size_dispersion", 0).run(3, trials, 12).results();
        assertTrue(mean(r2, "bookings", 2) < mean(r1, "bookings", 2));
        assertEquals(200_000 * lambda * (1 + r / 12), mean(r2, "bookings", 2), Z * 200_000 * Math.sqrt(variance / trials));
    }
}
