package dev.scalesim.model;

import static dev.scalesim.stats.Distribution.constant;
import static dev.scalesim.stats.Distribution.pert;
import static dev.scalesim.stats.Distribution.range;

import dev.scalesim.mechanism.CohortBook;
import dev.scalesim.mechanism.PriceResponse;
import dev.scalesim.mechanism.ProjectCapacity;
import dev.scalesim.mechanism.Staffing;
import java.util.List;
import java.util.Map;

/**
 * Custom AI development (e.g. Deloitte AI): fixed-price AI projects for clients, delivered by
 * billable staff, with optional support and model-update contracts after delivery.
 *
 * <p>Challenges (seed, model 4): low scalability of labour-intensive work (revenue bound by
 * billable headcount, utilization and a hiring lag); client-specific data adds effort that does
 * not carry over to the next client; one-time projects leave revenue gaps the delivery team is
 * paid through.
 */
public final class CustomDevelopment {
    public static final String ID = "custom-development";

    private CustomDevelopment() {
    }

    public static BusinessModel model() {
        Segment clients = Segments.enterprise().describedAs("enterprise clients",
                        "direct sales of fixed-price projects; support contracts after delivery")
                .with("price", range(5_000, 12_000), Sources.assumption("monthly support and model-update contract"))
                .with("monthly_churn", range(0.01, 0.025), Sources.SEGMENT_CHURN + " (mid-market to enterprise)")
                .with("expansion", 0, "support contracts do not expand")
                .with("churn_price_elasticity", 0, "demand answers the project price; support contracts, priced "
                        + "apart, do not churn on it");
        return new BusinessModel(ID, "Custom AI development",
                "Bespoke AI solutions built for clients in niche industries, billed as projects (e.g. Deloitte AI).",
                "project fees (fixed price, recognised as delivered), support and update subscriptions",
                List.of(new PriceResponse(ProjectCapacity.VALUE, null), new ProjectCapacity(), new CohortBook(),
                        new Staffing()),
                List.of(clients), List.of("enterprise"), defaults(), challenges(), solutions(),
                List.of("bookings", "backlog", "staff", "staff_utilization"));
    }

    static Map<String, Default> defaults() {
        return Defaults.of()
                .put("starting_cash", 3_000_000, Sources.assumption("founders' capital and a small round"))
                .put("fixed_costs", range(49_000, 92_000), Economics.NON_PAYROLL)
                .put("engineering_base", 2, Sources.assumption("sales, partners and G&A, less G&A and the 20-25% non-payroll share of opex"))
                .put("support_load", range(10, 40), Sources.assumption("clients one support engineer serves; support at 4-10% of revenue"))
                .put("engineering_load", Double.POSITIVE_INFINITY, "delivery staff grow with the backlog (billable_staff, hiring_lag)")
                .put("payment_fees", 0.005, Sources.assumption("invoiced by wire: bank fees only"))
                .put("projects_per_month", range(1.5, 4), Sources.assumption("projects signed a month by a boutique AI firm"))
                .put("project_value", range(150_000, 400_000), Sources.assumption("fixed-price AI project"))
                .put("follow_on_rate", range(0.05, 0.15), Sources.assumption("few clients buy support after delivery"))
                .put("repeat_rate", range(0.3, 0.6), Sources.assumption("clients who commission another project"))
                .put("repeat_gap_months", range(6, 18), Sources.assumption("a budget cycle between a client's projects"))
                .put("project_size_dispersion", 0.7, Sources.assumption("project values vary about 2x either way"))
                .put("billable_staff", 20, Sources.assumption("delivery team at month 1"))
                .put("staff_cost", range(11_000, 15_000), Sources.assumption("loaded monthly cost of an ML engineer or consultant"))
                .put("bill_rate", range(26_000, 34_000), "[derived] SPI 2025 project margin ~36% at 68.9% utilization: "
                        + "bill rate = staff cost / (0.689 x 0.64)")
                .put("utilization", range(0.62, 0.76), Sources.SPI_UTILIZATION)
                .put("data_overhead", range(0.15, 0.4), Sources.assumption("client data cleaning and labelling per project"))
                .put("hiring_lag", range(2, 4), Sources.assumption("months to recruit and onboard an ML engineer"))
                .put("release_lag", range(2, 4), Sources.assumption("notice periods and keeping scarce skills"))
                .put("monthly_churn", range(0.01, 0.025), Sources.SEGMENT_CHURN)
                .put("early_churn", 0, "support contracts run a year")
                .put("early_churn_months", 0, "no early churn")
                .put("contract_months", 12, "annual support contracts")
                .put("price", range(5_000, 12_000), Sources.assumption("monthly support and model-update contract"))
                .put("uses_per_customer", range(5_000, 30_000), Sources.assumption("model calls of a supported deployment"))
                .put("cost_per_use", range(0.005, 0.02), Sources.assumption("inference we host for supported clients"))
                .put("service_cost", range(1_000, 3_000), Sources.assumption("support engineer time per contract"))
                .build();
    }

    static List<Challenge> challenges() {
        return List.of(
                new Challenge("labor-bound", "Low scalability due to labor-intensive custom solutions",
                        "revenue is delivered by billable staff (utilization x bill_rate each), hired against the "
                                + "backlog with a hiring_lag of months",
                        Map.of("hiring_lag", 0.0), "revenue_total"),
                new Challenge("client-specific-data", "Reliance on client-specific data limits cross-industry application",
                        "every project needs data_overhead more effort on the client's own data",
                        Map.of("data_overhead", 0.0), "cash_end"),
                new Challenge("one-time-projects", "Difficulty in maintaining long-term revenue streams from one-time projects",
                        "revenue stops when a project ends; repeat_rate of clients come back for another project, "
                                + "but only after repeat_gap_months on average (idle staff meanwhile stay on the "
                                + "bench for release_lag months)",
                        Map.of("repeat_gap_months", 0.0), "revenue_total"));
    }

    static List<Solution> solutions() {
        return List.of(
                Solution.builder("reusable-frameworks", "Develop modular, reusable frameworks to reduce development time")
                        .target("cash_end").timing(4, 9)
                        .scale("bill_rate", pert(1.15, 1.3, 1.5))
                        .costs(range(150_000, 400_000), range(10_000, 20_000))
                        .build(),
                Solution.builder("standardized-workflows", "Standardize workflows to reduce reliance on unique data sources")
                        .target("cash_end").timing(3, 6)
                        .scale("data_overhead", pert(0.3, 0.5, 0.7))
                        .costs(range(50_000, 150_000), constant(0))
                        .build(),
                Solution.builder("support-subscriptions", "Transition to subscription models for ongoing model updates and support")
                        .target("arr_end").timing(2, 3)
                        .set("follow_on_rate", pert(0.3, 0.45, 0.6))
                        .costs(range(10_000, 40_000), range(10_000, 30_000))
                        .build());
    }
}
