package dev.scalesim.model;

import static dev.scalesim.stats.Distribution.constant;
import static dev.scalesim.stats.Distribution.pert;
import static dev.scalesim.stats.Distribution.range;

import dev.scalesim.mechanism.Acquisition;
import dev.scalesim.mechanism.CohortBook;
import dev.scalesim.mechanism.FreemiumFunnel;
import dev.scalesim.mechanism.PriceResponse;
import dev.scalesim.mechanism.Staffing;
import java.util.List;
import java.util.Map;

/**
 * Subscription SaaS (e.g. Jasper AI): recurring access sold self-serve, fed by paid marketing
 * and a freemium tier.
 *
 * <p>Challenges (seed, model 2): CAC rises in a competitive landscape as channels saturate;
 * low perceived value in freemium shows up as high early-life churn; growth is capped by the
 * home market without localization.
 */
public final class SubscriptionSaas {
    public static final String ID = "subscription-saas";

    private SubscriptionSaas() {
    }

    public static BusinessModel model() {
        Segment smb = new Segment("smb", "small businesses",
                "self-serve paid acquisition plus a freemium tier", Map.of());
        return new BusinessModel(ID, "Subscription SaaS",
                "Recurring access to AI software features, sold self-serve (e.g. Jasper AI).",
                "subscriptions (per seat), freemium with upsells",
                List.of(new PriceResponse(CohortBook.PRICE, null), new Acquisition(), new FreemiumFunnel(), new CohortBook(),
                        new Staffing()),
                List.of(smb), List.of("smb"), defaults(), challenges(), solutions(),
                List.of("free_users", "paid_cac", "market_reach"));
    }

    static Map<String, Default> defaults() {
        return Defaults.of()
                .put("starting_cash", 3_000_000, Sources.assumption("a seed round"))
                .put("fixed_costs", range(23_000, 41_000), Economics.NON_PAYROLL)
                .put("engineering_base", 5, Sources.assumption("a team of 6-10 at ~$15k loaded cost, less G&A and the 20-25% non-payroll share of opex"))
                .put("payment_fees", 0.03, Sources.STRIPE_FEES)
                .put("marketing_budget", 40_000, Sources.assumption("early-stage paid marketing"))
                .put("cac", range(400, 900), Sources.CAC_PAYBACK_SMB)
                .put("organic_customers", range(10, 40), Sources.assumption("word of mouth and content"))
                .put("referral_rate", range(0.002, 0.01), Sources.assumption("referrals per customer per month"))
                .put("market_size", range(20_000, 80_000), Sources.assumption("customers the home market holds"))
                .put("cac_growth", range(0.10, 0.40), Sources.assumption("yearly CAC inflation as channels saturate"))
                .put("cac_volatility", 0.10, Sources.assumption("month-to-month CAC noise"))
                .put("free_signups", range(1_000, 4_000), Sources.assumption("free-tier signups a month"))
                .put("free_conversion", range(0.002, 0.006), Sources.OPENVIEW_FREEMIUM)
                .put("free_churn", range(0.05, 0.12), Sources.assumption("free users leave faster than payers (B2C 6.77%)"))
                .put("free_cost_per_user", range(0.2, 1.0), Sources.assumption("inference for a light free user"))
                .put("monthly_churn", range(0.025, 0.05), Sources.RECURLY_CHURN + "; " + Sources.CHARTMOGUL_CHURN)
                .put("early_churn", range(0.03, 0.10), Sources.assumption("extra churn while value is unproven"))
                .put("early_churn_months", 3, Sources.assumption("first quarter of a subscription"))
                .put("contract_months", 1, "monthly self-serve billing")
                .put("price", 100, Sources.SEED_PRICE)
                .put("expansion", range(0.003, 0.013), Sources.NRR_EXPANSION)
                .put("uses_per_customer", range(300, 1_500), Sources.assumption("AI generations per seat per month"))
                .put("cost_per_use", range(0.01, 0.04), Sources.A16Z_MARGIN)
                .put("service_cost", 4, Sources.assumption("hosting and support per customer"))
                .build();
    }

    static List<Challenge> challenges() {
        return List.of(
                new Challenge("rising-cac", "High customer acquisition costs due to competitive SaaS landscape",
                        "CAC drifts up by cac_growth a year as channels saturate, with monthly noise cac_volatility",
                        Map.of("cac_growth", 0.0, "cac_volatility", 0.0), "cash_end"),
                new Challenge("freemium-churn", "Churn risk from low perceived value in freemium tiers",
                        "new customers churn early_churn more a month in their first early_churn_months",
                        Map.of("early_churn", 0.0), "customers_end"),
                new Challenge("no-localization", "Difficulty in scaling internationally without localization",
                        "acquisition slows as customers fill a home market of market_size",
                        Map.of("market_size", Double.POSITIVE_INFINITY), "customers_end"));
    }

    static List<Solution> solutions() {
        return List.of(
                Solution.builder("faster-onboarding", "Improve onboarding to convert trial users faster")
                        .target("customers_end").timing(2, 3)
                        .scale("free_conversion", pert(1.1, 1.3, 1.6))
                        .scale("early_churn", pert(0.7, 0.85, 1.0))
                        .costs(range(30_000, 80_000), range(4_000, 10_000))
                        .build(),
                Solution.builder("customer-success", "Focus on customer success to increase retention and upsells")
                        .target("arr_end").timing(2, 6)
                        .scale("monthly_churn", pert(0.7, 0.8, 0.92))
                        .add("expansion", pert(0.001, 0.003, 0.006))
                        .scale("success_load", pert(0.35, 0.5, 0.7))
                        .costs(range(10_000, 30_000), constant(0))
                        .build(),
                Solution.builder("continuous-innovation", "Continuously innovate with cutting-edge AI features")
                        .target("customers_end").timing(3, 6)
                        .scale("early_churn", pert(0.3, 0.5, 0.8))
                        .scale("monthly_churn", pert(0.9, 0.96, 1.0))
                        .costs(constant(0), range(25_000, 60_000))
                        .build(),
                Solution.builder("localization", "Invest in multi-language support and region-specific compliance")
                        .target("arr_end").timing(6, 6)
                        .scale("market_size", pert(1.8, 2.5, 4.0))
                        .costs(range(100_000, 250_000), range(15_000, 40_000))
                        .build());
    }
}
