package dev.scalesim.model;

import static dev.scalesim.stats.Distribution.pert;
import static dev.scalesim.stats.Distribution.range;

import dev.scalesim.mechanism.Acquisition;
import dev.scalesim.mechanism.CohortBook;
import dev.scalesim.mechanism.ComputeCost;
import dev.scalesim.mechanism.FreemiumFunnel;
import dev.scalesim.mechanism.PriceResponse;
import dev.scalesim.mechanism.PriceWar;
import dev.scalesim.mechanism.RareEvents;
import dev.scalesim.mechanism.Staffing;
import java.util.List;
import java.util.Map;

/**
 * Generative AI SaaS (text, image, video generation sold as a subscription): freemium consumers
 * and small-business teams, every generation costing compute.
 *
 * <p>Challenges (seed, model 11): compute cost per generation at scale (uses per customer keep
 * rising faster than unit cost falls); commoditization by free and open-source alternatives
 * (random releases that force price cuts and pull customers away); copyright and ethics
 * incidents (rare, heavy-tailed legal costs that also shake customers).
 */
public final class GenerativeAiSaas {
    public static final String ID = "generative-ai-saas";

    private GenerativeAiSaas() {
    }

    public static BusinessModel model() {
        Segment consumers = Segments.consumers()
                .with("price", 20, Sources.assumption("creator plan; seed consumer tiers start at $10/month"))
                .with("uses_per_customer", range(150, 500), Sources.assumption("generations of a paying consumer a month"))
                .with("cac", range(40, 150), Sources.assumption("paid social to a $20 subscriber"))
                .with("free_cost_per_user", range(0.1, 0.5), Sources.assumption("free generations a month"));
        Segment smb = Segments.smb().describedAs("small-business teams", "self-serve paid acquisition plus a free plan")
                .with("price", 60, Sources.assumption("team seat a month"))
                .with("uses_per_customer", range(400, 1_500), Sources.assumption("generations of a team seat a month"));
        return new BusinessModel(ID, "Generative AI SaaS",
                "Text, image or video generation sold as subscriptions with a free plan (e.g. Midjourney, Jasper).",
                "subscriptions (per seat), freemium with upsells",
                List.of(new RareEvents("copyright", "copyright and ethics incidents", false), new PriceWar(),
                        new ComputeCost(), new PriceResponse(CohortBook.PRICE, null), new Acquisition(), new FreemiumFunnel(),
                        new CohortBook(), new Staffing()),
                List.of(consumers, smb), List.of("consumers", "smb"), defaults(), challenges(), solutions(),
                List.of("compute_cost_index", "usage_index", "price_index", "copyright_events", "free_users"));
    }

