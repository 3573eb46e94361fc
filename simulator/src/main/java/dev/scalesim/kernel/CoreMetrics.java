package dev.scalesim.kernel;

import java.util.List;

/** Monthly metrics every model reports, in fixed slots ahead of the model's own. */
public final class CoreMetrics {
    /** Each metric once, its slot (the constant) given in declaration order. */
    private static final MetricTable TABLE = new MetricTable();

    public static final int CUSTOMERS = TABLE.add(
            Metric.higher("customers", Unit.COUNT, "paying customers at the end of the month"));
    public static final int NEW_CUSTOMERS = TABLE.add(
            Metric.higher("new_customers", Unit.COUNT, "paying customers won this month, every channel"));
    public static final int CHURNED_CUSTOMERS = TABLE.add(
            Metric.lower("churned_customers", Unit.COUNT, "paying customers lost this month"));
    public static final int MRR = TABLE.add(
            Metric.higher("mrr", Unit.USD_PER_MONTH, "recurring revenue in the month"));
    public static final int REVENUE = TABLE.add(
            Metric.higher("revenue", Unit.USD_PER_MONTH, "recurring plus one-off revenue in the month"));
    public static final int COGS = TABLE.add(
            Metric.lower("cogs", Unit.USD_PER_MONTH, "compute, data, human review, hosting, fees"));
    public static final int GROSS_MARGIN = TABLE.add(
            Metric.higher("gross_margin", Unit.FRACTION, "(revenue - COGS) / revenue"));
    public static final int OPEX = TABLE.add(
            Metric.lower("opex", Unit.USD_PER_MONTH, "acquisition spend, fixed costs, solution costs"));
    public static final int EBITDA = TABLE.add(
            Metric.higher("ebitda", Unit.USD_PER_MONTH, "revenue - COGS - opex"));
    public static final int CASH = TABLE.add(
            Metric.higher("cash", Unit.USD, "cash at the end of the month"));
    public static final int ARPU = TABLE.add(
            Metric.higher("arpu", Unit.USD_PER_MONTH, "MRR per paying customer"));
    public static final int CAC = TABLE.add(
            Metric.lower("cac", Unit.USD, "acquisition spend per new customer this month (blended)"));
    public static final int CAC_PAYBACK = TABLE.add(
            Metric.lower("cac_payback", Unit.MONTHS, "CAC / (ARPU x gross margin) this month"));
    public static final int USES = TABLE.add(
            Metric.higher("uses", Unit.COUNT, "uses of the product this month"));
    public static final int REVENUE_PER_USE = TABLE.add(
            Metric.higher("revenue_per_use", Unit.USD, "revenue / uses this month"));
    public static final int COGS_PER_USE = TABLE.add(
            Metric.lower("cogs_per_use", Unit.USD, "COGS / uses this month"));
    public static final int CASH_OUT = TABLE.add(
            Metric.lower("cash_out", Unit.FRACTION, "1 once cash has gone below 0 (its mean: probability by this month)"));
    public static final int BREAKEVEN_REACHED = TABLE.add(
            Metric.higher("breakeven_reached", Unit.FRACTION, "1 once a month had EBITDA > 0 (its mean: probability by this month)"));
    public static final int BILLINGS = TABLE.add(
            Metric.higher("billings", Unit.USD_PER_MONTH, "invoiced this month (annual upfront: 12 months at once)"));
    public static final int COLLECTIONS = TABLE.add(
            Metric.higher("collections", Unit.USD_PER_MONTH, "cash received from customers this month"));
    public static final int DEFERRED_REVENUE = TABLE.add(
            Metric.higher("deferred_revenue", Unit.USD, "invoiced but not yet earned, at the end of the month (negative: earned, not yet invoiced)"));
    public static final int RECEIVABLES = TABLE.add(
            Metric.lower("receivables", Unit.USD, "invoiced but not yet collected, at the end of the month"));
    public static final int RUNWAY_MONTHS = TABLE.add(
            Metric.higher("runway_months", Unit.MONTHS,
                    "cash / average monthly burn of the last 3 months (120: not burning, or 10 years or more; 0 once cash is below 0)"));
    public static final int FINANCING_INFLOW = TABLE.add(
            Metric.higher("financing_inflow", Unit.USD_PER_MONTH, "cash raised this month (survival rules)"));

    /** Every metric, in slot order. */
    public static final List<Metric> ALL = TABLE.close();

    public static final int COUNT = ALL.size();

    private CoreMetrics() {
    }
}
