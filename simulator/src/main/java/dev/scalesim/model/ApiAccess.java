package dev.scalesim.model;

import static dev.scalesim.stats.Distribution.constant;
import static dev.scalesim.stats.Distribution.pert;
import static dev.scalesim.stats.Distribution.range;

import dev.scalesim.mechanism.Acquisition;
import dev.scalesim.mechanism.CohortBook;
import dev.scalesim.mechanism.ComputeCost;
import dev.scalesim.mechanism.DealPipeline;
import dev.scalesim.mechanism.FreemiumFunnel;
import dev.scalesim.mechanism.PriceResponse;
import dev.scalesim.mechanism.PriceWar;
import dev.scalesim.mechanism.Staffing;
import dev.scalesim.mechanism.UsageRevenue;
import java.util.List;
import java.util.Map;

/**
 * Selling API access (e.g. the OpenAI API): developers pay per call on graduated volume tiers,
 * small businesses on a committed monthly minimum plus calls, enterprises on annual committed
 * contracts sold by a direct sales team.
 *
 * <p>Challenges (seed, model 1): infrastructure cost grows with heavy-tailed usage (heavy users
 * land in discounted tiers while every call costs the same compute); commoditization brings
 * price wars (random cuts we must partly match); a few large enterprise contracts carry the
 * revenue at deep volume discounts and renew yearly.
 */
public final class ApiAccess {
    public static final String ID = "api-access";

    private ApiAccess() {
    }

    public static BusinessModel model() {
        Segment developers = Segments.developers()
                .with("uses_per_customer", range(5_000, 20_000), Sources.assumption("calls per paying developer a month"))
                .with("usage_dispersion", range(1.1, 1.7), Sources.assumption("API usage is heavy-tailed: the top 1% of accounts make a large share of calls"));
        Segment smb = Segments.smb().describedAs("small businesses",
                        "self-serve paid acquisition onto a committed monthly plan")
                .with("free_signups", 0, "small businesses buy a committed plan, no free tier")
                .with("marketing_budget", 15_000, Sources.assumption("paid acquisition for committed plans"))
                .with("cac", range(1_500, 4_000), Sources.assumption("a committed minimum is a hard self-serve sell"))
                .with("organic_customers", range(1, 5), Sources.assumption("small businesses arriving unprompted"))
                .with("price", 500, Sources.assumption("minimum monthly commitment of the small-business plan"))
                .with("unit_price", 0.008, "[derived] seed $0.01/call less a 20% plan discount")
                .with("uses_per_customer", range(30_000, 120_000), Sources.assumption("calls of a small business app a month"))
                .with("usage_dispersion", range(0.8, 1.4), Sources.assumption("small businesses are less skewed than developers"));
        Segment enterprise = Segments.enterprise()
                .with("price", 20_000, Sources.assumption("committed monthly spend of a standard enterprise contract"))
                .with("unit_price", 0, "calls are included in the enterprise commitment")
                .with("deal_size_tail", 1.3, Sources.CONCENTRATION)
                .with("volume_discount", 0.25, Sources.assumption("bulk buyers pay k^0.75 for k times the volume"))
                .with("uses_per_customer", range(1_500_000, 4_000_000), Sources.assumption("calls under a standard contract a month"))
                .with("usage_dispersion", 0, "usage is billed through the commitment")
                .with("late_stage_loss", range(0.05, 0.2), Sources.assumption("API contracts pass security review more easily than deployments"));
        return new BusinessModel(ID, "Selling API access",
                "Pay-per-call access to AI models for developers, small businesses and enterprises (e.g. the OpenAI API).",
                "pay-per-use (graduated volume tiers), committed plans, enterprise contracts",
                List.of(new PriceWar(), new ComputeCost(), new PriceResponse(CohortBook.PRICE, UsageRevenue.UNIT_PRICE),
                        new Acquisition(), new FreemiumFunnel(), new DealPipeline(), new CohortBook(),
                        new UsageRevenue("api_calls"), new Staffing()),
                List.of(developers, smb, enterprise), List.of("developers", "smb", "enterprise"), defaults(),
                challenges(), solutions(),
                List.of("api_calls", "usage_revenue", "heavy_use_share", "price_index", "compute_cost_index", "deals_won"));
    }

