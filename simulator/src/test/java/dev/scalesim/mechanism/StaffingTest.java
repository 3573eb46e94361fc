package dev.scalesim.mechanism;

import static dev.scalesim.support.MechanismHarness.act;
import static dev.scalesim.support.MechanismHarness.mean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalesim.kernel.Mechanism;
import dev.scalesim.kernel.Results;
import dev.scalesim.support.MechanismHarness;
import org.junit.jupiter.api.Test;

/** Deterministic drivers, so every headcount is exactly the documented step function. */
class StaffingTest {
    /** Every role off unless a test switches it on: the harness leaves each load unlimited. */
    private static MechanismHarness staffing(Mechanism driver) {
        return MechanismHarness.of(driver, new Staffing());
    }

    @Test
    void supportFollowsCustomersAfterItsLag() {
        Results r = staffing(act("grow", m -> m.customers[0] = 100L * m.t))
                .set("support_load", 30).set("support_cost", 5_000).set("support_lag", 2)
                .run(12, 5, 1).results();
        for (int t = 1; t <= 12; t++) {
            long heads = t > 2 ? (long) Math.ceil(100.0 * (t - 2) / 30) : 0;
            assertEquals(heads, mean(r, "headcount", t), 0, "month " + t);
            assertEquals(heads * 5_000.0, mean(r, "payroll", t), 0);
            assertEquals(heads * 5_000.0, mean(r, "opex", t), 0, "payroll is opex");
        }
    }

    @Test
    void engineeringIsABasePlusARRGrowthAndGaFollowsTheOtherStaff() {
        Results r = staffing(act("grow", m -> m.recurringRevenue = 10_000.0 * m.t))
                .set("engineering_base", 3).set("engineering_load", 200_000).set("engineering_cost", 15_000)
                .set("ga_load", 4).set("ga_cost", 10_000).set("ga_lag", 1)
                .run(24, 5, 1).results();
        long previousEngineers = 3;
        for (int t = 1; t <= 24; t++) {
            long engineers = 3 + (long) Math.ceil(120_000.0 * t / 200_000);
            // G&A at month t follows the other staff of month t - 1 (the base team before month 1)
            long ga = (long) Math.ceil(previousEngineers / 4.0);
            assertEquals(engineers + ga, mean(r, "headcount", t), 0, "month " + t);
            assertEquals(engineers * 15_000.0 + ga * 10_000.0, mean(r, "payroll", t), 0);
            previousEngineers = engineers;
        }
    }

    @Test
    void salesFollowsNewArrOfTheLastTwelveMonths() {
        // 10 arrivals a month among 100 customers billing $10,000: new ARR = 12 x $100 x 10 = $12,000 a month
        Results r = staffing(act("book", m -> {
            m.customers[0] = 100;
            m.arrivals[0] = 10;
            m.segmentMrr[0] = 10_000;
        })).set("sales_load", 50_000).set("sales_cost", 1).run(18, 5, 1).results();
        for (int t = 1; t <= 18; t++) {
            assertEquals(Math.ceil(12_000.0 * Math.min(t, 12) / 50_000), mean(r, "headcount", t), 0, "month " + t);
        }
    }

    @Test
    void aHiringFreezeHoldsHeadcountAndHiringResumesAfterIt() {
        Results r = staffing(act("grow", m -> {
            m.customers[0] = 100L * m.t;
            m.hiringFactor = m.t >= 5 && m.t <= 7 ? 0 : m.t == 9 ? 0.5 : 1;
        })).set("support_load", 100).set("support_cost", 1).run(12, 5, 1).results();
        // plan(t) = t; frozen in months 5-7; month 9 makes half of one hire, floored: none
        double[] expected = {0, 1, 2, 3, 4, 4, 4, 4, 8, 8, 10, 11, 12};
        for (int t = 1; t <= 12; t++) {
            assertEquals(expected[t], mean(r, "headcount", t), 0, "month " + t);
        }
    }

    @Test
    void aFallingPlanLetsHeadcountFallButAFreezeNeverFires() {
        Results r = staffing(act("shrink", m -> {
            m.customers[0] = m.t <= 3 ? 500 : 100;
            m.hiringFactor = m.t <= 3 ? 1 : 0;
        })).set("support_load", 100).set("support_cost", 1).run(6, 5, 1).results();
        assertEquals(5, mean(r, "headcount", 3), 0);
        assertEquals(1, mean(r, "headcount", 4), 0, "the plan fell to 1 and headcount with it, freeze or not");
        assertEquals(1, Staffing.heads(5, 1, 0), "a plan below headcount lowers it (attrition), even in a freeze");
        assertEquals(5, Staffing.heads(5, 9, 0), "a freeze holds headcount");
        assertEquals(7, Staffing.heads(5, 9, 0.5), "half the hires");
    }
}
