package dev.scalesim.model;

import static dev.scalesim.stats.Distribution.constant;
import static dev.scalesim.stats.Distribution.pert;
import static dev.scalesim.stats.Distribution.range;

import dev.scalesim.mechanism.Acquisition;
import dev.scalesim.mechanism.CohortBook;
import dev.scalesim.mechanism.DataAsset;
import dev.scalesim.mechanism.DataDeals;
import dev.scalesim.mechanism.PriceResponse;
import dev.scalesim.mechanism.RareEvents;
import dev.scalesim.mechanism.Staffing;
import java.util.List;
import java.util.Map;

/**
 * Data monetization (e.g. Palantir-style data products): a proprietary dataset sold as annual
 * data-feed/API subscriptions to organisations, plus lumpy one-off licensing deals. Customers
 * are subscribing organisations.
 *
 * <p>Challenges (seed, model 7): privacy regulation (rare heavy-tailed fines with a hit to
 * customers, and deletion requests that remove data), competition from open data (price erosion
 * of the replicable part of the value), and data quality that decays unless refreshed.
 */
public final class DataMonetization {
    public static final String ID = "data-monetization";

    private static final String GDPR = "CMS Enforcement Tracker / DLA Piper: ~510 GDPR fines a year averaging "
            + "~EUR 1.76M (~$1.9M); a firm's own rate is an assumption";
    private static final String DEALS = "assumption scaled down from Reuters 2024: Reddit-Google ~$60M/yr, "
            + "Shutterstock $25-50M per deal (large platforms)";
    private static final String ACV = "[derived] KeyBanc SaaS survey 2019: median annual contract ~$28K; data feeds "
            + "$24-60K a year";
    private static final String ENTERPRISE_CAC = "[derived] vendor study 2025 (weak): enterprise CAC payback 18-24 months "
            + "x ~$2-3K monthly gross profit";

    private DataMonetization() {
    }

    public static BusinessModel model() {
        Segment enterprise = new Segment("enterprise", "enterprises and institutions",
                "direct sales of annual data-feed and API subscriptions", Map.of());
        return new BusinessModel(ID, "Data monetization",
                "Sells access to a proprietary dataset (data feeds, APIs, analytics; e.g. Palantir) on annual "
                        + "subscriptions, plus one-off licensing deals. Customers are subscribing organisations.",
                "data subscriptions (annual contracts, priced by the data's value); one-off data licensing deals",
                List.of(new RareEvents("privacy_fine", "privacy fines and lawsuits", false),
                        new PriceResponse(CohortBook.PRICE, null), new DataAsset(),
                        new Acquisition(), new CohortBook(), new DataDeals(true), new Staffing()),
                List.of(enterprise), List.of("enterprise"), defaults(), challenges(), solutions(),
                List.of("data_quality", "data_value", "deal_revenue", "privacy_fine_losses", "market_reach"));
    }

