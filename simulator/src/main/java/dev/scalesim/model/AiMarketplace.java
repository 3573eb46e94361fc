package dev.scalesim.model;

import static dev.scalesim.stats.Distribution.constant;
import static dev.scalesim.stats.Distribution.pert;
import static dev.scalesim.stats.Distribution.range;

import dev.scalesim.mechanism.Acquisition;
import dev.scalesim.mechanism.CohortBook;
import dev.scalesim.mechanism.MarketplaceLiquidity;
import dev.scalesim.mechanism.MarketplaceMatching;
import dev.scalesim.mechanism.PriceResponse;
import dev.scalesim.mechanism.RareEvents;
import dev.scalesim.mechanism.Staffing;
import java.util.List;
import java.util.Map;

/**
 * AI-powered marketplace (e.g. Upwork, Fiverr): buyers post work, sellers fulfil it, AI ranks
 * and matches them; the platform keeps a take rate of GMV. Customers are the active participants
 * of both sides (buyers plus sellers; the {@code buyers} and {@code sellers} metrics split them).
 *
 * <p>Challenges (seed, model 6): liquidity (matches depend on both sides; unmatched participants
 * leave faster), dependence on network effects (each side is drawn by the other's size, so a new
 * marketplace starts cold), and fraud and trust incidents (losses and churn shocks).
 */
public final class AiMarketplace {
    public static final String ID = "ai-marketplace";

    private static final String TAKE = "filings and Applico: Fiverr 31.8-33.9%, Upwork ~19% [derived], services "
            + "marketplaces 15-25%";
    private static final String FIVERR_PAYBACK = "[derived] Fiverr Q4-2023 call: marketplace paid acquisition pays back in "
            + "~3 months; a buyer's take is $15-40 a month here";
    private static final String PROCESSING = "[derived] Stripe 2.9% + $0.30 per charge on $80-250 orders, plus matching "
            + "inference and support";
    private static final String LIQUIDITY = "a16z marketplace metrics define liquidity but publish no numbers: wide range";

    private AiMarketplace() {
    }

    public static BusinessModel model() {
        Segment buyers = new Segment("buyers", "buyers (small businesses)", "self-serve paid acquisition and organic search",
                Defaults.of()
                        .put("marketing_budget", 60_000, Sources.assumption("buyer marketing a month"))
                        .put("cac", range(40, 120), FIVERR_PAYBACK)
                        .put("organic_customers", range(200, 600), Sources.assumption("search and word of mouth"))
                        .put("referral_rate", 0.02, Sources.assumption("buyers referring buyers"))
                        .put("monthly_churn", range(0.04, 0.08), Sources.RECURLY_CHURN)
                        .put("network_critical_mass", range(200, 1_000), Sources.assumption(
                                "sellers at which the catalogue draws buyers half as well as a full one"))
                        .build());
        Segment sellers = new Segment("sellers", "sellers (freelancers and AI service providers)",
                "organic and referral sign-ups, a little paid acquisition", Defaults.of()
                        .put("marketing_budget", 5_000, Sources.assumption("seller marketing a month"))
                        .put("cac", range(20, 60), Sources.assumption("seller sign-up ads"))
                        .put("organic_customers", range(100, 300), Sources.assumption("freelancers look for demand"))
                        .put("referral_rate", 0.02, Sources.assumption("sellers referring sellers"))
                        .put("monthly_churn", range(0.04, 0.08), Sources.assumption("active sellers leave a little slower"))
                        .put("network_critical_mass", range(1_000, 5_000), Sources.assumption(
                                "buyers at which demand draws sellers half as well as a full market"))
                        .build());
        return new BusinessModel(ID, "AI-powered marketplace",
                "A two-sided marketplace with AI-driven matching (e.g. Upwork, Fiverr). Customers are active "
                        + "participants of both sides: buyers plus sellers.",
                "transaction fees (take rate x GMV); seller subscriptions if price is set",
                List.of(new MarketplaceLiquidity("buyers", "sellers"),
                        new RareEvents("trust_incident", "fraud and trust incidents", true),
                        new PriceResponse(MarketplaceMatching.TAKE_RATE, null), new Acquisition(),
                        new CohortBook(), new MarketplaceMatching("buyers", "sellers"), new Staffing()),
                List.of(buyers, sellers), List.of("buyers", "sellers"), defaults(), challenges(), solutions(),
                List.of("gmv", "match_rate", "seller_utilization", "take_rate", "buyers", "sellers", "orders",
                        "trust_incident_events"));
    }

