package dev.scalesim.model;

import static dev.scalesim.stats.Distribution.pert;
import static dev.scalesim.stats.Distribution.range;

import dev.scalesim.mechanism.Acquisition;
import dev.scalesim.mechanism.AdoptionBarrier;
import dev.scalesim.mechanism.CohortBook;
import dev.scalesim.mechanism.PriceResponse;
import dev.scalesim.mechanism.PriceWalk;
import dev.scalesim.mechanism.RareEvents;
import dev.scalesim.mechanism.Staffing;
import dev.scalesim.mechanism.TokenEconomy;
import java.util.List;
import java.util.Map;

/**
 * Token-based platform (e.g. Ocean Protocol): a decentralized AI data and compute platform
 * whose users pay fees in its own token. Customers are active fee-paying users (wallets).
 *
 * <p>Challenges (seed, model 5): regulatory shocks (rare events with fines and a hit to users),
 * token price volatility (a random walk with jumps that moves fee revenue, drives users away and
 * swings the treasury), and a technical barrier (wallet setup) that loses would-be users.
 */
public final class TokenBased {
    public static final String ID = "token-based";

    private static final String TOKEN_VOL = "crypto data sites (weak): RENDER ~100% annualized volatility; "
            + "BTC 40-55% in 2023-24, 120-150% at the 2017 peak";
    private static final String TOKEN_TREND = "crypto data sites (weak): AI token sector -75% in 2025 (FET -84%); "
            + "assumption: a wide normal range around a mild decline";
    private static final String RECURLY_B2C = "Recurly churn benchmarks: B2C median 6.77%/month; widened up for "
            + "crypto users";

    private TokenBased() {
    }

    public static BusinessModel model() {
        Segment developers = new Segment("developers", "developers and crypto-native builders",
                "self-serve: docs, hackathons, grants and paid developer marketing", Defaults.of()
                        .put("marketing_budget", 25_000, Sources.assumption("developer marketing a month"))
                        .put("cac", range(150, 500), Sources.assumption("no public self-serve developer CAC (benchmarks.md)"))
                        .put("organic_customers", range(50, 150), Sources.assumption("community and grants"))
                        .put("market_size", range(20_000, 80_000), Sources.assumption("active crypto AI developers reachable"))
                        .put("monthly_churn", range(0.03, 0.07), Sources.RECURLY_CHURN)
                        .put("price", range(20, 60), Sources.assumption("a developer's monthly fees at launch token price"))
                        .put("uses_per_customer", range(50, 300), Sources.assumption("data and compute jobs a month"))
                        .put("adoption_dropoff", range(0.15, 0.4), Sources.assumption("developers handle wallets well"))
                        .build());
        Segment consumers = new Segment("consumers", "non-technical users",
                "self-serve app and paid consumer marketing", Defaults.of()
                        .put("marketing_budget", 15_000, Sources.assumption("consumer marketing a month"))
                        .put("cac", range(15, 60), Sources.assumption("consumer app installs"))
                        .put("organic_customers", range(300, 900), Sources.assumption("word of mouth"))
                        .put("market_size", range(200_000, 1_000_000), Sources.assumption("crypto-curious users reachable"))
                        .put("monthly_churn", range(0.06, 0.12), RECURLY_B2C)
                        .put("price", range(5, 15), Sources.assumption("a consumer's monthly fees at launch token price"))
                        .put("uses_per_customer", range(20, 100), Sources.assumption("AI jobs a month"))
                        .put("adoption_dropoff", range(0.6, 0.88), Sources.assumption(
                                "most non-technical users abandon wallet, key and gas setup"))
                        .build());
        return new BusinessModel(ID, "Token-based platform",
                "A decentralized AI platform (e.g. Ocean Protocol) whose users pay fees in its own token. "
                        + "Customers are active fee-paying users (wallets).",
                "token fees per active user (paid in tokens, converted at the month's price); treasury token "
                        + "sales fund operations (cash, not revenue)",
                List.of(new PriceWalk(TokenEconomy.PRICE, "the platform token"),
                        new RareEvents("regulatory", "regulatory actions", false), new TokenEconomy(),
                        new AdoptionBarrier(), new PriceResponse(CohortBook.PRICE, null), new Acquisition(),
                        new CohortBook(), new Staffing()),
                List.of(developers, consumers), List.of("developers", "consumers"), defaults(), challenges(),
                solutions(), List.of("token_price", "fee_value", "treasury_value", "treasury_sales",
                        "regulatory_events", "paid_cac"));
    }

