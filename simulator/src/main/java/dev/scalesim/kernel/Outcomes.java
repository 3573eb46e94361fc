package dev.scalesim.kernel;

import java.util.List;

/** One value per trial and arm: the numbers a scaling decision is made on. */
public final class Outcomes {
    public static final int ARR_END = 0;
    public static final int REVENUE_TOTAL = 1;
    public static final int CUSTOMERS_END = 2;
    public static final int GROSS_MARGIN_END = 3;
    public static final int CASH_END = 4;
    public static final int CASH_MIN = 5;
    public static final int P_CASH_OUT = 6;
    public static final int BREAKEVEN_MONTH = 7;
    public static final int LTV_TO_CAC = 8;
    public static final int CAC_PAYBACK_MONTHS = 9;

    /** Lifetime cap (months) in LTV, the usual five years, so zero churn stays finite. */
    public static final double LTV_LIFETIME_CAP = 60;

    public static final List<Metric> ALL = List.of(
            Metric.higher("arr_end", Unit.USD, "12 x MRR of the last month"),
            Metric.higher("revenue_total", Unit.USD, "revenue over the horizon"),
            Metric.higher("customers_end", Unit.COUNT, "paying customers at the horizon"),
            Metric.higher("gross_margin_end", Unit.FRACTION, "gross margin of the last month"),
            Metric.higher("cash_end", Unit.USD, "cash at the horizon"),
            Metric.higher("cash_min", Unit.USD, "lowest month-end cash"),
            Metric.lower("p_cash_out", Unit.FRACTION, "1 if cash went below 0 in any month (its mean is the probability)"),
            Metric.lower("breakeven_month", Unit.MONTHS, "first month with EBITDA > 0 (months + 1 if none)"),
            Metric.higher("ltv_to_cac", Unit.MULTIPLIER, "lifetime gross profit per customer / blended CAC"),
            Metric.lower("cac_payback_months", Unit.MONTHS, "blended CAC / monthly gross profit per customer"));

    public static final int COUNT = ALL.size();

    private Outcomes() {
    }
}