    static Map<String, Default> defaults() {
        return Defaults.of()
                .put("starting_cash", 4_000_000, Sources.assumption("a seed round"))
                .put("fixed_costs", range(15_000, 28_000), Economics.NON_PAYROLL)
                .put("engineering_base", 5, Sources.assumption("a team of 6-10, less G&A and the 20-25% non-payroll share of opex"))
                .put("support_load", range(2_000, 8_000), Sources.assumption("marketplace participants one support agent serves; support at 4-10% of revenue"))
                .put("payment_fees", 0, "card processing is per order (cost_per_order)")
                .put("orders_per_buyer", range(0.5, 1.5), Sources.assumption("orders an active buyer wants a month"))
                .put("seller_capacity", range(4, 12), Sources.assumption("orders a seller can deliver a month"))
                .put("match_efficiency", range(0.6, 0.9), LIQUIDITY)
                .put("matching_sharpness", range(1, 4), LIQUIDITY)
                .put("order_value", range(100, 300), Sources.assumption("services orders"))
                .put("take_rate", range(0.15, 0.25), TAKE)
                .put("cost_per_order", range(3, 8), PROCESSING)
                .put("fraud_loss_rate", range(0.003, 0.015), Sources.assumption("refunds and chargebacks absorbed, share of GMV"))
                .put("unmatched_churn", range(1.5, 3), LIQUIDITY)
                .put("network_dependence", range(0.4, 0.8), Sources.assumption("how much each side needs the other"))
                .put("incentive_months", 0, "no launch incentives")
                .put("incentive_discount", 0, "no launch incentives")
                .put("incentive_boost", 1, "no launch incentives")
                .put("trust_incident_per_year", range(1, 4), Sources.assumption("scams, fake reviews, account takeovers"))
                .put("trust_incident_mean_loss", range(20_000, 80_000), Sources.assumption("refunds, investigations"))
                .put("trust_incident_loss_spread", range(0.5, 1.5), Sources.assumption("lumpy"))
                .put("trust_incident_churn_shock", range(0.3, 0.8), Sources.assumption("participants lose trust"))
                .put("trust_incident_acquisition_hit", range(0.1, 0.3), Sources.assumption("bad press"))
                .put("trust_incident_impact_months", range(1, 3), Sources.assumption("one to three months"))
                .put("market_size", constant(Double.POSITIVE_INFINITY), "the marketplace's reach is not the limit here")
                .put("cac_growth", range(0.1, 0.3), Sources.assumption("yearly CAC inflation"))
                .put("cac_volatility", 0.1, Sources.assumption("month-to-month CAC noise"))
                .put("early_churn", 0, "unmatched churn covers new participants who find nothing")
                .put("early_churn_months", 0, "none")
                .put("contract_months", 1, "no contracts")
                .put("price", 0, "seed: transaction fees, no subscription")
                .put("expansion", 0, "revenue grows with orders, not per participant")
                .put("uses_per_customer", 0, "uses are matched orders (marketplace-matching)")
                .put("cost_per_use", 0, "costs are per order (cost_per_order)")
                .put("service_cost", 0.5, Sources.assumption("hosting and support per participant"))
                .build();
    }

    static List<Challenge> challenges() {
        return List.of(
                new Challenge("liquidity", "Achieving liquidity (enough buyers/sellers) is difficult for new marketplaces",
                        "orders match by a CES function of demand and capacity; unmatched participants churn "
                                + "unmatched_churn times faster",
                        Map.of("unmatched_churn", 1.0), "customers_end"),
                new Challenge("network-effects", "High dependency on network effects to scale",
                        "each side's acquisition is scaled by the other side's size relative to its critical mass",
                        Map.of("network_dependence", 0.0), "customers_end"),
                new Challenge("trust-fraud", "Trust and fraud issues between users",
                        "fraud_loss_rate of GMV is lost; trust incidents cost money and raise churn",
                        Map.of("fraud_loss_rate", 0.0, "trust_incident_per_year", 0.0), "cash_end"));
    }

    static List<Solution> solutions() {
        return List.of(
                Solution.builder("launch-incentives", "Use incentives (reduced fees, promotions) to attract early adopters")
                        .target("customers_end")
                        .set("incentive_months", pert(6, 12, 18))
                        .set("incentive_discount", pert(0.3, 0.5, 0.8))
                        .set("incentive_boost", pert(1.2, 1.5, 2.0))
                        .costs(range(10_000, 40_000), constant(0))
                        .build(),
                Solution.builder("platform-partnerships", "Partner with established platforms to accelerate growth")
                        .target("customers_end").timing(3, 6)
                        .scale("organic_customers", pert(1.3, 1.7, 2.5))
                        .add("payment_fees", pert(0.05, 0.08, 0.12))
                        .costs(range(30_000, 100_000), constant(0))
                        .build(),
                Solution.builder("fraud-detection", "Implement robust verification mechanisms and AI-powered fraud detection")
                        .target("customers_end").timing(2, 4)
                        .scale("fraud_loss_rate", pert(0.3, 0.45, 0.6))
                        .scale("trust_incident_per_year", pert(0.3, 0.5, 0.7))
                        .add("cost_per_order", pert(0.1, 0.2, 0.4))
                        .costs(range(40_000, 120_000), range(8_000, 20_000))
                        .build());
    }
}