    static Map<String, Default> defaults() {
        return Defaults.of()
                .put("starting_cash", 8_000_000, Sources.assumption("a seed-plus round"))
                .put("fixed_costs", range(43_000, 72_000), Economics.NON_PAYROLL)
                .put("engineering_base", 10, Sources.assumption("a team of 12-20 at ~$15k loaded cost, less G&A and the 20-25% non-payroll share of opex"))
                .put("support_load", range(3_000, 12_000),
                        Sources.assumption("paying creators and teams one support agent serves; support at 4-10% of revenue"))
                .put("payment_fees", 0.03, Sources.STRIPE_FEES)
                .put("copyright_per_year", range(0.3, 1.5), Sources.assumption("lawsuits, takedowns and misuse scandals a year"))
                .put("copyright_mean_loss", range(300_000, 2_000_000), "[derived] GDPR fines average ~EUR 1.76M (CMS "
                        + "Enforcement Tracker) as a scale for legal settlements and costs; wide")
                .put("copyright_loss_spread", 1.5, Sources.assumption("most incidents are small, a few are very costly"))
                .put("copyright_churn_shock", range(0.3, 1.0), Sources.assumption("churn rises 30-100% while an incident weighs"))
                .put("copyright_acquisition_hit", range(0.1, 0.3), Sources.assumption("sign-ups lost during bad press"))
                .put("copyright_impact_months", 3, Sources.assumption("a news cycle"))
                .put("price_war_rate", range(1, 3), Sources.assumption("free or open-source releases that reset price expectations a year"))
                .put("price_cut", range(0.15, 0.35), Sources.assumption("price pressure of a free alternative"))
                .put("pass_through", pert(0.2, 0.4, 0.6), Sources.assumption("subscriptions reprice partly"))
                .put("switching_churn", range(3, 8), Sources.assumption("users try the free alternative"))
                .put("compute_decline", range(0.2, 0.5), Sources.LLM_PRICE_DECLINE)
                .put("usage_growth", range(0.015, 0.035), Sources.assumption("heavier modalities (video, long outputs) per user"))
                .put("cost_pass_through", pert(0.1, 0.25, 0.5), Sources.assumption("subscription prices are sticky; "
                        + "competitors pass part of cheaper generation on as more for the same price"))
                .put("market_size", Double.POSITIVE_INFINITY, "not capped at this scale")
                .put("cac_growth", range(0.1, 0.4), Sources.assumption("yearly CAC inflation in a crowded category"))
                .put("cac_volatility", 0.15, Sources.assumption("month-to-month CAC noise"))
                .put("free_conversion", range(0.002, 0.006), Sources.OPENVIEW_FREEMIUM)
                .put("early_churn", range(0.03, 0.08), Sources.assumption("novelty wears off"))
                .put("early_churn_months", 2, Sources.assumption("the first two months"))
                .put("contract_months", 1, "monthly subscriptions")
                .put("cost_per_use", range(0.01, 0.025), Sources.A16Z_MARGIN + "; an image or long text generation")
                .put("service_cost", 0.5, Sources.assumption("hosting and support per subscriber"))
                .build();
    }

    static List<Challenge> challenges() {
        return List.of(
                new Challenge("compute-cost", "High compute costs for running generative models at scale",
                        "uses per customer grow usage_growth a month (heavier modalities) while the cost of a use "
                                + "falls only compute_decline a year",
                        Map.of("usage_growth", 0.0), "gross_margin_end"),
                new Challenge("open-source", "Risk of commoditization with free or open-source alternatives",
                        "free alternatives arrive price_war_rate times a year: prices fall by pass_through of a "
                                + "price_cut and users leave (switching_churn) for the rest",
                        Map.of("price_war_rate", 0.0), "arr_end"),
                new Challenge("copyright", "Ethical and copyright challenges in content generation",
                        "copyright_per_year incidents a year with heavy-tailed costs (copyright_mean_loss), raising "
                                + "churn and cutting sign-ups for copyright_impact_months",
                        Map.of("copyright_per_year", 0.0), "cash_end"));
    }

    static List<Solution> solutions() {
        return List.of(
                Solution.builder("model-optimization", "Optimize model architecture to reduce compute requirements")
                        .target("gross_margin_end").timing(3, 6)
                        .scale("cost_per_use", pert(0.4, 0.55, 0.75))
                        .costs(range(100_000, 300_000), range(10_000, 20_000))
                        .build(),
                Solution.builder("fine-tuning-integrations", "Differentiate with superior fine-tuning, integrations or APIs")
                        .target("arr_end").timing(3, 6)
                        .scale("pass_through", pert(0.3, 0.5, 0.7))
                        .scale("switching_churn", pert(0.3, 0.5, 0.7))
                        .scale("monthly_churn", pert(0.85, 0.92, 1.0))
                        .costs(range(30_000, 80_000), range(30_000, 70_000))
                        .build(),
                Solution.builder("licensing-filters", "Build clear licensing agreements and filters to avoid misuse")
                        .target("cash_end").timing(2, 3)
                        .scale("copyright_per_year", pert(0.2, 0.3, 0.45))
                        .scale("copyright_mean_loss", pert(0.3, 0.5, 0.7))
                        .scale("cost_per_use", pert(1.01, 1.03, 1.06))
                        .costs(range(30_000, 80_000), range(10_000, 25_000))
                        .build());
    }
}
