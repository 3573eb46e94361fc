package dev.scalesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.scenario.Scenario;
import dev.scalesim.support.Scenarios;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The investor metrics against closed forms, on the cohort kernel of {@link ClosedFormTest}: a
 * $100k budget at $1,000 CAC (challenges off: no noise, no drift, no early churn), nothing else acquiring, 5% monthly churn, no
 * costs but the budget, $100 a month, and no price response (elasticities 0). Every customer then earns $100 of gross profit a month, so
 * CAC payback is exactly 10 months up to the blended CAC's Poisson noise; the customers paying a
 * year before the horizon are each still paying with probability 0.95^12, so NRR has that mean
 * exactly (a binomial proportion), times 1.01^12 with 1% monthly expansion, while GRR, which
 * counts no expansion, stays at 0.95^12.
 *
 * <p>Means are checked within 4.5 standard errors (sample sd / sqrt(n)): two-sided false-alarm
 * odds of 6.8e-6 per check, below 1e-4 for the test. Fixed seeds make the outcome deterministic.
 */
class InvestorMetricsTest {
    private static final int TRIALS = 4_000;
    private static final double Z = 4.5;
    private static final String HEADER = "scenario,model,months,trials,seed,challenges,solutions,marketing_budget,cac,"
            + "monthly_churn,organic_customers,referral_rate,free_signups,"
            + "expansion,price,cost_per_use,service_cost,payment_fees,fixed_costs,price_elasticity,churn_price_elasticity";

    private static Results run(Path dir, int months, String expansion, String price) throws Exception {
        Scenario s = Scenarios.compile(dir, HEADER, "metrics,subscription-saas," + months + "," + TRIALS
                + ",77,none,none,100k,1000,5%,0,0,0," + expansion + "," + price + ",0,0,0,0,0,0").get(0);
        return Engine.run(s.simulation(), 2);
    }

    private static void assertMean(double expected, Results r, int outcome) {
        double se = r.outcomeSd(0, outcome) / Math.sqrt(r.outcomeCount(0, outcome));
        assertEquals(expected, r.outcomeMean(0, outcome), Z * se + 1e-12, Outcomes.ALL.get(outcome).id());
    }

    @Test
    void retentionFollowsTheSurvivalOfLastYearsCustomers(@TempDir Path dir) throws Exception {
        Results r = run(dir, 24, "1%", "100");
        double survive = Math.pow(0.95, 12);
        assertMean(survive * Math.pow(1.01, 12), r, Outcomes.NRR);
        assertMean(survive, r, Outcomes.GRR);
        assertEquals(TRIALS, r.outcomeCount(0, Outcomes.NRR), "every trial has a book a year before");
        // Power: GRR counted with expansion would be 12.7% higher, 100+ standard errors away.
    }

    @Test
    void paybackAndPaidCacFromUnitEconomics(@TempDir Path dir) throws Exception {
        Results r = run(dir, 24, "0", "100");
        assertMean(10, r, Outcomes.CAC_PAYBACK_MONTHS);
        assertEquals(1, r.outcomeMean(0, Outcomes.P_CAC_PAYBACK), 0, "every trial pays back within 24 months");
        // No CAC noise: paid spend buys exactly budget / CAC expected customers.
        assertEquals(1000, r.outcomeMean(0, Outcomes.PAID_CAC), 1e-9);
        assertEquals(0, r.outcomeSd(0, Outcomes.PAID_CAC), 1e-9);
    }

    /**
     * At $20 a month the payback is 50 months, beyond a 24-month horizon in every trial: every
     * trial is censored at 25 months, counted (not dropped), its percentiles blank.
     */
    @Test
    void aPaybackBeyondTheHorizonIsCensoredNotDropped(@TempDir Path dir) throws Exception {
        Results r = run(dir, 24, "0", "20");
        assertEquals(TRIALS, r.outcomeCount(0, Outcomes.CAC_PAYBACK_MONTHS));
        assertEquals(25, r.outcomeMean(0, Outcomes.CAC_PAYBACK_MONTHS), 0);
        assertEquals(0, r.outcomeMean(0, Outcomes.P_CAC_PAYBACK), 0);
        assertTrue(Double.isNaN(r.outcomeQuantile(0, Outcomes.CAC_PAYBACK_MONTHS, 0.5)), "median among the censored");
        // Burning ($100k a month against $20 x ~1,400 customers) with ARR far below the burn:
        // the multiple is finite and above 1.
        double burnMultiple = r.outcomeMean(0, Outcomes.BURN_MULTIPLE);
        assertTrue(burnMultiple > 1 && burnMultiple <= Outcomes.BURN_MULTIPLE_CAP, "burn multiple " + burnMultiple);
    }

    @Test
    void censorBoundsAndPercentiles() {
        Censor horizon = Censor.horizon("never");
        assertEquals(37, horizon.clamp(Double.POSITIVE_INFINITY, 36), 0);
        assertEquals(12, horizon.clamp(12, 36), 0);
        assertTrue(horizon.onBound(37, 36));
        assertTrue(!horizon.onBound(36, 36), "the last month is a month, not 'never'");
        Censor ratio = Censor.between(-10, 10, "beyond");
        assertEquals(-10, ratio.clamp(Double.NEGATIVE_INFINITY, 36), 0);
        assertTrue(ratio.onBound(9.99, 36), "within the sketch's accuracy of the bound");
        assertTrue(!ratio.onBound(9.5, 36));
        assertTrue(Double.isNaN(ratio.clamp(Double.NaN, 36)), "not applicable stays blank");
    }
}