    static Map<String, Default> defaults() {
        return Defaults.of()
                .put("starting_cash", 6_000_000, Sources.assumption("a seed-plus round"))
                .put("fixed_costs", range(38_000, 59_000), Economics.NON_PAYROLL)
                .put("engineering_base", 10, Sources.assumption("a team of 12-18 at ~$15k loaded cost, less G&A and the 20-25% non-payroll share of opex"))
                .put("support_load", range(500, 2_000),
                        Sources.assumption("API accounts one support engineer serves; support at 4-10% of revenue (docs first)"))
                .put("payment_fees", 0.03, Sources.STRIPE_FEES)
                .put("market_size", Double.POSITIVE_INFINITY, "API demand is not capped at this scale")
                .put("cac_growth", range(0.05, 0.3), Sources.assumption("yearly CAC inflation"))
                .put("cac_volatility", 0.1, Sources.assumption("month-to-month CAC noise"))
                .put("price_war_rate", range(1, 3), Sources.API_PRICE_WARS)
                .put("price_cut", range(0.15, 0.35), Sources.API_PRICE_WARS + "; a mid-tier API sees smaller cuts than the frontier")
                .put("pass_through", pert(0.5, 0.7, 0.9), Sources.assumption("a commodity API must match most of a cut"))
                .put("switching_churn", range(2, 6), Sources.assumption("customers switch in the month of an unmatched cut"))
                .put("compute_decline", range(0.25, 0.6), Sources.LLM_PRICE_DECLINE)
                .put("usage_growth", range(0.005, 0.02), Sources.assumption("customers' apps grow their call volume"))
                .put("cost_pass_through", pert(0.3, 0.5, 0.8), Sources.assumption("a commodity API reprices with its cost: "
                        + "list prices at constant capability fall about as fast as the cost (a16z 'LLMflation' 2024)"))
                .put("early_churn", range(0.02, 0.06), Sources.assumption("integrations abandoned in the first months"))
                .put("early_churn_months", 3, Sources.assumption("first quarter"))
                .put("expansion", range(0.005, 0.015), Sources.NRR_EXPANSION)
                .put("cost_per_use", range(0.003, 0.006), Sources.A16Z_MARGIN + "; at $0.01/call, 50-60% margin")
                .put("service_cost", 10, Sources.assumption("support and monitoring per account"))
                .put("tier1_limit", 25_000, Sources.assumption("calls a month at list price"))
                .put("tier2_limit", 250_000, Sources.assumption("calls a month at the first volume discount"))
                .put("tier2_price", 0.65, Sources.assumption("volume tier at 65% of list"))
                .put("tier3_price", 0.35, Sources.assumption("heavy-user tier at 35% of list, below the cost of a call"))
                .build();
    }

    static List<Challenge> challenges() {
        return List.of(
                new Challenge("heavy-usage", "High infrastructure costs with increasing API usage",
                        "uses per customer are lognormal across customers with log-sd usage_dispersion; heavy users "
                                + "are billed at discounted tiers (tier2_price, tier3_price) while every call costs "
                                + "cost_per_use",
                        Map.of("usage_dispersion", 0.0), "gross_margin_end"),
                new Challenge("price-wars", "Commoditization of APIs leading to pricing wars",
                        "competitor cuts arrive price_war_rate times a year (mean size price_cut); we match "
                                + "pass_through of each and lose customers for the rest (switching_churn)",
                        Map.of("price_war_rate", 0.0), "arr_end"),
                new Challenge("enterprise-dependency", "Dependency on enterprise clients for bulk revenue",
                        "enterprise contract sizes are Pareto with tail deal_size_tail: a few clients carry the "
                                + "revenue, pay volume-discounted rates for their bulk and can leave at renewal",
                        Map.of("deal_size_tail", 50.0), "arr_end"));
    }

    static List<Solution> solutions() {
        return List.of(
                Solution.builder("spot-instances", "Optimize compute and hosting costs with spot instances")
                        .target("gross_margin_end").timing(2, 4)
                        .scale("cost_per_use", pert(0.55, 0.7, 0.85))
                        .scale("monthly_churn", pert(1.0, 1.02, 1.05))
                        .costs(range(50_000, 150_000), range(5_000, 15_000))
                        .build(),
                Solution.builder("tiered-pricing", "Introduce tiered pricing to capture value from heavy users")
                        .target("gross_margin_end").timing(3, 3)
                        .set("tier2_price", pert(0.8, 0.9, 1.0))
                        .set("tier3_price", pert(0.6, 0.75, 0.9))
                        .scale("monthly_churn", pert(1.0, 1.03, 1.08))
                        .costs(range(20_000, 60_000), constant(0))
                        .build(),
                Solution.builder("differentiation", "Differentiate with unique capabilities (faster responses, specialized models)")
                        .target("arr_end").timing(3, 9)
                        .scale("pass_through", pert(0.3, 0.5, 0.7))
                        .scale("switching_churn", pert(0.3, 0.5, 0.7))
                        .costs(constant(0), range(40_000, 100_000))
                        .build(),
                Solution.builder("usage-pricing-smb", "Diversify with usage-based pricing to attract smaller businesses")
                        .target("customers_end").timing(2, 3)
                        .set("smb.price", constant(0))
                        .scale("smb.cac", pert(0.3, 0.5, 0.7))
                        .scale("smb.organic_customers", pert(2, 3, 5))
                        .scale("smb.monthly_churn", pert(1.1, 1.25, 1.4))
                        .costs(range(20_000, 60_000), constant(0))
                        .build());
    }
}
