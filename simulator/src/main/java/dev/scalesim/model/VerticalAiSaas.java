package dev.scalesim.model;

import static dev.scalesim.stats.Distribution.constant;
import static dev.scalesim.stats.Distribution.pert;
import static dev.scalesim.stats.Distribution.range;

import dev.scalesim.mechanism.Acquisition;
import dev.scalesim.mechanism.Certification;
import dev.scalesim.mechanism.CohortBook;
import dev.scalesim.mechanism.DealPipeline;
import dev.scalesim.mechanism.DomainData;
import dev.scalesim.mechanism.FreemiumFunnel;
import dev.scalesim.mechanism.Onboarding;
import dev.scalesim.mechanism.PriceResponse;
import dev.scalesim.mechanism.Seats;
import dev.scalesim.mechanism.Staffing;
import java.util.List;
import java.util.Map;

/**
 * AI-powered SaaS for one industry (e.g. Suki AI in healthcare): per-seat subscriptions for
 * small practices through self-serve and a free plan, annual licences for large organisations
 * through direct sales.
 *
 * <p>The seed lists no challenges for this model; scalesim infers three from what sets vertical
 * software apart: a compliance certificate (HIPAA, SOC 2, HITRUST) that regulated buyers wait
 * for; integration with each customer's systems of record (EHR, CRM, ticketing) that costs money
 * per customer; and scarce domain data that holds model quality, and so retention, back until
 * usage or partnerships supply it.
 */
public final class VerticalAiSaas {
    public static final String ID = "vertical-ai-saas";

    private VerticalAiSaas() {
    }

    public static BusinessModel model() {
        Segment practices = Segments.smb().describedAs("small practices",
                        "self-serve paid acquisition plus a free plan; priced per seat")
                .with("price", range(150, 300), Sources.assumption("price per clinician seat a month"))
                .with("seats_per_customer", 3, Sources.assumption("seats of a small practice"))
                .with("cac", range(3_000, 7_000), "[derived] vendor study 2025 (weak): SMB CAC payback 8-12 months x "
                        + "~$450 monthly gross profit of a 3-seat practice")
                .with("free_signups", range(500, 2_000), Sources.assumption("free-plan sign-ups a month in one industry"))
                .with("monthly_churn", range(0.015, 0.035), Sources.SEGMENT_CHURN + " (sticky vertical workflows)")
                .with("organic_customers", range(5, 25), Sources.assumption("referrals inside the industry"))
                .with("referral_rate", range(0.003, 0.012), Sources.assumption("word of mouth in a tight industry"))
                .with("free_conversion", range(0.003, 0.008), Sources.OPENVIEW_FREEMIUM)
                .with("free_cost_per_user", range(0.5, 2), Sources.assumption("inference for a free user"))
                .with("marketing_budget", 30_000, Sources.assumption("paid acquisition in one industry"))
                .with("uncertified_reach", 0.6, Sources.assumption("small practices that buy before certification"))
                .with("onboarding_cost", range(500, 2_000), Sources.assumption("integration with a practice's system of record"));
        Segment systems = Segments.enterprise().describedAs("large organisations",
                        "direct sales pipeline with pilots; annual licences with volume discounts")
                .with("price", 150_000.0 / 12, Sources.assumption("annual licence of a standard deployment"))
                .with("seats_per_customer", 1, "licences are sized by the deal, not by seats")
                .with("onboarding_cost", range(30_000, 100_000), Sources.assumption("integration with a large organisation's systems"))
                .with("leads_per_month", range(2, 6), Sources.assumption("qualified enterprise leads a month"))
                .with("sales_team_cost", 50_000, Sources.assumption("an account executive and a solution engineer"))
                .with("sales_cycle_months", range(5, 11), Sources.SALES_CYCLE + " (regulated buyers at the long end)")
                .with("late_stage_loss", range(0.1, 0.25), Sources.assumption("deals lost in compliance review"))
                .with("deal_size_tail", 2, Sources.CONCENTRATION)
                .with("uses_per_customer", range(10_000, 40_000), Sources.assumption("AI tasks of a standard deployment "
                        + "(50-100 clinicians) a month"));
        return new BusinessModel(ID, "Vertical AI SaaS",
                "AI-powered software for one industry (e.g. Suki AI in healthcare); challenges inferred, not in the "
                        + "seed: certification delays, integration cost, scarce domain data.",
                "subscriptions (per seat), freemium with upsells, enterprise licences",
                List.of(new Certification(), new DomainData(), new PriceResponse(CohortBook.PRICE, null),
                        new Acquisition(), new FreemiumFunnel(), new DealPipeline(),
                        new Seats(), new Onboarding(), new CohortBook(), new Staffing()),
                List.of(practices, systems), List.of("smb", "enterprise"), defaults(), challenges(), solutions(),
                List.of("certified", "model_quality", "new_seats", "onboarding_spend", "deals_won", "free_users"));
    }

