package dev.scalesim.kernel;

import java.util.Arrays;

/**
 * The month being simulated for one arm: the shared blackboard of the mechanisms.
 *
 * <p>Per-segment factors are reset to 1 at the start of each month; mechanisms earlier in the
 * model's order set them (a price war lowers {@link #priceFactor}, an ad load raises
 * {@link #churnFactor}) and the customer mechanisms read them. Flows are reset to 0 and summed
 * by the engine's accounting after every mechanism has run. Arrays are public for the hot loops;
 * only mechanisms and the engine touch them.
 */
public final class Month {
    /** Month number, 1..months (0 during reset). */
    public int t;
    /** Horizon in months. */
    public final int months;
    /** The arm's parameters. */
    public final Params p;

    /** Multiplies each segment's price this month. */
    public final double[] priceFactor;
    /** Multiplies each segment's churn hazard this month. */
    public final double[] churnFactor;
    /** Multiplies each segment's acquisition this month. */
    public final double[] acquisitionFactor;
    /** Share of each segment's market still reachable (1 without a market cap). */
    public final double[] reach;
    /** Multiplies each segment's uses per customer this month (usage growth). */
    public final double[] usageFactor;
    /** Multiplies each segment's cost per use this month (compute cost curves, spot capacity). */
    public final double[] costFactor;
    /** Multiplies each segment's paid marketing spend this month (a cost cut lowers it). */
    public final double[] marketingFactor;

    /** Paying customers per segment at the end of the month (last month's until updated). */
    public final long[] customers;
    /** New paying customers per segment arriving this month (from every channel). */
    public final long[] arrivals;
    /** Revenue units of this month's arrivals per segment (customers x relative contract size). */
    public final double[] arrivalUnits;
    /**
     * Usage weight of this month's arrivals per segment beyond one per customer: a deal three
     * times the standard size adds 2, so large clients use (and cost) more. 0 unless a mechanism
     * sells sized contracts or seats.
     */
    public final double[] arrivalExtraUsage;
    /** Customers lost per segment this month. */
    public final long[] churned;
    /** Recurring revenue per segment this month. */
    public final double[] segmentMrr;
    /** COGS each segment's own customers (and free users) cause this month; shared costs stay out. */
    public final double[] segmentCogs;
    /** Uses per segment this month (set by the cohort book). */
    public final double[] segmentUses;
    /**
     * Each segment's contract balance at the end of the month, set by the cohort book: revenue
     * invoiced but not yet earned (annual upfront billing, positive) minus revenue earned but
     * not yet invoiced (annual in arrears, negative). 0 with monthly billing.
     */
    public final double[] segmentDeferred;
    /** Survivors this month of the cohort acquired in month c (summed over segments). */
    public final double[] cohortSurvivors;

    /** Recurring revenue this month. */
    public double recurringRevenue;
    /** One-off revenue booked this month (projects, licences, data deals). */
    public double oneOffRevenue;
    /** Cost of goods sold this month, before payment fees (which the engine adds). */
    public double cogs;
    /** Acquisition (marketing) spend this month. */
    public double acquisitionSpend;
    /** Other operating costs mechanisms incur this month (R&D, sales headcount, ...). */
    public double opex;
    /** Capital expenditure this month (hardware); reduces cash, not EBITDA. */
    public double capex;
    /** Uses of the product this month (calls, generations, tickets handled). */
    public double uses;
    /** Paid marketing spend this month (part of {@link #acquisitionSpend}). */
    public double paidSpend;
    /** Paid customers that spend buys this month (their expected number, the Poisson mean). */
    public double paidCustomers;

    /**
     * Revenue retention over the last 12 months, from the cohort book, set in the horizon month:
     * the MRR 12 months before, the MRR now of the customers who were paying then, and the same
     * without expansion ({@code min(now, then)} per customer). 0 until set.
     */
    public double yearAgoMrr;
    public double retainedMrr;
    public double grossRetainedMrr;

    /**
     * Share of this month's planned hires actually made (1 = hire as planned, 0 = freeze): a
     * cost-cutting rule lowers it, the staffing plan reads it. Reset to 1 every month; a freeze
     * holds headcount, it never fires anyone.
     */
    public double hiringFactor;

    /** Cash at the end of last month. */
    public double cash;
    /** This month's metric values, by slot. */
    public final double[] metrics;
    /** Last month's metric values (NaN in month 1). */
    public final double[] previous;

    Month(int months, int segments, int metricCount, Params p) {
        this.months = months;
        this.p = p;
        priceFactor = new double[segments];
        churnFactor = new double[segments];
        acquisitionFactor = new double[segments];
        reach = new double[segments];
        usageFactor = new double[segments];
        costFactor = new double[segments];
        marketingFactor = new double[segments];
        customers = new long[segments];
        arrivals = new long[segments];
        arrivalUnits = new double[segments];
        arrivalExtraUsage = new double[segments];
        churned = new long[segments];
        segmentMrr = new double[segments];
        segmentUses = new double[segments];
        segmentCogs = new double[segments];
        segmentDeferred = new double[segments];
        cohortSurvivors = new double[months + 1];
        metrics = new double[metricCount];
        previous = new double[metricCount];
    }

    public int segments() {
        return customers.length;
    }

    void resetTrial(double startingCash) {
        t = 0;
        cash = startingCash;
        Arrays.fill(customers, 0);
        Arrays.fill(metrics, Double.NaN);
        Arrays.fill(previous, Double.NaN);
        Arrays.fill(cohortSurvivors, 0);
        yearAgoMrr = 0;
        retainedMrr = 0;
        grossRetainedMrr = 0;
        begin(0);
    }

    void begin(int month) {
        t = month;
        // One pass over the (few) segments: a dozen Arrays.fill calls cost more than the stores.
        for (int s = 0; s < customers.length; s++) {
            priceFactor[s] = 1;
            churnFactor[s] = 1;
            acquisitionFactor[s] = 1;
            reach[s] = 1;
            usageFactor[s] = 1;
            costFactor[s] = 1;
            marketingFactor[s] = 1;
            arrivals[s] = 0;
            arrivalUnits[s] = 0;
            arrivalExtraUsage[s] = 0;
            churned[s] = 0;
            segmentMrr[s] = 0;
            segmentUses[s] = 0;
            segmentCogs[s] = 0;
            segmentDeferred[s] = 0;
        }
        Arrays.fill(cohortSurvivors, 0, month + 1, 0);
        recurringRevenue = 0;
        oneOffRevenue = 0;
        cogs = 0;
        acquisitionSpend = 0;
        opex = 0;
        capex = 0;
        uses = 0;
        paidSpend = 0;
        paidCustomers = 0;
        hiringFactor = 1;
        System.arraycopy(metrics, 0, previous, 0, metrics.length);
        Arrays.fill(metrics, CoreMetrics.COUNT, metrics.length, Double.NaN);
    }

    /** Shorthand for this month's value of a parameter. */
    public double get(int param) {
        return p.get(param, t);
    }

    /** Sum of paying customers over segments. */
    public long totalCustomers() {
        long n = 0;
        for (long c : customers) {
            n += c;
        }
        return n;
    }
}
