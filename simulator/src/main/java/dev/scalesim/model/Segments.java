package dev.scalesim.model;

import static dev.scalesim.stats.Distribution.range;

import dev.scalesim.stats.Distribution;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The customer segments of the seed's pricing section, as presets every model can use: each
 * with its channel (self-serve paid acquisition, freemium conversion, direct sales pipeline),
 * price and churn, and sourced defaults. A preset sets every channel's parameters, switching
 * the channels it does not use off (0), so a model that composes several acquisition
 * mechanisms gets one channel per segment. Defaults for parameters a model does not have are
 * ignored; a model replaces a preset's figure with {@link Segment#with}.
 */
public final class Segments {
    private static final String NO_CHANNEL = "channel not used by this segment";

    private Segments() {
    }

    /** Developers: self-serve sign-up with a free tier, usage-based pricing. */
    public static Segment developers() {
        return new Builder("developers", "developers", "self-serve sign-up with a free tier; usage-based pricing")
                .put("marketing_budget", 10_000, Sources.assumption("developer marketing (content, credits)"))
                .put("cac", range(100, 600), Sources.assumption("no public self-serve developer CAC; wide range"))
                .put("organic_customers", range(10, 60), Sources.assumption("developers arriving through docs and word of mouth"))
                .put("referral_rate", range(0.002, 0.01), Sources.assumption("developer referrals per customer per month"))
                .put("free_signups", range(1_000, 5_000), Sources.assumption("free-tier developer sign-ups a month"))
                .put("free_conversion", range(0.002, 0.006), Sources.OPENVIEW_FREEMIUM)
                .put("free_churn", range(0.06, 0.15), Sources.assumption("free accounts go dormant fast"))
                .put("free_cost_per_user", range(0.05, 0.5), Sources.assumption("free-tier calls per dormant-heavy account"))
                .put("monthly_churn", range(0.04, 0.08), Sources.CHARTMOGUL_CHURN)
                .put("contract_months", 1, "pay as you go, billed monthly")
                .put("price", 0, "seed: developers pay per use (usage-based), no platform fee")
                .put("unit_price", 0.01, Sources.SEED_API_PRICE)
                .withoutSalesPipeline()
                .put("uncertified_reach", 1, "developers do not ask for compliance certificates")
                .put("billing", 0, "monthly: self-serve plans are charged by card each month")
                .put("payment_days", 0, "card payments settle at once")
                .demand(range(0.5, 1.5), range(0.2, 0.8), range(0.3, 1.0), "developers compare per-call prices openly and switch APIs with little effort")
                .build();
    }

    /** Small businesses: self-serve paid acquisition plus a freemium plan. */
    public static Segment smb() {
        return new Builder("smb", "small businesses", "self-serve paid acquisition plus a freemium plan")
                .put("marketing_budget", 30_000, Sources.assumption("early-stage paid marketing"))
                .put("cac", range(400, 900), Sources.CAC_PAYBACK_SMB)
                .put("organic_customers", range(10, 40), Sources.assumption("word of mouth and content"))
                .put("referral_rate", range(0.002, 0.01), Sources.assumption("referrals per customer per month"))
                .put("free_signups", range(1_000, 4_000), Sources.assumption("free-plan sign-ups a month"))
                .put("free_conversion", range(0.002, 0.006), Sources.OPENVIEW_FREEMIUM)
                .put("free_churn", range(0.05, 0.12), Sources.assumption("free users leave faster than payers (B2C 6.77%)"))
                .put("free_cost_per_user", range(0.2, 1.0), Sources.assumption("inference for a light free user"))
                .put("monthly_churn", range(0.03, 0.05), Sources.SEGMENT_CHURN)
                .put("contract_months", 1, "monthly self-serve billing")
                .put("expansion", range(0.003, 0.013), Sources.NRR_EXPANSION)
                .put("price", 100, Sources.SEED_PRICE)
                .withoutSalesPipeline()
                .put("billing", 0, "monthly: self-serve plans are charged by card each month")
                .put("payment_days", 0, "card payments settle at once")
                .demand(range(0.4, 1.2), range(0.15, 0.6), range(0.2, 0.8), "small businesses buy on price, with light switching costs")
                .build();
    }

