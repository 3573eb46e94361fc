package dev.scalesim.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalesim.kernel.Results;
import dev.scalesim.support.MechanismHarness;
import org.junit.jupiter.api.Test;

/**
 * Data value against its closed forms (deterministic), and lumpy deals against the compound
 * Poisson mean (4.5 standard errors: false-alarm odds below 1 in 100,000; seeds are fixed).
 */
class DataAssetTest {
    private static final double DECAY = 0.04;
    private static final double DELETION = 0.005;
    private static final double REFRESH = 0.2;
    private static final double EROSION = 0.3;
    private static final double PROPRIETARY = 0.4;
    private static final double QUALITY_CHURN = 3;

    private static double quality(int t) {
        double a = (1 - DECAY) * (1 - DELETION) * (1 - REFRESH);
        double fixed = REFRESH / (1 - a);
        return fixed + (1 - fixed) * Math.pow(a, t);
    }

    private static MechanismHarness asset() {
        return MechanismHarness.of(new DataAsset(), new Acquisition(), new CohortBook(), new DataDeals(true))
                .set("data_decay", DECAY).set("deletion_rate", DELETION).set("refresh_rate", REFRESH)
                .set("open_data_erosion", EROSION).set("proprietary_share", PROPRIETARY)
                .set("quality_churn", QUALITY_CHURN).set("refresh_cost", 10_000).months(24);
    }

    @Test
    void qualityAndValueFollowTheClosedForm() {
        Results r = asset().set("organic_customers", 30).set("price", 5_000).trials(50).results();
        for (int t = 1; t <= 24; t++) {
            double value = quality(t) * DataAsset.erosion(t, PROPRIETARY, EROSION);
            assertEquals(quality(t), MechanismHarness.mean(r, "data_quality", t), 1e-12);
            assertEquals(value, MechanismHarness.mean(r, "data_value", t), 1e-12);
            assertEquals(5_000 * value, MechanismHarness.mean(r, "arpu", t), 1e-6, "subscribers pay the data's value");
        }
        assertEquals(PROPRIETARY + (1 - PROPRIETARY) * 0.7 * 0.7, DataAsset.erosion(24, PROPRIETARY, EROSION), 1e-12);
    }

    @Test
    void staleDataRaisesChurn() {
        double arrivals = 40;
        double base = 0.02;
        Results r = asset().set("organic_customers", arrivals).set("monthly_churn", base).trials(20_000).results();
        for (int t : new int[] {6, 24}) {
            // E[N(t)] = sum over cohorts c of arrivals * prod_{j=c+1..t} (1 - h_j), h_j = base (1 + k (1 - Q(j)))
            double expected = 0;
            for (int c = 1; c <= t; c++) {
                double survive = arrivals;
                for (int j = c + 1; j <= t; j++) {
                    survive *= 1 - base * (1 + QUALITY_CHURN * (1 - quality(j)));
                }
                expected += survive;
            }
            assertEquals(expected, MechanismHarness.mean(r, "customers", t), 4.5 * MechanismHarness.se(r, "customers", t));
        }
    }

    @Test
    void dealsAreLumpyOneOffRevenueAtTheDataValue() {
        Results r = asset().set("deals_per_year", 3).set("deal_size", 500_000).set("deal_size_spread", 1)
                .trials(40_000).results();
        for (int t : new int[] {1, 12, 24}) {
            double value = quality(t) * DataAsset.erosion(t, PROPRIETARY, EROSION);
            assertEquals(3.0 / 12 * 500_000 * value, MechanismHarness.mean(r, "deal_revenue", t),
                    4.5 * MechanismHarness.se(r, "deal_revenue", t), "deal revenue at month " + t);
            assertEquals(MechanismHarness.mean(r, "deal_revenue", t), MechanismHarness.mean(r, "revenue", t), 1e-6);
            assertEquals(0, MechanismHarness.mean(r, "mrr", t), 0.0, "deals are not recurring");
        }
    }
}
