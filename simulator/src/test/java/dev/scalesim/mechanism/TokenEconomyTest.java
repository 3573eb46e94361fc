package dev.scalesim.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalesim.kernel.Results;
import dev.scalesim.support.MechanismHarness;
import org.junit.jupiter.api.Test;

/**
 * Token-denominated fees and the treasury on a deterministic price path (closed forms exact),
 * volatility churn and the adoption barrier against their expectations (4.5 standard errors:
 * false-alarm odds below 1 in 100,000 each; seeds are fixed).
 */
class TokenEconomyTest {
    private static final double TREND = -0.4;

    private static MechanismHarness token() {
        return MechanismHarness.of(new PriceWalk(TokenEconomy.PRICE, "the token"), new TokenEconomy(),
                new AdoptionBarrier(), new Acquisition(), new CohortBook())
                .set("token_price", 0.5).set("token_price_trend", TREND).months(24);
    }

    private static double price(int t) {
        return 0.5 * Math.pow(1 + TREND, t / 12.0);
    }

    @Test
    void feesConvertAtTheMonthsPriceExceptThePeggedShare() {
        Results r = token().set("price_peg", 0.3).set("price", 40).set("organic_customers", 50).trials(50).results();
        for (int t = 1; t <= 24; t++) {
            double factor = 0.3 + 0.7 * price(t) / 0.5;
            assertEquals(price(t), MechanismHarness.mean(r, "token_price", t), 1e-12);
            assertEquals(factor, MechanismHarness.mean(r, "fee_value", t), 1e-12);
            assertEquals(40 * factor, MechanismHarness.mean(r, "arpu", t), 1e-9);
        }
    }

    @Test
    void treasurySalesRaiseCashNotRevenue() {
        double tokens = 4_000_000;
        double rate = 0.03;
        Results r = token().set("treasury_tokens", tokens).set("treasury_sale_rate", rate)
                .set("starting_cash", 1_000_000).trials(5).results();
        double cash = 1_000_000;
        for (int t = 1; t <= 24; t++) {
            double held = tokens * Math.pow(1 - rate, t);
            double sold = tokens * Math.pow(1 - rate, t - 1) * rate;
            cash += sold * price(t);
            assertEquals(held * price(t), MechanismHarness.mean(r, "treasury_value", t), 1e-6);
            assertEquals(sold * price(t), MechanismHarness.mean(r, "treasury_sales", t), 1e-6);
            assertEquals(cash, MechanismHarness.mean(r, "cash", t), 1e-4);
            assertEquals(0, MechanismHarness.mean(r, "revenue", t), 0.0);
            assertEquals(0, MechanismHarness.mean(r, "ebitda", t), 0.0);
        }
    }

    @Test
    void tokenSwingsDriveChurnUnlessPegged() {
        double arrivals = 200;
        double base = 0.04;
        double k = 2;
        double peg = 0.25;
        Results r = token().set("price_peg", peg).set("volatility_churn", k).set("organic_customers", arrivals)
                .set("monthly_churn", base).trials(10_000).results();
        // The deterministic walk moves |ln(1 + trend)| / 12 every month.
        double h = base * (1 + k * (1 - peg) * Math.abs(Math.log1p(TREND)) / 12);
        for (int t : new int[] {6, 24}) {
            double expected = 0;
            for (int age = 0; age < t; age++) {
                expected += arrivals * Math.pow(1 - h, age);
            }
            assertEquals(expected, MechanismHarness.mean(r, "customers", t), 4.5 * MechanismHarness.se(r, "customers", t));
        }
    }

    @Test
    void adoptionBarrierLosesItsShareOfArrivals() {
        Results r = token().set("organic_customers", 300).set("adoption_dropoff", 0.7).months(1).trials(20_000).results();
        assertEquals(90, MechanismHarness.mean(r, "new_customers", 1), 4.5 * Math.sqrt(90.0 / 20_000));
    }
}
