package dev.scalesim.model;

/**
 * Public figures behind the defaults (see {@code shared/benchmarks.md}), quoted where they are
 * used so {@code describe} can show each default's source. "[derived]" marks arithmetic on
 * sourced figures; "assumption" marks a default no public figure supports (kept wide).
 */
public final class Sources {
    public static final String RECURLY_CHURN =
            "Recurly churn benchmarks 2021-24: median B2B 4.91%/month, B2C 6.77%/month";
    public static final String CHARTMOGUL_CHURN =
            "ChartMogul: logo churn 6-7%/month under $10 ARPA, 1-2%/month at $500+";
    public static final String SEGMENT_CHURN =
            "aggregator 2026 (weak): SMB 3-5, mid-market 1.5-3, enterprise 0.7-2 %/month";
    public static final String NRR_EXPANSION =
            "[derived] Benchmarkit/Maxio 2025 NRR 101-105%, GRR 88% (SMB NRR ~97%): retained "
                    + "revenue grows (NRR/GRR)^(1/12) - 1 = 0.8-1.4%/month; widened down";
    public static final String OPENVIEW_FREEMIUM =
            "[derived] OpenView 2022: freemium-to-paid median 2-5% of signups; with 5-12%/month "
                    + "free churn that is 0.2-0.6%/month";
    public static final String CAC_PAYBACK_SMB =
            "[derived] vendor study 2025 (weak): SMB CAC payback 8-12 months x $50-75 monthly "
                    + "gross profit per $100 customer";
    public static final String A16Z_MARGIN =
            "[derived] a16z 'The New Business of AI' 2020: AI gross margin 50-60% vs SaaS 60-80%; "
                    + "per-use cost sized so inference is 15-45% of a $100 seat";
    public static final String STRIPE_FEES = "Stripe standard card pricing: 2.9% + $0.30 per charge";
    public static final String SEED_PRICE = "seed: subscriptions at $100/month/user, per-agent $100/month";
    public static final String SEED_LICENCE = "seed: enterprise licences from $50,000/year";
    public static final String SEED_RETENTION = "seed: >90% annual renewal rate";

    private Sources() {
    }

    /** A default no public figure supports, with the reasoning. */
    public static String assumption(String why) {
        return "assumption (no public source; wide range): " + why;
    }
}
