package dev.scalesim.model;

import static dev.scalesim.stats.Distribution.constant;
import static dev.scalesim.stats.Distribution.pert;
import static dev.scalesim.stats.Distribution.range;

import dev.scalesim.mechanism.Acquisition;
import dev.scalesim.mechanism.CohortBook;
import dev.scalesim.mechanism.ComputeCost;
import dev.scalesim.mechanism.DealPipeline;
import dev.scalesim.mechanism.FeatureBreadth;
import dev.scalesim.mechanism.FreemiumFunnel;
import dev.scalesim.mechanism.Onboarding;
import dev.scalesim.mechanism.PriceResponse;
import dev.scalesim.mechanism.Staffing;
import dev.scalesim.mechanism.UsageRevenue;
import java.util.List;
import java.util.Map;

/**
 * End-to-end AI platform (AI PaaS, e.g. Google Vertex AI): an integrated platform to build,
 * train and serve models, billed as a platform fee plus compute hours.
 *
 * <p>Challenges (seed, model 10): the integrated platform takes long to build, and an incomplete
 * core wins fewer customers; onboarding and training users is support-heavy; feature breadth
 * beyond the core (feature overload) drives customers away.
 */
public final class AiPlatform {
    public static final String ID = "ai-platform";

    private AiPlatform() {
    }

    public static BusinessModel model() {
        Segment developers = Segments.developers().describedAs("developers and data scientists",
                        "self-serve sign-up with a free tier; platform fee plus compute hours")
                .with("price", 49, Sources.assumption("team platform fee a month"))
                .with("unit_price", 4, "[derived] H100 $2-4/GPU-hour on-demand resold with a platform margin")
                .with("uses_per_customer", range(30, 150), Sources.assumption("compute hours of a paying team a month"))
                .with("usage_dispersion", range(1.2, 1.8), Sources.assumption("a few teams train large models"))
                .with("onboarding_cost", range(150, 600), Sources.assumption("support tickets and training of a new team"))
                .with("marketing_budget", 20_000, Sources.assumption("developer marketing"))
                .with("cac", range(300, 1_200), Sources.assumption("no public self-serve developer CAC; wide range"))
                .with("organic_customers", range(10, 50), Sources.assumption("teams arriving through docs and community"))
                .with("free_signups", range(500, 2_500), Sources.assumption("free-tier sign-ups a month"))
                .with("free_conversion", range(0.003, 0.008), Sources.OPENVIEW_FREEMIUM)
                .with("free_cost_per_user", range(0.5, 3), Sources.assumption("free compute credits used"));
        Segment enterprise = Segments.enterprise()
                .with("price", 10_000, Sources.assumption("enterprise platform licence a month"))
                .with("unit_price", 3.2, "[derived] committed compute at a 20% discount")
                .with("uses_per_customer", range(1_500, 6_000), Sources.assumption("compute hours of an enterprise a month"))
                .with("usage_dispersion", 0.8, Sources.assumption("enterprise usage is less skewed"))
                .with("onboarding_cost", range(30_000, 90_000), Sources.assumption("solution engineering to get an enterprise live"))
                .with("leads_per_month", range(2, 6), Sources.assumption("qualified enterprise leads a month"))
                .with("sales_team_cost", 50_000, Sources.assumption("an account executive and a solution engineer"))
                .with("late_stage_loss", range(0.05, 0.2), Sources.assumption("deals lost in security review"))
                .with("deal_size_tail", 2, Sources.CONCENTRATION)
                .with("volume_discount", 0.15, Sources.assumption("modest volume discounts"));
        return new BusinessModel(ID, "End-to-end AI platform",
                "An integrated platform to build, train and deploy models, billed by fee and compute (e.g. Google Vertex AI).",
                "platform subscriptions, pay-per-use compute (graduated tiers), enterprise licences",
                List.of(new FeatureBreadth(), new ComputeCost(), new PriceResponse(CohortBook.PRICE, UsageRevenue.UNIT_PRICE),
                        new Acquisition(), new FreemiumFunnel(), new DealPipeline(), new Onboarding(),
                        new CohortBook(), new UsageRevenue("compute_hours"), new Staffing()),
                List.of(developers, enterprise), List.of("developers", "enterprise"), defaults(), challenges(),
                solutions(), List.of("completeness", "feature_breadth", "compute_hours", "usage_revenue", "onboarding_spend"));
    }

