package dev.scalesim.kernel;

import java.util.List;

/**
 * One value per trial and arm: the numbers a scaling decision is made on, each declared once
 * with its unit, direction and meaning (computed by {@link InvestorMetrics}). Outcomes that a
 * trial may never reach, or that run off to infinity, are censored ({@link Censor}): held at a
 * bound, never dropped. The few left blank are ratios with no denominator at all (no paid
 * spend, no customers a year before the horizon): not applicable, rather than bad.
 */
public final class Outcomes {
    /** Lifetime cap (months) in LTV, the usual five years, so zero churn stays finite. */
    public static final double LTV_LIFETIME_CAP = 60;
    /** Burn multiples from here up are censored: "> 3x bad" (Sacks), so 10x is far past any verdict. */
    public static final double BURN_MULTIPLE_CAP = 10;
    /** Growth rates and efficiency ratios are censored at +-10 (1,000%): from zero ARR or spend they are unbounded. */
    public static final double RATIO_CAP = 10;
    /** LTV / CAC from here up is censored (no acquisition cost makes it unbounded). */
    public static final double LTV_TO_CAC_CAP = 100;

    /** Each metric once, its slot (the constant) given in declaration order. */
    private static final MetricTable TABLE = new MetricTable();

    public static final int ARR_END = TABLE.add(
            Metric.higher("arr_end", Unit.USD, "12 x MRR of the last month"));
    public static final int REVENUE_TOTAL = TABLE.add(
            Metric.higher("revenue_total", Unit.USD, "revenue over the horizon"));
    public static final int CUSTOMERS_END = TABLE.add(
            Metric.higher("customers_end", Unit.COUNT, "paying customers at the horizon"));
    public static final int GROSS_MARGIN_END = TABLE.add(
            Metric.higher("gross_margin_end", Unit.FRACTION, "gross margin of the last month")
                    .censored(Censor.between(-1, Double.POSITIVE_INFINITY, "-100% or worse, or no revenue")));
    public static final int CASH_END = TABLE.add(
            Metric.higher("cash_end", Unit.USD, "cash at the horizon"));
    public static final int CASH_MIN = TABLE.add(
            Metric.higher("cash_min", Unit.USD, "lowest month-end cash"));
    public static final int P_CASH_OUT = TABLE.add(
            Metric.lower("p_cash_out", Unit.FRACTION, "1 if cash went below 0 in any month (its mean is the probability)"));
    public static final int BREAKEVEN_MONTH = TABLE.add(
            Metric.lower("breakeven_month", Unit.MONTHS, "first month with EBITDA > 0 (months + 1 if none)")
                    .censored(Censor.horizon("no month with EBITDA > 0 by the horizon")));
    public static final int LTV_TO_CAC = TABLE.add(
            Metric.higher("ltv_to_cac", Unit.MULTIPLIER, "lifetime gross profit per customer / blended CAC")
                    .censored(Censor.between(0, LTV_TO_CAC_CAP,
                            "0: customers never earn their CAC back (no gross profit); 100: 100x or no acquisition cost")));
    public static final int CAC_PAYBACK_MONTHS = TABLE.add(
            Metric.lower("cac_payback_months", Unit.MONTHS,
                    "blended CAC / monthly gross profit per customer (months + 1 if not within the horizon)")
                    .censored(Censor.horizon("does not pay back within the horizon, or no gross profit per customer")));
    public static final int P_CAC_PAYBACK = TABLE.add(
            Metric.higher("p_cac_payback", Unit.FRACTION,
                    "1 if CAC pays back within the horizon (its mean is the share of trials that do)"));
    public static final int PAID_CAC = TABLE.add(
            Metric.lower("paid_cac", Unit.USD,
                    "paid marketing spend / paid customers it buys, over the horizon (blank without paid spend)"));
    public static final int BURN_MULTIPLE = TABLE.add(
            Metric.lower("burn_multiple", Unit.MULTIPLIER, "net burn / net new ARR over the horizon (0 if no burn)")
                    .censored(Censor.between(Double.NEGATIVE_INFINITY, BURN_MULTIPLE_CAP,
                            "10x or worse, or burning with no net new ARR")));
    public static final int NRR = TABLE.add(
            Metric.higher("nrr", Unit.FRACTION,
                    "net revenue retention over the last 12 months (cohort book; blank with no MRR a year before)"));
    public static final int GRR = TABLE.add(
            Metric.higher("grr", Unit.FRACTION,
                    "gross revenue retention over the last 12 months, no expansion counted (blank with no MRR a year before)"));
    public static final int MAGIC_NUMBER = TABLE.add(
            Metric.higher("magic_number", Unit.NUMBER, "net new ARR / acquisition spend, last 12 months")
                    .censored(Censor.between(-RATIO_CAP, RATIO_CAP, "beyond +-10, or ARR moved with no acquisition spend")));
    public static final int RULE_OF_40 = TABLE.add(
            Metric.higher("rule_of_40", Unit.FRACTION, "ARR growth + EBITDA margin, last 12 months (0.4 = 40)")
                    .censored(Censor.between(-RATIO_CAP, RATIO_CAP, "beyond +-1,000%: growth from no ARR, or no revenue")));
    public static final int ARR_GROWTH = TABLE.add(
            Metric.higher("arr_growth", Unit.FRACTION, "ARR at the horizon / ARR 12 months before - 1")
                    .censored(Censor.between(Double.NEGATIVE_INFINITY, RATIO_CAP,
                            "1,000% or more, or growth from no ARR a year before")));
    public static final int P_RAISE_NEEDED = TABLE.add(
            Metric.lower("p_raise_needed", Unit.FRACTION,
                    "1 if runway fell below raise_runway_months in any month (its mean is the probability)"));
    public static final int DILUTION = TABLE.add(
            Metric.lower("dilution", Unit.FRACTION, "share of the company sold in fundraises over the horizon"));
    public static final int P_DEFAULT_ALIVE = TABLE.add(
            Metric.higher("p_default_alive", Unit.FRACTION,
                    "1 if, at the horizon, the cash flow's trend reaches break-even before the cash runs out"));

    /** Every metric, in slot order. */
    public static final List<Metric> ALL = TABLE.close();

    public static final int COUNT = ALL.size();

    private Outcomes() {
    }
}
