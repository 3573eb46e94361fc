package dev.scalesim.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalesim.kernel.Results;
import dev.scalesim.support.MechanismHarness;
import org.junit.jupiter.api.Test;

/**
 * Ads: seasonality averages out over a year, and CPM, recessions, privacy shocks and ad-load churn
 * against closed forms. Statistical checks allow 4.5 standard errors (false-alarm odds below 1 in
 * 100,000 each; seeds are fixed).
 */
class AdMarketTest {
    @Test
    void seasonalityAveragesOutOverAnyYear() {
        for (double s : new double[] {0, 0.05, 0.1, 0.5, 0.8}) {
            for (int first = 1; first <= 12; first++) {
                for (int start = 1; start <= 13; start++) {
                    double sum = 0;
                    for (int t = start; t < start + 12; t++) {
                        sum += Seasonality.factor(Seasonality.calendarMonth(t, first), s);
                    }
                    assertEquals(1, sum / 12, 1e-12);
                }
            }
        }
        double q4 = Seasonality.factor(11, 0.1);
        double q1 = Seasonality.factor(2, 0.1);
        assertEquals(1.12 / 0.9, q4 / q1, 1e-12, "Q4 over Q1, about Meta's +25%");
        assertEquals(1, Seasonality.calendarMonth(1, 1));
        assertEquals(12, Seasonality.calendarMonth(3, 10));
        assertEquals(1, Seasonality.calendarMonth(4, 10));
    }

    @Test
    void cpmIsSeasonalInNormalTimes() {
        Results r = MechanismHarness.of(new AdMarket()).set("cpm", 4).set("ad_seasonality", 0.1)
                .set("first_calendar_month", 10).months(24).trials(20).results();
        double sum = 0;
        for (int t = 1; t <= 24; t++) {
            double expected = 4 * Seasonality.factor(Seasonality.calendarMonth(t, 10), 0.1);
            assertEquals(expected, MechanismHarness.mean(r, "cpm", t), 1e-12);
            sum += MechanismHarness.mean(r, "cpm", t);
        }
        assertEquals(4, sum / 24, 1e-12);
    }

    @Test
    void recessionsFollowTheirMarkovChainAndPrivacyShocksCompound() {
        double perYear = 0.6;
        double months = 8;
        double privacyRate = 1.2;
        double cut = 0.3;
        double dependence = 0.5;
        Results r = MechanismHarness.of(new AdMarket()).set("cpm", 5).set("recessions_per_year", perYear)
                .set("recession_months", months).set("privacy_shocks_per_year", privacyRate)
                .set("privacy_cpm_cut", cut).set("tracking_dependence", dependence).months(36).trials(40_000).results();
        double in = -Math.expm1(-perYear / 12);
        double out = 1 / months;
        double stationary = in / (in + out);
        for (int t : new int[] {1, 6, 36}) {
            double p = stationary * (1 - Math.pow(1 - in - out, t));
            assertEquals(p, MechanismHarness.mean(r, "ad_recession", t), 4.5 * Math.sqrt(p * (1 - p) / 40_000),
                    "P(recession at " + t + ")");
        }
        // Without a recession cut, E[cpm] = 5 * E[(1 - cut dep)^K], K ~ Poisson(rate t / 12)
        for (int t : new int[] {12, 36}) {
            assertEquals(5 * Math.exp(-privacyRate * t / 12 * cut * dependence), MechanismHarness.mean(r, "cpm", t),
                    4.5 * MechanismHarness.se(r, "cpm", t), "E[cpm(" + t + ")]");
        }
    }

    @Test
    void adLoadRaisesChurnAndImpressionsAreSold() {
        double arrivals = 1_000;
        double base = 0.05;
        double ads = 150;
        double k = 0.2;
        double premium = 0.1;
        double premiumChurn = 0.5;
        Results r = MechanismHarness.of(new AdMarket(), new Acquisition(), new CohortBook(), new AdInventory())
                .set("organic_customers", arrivals).set("monthly_churn", base).set("cpm", 3).set("ads_per_user", ads)
                .set("ad_load_churn", k).set("premium_share", premium).set("premium_churn_ratio", premiumChurn)
                .set("premium_price", 6).trials(10_000).results();
        double h = base * ((1 - premium) * (1 + k * ads / 100) + premium * premiumChurn);
        for (int t : new int[] {3, 12}) {
            double expected = 0;
            for (int age = 0; age < t; age++) {
                expected += arrivals * Math.pow(1 - h, age);
            }
            double users = MechanismHarness.mean(r, "customers", t);
            assertEquals(expected, users, 4.5 * MechanismHarness.se(r, "customers", t), "users at month " + t);
            assertEquals(users * (1 - premium) * ads * 3 / 1000, MechanismHarness.mean(r, "ad_revenue", t), 1e-6);
            assertEquals(users * (1 - premium) * ads * 3 / 1000 + users * premium * 6,
                    MechanismHarness.mean(r, "revenue", t), 1e-6);
        }
    }
}