    /** Mid-market companies: an inside-sales pipeline with short cycles and mid-sized contracts. */
    public static Segment midmarket() {
        return new Builder("midmarket", "mid-market companies", "inside sales pipeline with short cycles")
                .put("marketing_budget", 0, NO_CHANNEL)
                .put("cac", range(18_000, 35_000), "[derived] vendor study 2025 (weak): mid-market CAC payback 14-18 "
                        + "months x ~$1.6k monthly gross profit of a $28K contract; used only with a marketing budget")
                .withoutSelfServe()
                .put("leads_per_month", range(6, 20), Sources.assumption("qualified mid-market leads a month"))
                .put("sales_cycle_months", range(3.2, 5), Sources.SALES_CYCLE + " (3 months is the pipeline minimum)")
                .put("win_rate", range(0.2, 0.4), Sources.assumption("no public win-rate benchmark; wide range"))
                .put("late_stage_loss", range(0.03, 0.12), Sources.assumption("lighter security reviews than enterprises"))
                .put("deal_size_tail", 4, Sources.assumption("mid-market contracts are alike"))
                .put("volume_discount", 0.1, Sources.assumption("modest volume discounts"))
                .put("sales_team_cost", 25_000, Sources.assumption("one inside-sales rep, loaded"))
                .put("monthly_churn", range(0.015, 0.03), Sources.SEGMENT_CHURN)
                .put("contract_months", 12, "annual contracts")
                .put("price", 28_000.0 / 12, Sources.KEYBANC_ACV)
                .put("uncertified_reach", 0.5, Sources.assumption("half of mid-market buyers ask for a certificate"))
                .put("billing", 1, Sources.ANNUAL_UPFRONT)
                .put("payment_days", range(30, 60), Sources.assumption("net-30 invoices, often paid late"))
                .demand(range(0.3, 0.9), range(0.1, 0.4), range(0.1, 0.5), "budgeted purchases with some switching costs")
                .build();
    }

    /** Enterprises: direct sales with demos and proofs of concept, annual contracts, volume discounts. */
    public static Segment enterprise() {
        return new Builder("enterprise", "enterprises", "direct sales pipeline with demos and proofs of concept")
                .put("marketing_budget", 0, NO_CHANNEL)
                .put("cac", range(80_000, 160_000), "[derived] vendor study 2025 (weak): enterprise CAC payback 18-24 "
                        + "months x ~$5.8k monthly gross profit of a $100K licence; used only with a marketing budget")
                .withoutSelfServe()
                .put("leads_per_month", range(2, 8), Sources.assumption("qualified enterprise leads a month"))
                .put("sales_cycle_months", range(4, 9), Sources.SALES_CYCLE)
                .put("win_rate", range(0.15, 0.35), Sources.assumption("no public win-rate benchmark; wide range"))
                .put("late_stage_loss", range(0.1, 0.3), Sources.assumption("deals lost in security and compliance review"))
                .put("deal_size_tail", 1.6, Sources.CONCENTRATION)
                .put("volume_discount", 0.2, Sources.assumption("a deal twice the size pays 2^0.8 = 1.74 times"))
                .put("sales_team_cost", 60_000, Sources.assumption("two account executives and a solution engineer, loaded"))
                .put("monthly_churn", range(0.004, 0.012), Sources.SAAS_CAPITAL_GRR)
                .put("contract_months", 12, "annual contracts, renewed yearly")
                .put("expansion", range(0.005, 0.015), "[derived] Benchmarkit/Maxio 2025: enterprise NRR ~118% over GRR ~90%")
                .put("price", 100_000.0 / 12, Sources.SEED_ENTERPRISE_PRICE)
                .put("onboarding_cost", range(10_000, 60_000), Sources.assumption("implementation and integration per enterprise"))
                .put("uncertified_reach", 0.05, Sources.assumption("enterprises rarely buy uncertified"))
                .put("billing", 1, Sources.ANNUAL_UPFRONT)
                .put("payment_days", range(30, 60), Sources.assumption("net-30 invoices, often paid late"))
                .demand(range(0.15, 0.6), range(0.05, 0.3), range(0.05, 0.3), "procurement buys on fit and risk; high switching costs")
                .build();
    }

