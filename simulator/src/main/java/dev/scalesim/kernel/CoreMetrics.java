package dev.scalesim.kernel;

import java.util.List;

/** Monthly metrics every model reports, in fixed slots ahead of the model's own. */
public final class CoreMetrics {
    public static final int CUSTOMERS = 0;
    public static final int NEW_CUSTOMERS = 1;
    public static final int CHURNED_CUSTOMERS = 2;
    public static final int MRR = 3;
    public static final int REVENUE = 4;
    public static final int COGS = 5;
    public static final int GROSS_MARGIN = 6;
    public static final int OPEX = 7;
    public static final int EBITDA = 8;
    public static final int CASH = 9;
    public static final int ARPU = 10;
    public static final int CAC = 11;
    public static final int CAC_PAYBACK = 12;
    public static final int USES = 13;
    public static final int REVENUE_PER_USE = 14;
    public static final int COGS_PER_USE = 15;
    public static final int CASH_OUT = 16;
    public static final int BREAKEVEN_REACHED = 17;
    public static final int BILLINGS = 18;
    public static final int COLLECTIONS = 19;
    public static final int DEFERRED_REVENUE = 20;
    public static final int RECEIVABLES = 21;
    public static final int RUNWAY_MONTHS = 22;
    public static final int FINANCING_INFLOW = 23;

    public static final List<Metric> ALL = List.of(
            Metric.higher("customers", Unit.COUNT, "paying customers at the end of the month"),
            Metric.higher("new_customers", Unit.COUNT, "paying customers won this month, every channel"),
            Metric.lower("churned_customers", Unit.COUNT, "paying customers lost this month"),
            Metric.higher("mrr", Unit.USD_PER_MONTH, "recurring revenue in the month"),
            Metric.higher("revenue", Unit.USD_PER_MONTH, "recurring plus one-off revenue in the month"),
            Metric.lower("cogs", Unit.USD_PER_MONTH, "compute, data, human review, hosting, fees"),
            Metric.higher("gross_margin", Unit.FRACTION, "(revenue - COGS) / revenue"),
            Metric.lower("opex", Unit.USD_PER_MONTH, "acquisition spend, fixed costs, solution costs"),
            Metric.higher("ebitda", Unit.USD_PER_MONTH, "revenue - COGS - opex"),
            Metric.higher("cash", Unit.USD, "cash at the end of the month"),
            Metric.higher("arpu", Unit.USD_PER_MONTH, "MRR per paying customer"),
            Metric.lower("cac", Unit.USD, "acquisition spend per new customer this month (blended)"),
            Metric.lower("cac_payback", Unit.MONTHS, "CAC / (ARPU x gross margin) this month"),
            Metric.higher("uses", Unit.COUNT, "uses of the product this month"),
            Metric.higher("revenue_per_use", Unit.USD, "revenue / uses this month"),
            Metric.lower("cogs_per_use", Unit.USD, "COGS / uses this month"),
            Metric.lower("cash_out", Unit.FRACTION, "1 once cash has gone below 0 (its mean: probability by this month)"),
            Metric.higher("breakeven_reached", Unit.FRACTION, "1 once a month had EBITDA > 0 (its mean: probability by this month)"),
            Metric.higher("billings", Unit.USD_PER_MONTH, "invoiced this month (annual upfront: 12 months at once)"),
            Metric.higher("collections", Unit.USD_PER_MONTH, "cash received from customers this month"),
            Metric.higher("deferred_revenue", Unit.USD, "invoiced but not yet earned, at the end of the month (negative: earned, not yet invoiced)"),
            Metric.lower("receivables", Unit.USD, "invoiced but not yet collected, at the end of the month"),
            Metric.higher("runway_months", Unit.MONTHS,
                    "cash / average monthly burn of the last 3 months (120: not burning, or 10 years or more; 0 once cash is below 0)"),
            Metric.higher("financing_inflow", Unit.USD_PER_MONTH, "cash raised this month (survival rules)"));

    public static final int COUNT = ALL.size();

    private CoreMetrics() {
    }
}