    static Map<String, Default> defaults() {
        return Defaults.of()
                .put("starting_cash", 8_000_000, Sources.assumption("a seed-plus round"))
                .put("fixed_costs", range(47_000, 75_000), Economics.NON_PAYROLL)
                .put("engineering_base", 11,
                        Sources.assumption("a team of 13-21 incl. clinical and compliance staff, less G&A and the 20-25% non-payroll share of opex"))
                .put("support_load", range(100, 400), Sources.assumption("practices and systems one support specialist serves; support at 4-10% of revenue"))
                .put("payment_fees", 0.03, Sources.STRIPE_FEES)
                .put("certification_months", range(6, 15), Sources.assumption("SOC 2 Type II / HIPAA audits take 6-12 months, HITRUST longer"))
                .put("data_quality_start", pert(0.5, 0.65, 0.8), Sources.assumption("accuracy of a general model on domain work"))
                .put("data_needed", range(5_000, 20_000), Sources.assumption("customer-months of usage data that close 63% of the gap"))
                .put("data_purchase", 0, "no licensed domain data in the baseline")
                .put("quality_churn", range(1, 3), Sources.assumption("errors on domain specifics drive users away"))
                .put("market_size", range(20_000, 60_000), Sources.assumption("practices in the home market"))
                .put("cac_growth", range(0.1, 0.3), Sources.assumption("yearly CAC inflation"))
                .put("cac_volatility", 0.1, Sources.assumption("month-to-month CAC noise"))
                .put("early_churn", range(0.02, 0.06), Sources.assumption("practices that never finish setup"))
                .put("early_churn_months", 3, Sources.assumption("first quarter"))
                .put("uses_per_customer", range(200, 600), Sources.assumption("AI tasks per seat a month (notes, summaries)"))
                .put("cost_per_use", range(0.08, 0.25), Sources.A16Z_MARGIN + "; a domain model with human review of a share of outputs")
                .put("service_cost", range(5, 15), Sources.assumption("hosting and support per customer"))
                .build();
    }

    static List<Challenge> challenges() {
        return List.of(
                new Challenge("certification-delay", "Compliance certification delays (inferred: not in the seed)",
                        "until certification_months have passed only uncertified_reach of each segment's demand can buy",
                        Map.of("certification_months", 0.0), "customers_end"),
                new Challenge("integration-cost", "Per-customer integration cost (inferred: not in the seed)",
                        "every new customer costs onboarding_cost to integrate with its systems of record",
                        Map.of("onboarding_cost", 0.0), "cash_end"),
                new Challenge("scarce-domain-data", "Scarce domain data limits model quality (inferred: not in the seed)",
                        "quality starts at data_quality_start and closes its gap as usage data accumulates "
                                + "(data_needed); churn is higher by quality_churn times the gap",
                        Map.of("data_quality_start", 1.0), "customers_end"));
    }

    static List<Solution> solutions() {
        return List.of(
                Solution.builder("certification-program", "Run a certification program (audit readiness, compliance lead)")
                        .target("customers_end").timing(1, 0)
                        .scale("certification_months", pert(0.35, 0.5, 0.7))
                        .costs(range(80_000, 200_000), range(10_000, 20_000))
                        .build(),
                Solution.builder("integration-partnerships", "Partner with system-of-record vendors for pre-built integrations")
                        .target("cash_end").timing(3, 6)
                        .scale("onboarding_cost", pert(0.3, 0.45, 0.6))
                        .add("payment_fees", pert(0.005, 0.01, 0.02))
                        .costs(range(30_000, 80_000), constant(0))
                        .build(),
                Solution.builder("data-partnerships", "License domain data through partnerships")
                        .target("customers_end").timing(2, 3)
                        .add("data_purchase", pert(300, 600, 1_200))
                        .costs(range(20_000, 60_000), range(15_000, 40_000))
                        .build());
    }
}