    static Map<String, Default> defaults() {
        return Defaults.of()
                .put("starting_cash", 12_000_000, Sources.assumption("a Series A for a platform build"))
                .put("fixed_costs", range(57_000, 92_000), Economics.NON_PAYROLL)
                .put("engineering_base", 14, Sources.assumption("platform engineering team of 17-27, less G&A and the 20-25% non-payroll share of opex"))
                .put("support_load", range(150, 600), Sources.assumption("platform customers one support engineer serves; support at 4-10% of revenue"))
                .put("payment_fees", 0.03, Sources.STRIPE_FEES)
                .put("launch_completeness", pert(0.3, 0.45, 0.6), Sources.assumption("share of the core shipped at launch"))
                .put("build_months", range(24, 40), Sources.assumption("years to build an integrated platform core"))
                .put("breadth_growth", range(0.02, 0.05), Sources.assumption("features beyond the core each month"))
                .put("overload_churn", range(0.5, 2.0), Sources.assumption("churn multiplier per core set of extra features"))
                .put("market_size", Double.POSITIVE_INFINITY, "not capped at this scale")
                .put("cac_growth", range(0.05, 0.3), Sources.assumption("yearly CAC inflation"))
                .put("cac_volatility", 0.1, Sources.assumption("month-to-month CAC noise"))
                .put("early_churn", range(0.02, 0.06), Sources.assumption("teams that never get a model live"))
                .put("early_churn_months", 3, Sources.assumption("first quarter"))
                .put("expansion", range(0.005, 0.015), Sources.NRR_EXPANSION)
                .put("cost_per_use", range(1.8, 2.6), Sources.H100_PRICE + " (reserved capacity at the low end)")
                .put("compute_decline", range(0.02, 0.3), Sources.assumption("GPU-hour costs: H100 $2-4 at large clouds; "
                        + "the rental index rose from $1.70 (Oct 2025) to $2.35 (Mar 2026), so from little decline to 30% a year"))
                .put("usage_growth", 0, "compute hours per customer as drawn (uses_per_customer)")
                .put("cost_pass_through", pert(0.2, 0.4, 0.7), Sources.assumption("resold compute reprices partly with "
                        + "its cost; GPU clouds compete on the hourly price"))
                .put("service_cost", range(20, 60), Sources.assumption("ongoing support per customer"))
                .put("tier1_limit", 500, Sources.assumption("hours a month at list price"))
                .put("tier2_limit", 5_000, Sources.assumption("hours a month at the first volume discount"))
                .put("tier2_price", 0.9, Sources.assumption("10% volume discount"))
                .put("tier3_price", 0.8, Sources.assumption("20% volume discount"))
                .build();
    }

    static List<Challenge> challenges() {
        return List.of(
                new Challenge("long-build", "Complexity in building a fully integrated platform",
                        "only launch_completeness of the core ships at launch; the rest takes build_months of "
                                + "building, and acquisition scales with completeness",
                        Map.of("launch_completeness", 1.0), "customers_end"),
                new Challenge("onboarding-support", "High support costs for onboarding and training users",
                        "every new customer costs onboarding_cost in support and training",
                        Map.of("onboarding_cost", 0.0), "cash_end"),
                new Challenge("feature-overload", "Balancing feature breadth with usability (avoiding feature overload)",
                        "after the core, the team ships breadth_growth core sets a month and each raises churn by overload_churn",
                        Map.of("overload_churn", 0.0), "customers_end"));
    }

    static List<Solution> solutions() {
        return List.of(
                Solution.builder("core-features-first", "Start with core features and expand incrementally based on user demand")
                        .target("customers_end").timing(1, 0)
                        .scale("build_months", pert(0.55, 0.7, 0.85))
                        .scale("breadth_growth", pert(0.3, 0.5, 0.7))
                        .costs(range(20_000, 60_000), constant(0))
                        .build(),
                Solution.builder("self-service-tooling", "Develop robust self-service tools and tutorials to reduce support costs")
                        .target("cash_end").timing(3, 6)
                        .scale("onboarding_cost", pert(0.3, 0.5, 0.7))
                        .scale("service_cost", pert(0.7, 0.85, 1.0))
                        .scale("support_load", pert(1.3, 1.6, 2.2))
                        .costs(range(100_000, 300_000), range(10_000, 20_000))
                        .build(),
                Solution.builder("modular-pricing", "Modular design: users only pay for the features they use")
                        .target("customers_end").timing(3, 3)
                        .scale("overload_churn", pert(0.2, 0.4, 0.6))
                        .scale("price", pert(0.8, 0.9, 1.0))
                        .scale("free_conversion", pert(1.05, 1.15, 1.3))
                        .costs(range(50_000, 150_000), constant(0))
                        .build());
    }
}
