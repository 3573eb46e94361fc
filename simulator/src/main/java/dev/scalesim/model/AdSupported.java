package dev.scalesim.model;

import static dev.scalesim.stats.Distribution.pert;
import static dev.scalesim.stats.Distribution.range;

import dev.scalesim.mechanism.Acquisition;
import dev.scalesim.mechanism.AdInventory;
import dev.scalesim.mechanism.AdMarket;
import dev.scalesim.mechanism.CohortBook;
import dev.scalesim.mechanism.PriceResponse;
import dev.scalesim.mechanism.Staffing;
import java.util.List;
import java.util.Map;

/**
 * Ad-supported AI platform (e.g. a free AI assistant or creative app, monetized like TikTok or
 * YouTube): free to use, paid for by ads sold per thousand impressions. Customers are monthly
 * active users.
 *
 * <p>Challenges (seed, model 8): ad load raises churn; privacy and tracking changes cut CPM;
 * advertiser demand swings with the season and with macro ad recessions.
 */
public final class AdSupported {
    public static final String ID = "ad-supported";

    private static final String SEASONS = "[derived] Meta filings: Q4 ad ARPU ~+25% vs Q1 (s = 0.10); Spotify: ad "
            + "revenue -22% Q4 to Q1 (s = 0.11)";
    private static final String AD_ARPU = "[derived] Spotify: ~EUR 0.4 ad revenue per ad user a month = ads_per_user "
            + "x cpm / 1000 (e.g. 130 ads at $3.3)";

    private AdSupported() {
    }

    public static BusinessModel model() {
        Segment consumers = new Segment("consumers", "consumers",
                "app stores, social and referrals, with some paid installs", Map.of());
        return new BusinessModel(ID, "Ad-supported AI platform",
                "A free consumer AI product monetized with ads (e.g. an AI assistant or creative app, like TikTok "
                        + "or YouTube). Customers are monthly active users.",
                "ad revenue (impressions x CPM); an ad-free premium tier and in-app purchases when switched on",
                List.of(new AdMarket(), new PriceResponse(CohortBook.PRICE, null), new Acquisition(), new CohortBook(),
                        new AdInventory(), new Staffing()),
                List.of(consumers), List.of("consumers"), defaults(), challenges(), solutions(),
                List.of("ad_impressions", "cpm", "ad_revenue", "ad_recession", "premium_users"));
    }

