package dev.scalesim.model;

import static dev.scalesim.stats.Distribution.constant;
import static dev.scalesim.stats.Distribution.pert;
import static dev.scalesim.stats.Distribution.range;

import dev.scalesim.mechanism.CohortBook;
import dev.scalesim.mechanism.DealPipeline;
import dev.scalesim.mechanism.Onboarding;
import dev.scalesim.mechanism.PriceResponse;
import dev.scalesim.mechanism.Staffing;
import java.util.List;
import java.util.Map;

/**
 * Enterprise licensing (e.g. Harvey AI): private, customizable AI deployments sold as annual
 * licences by a direct sales team, with an implementation project per client.
 *
 * <p>Challenges (seed, model 3): long, random sales cycles through enterprise procurement; a few
 * large clients carry the revenue, at volume-discounted rates, and renew yearly; deals lost in
 * security and compliance review of on-premise deployments.
 */
public final class EnterpriseLicensing {
    public static final String ID = "enterprise-licensing";

    private EnterpriseLicensing() {
    }

    public static BusinessModel model() {
        Segment enterprise = Segments.enterprise()
                .with("deal_size_tail", 1.4, Sources.CONCENTRATION)
                .with("volume_discount", 0.25, Sources.assumption("a licence k times the standard size costs k^0.75 times"))
                .with("leads_per_month", range(3, 8), Sources.assumption("qualified enterprise leads a month"))
                .with("sales_cycle_months", range(5, 10), Sources.SALES_CYCLE + " (regulated buyers at the long end)")
                .with("late_stage_loss", range(0.15, 0.35), Sources.assumption("on-premise deals lost in security review"))
                .with("onboarding_cost", range(20_000, 80_000), Sources.assumption("implementation and security review per client"));
        Segment midmarket = Segments.midmarket()
                .with("leads_per_month", range(0.5, 2), Sources.assumption("inbound mid-market leads without a mid-market team"))
                .with("sales_team_cost", 0, "no mid-market team in the baseline")
                .with("onboarding_cost", range(3_000, 12_000), Sources.assumption("lighter implementation for mid-market"));
        return new BusinessModel(ID, "Enterprise licensing",
                "Customizable, private AI deployments licensed yearly to enterprises through direct sales (e.g. Harvey AI).",
                "annual licences (volume-discounted by size), implementation",
                List.of(new PriceResponse(CohortBook.PRICE, null), new DealPipeline(), new Onboarding(), new CohortBook(),
                        new Staffing()),
                List.of(enterprise, midmarket), List.of("enterprise", "midmarket"), defaults(), challenges(),
                solutions(), List.of("open_deals", "deals_won", "deal_units", "onboarding_spend"));
    }

    static Map<String, Default> defaults() {
        return Defaults.of()
                .put("starting_cash", 15_000_000, Sources.assumption("a Series A"))
                .put("fixed_costs", range(57_000, 92_000), Economics.NON_PAYROLL)
                .put("engineering_base", 14,
                        Sources.assumption("R&D and G&A of 17-27 people at ~$15k loaded, less G&A and the 20-25% non-payroll share of opex"))
                .put("support_load", range(10, 40), Sources.assumption("enterprise accounts one support engineer serves; support at 4-10% of revenue"))
                .put("payment_fees", 0.005, Sources.assumption("invoiced by wire: bank fees only"))
                .put("early_churn", 0, "no early churn: contracts run a year")
                .put("early_churn_months", 0, "no early churn")
                .put("contract_months", 12, "annual licences")
                .put("expansion", range(0.005, 0.015), "[derived] Benchmarkit/Maxio 2025: enterprise NRR ~118% over GRR ~90%")
                .put("uses_per_customer", range(3_000, 15_000), Sources.assumption("AI queries under a standard licence a month"))
                .put("cost_per_use", range(0.05, 0.15), Sources.assumption("long-document inference, retrieval and review per query"))
                .put("service_cost", range(800, 2_000), Sources.assumption("hosting and support of a private deployment"))
                .build();
    }

    static List<Challenge> challenges() {
        return List.of(
                new Challenge("long-sales-cycles", "Long sales cycles due to enterprise procurement processes",
                        "leads take a negative-binomial cycle of mean sales_cycle_months through three stages before they sign",
                        Map.of("sales_cycle_months", (double) DealPipeline.STAGES), "cash_min"),
                new Challenge("client-concentration", "High dependency on a few clients creates revenue concentration risks",
                        "licence sizes are Pareto with tail deal_size_tail: the largest clients carry the revenue, "
                                + "buy at volume-discounted rates (volume_discount) and renew only yearly",
                        Map.of("deal_size_tail", 50.0), "arr_end"),
                new Challenge("security-concerns", "Security and compliance concerns for on-premise deployments",
                        "late_stage_loss of the deals otherwise won are lost in security and compliance review",
                        Map.of("late_stage_loss", 0.0), "arr_end"));
    }

    static List<Solution> solutions() {
        return List.of(
                Solution.builder("enterprise-sales-team", "Hire experienced enterprise sales teams with proven B2B track records")
                        .target("arr_end").timing(2, 6)
                        .scale("sales_cycle_months", pert(0.6, 0.75, 0.9))
                        .scale("win_rate", pert(1.1, 1.25, 1.4))
                        .costs(range(30_000, 80_000), range(40_000, 80_000))
                        .build(),
                Solution.builder("midmarket-focus", "Diversify industry focus and target mid-market enterprises")
                        .target("customers_end").timing(3, 6)
                        .add("midmarket.leads_per_month", pert(5, 10, 15))
                        .scale("enterprise.leads_per_month", pert(1.0, 1.1, 1.2))
                        .costs(range(20_000, 60_000), range(20_000, 40_000))
                        .build(),
                Solution.builder("hybrid-deployment", "Offer hybrid deployment models combining on-premise and cloud-based options")
                        .target("arr_end").timing(4, 6)
                        .scale("late_stage_loss", pert(0.3, 0.5, 0.7))
                        .add("service_cost", pert(300, 800, 1_500))
                        .costs(range(150_000, 400_000), constant(0))
                        .build());
    }
}