    static Map<String, Default> defaults() {
        return Defaults.of()
                .put("starting_cash", 6_000_000, Sources.assumption("a Series A"))
                .put("fixed_costs", range(25_000, 42_000), Economics.NON_PAYROLL)
                .put("engineering_base", 7, Sources.assumption("data engineering, sales and legal, less G&A and the 20-25% non-payroll share of opex"))
                .put("support_load", range(15, 60), Sources.assumption("data buyers one account engineer serves; support at 4-10% of revenue"))
                .put("payment_fees", 0.005, Sources.assumption("invoiced by wire"))
                .put("marketing_budget", 60_000, Sources.assumption("sales and marketing a month"))
                .put("cac", range(25_000, 50_000), ENTERPRISE_CAC)
                .put("organic_customers", range(0.5, 2), Sources.assumption("inbound enterprise leads that close"))
                .put("referral_rate", 0, "enterprises rarely refer")
                .put("market_size", range(2_000, 8_000), Sources.assumption("organisations that buy this data"))
                .put("cac_growth", range(0.05, 0.2), Sources.assumption("yearly CAC inflation"))
                .put("cac_volatility", 0.2, Sources.assumption("lumpy enterprise sales"))
                .put("monthly_churn", range(0.007, 0.02), Sources.SEGMENT_CHURN)
                .put("early_churn", 0, "annual contracts")
                .put("early_churn_months", 0, "annual contracts")
                .put("contract_months", 12, "annual data subscriptions")
                .put("price", range(3_000, 8_000), ACV)
                .put("expansion", range(0.003, 0.013), Sources.NRR_EXPANSION)
                .put("uses_per_customer", range(1_000, 5_000), Sources.assumption("API queries and data pulls a month"))
                .put("cost_per_use", range(0.005, 0.03), Sources.assumption("serving and compute per query"))
                .put("service_cost", range(200, 600), Sources.assumption("customer data engineering support"))
                .put("data_decay", range(0.02, 0.05), Sources.assumption("records go stale: 20-45% a year"))
                .put("deletion_rate", range(0.002, 0.01), Sources.assumption("deletion requests a month"))
                .put("refresh_rate", range(0.1, 0.3), Sources.assumption("the baseline refresh pipeline"))
                .put("refresh_cost", range(20_000, 50_000), Sources.assumption("data acquisition a month"))
                .put("open_data_erosion", range(0.15, 0.45), Sources.assumption("open datasets and LLM-generated substitutes"))
                .put("proprietary_share", range(0.3, 0.6), Sources.assumption("value open data cannot replicate"))
                .put("quality_churn", range(1, 4), Sources.assumption("buyers leave stale data"))
                .put("privacy_fine_per_year", range(0.1, 0.5), GDPR)
                .put("privacy_fine_mean_loss", 1_900_000, GDPR)
                .put("privacy_fine_loss_spread", range(1.5, 2.5), Sources.assumption("most fines small, a few huge (EUR 1.2B maximum)"))
                .put("privacy_fine_churn_shock", range(0.3, 1.0), Sources.assumption("customers reassess after a public fine"))
                .put("privacy_fine_acquisition_hit", range(0.2, 0.5), Sources.assumption("security reviews stall"))
                .put("privacy_fine_impact_months", range(3, 9), Sources.assumption("a quarter to most of a year"))
                .put("deals_per_year", range(0.5, 2), DEALS)
                .put("deal_size", range(150_000, 1_500_000), DEALS)
                .put("deal_size_spread", range(0.5, 1.5), Sources.assumption("deal sizes vary widely"))
                .build();
    }

    static List<Challenge> challenges() {
        return List.of(
                new Challenge("privacy-regulation", "Privacy concerns and regulatory challenges (e.g., GDPR, CCPA)",
                        "privacy fines arrive at privacy_fine_per_year with heavy-tailed costs and shake customers; "
                                + "deletion requests remove deletion_rate of the data a month",
                        Map.of("privacy_fine_per_year", 0.0, "deletion_rate", 0.0), "cash_end"),
                new Challenge("open-data-competition", "Competition from open data sources",
                        "the replicable share of the data's value loses open_data_erosion of its price a year",
                        Map.of("open_data_erosion", 0.0), "arr_end"),
                new Challenge("data-quality", "Ensuring consistent data quality and relevance",
                        "quality decays data_decay a month, refresh_rate restores it; price follows value, churn rises "
                                + "as quality falls",
                        Map.of("data_decay", 0.0), "arr_end"));
    }

    static List<Solution> solutions() {
        return List.of(
                Solution.builder("anonymization-certification",
                                "Anonymize datasets and provide compliance certifications to reassure customers")
                        .target("customers_end").timing(3, 6)
                        .scale("privacy_fine_per_year", pert(0.2, 0.35, 0.5))
                        .scale("deletion_rate", pert(0.3, 0.5, 0.7))
                        .scale("cac", pert(0.8, 0.9, 1.0))
                        .costs(range(100_000, 250_000), range(8_000, 20_000))
                        .build(),
                Solution.builder("proprietary-datasets", "Create proprietary, high-quality datasets with unique value")
                        .target("arr_end").timing(4, 6)
                        .add("proprietary_share", pert(0.15, 0.25, 0.35))
                        .scale("price", pert(1.05, 1.15, 1.3))
                        .costs(range(200_000, 500_000), range(15_000, 35_000))
                        .build(),
                Solution.builder("continuous-enrichment",
                                "Continuously update datasets and use AI to enrich them with actionable insights")
                        .target("arr_end").timing(2, 4)
                        .scale("refresh_rate", pert(1.8, 2.5, 3.5))
                        .add("refresh_cost", pert(15_000, 25_000, 40_000))
                        .scale("price", pert(1.0, 1.05, 1.12))
                        .costs(range(20_000, 60_000), constant(0))
                        .build());
    }
}
