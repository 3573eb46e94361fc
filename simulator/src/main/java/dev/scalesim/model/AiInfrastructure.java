package dev.scalesim.model;

import static dev.scalesim.stats.Distribution.constant;
import static dev.scalesim.stats.Distribution.pert;
import static dev.scalesim.stats.Distribution.range;

import dev.scalesim.mechanism.Acquisition;
import dev.scalesim.mechanism.CohortBook;
import dev.scalesim.mechanism.ComputeCost;
import dev.scalesim.mechanism.GpuFleet;
import dev.scalesim.mechanism.PriceResponse;
import dev.scalesim.mechanism.PriceWalk;
import dev.scalesim.mechanism.Staffing;
import java.util.List;
import java.util.Map;

/**
 * AI infrastructure (IaaS, e.g. a specialised GPU cloud): rents GPU capacity by the hour from a
 * fleet it buys in lumps as demand grows. Customers are companies renting GPU-hours; revenue is
 * GPU-hours sold times the market GPU-hour price.
 *
 * <p>Challenges (seed, model 9): heavy GPU capex (bought upfront, depreciated over years),
 * hyperscaler price pressure on the GPU-hour (a falling price with sudden cuts), and energy cost
 * and sustainability pressure (rising electricity prices and carbon costs).
 */
public final class AiInfrastructure {
    public static final String ID = "ai-infrastructure";

    private static final String H100_PRICE = "cloud price lists 2025-26: H100 ~$2-4/GPU-hour at large clouds, "
            + "$1.5-3 at GPU clouds";
    private static final String H100_TREND = "SemiAnalysis rental index $1.70 (Oct 2025) -> $2.35 (Mar 2026) against "
            + "falling list prices: assumption, a wide range around no drift beyond the cost pass-through "
            + "(compute_decline x cost_pass_through), which carries the expected decline";
    private static final String GPU_PRICE_PERFORMANCE = "[derived] Epoch AI, Trends in GPU price-performance "
            + "(2022): FLOP/s per $ of ML GPUs doubles every 2.07 years (95% CI 1.54-3.13), a 20-36% yearly fall in "
            + "the capex of a GPU-hour of capacity";
    private static final String NODE = "vendor pages (weak): H100 8-GPU node ~$300-350K capex, 10.2 kW";
    private static final String PUE = "[derived] Uptime Institute / Google: PUE 1.1-1.3 at hyperscale; widened for colocation";
    private static final String BREAK_EVEN = "industry guide (weak): ~70% break-even utilization for debt-financed GPU clouds";

    private AiInfrastructure() {
    }

    public static BusinessModel model() {
        Segment developers = new Segment("developers", "AI startups and developers",
                "self-serve on-demand rental, paid developer marketing", Defaults.of()
                        .put("marketing_budget", 20_000, Sources.assumption("developer marketing a month"))
                        .put("cac", range(500, 2_000), Sources.assumption("no public self-serve developer CAC (benchmarks.md)"))
                        .put("organic_customers", range(5, 15), Sources.assumption("word of mouth and GPU price-comparison sites"))
                        .put("market_size", range(5_000, 20_000), Sources.assumption("startups renting GPUs"))
                        .put("monthly_churn", range(0.04, 0.08), Sources.RECURLY_CHURN)
                        .put("contract_months", 1, "on demand")
                        .put("uses_per_customer", range(100, 600), Sources.assumption("GPU-hours a startup rents a month"))
                        .put("service_cost", 20, Sources.assumption("support per customer"))
                        .build());
        Segment enterprise = new Segment("enterprise", "enterprises and AI labs",
                "direct sales of reserved capacity", Defaults.of()
                        .put("marketing_budget", 30_000, Sources.assumption("enterprise sales spend a month"))
                        .put("cac", range(15_000, 40_000), Sources.assumption("enterprise deals"))
                        .put("organic_customers", range(0.5, 2), Sources.assumption("inbound enterprise leads"))
                        .put("market_size", range(500, 2_000), Sources.assumption("enterprises buying GPU capacity"))
                        .put("monthly_churn", range(0.007, 0.02), Sources.SEGMENT_CHURN)
                        .put("contract_months", 12, "yearly reserved capacity")
                        .put("uses_per_customer", range(1_000, 5_000), Sources.assumption("GPU-hours an enterprise reserves a month"))
                        .put("service_cost", 500, Sources.assumption("dedicated support per enterprise"))
                        .build());
        PriceWalk gpuPrice = new PriceWalk(GpuFleet.PRICE, "a GPU-hour");
        return new BusinessModel(ID, "AI infrastructure (IaaS)",
                "Rents GPU capacity by the hour from a fleet bought in lumps as demand grows (e.g. a specialised GPU "
                        + "cloud). Customers are companies renting GPU-hours.",
                "pay-per-use GPU-hours (hours sold x the market GPU-hour price)",
                List.of(gpuPrice, new ComputeCost(), new PriceResponse(gpuPrice.params().get(0), null), new Acquisition(),
                        new CohortBook(), new GpuFleet(), new Staffing()),
                List.of(developers, enterprise), List.of("developers", "enterprise"), defaults(), challenges(),
                solutions(), List.of("gpu_hour_price", "cost_price_index", "utilization", "gpus", "gpu_capex", "depreciation",
                        "energy_cost", "unserved_hours"));
    }