    static Map<String, Default> defaults() {
        return Defaults.of()
                .put("starting_cash", 5_000_000, Sources.assumption("fiat reserve after a token sale"))
                .put("fixed_costs", range(15_000, 28_000), Economics.NON_PAYROLL)
                .put("engineering_base", 5, Sources.assumption("a team of 6-10 at ~$15k loaded cost, less G&A and the 20-25% non-payroll share of opex"))
                .put("support_load", range(3_000, 12_000),
                        Sources.assumption("fee-paying wallets one community-support agent serves; support at 4-10% of revenue"))
                .put("payment_fees", 0.01, Sources.assumption("exchange and on-chain conversion fees"))
                .put("token_price", 0.5, Sources.assumption("launch price; only relative moves matter"))
                .put("token_price_trend", range(-0.6, 0.3), TOKEN_TREND)
                .put("token_price_volatility", range(0.6, 1.3), TOKEN_VOL)
                .put("token_price_jumps", range(1, 4), Sources.assumption("sudden repricings a year (listings, hacks, unlocks)"))
                .put("token_price_jump_size", range(-0.25, 0.05), Sources.assumption("crashes outnumber spikes"))
                .put("token_price_jump_sd", range(0.15, 0.4), Sources.assumption("jump sizes"))
                .put("price_peg", 0, "seed: fees set in the volatile token")
                .put("volatility_churn", range(0.5, 2), Sources.assumption("users leave when fees or holdings swing"))
                .put("treasury_tokens", 20_000_000, Sources.assumption("treasury worth $10M at launch"))
                .put("treasury_sale_rate", 0.02, Sources.assumption("2% of the treasury sold a month"))
                .put("regulatory_per_year", range(0.3, 1.2), Sources.assumption("enforcement actions, bans, delistings"))
                .put("regulatory_mean_loss", range(150_000, 1_000_000), Sources.assumption(
                        "legal costs and settlements; GDPR fines average ~EUR 1.76M for reference (CMS Enforcement Tracker)"))
                .put("regulatory_loss_spread", range(1, 2), Sources.assumption("heavy-tailed"))
                .put("regulatory_churn_shock", range(0.3, 1.0), Sources.assumption("users leave affected jurisdictions"))
                .put("regulatory_acquisition_hit", range(0.2, 0.6), Sources.assumption("exchanges and app stores pause listings"))
                .put("regulatory_impact_months", range(3, 9), Sources.assumption("a quarter to most of a year"))
                .put("referral_rate", range(0.005, 0.02), Sources.assumption("community referrals"))
                .put("cac_growth", range(0.1, 0.3), Sources.assumption("yearly CAC inflation"))
                .put("cac_volatility", 0.15, Sources.assumption("crypto marketing costs swing"))
                .put("early_churn", range(0.02, 0.08), Sources.assumption("new wallets try the platform and leave"))
                .put("early_churn_months", 2, Sources.assumption("first two months"))
                .put("contract_months", 1, "pay as you go")
                .put("expansion", range(0.001, 0.01), Sources.assumption("users run more jobs over time"))
                .put("cost_per_use", range(0.02, 0.08), Sources.assumption("cloud compute and data the platform pays in dollars per job"))
                .put("service_cost", 1, Sources.assumption("hosting and support per user"))
                .build();
    }

    static List<Challenge> challenges() {
        return List.of(
                new Challenge("regulatory-shocks", "Regulatory uncertainty around blockchain and cryptocurrency",
                        "regulatory actions arrive at regulatory_per_year with lognormal costs, raise churn and cut "
                                + "acquisition for regulatory_impact_months",
                        Map.of("regulatory_per_year", 0.0), "cash_end"),
                new Challenge("token-volatility", "Volatility in token value impacting revenue predictability",
                        "the token price is a random walk with jumps; fees in tokens move with it and swings raise churn",
                        Map.of("token_price_volatility", 0.0, "token_price_jumps", 0.0), "customers_end"),
                new Challenge("technical-barrier", "High technical barriers for adoption by non-technical users",
                        "a share adoption_dropoff of would-be users abandons wallet setup",
                        Map.of("adoption_dropoff", 0.0), "customers_end"));
    }

    static List<Solution> solutions() {
        return List.of(
                Solution.builder("kyc-aml-compliance", "Maintain compliance with evolving regulations (e.g., KYC/AML checks)")
                        .target("customers_end").timing(2, 4)
                        .scale("regulatory_per_year", pert(0.2, 0.35, 0.5))
                        .scale("regulatory_mean_loss", pert(0.5, 0.7, 0.9))
                        .add("adoption_dropoff", pert(0.01, 0.03, 0.06))
                        .costs(range(80_000, 200_000), range(10_000, 25_000))
                        .build(),
                Solution.builder("stable-pricing", "Introduce stablecoins or dynamic token pricing mechanisms")
                        .target("cash_min").timing(3, 3)
                        .set("price_peg", pert(0.7, 0.9, 1.0))
                        .costs(range(50_000, 150_000), range(3_000, 10_000))
                        .build(),
                Solution.builder("simpler-ux", "Simplify UX/UI to make platforms accessible to a broader audience")
                        .target("customers_end").timing(3, 6)
                        .scale("adoption_dropoff", pert(0.4, 0.6, 0.8))
                        .scale("early_churn", pert(0.6, 0.8, 1.0))
                        .costs(range(100_000, 250_000), range(10_000, 25_000))
                        .build());
    }
}
