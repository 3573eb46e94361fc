package dev.scalesim.mechanism;

import static dev.scalesim.support.MechanismHarness.mean;
import static dev.scalesim.support.MechanismHarness.total;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalesim.kernel.Results;
import dev.scalesim.support.MechanismHarness;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.PascalDistribution;
import org.junit.jupiter.api.Test;

class DealPipelineTest {
    /** 4.5 standard errors: a false alarm about once in 150,000 runs per check (fixed seeds). */
    private static final double Z = 4.5;
    private static final double LEADS = 5;
    private static final double CYCLE = 6;
    private static final double WIN = 0.3;
    private static final int TRIALS = 20_000;

    /**
     * P(cycle <= a): the cycle is the number of monthly decisions up to the K-th advance with
     * probability p = K / cycle, a negative binomial: K + Pascal(K, p) failures.
     */
    private static double cycleCdf(int a) {
        int k = DealPipeline.STAGES;
        return a < k ? 0 : new PascalDistribution(k, k / CYCLE).cumulativeProbability(a - k);
    }

    private static MechanismHarness pipeline(double lateLoss) {
        return MechanismHarness.of(new DealPipeline())
                .set("leads_per_month", LEADS).set("sales_cycle_months", CYCLE).set("win_rate", WIN)
                .set("late_stage_loss", lateLoss).set("deal_size_tail", 3).set("sales_team_cost", 20_000);
    }

    @Test
    void winsFollowTheNegativeBinomialCycleAndApproachTheWinRate() {
        for (double late : new double[] {0, 0.5}) {
            Results r = pipeline(late).run(48, TRIALS, 17).results();
            double w = WIN * (1 - late);
            for (int t : new int[] {3, 4, 6, 9, 12, 24, 48}) {
                // leads of month tau win at tau + C with probability w: thinned Poisson counts
                double expected = LEADS * w * cycleCdf(t - 1);
                double got = mean(r, "deals_won", t);
                assertEquals(expected, got, Z * Math.sqrt(Math.max(expected, 1e-9) / TRIALS) + 1e-12,
                        "late loss " + late + ", month " + t);
            }
            // in the long run the closes per lead are the win rate
            assertEquals(w, mean(r, "deals_won", 48) / LEADS, Z * Math.sqrt(LEADS * w / TRIALS) / LEADS);
            assertEquals(mean(r, "deals_won", 20), mean(r, "new_customers", 20), 0);
            assertEquals(20_000, mean(r, "opex", 5), 1e-9);
        }
    }

    @Test
    void openDealsAreTheLeadsNotYetDecided() {
        Results r = pipeline(0).run(24, TRIALS, 3).results();
        // a lead of month tau is still open at the end of month t when fewer than K of its
        // t - tau monthly decisions have happened... and it has not been lost on the way; in the
        // stationary state the expected open count is leads * E[months open], computed by summing
        // P(still open after a months) over a.
        double p = DealPipeline.STAGES / CYCLE;
        double q = Math.pow(WIN, 1.0 / DealPipeline.STAGES);
        double open = 0;
        for (int a = 0; a < 400; a++) {
            // after a months: j advances (binomial(a, p)) with j < K, all of them passed (q^j)
            double stillOpen = 0;
            for (int j = 0; j < DealPipeline.STAGES && j <= a; j++) {
                stillOpen += new BinomialDistribution(a, p).probability(j)
                        * Math.pow(q, j);
            }
            open += stillOpen;
        }
        double expected = LEADS * open;
        assertEquals(expected, mean(r, "open_deals", 24), Z * Math.sqrt(expected / TRIALS));
    }

    @Test
    void dealSizesAreParetoWithMeanOneAndVolumeDiscountsBillLess() {
        double alpha = 3;
        double d = 0.25;
        double beta = 1 - d;
        Results r = pipeline(0).set("volume_discount", d).run(36, TRIALS, 23).results();
        double floor = (alpha - 1) / alpha;
        double units = Math.pow(floor, beta) * alpha / (alpha - beta);
        double unitsSq = Math.pow(floor, 2 * beta) * alpha / (alpha - 2 * beta);
        double deals = total(r, 0, "deals_won");
        double perDeal = total(r, 0, "deal_units") / deals;
        assertEquals(units, perDeal, Z * Math.sqrt((unitsSq - units * units) / (deals * TRIALS)));
    }

    @Test
    void largeClientsUseInProportionToTheirSize() {
        Results r = pipeline(0).set("deal_size_tail", 3).run(30, TRIALS, 29).results();
        Results book = MechanismHarness.of(new DealPipeline(), new CohortBook())
                .set("leads_per_month", LEADS).set("sales_cycle_months", CYCLE).set("win_rate", WIN)
                .set("deal_size_tail", 3).set("uses_per_customer", 1).set("contract_months", 1).set("price", 1)
                .run(30, TRIALS, 29).results();
        // no churn: uses = sum of the N deal sizes X (mean 1, variance 1/3; N Poisson), so
        // E[uses] = E[N] and Var[uses] = E[N] (1/3 + 1); MRR = sum of units (= X without discount)
        double customers = mean(book, "customers", 30);
        assertEquals(customers, mean(book, "uses", 30), Z * Math.sqrt(customers * (1 + 1.0 / 3) / TRIALS));
        assertEquals(mean(book, "uses", 30), mean(book, "mrr", 30), 1e-6);
        assertEquals(mean(r, "deals_won", 30), mean(book, "new_customers", 30), 0);
    }
}