    static Map<String, Default> defaults() {
        return Defaults.of()
                .put("starting_cash", 4_000_000, Sources.assumption("a seed round"))
                .put("fixed_costs", range(15_000, 28_000), Economics.NON_PAYROLL)
                .put("engineering_base", 5, Sources.assumption("a team of 6-10, less G&A and the 20-25% non-payroll share of opex"))
                .put("support_load", range(20_000, 100_000),
                        Sources.assumption("consumer app users one support agent serves; support at 4-10% of revenue (self-help first)"))
                .put("success_load", Double.POSITIVE_INFINITY, "free users have no customer success managers")
                .put("payment_fees", 0.02, Sources.assumption("ad-ops and payment fees (cpm is net of the ad network's share)"))
                .put("marketing_budget", 30_000, Sources.assumption("paid installs a month"))
                .put("cac", range(1.5, 5), Sources.assumption("cost per retained install of a consumer app"))
                .put("organic_customers", range(15_000, 50_000), Sources.assumption("app-store search and social sharing"))
                .put("referral_rate", range(0.01, 0.04), Sources.assumption("sharing of AI creations"))
                .put("market_size", range(2_000_000, 10_000_000), Sources.assumption("users the niche can reach"))
                .put("cac_growth", range(0.1, 0.3), Sources.assumption("yearly install-cost inflation"))
                .put("cac_volatility", 0.15, Sources.assumption("install costs follow ad demand"))
                .put("monthly_churn", range(0.07, 0.14), "Recurly: B2C median 6.77%/month for paying users; free users "
                        + "churn faster (widened up)")
                .put("early_churn", range(0.15, 0.35), Sources.assumption("most new users of a free app leave in the first months"))
                .put("early_churn_months", 2, Sources.assumption("first two months"))
                .put("contract_months", 1, "no contracts")
                .put("price", 0, "seed: free to use, paid for by ads")
                .put("expansion", 0, "no per-user expansion")
                .put("uses_per_customer", range(20, 80), Sources.assumption("AI queries or generations a month"))
                .put("cost_per_use", range(0.001, 0.004), Sources.assumption("small-model inference per query"))
                .put("service_cost", 0.01, Sources.assumption("hosting per user"))
                .put("cpm", range(2, 6), AD_ARPU)
                .put("ads_per_user", range(80, 200), AD_ARPU)
                .put("ad_seasonality", range(0.06, 0.14), SEASONS)
                .put("first_calendar_month", 1, "simulated month 1 is January")
                .put("ad_demand_volatility", range(0.03, 0.08), Sources.assumption("month-to-month ad demand noise"))
                .put("recessions_per_year", range(0.1, 0.3), Sources.assumption(
                        "ad downturns 2001, 2008-09, 2020, 2022: about one every 5 years"))
                .put("recession_cpm_cut", range(0.15, 0.35), Sources.assumption("CPMs fall 15-35% in an ad recession"))
                .put("recession_months", range(6, 15), Sources.assumption("ad recessions last 6-15 months"))
                .put("privacy_shocks_per_year", range(0.2, 0.6), Sources.assumption(
                        "GDPR 2018, Safari ITP, iOS ATT 2021, cookie changes: one every ~2 years"))
                .put("privacy_cpm_cut", range(0.15, 0.35), Sources.assumption("share of tracking-based CPM a shock removes"))
                .put("tracking_dependence", range(0.5, 0.9), Sources.assumption("behavioural targeting carries most CPM"))
                .put("ad_load_churn", range(0.1, 0.3), Sources.assumption("extra churn per 100 ads a month"))
                .put("premium_share", 0, "seed: ads only")
                .put("premium_price", range(5, 10), Sources.assumption("ad-free tiers of consumer apps"))
                .put("premium_churn_ratio", range(0.4, 0.8), Sources.assumption("paying users churn less than free ones"))
                .build();
    }

    static List<Challenge> challenges() {
        return List.of(
                new Challenge("ad-load-churn", "Over-reliance on ads can reduce user experience and retention",
                        "churn rises ad_load_churn per 100 ads a user sees a month",
                        Map.of("ad_load_churn", 0.0), "customers_end"),
                new Challenge("privacy-tracking", "Data privacy and tracking limitations (e.g., cookie bans, iOS privacy updates)",
                        "privacy shocks arrive at privacy_shocks_per_year, each cutting privacy_cpm_cut of the "
                                + "tracking-dependent CPM for good",
                        Map.of("privacy_shocks_per_year", 0.0), "arr_end"),
                new Challenge("ad-demand-cycles", "Revenue fluctuates with advertiser demand cycles",
                        "CPM follows the season (Q1 low, Q4 high), monthly noise, and ad recessions that cut it",
                        Map.of("ad_seasonality", 0.0, "recessions_per_year", 0.0, "ad_demand_volatility", 0.0),
                        "revenue_total"));
    }

    static List<Solution> solutions() {
        return List.of(
                Solution.builder("ad-free-premium", "Introduce optional ad-free premium tiers for power users")
                        .target("arr_end").timing(3, 6)
                        .set("premium_share", pert(0.02, 0.04, 0.08))
                        .costs(range(50_000, 150_000), range(5_000, 15_000))
                        .build(),
                Solution.builder("contextual-targeting", "Use contextual targeting instead of personal tracking")
                        .target("arr_end").timing(2, 4)
                        .scale("tracking_dependence", pert(0.2, 0.3, 0.5))
                        .scale("cpm", pert(0.85, 0.92, 0.98))
                        .costs(range(50_000, 150_000), range(3_000, 8_000))
                        .build(),
                Solution.builder("diversify-revenue", "Diversify revenue with in-app purchases or additional subscription tiers")
                        .target("revenue_total").timing(4, 6)
                        .add("price", pert(0.05, 0.15, 0.3))
                        .costs(range(80_000, 200_000), range(10_000, 20_000))
                        .build());
    }
}