    /** Consumers: freemium growth through app stores and word of mouth. */
    public static Segment consumers() {
        return new Builder("consumers", "consumers", "freemium growth (app stores, word of mouth, social)")
                .put("marketing_budget", 20_000, Sources.assumption("consumer paid social"))
                .put("cac", range(20, 80), Sources.assumption("consumer app paid installs to subscriber"))
                .put("organic_customers", range(50, 300), Sources.assumption("direct upgrades without the free plan"))
                .put("referral_rate", range(0.005, 0.02), Sources.assumption("sharing and word of mouth"))
                .put("free_signups", range(10_000, 50_000), Sources.assumption("free sign-ups a month"))
                .put("free_conversion", range(0.002, 0.006), Sources.OPENVIEW_FREEMIUM)
                .put("free_churn", range(0.08, 0.2), Sources.assumption("consumer free users churn fast"))
                .put("free_cost_per_user", range(0.05, 0.3), Sources.assumption("inference for a light free user"))
                .put("monthly_churn", range(0.05, 0.09), Sources.RECURLY_B2C)
                .put("contract_months", 1, "monthly subscriptions")
                .put("expansion", 0, "consumer plans do not expand")
                .put("price", 10, Sources.SEED_CONSUMER_PRICE)
                .withoutSalesPipeline()
                .put("onboarding_cost", 0, "self-serve onboarding")
                .put("uncertified_reach", 1, "consumers do not ask for certificates")
                .put("billing", 0, "monthly: self-serve plans are charged by card each month")
                .put("payment_days", 0, "card payments settle at once")
                .demand(range(0.6, 1.8), range(0.3, 1.0), range(0.3, 1.0), "consumers weigh a subscription against free alternatives")
                .build();
    }

    /** Collects a preset's defaults in order. */
    private static final class Builder {
        private final String id;
        private final String title;
        private final String channel;
        private final Map<String, Default> defaults = new LinkedHashMap<>();

        Builder(String id, String title, String channel) {
            this.id = id;
            this.title = title;
            this.channel = channel;
        }

        /** The self-serve channels switched off: no organic or referral sign-ups, no free tier. */
        Builder withoutSelfServe() {
            return put("organic_customers", 0, NO_CHANNEL)
                    .put("referral_rate", 0, NO_CHANNEL)
                    .put("free_signups", 0, NO_CHANNEL)
                    .put("free_conversion", 0, NO_CHANNEL)
                    .put("free_churn", 0, NO_CHANNEL)
                    .put("free_cost_per_user", 0, NO_CHANNEL);
        }

        /** The direct-sales channel switched off: no leads, no sales team, no deal terms. */
        Builder withoutSalesPipeline() {
            return put("leads_per_month", 0, NO_CHANNEL)
                    .put("sales_team_cost", 0, NO_CHANNEL)
                    .put("sales_cycle_months", 3, NO_CHANNEL)
                    .put("win_rate", 0, NO_CHANNEL)
                    .put("late_stage_loss", 0, NO_CHANNEL)
                    .put("deal_size_tail", 1000, NO_CHANNEL)
                    .put("volume_discount", 0, NO_CHANNEL);
        }

        /** Price sensitivity of acquisition, churn and usage (no public SaaS estimates: assumptions, wide). */
        Builder demand(Distribution acquisition, Distribution churn, Distribution usage, String why) {
            return put("price_elasticity", acquisition, Sources.assumption(Sources.NO_ELASTICITY + why))
                    .put("churn_price_elasticity", churn, Sources.assumption(Sources.NO_ELASTICITY + why))
                    .put("usage_price_elasticity", usage, Sources.assumption(Sources.NO_ELASTICITY + why));
        }

        Builder put(String param, Distribution value, String source) {
            if (defaults.put(param, new Default(value, source)) != null) {
                throw new IllegalArgumentException("preset " + id + " sets " + param + " twice");
            }
            return this;
        }

        Builder put(String param, double value, String source) {
            return put(param, Distribution.constant(value), source);
        }

        Segment build() {
            return new Segment(id, title, channel, defaults);
        }
    }
}
