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

    public static final String RECURLY_B2C = "Recurly churn benchmarks 2021-24: median B2C 6.77%/month";
    public static final String SAAS_CAPITAL_GRR =
            "[derived] SaaS Capital 2023: GRR 90-93% a year (above $250K ACV 93%): monthly-equivalent churn "
                    + "1 - GRR^(1/12) = 0.6-0.9%, widened";
    public static final String CAC_PAYBACK_SEGMENTS =
            "vendor study 2025 (weak): CAC payback median 15 months; SMB 8-12, mid-market 14-18, enterprise 18-24";
    public static final String TRIAL_CONVERSION = "aggregator 2026 (weak): free trial to paid ~18% without card, ~49% with card";
    public static final String KEYBANC_ACV = "KeyBanc SaaS survey 2019: median annual contract ~$28K";
    public static final String SALES_CYCLE =
            "RevOps references (weak): sales cycles SMB 14-30 days, mid-market 30-90, enterprise 90-180+, "
                    + "strategic 6-12+ months";
    public static final String CONCENTRATION =
            "[derived] lender guidance (weak): top-10 customers >40% of revenue is a diligence flag; a Pareto "
                    + "tail of 1.3-2 puts the top 10 of ~50 clients at 40-60%";
    public static final String LLM_PRICE_DECLINE =
            "[derived] a16z 'LLMflation' 2024: LLM price at constant capability falls ~10x a year; Epoch AI 2025: "
                    + "9x-900x by task. A product moving to better models sees far less: 20-70%/year";
    public static final String SPOT_DISCOUNT =
            "[derived] AWS Spot up to 90% off, GCP 60-91% off; interruptions <5% to >20% a month (Spot Advisor): "
                    + "compute is ~60-80% of a call's cost, retries add 5-15%";
    public static final String API_PRICE_WARS =
            "[derived] public API price cuts: GPT-3.5-turbo -90% (2023), GPT-4 to 4o-mini 200x in 16 months, "
                    + "o3 -80% (2025), Claude Opus 4.1 to 4.5 -67%, Qwen -97% (2024): 2-6 notable cuts a year, "
                    + "mean cut 30-60%";
    public static final String BESSEMER_MARGIN =
            "Bessemer State of AI 2025: gross margin of fast-growing AI startups ~25%, steadier ones ~60%";
    public static final String SPI_UTILIZATION = "SPI PS Maturity Benchmark 2025: billable utilization 68.9% (target 75-80%)";
    public static final String SERVICES_MARGIN =
            "SPI 2025 project margin ~36%; Accenture gross margin ~30-33%";
    public static final String SEED_API_PRICE = "seed: pay-per-use $0.02/API call; developers usage-based $0.01 per call";
    public static final String SEED_CONSUMER_PRICE = "seed: consumers freemium or tiered, $10/month for premium features";
    public static final String SEED_ENTERPRISE_PRICE =
            "seed: licensing $100,000/year; enterprises volume discounts or custom contracts ($1M/year unlimited)";
    public static final String H100_PRICE =
            "cloud price lists 2025-26: H100 $2-4/GPU-hour on-demand at large clouds, $1.5-3 at GPU clouds";

    public static final String CSM_ARR =
            "ClientSuccess survey of ~600 companies: $1.72M ARR per CSM on average (104 accounts); SaaStr: ~$2M per CSM";
    public static final String SALES_QUOTA =
            "Insight Partners, Periodic Table of SaaS Sales Metrics: inside-sales ARR quota $630-720k a year "
                    + "($150-180k a quarter); widened up for field reps";
    public static final String ARR_PER_EMPLOYEE =
            "[derived] SaaS Capital 2022: median ARR per employee $59k ($1-3M ARR) to $171k (>$20M ARR); "
                    + "with R&D about a quarter to a third of staff, $0.2-0.7M ARR per engineer at the margin of a "
                    + "whole team; beyond the base team one engineer per $0.8-2M of ARR keeps R&D near 10-25% of "
                    + "new revenue";

    /** Price elasticities: searched for, none published for SaaS or AI products. */
    public static final String NO_ELASTICITY =
            "no published price elasticity for SaaS or AI products was found (vendor guides describe how to measure it, "
                    + "none report values); ";

    private Sources() {
    }

    public static final String ANNUAL_UPFRONT = assumption("annual B2B contracts are usually invoiced a year in "
            + "advance (the deferred revenue of ASC 606); no public share of upfront billing found");

    /** A default no public figure supports, with the reasoning. */
    public static String assumption(String why) {
        return "assumption (no public source; wide range): " + why;
    }
}