    static Map<String, Default> defaults() {
        return Defaults.of()
                .put("starting_cash", 25_000_000, Sources.assumption("equity and debt sized for a first fleet"))
                .put("fixed_costs", range(27_000, 53_000), Economics.NON_PAYROLL)
                .put("engineering_base", 10, Sources.assumption("operations, sales, colocation space, less G&A and the 20-25% non-payroll share of opex"))
                .put("support_load", range(30, 120), Sources.assumption("GPU-renting companies one support engineer serves; support at 4-10% of revenue"))
                .put("payment_fees", 0.02, Sources.assumption("card and invoicing fees"))
                .put("referral_rate", 0.005, Sources.assumption("referrals"))
                .put("cac_growth", range(0.05, 0.2), Sources.assumption("yearly CAC inflation"))
                .put("cac_volatility", 0.1, Sources.assumption("month-to-month CAC noise"))
                .put("early_churn", 0, "none")
                .put("early_churn_months", 0, "none")
                .put("price", 0, "revenue is GPU-hours sold (gpu-fleet)")
                .put("expansion", 0, "usage per customer is uses_per_customer")
                .put("cost_per_use", 0, "energy and leases are the fleet's COGS (gpu-fleet)")
                .put("gpu_hour_price", range(1.6, 3.0), H100_PRICE)
                .put("gpu_hour_price_trend", range(-0.15, 0.1), H100_TREND)
                .put("compute_decline", range(0.2, 0.36), GPU_PRICE_PERFORMANCE)
                .put("usage_growth", 0, "GPU-hours per customer are uses_per_customer")
                .put("cost_pass_through", pert(0.5, 0.7, 0.9), Sources.assumption("a GPU-hour is a commodity: rivals "
                        + "buying the same cheaper GPUs pass most of the saving on"))
                .put("gpu_hour_price_volatility", range(0.1, 0.3), Sources.assumption("index moved +38% in five months"))
                .put("gpu_hour_price_jumps", range(0.25, 1), Sources.assumption("hyperscaler price cuts about every two years"))
                .put("gpu_hour_price_jump_size", range(-0.3, -0.05), Sources.assumption("a hyperscaler cut"))
                .put("gpu_hour_price_jump_sd", range(0.05, 0.2), Sources.assumption("cut sizes"))
                .put("node_capex", range(300_000, 350_000), NODE)
                .put("gpus_per_node", 8, NODE)
                .put("node_power_kw", 10.2, NODE)
                .put("pue", range(1.15, 1.4), PUE)
                .put("energy_price", range(0.07, 0.14), Sources.assumption("industrial electricity per kWh"))
                .put("energy_inflation", range(0.02, 0.08), Sources.assumption("data-centre demand pushes power prices up"))
                .put("carbon_cost", range(0.005, 0.02), Sources.assumption("carbon levies, certificates, ESG demands per kWh"))
                .put("idle_power_share", range(0.25, 0.45), Sources.assumption("idle GPUs draw a third of full power"))
                .put("initial_nodes", 8, Sources.assumption("a first fleet of 64 GPUs"))
                .put("depreciation_years", range(5, 6), "company 10-Ks: servers depreciated over 5-6 years at hyperscalers")
                .put("upfront_share", 1, "seed: GPUs bought outright")
                .put("lease_premium", range(0.15, 0.35), Sources.assumption("financing cost over the life"))
                .put("buy_trigger", 0.85, Sources.assumption("order when demand fills 85% of capacity"))
                .put("buy_target", 0.7, BREAK_EVEN)
                .put("lead_time", range(2, 4), Sources.assumption("months from order to racked nodes"))
                .build();
    }

    static List<Challenge> challenges() {
        return List.of(
                new Challenge("gpu-capex", "High initial costs for GPUs and storage infrastructure",
                        "nodes are paid upfront (upfront_share) when ordered, in lumps as demand grows; depreciated "
                                + "straight line over depreciation_years",
                        Map.of("upfront_share", 0.0), "cash_min"),
                new Challenge("hyperscaler-pressure", "Competition from cloud giants offering similar services at scale",
                        "the GPU-hour price trends down with sudden hyperscaler cuts (a random walk with jumps)",
                        Map.of("gpu_hour_price_trend", 0.0, "gpu_hour_price_jumps", 0.0), "arr_end"),
                new Challenge("energy-costs", "Energy consumption concerns and sustainability pressures",
                        "electricity rises energy_inflation a year and carries carbon_cost per kWh",
                        Map.of("energy_inflation", 0.0, "carbon_cost", 0.0), "cash_end"));
    }

    static List<Solution> solutions() {
        return List.of(
                Solution.builder("hyperscaler-partnership", "Leverage partnerships with hyperscalers (e.g., AWS, Azure) to share costs")
                        .target("cash_min")
                        .scale("upfront_share", pert(0.3, 0.5, 0.7))
                        .timing(3, 6)
                        .scale("organic_customers", pert(1.2, 1.5, 2.0))
                        .add("payment_fees", pert(0.03, 0.05, 0.08))
                        .costs(range(50_000, 150_000), constant(0))
                        .build(),
                Solution.builder("specialised-tooling", "Differentiate with specialized tools (e.g., optimized GPUs for AI workloads)")
                        .target("arr_end").timing(3, 6)
                        .scale("gpu_hour_price", pert(1.08, 1.15, 1.25))
                        .scale("monthly_churn", pert(0.8, 0.9, 1.0))
                        .costs(constant(0), range(30_000, 70_000))
                        .build(),
                Solution.builder("efficient-hardware", "Invest in renewable energy and efficient hardware to reduce environmental impact")
                        .target("gross_margin_end").timing(2, 6)
                        .scale("node_power_kw", pert(0.7, 0.8, 0.9))
                        .scale("pue", pert(0.88, 0.93, 0.98))
                        .scale("carbon_cost", pert(0, 0.1, 0.3))
                        .scale("node_capex", pert(1.03, 1.08, 1.15))
                        .costs(range(100_000, 300_000), constant(0))
                        .build());
    }
}
