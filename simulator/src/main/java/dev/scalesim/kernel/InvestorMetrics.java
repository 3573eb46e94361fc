package dev.scalesim.kernel;

/**
 * One arm-trial's running totals, turned into the {@link Outcomes} at the horizon: the
 * headline numbers and the ratios investors ask for. Each outcome that can run off (never pays
 * back, growth from zero) is held at its {@link Censor} bounds here, so no trial drops out.
 *
 * <pre>
 *   blended CAC     = acquisition spend / new customers, over the horizon
 *   paid CAC        = paid marketing spend / paid customers it buys (their Poisson means)
 *   CAC payback     = blended CAC / (ARPU x gross margin) of the last month
 *   burn multiple   = net burn / net new ARR over the horizon; net burn = starting cash
 *                     + financing - cash at the horizon (0 when the business made cash)
 *   ARR growth      = ARR(M) / ARR(M - 12) - 1
 *   magic number    = (ARR(M) - ARR(M - 12)) / acquisition spend of the last 12 months
 *   rule of 40      = ARR growth + EBITDA / revenue of the last 12 months
 *   NRR, GRR        = MRR now of last year's customers / MRR then (from the cohort book)
 * </pre>
 */
final class InvestorMetrics {
    private final int months;
    private double revenue;
    private double cashMin;
    private boolean cashOut;
    private int breakeven;
    private double spend;
    private long arrivals;
    private long churnedRecent;
    private double exposureRecent;
    private double paidSpend;
    private double paidCustomers;
    private double spendRecent;
    private double revenueRecent;
    private double ebitdaRecent;
    private double mrrYearAgo;
    private double startingCash;
    private double financing;

    InvestorMetrics(int months) {
        this.months = months;
    }

    void reset(double cash) {
        revenue = 0;
        cashMin = Double.POSITIVE_INFINITY;
        cashOut = false;
        breakeven = 0;
        spend = 0;
        arrivals = 0;
        churnedRecent = 0;
        exposureRecent = 0;
        paidSpend = 0;
        paidCustomers = 0;
        spendRecent = 0;
        revenueRecent = 0;
        ebitdaRecent = 0;
        mrrYearAgo = 0;
        startingCash = cash;
        financing = 0;
    }

    /** The month's books, after {@link Month#cash} is updated. */
    void month(Month m, double monthRevenue, double ebitda, double financingInflow, long newCustomers,
            long churned, double customersBefore) {
        revenue += monthRevenue;
        cashMin = Math.min(cashMin, m.cash);
        cashOut |= m.cash < 0;
        if (breakeven == 0 && ebitda > 0) {
            breakeven = m.t;
        }
        spend += m.acquisitionSpend;
        arrivals += newCustomers;
        paidSpend += m.paidSpend;
        paidCustomers += m.paidCustomers;
        financing += financingInflow;
        if (m.t == months - 12) {
            mrrYearAgo = m.recurringRevenue;
        }
        if (m.t > months - 12) {
            churnedRecent += churned;
            exposureRecent += customersBefore;
            spendRecent += m.acquisitionSpend;
            revenueRecent += monthRevenue;
            ebitdaRecent += ebitda;
        }
    }

    boolean cashOut() {
        return cashOut;
    }

    boolean brokeEven() {
        return breakeven > 0;
    }

    void outcomes(Month m, double[] out) {
        double[] v = m.metrics;
        double arr = 12 * v[CoreMetrics.MRR];
        out[Outcomes.ARR_END] = arr;
        out[Outcomes.REVENUE_TOTAL] = revenue;
        out[Outcomes.CUSTOMERS_END] = v[CoreMetrics.CUSTOMERS];
        double margin = v[CoreMetrics.GROSS_MARGIN];
        out[Outcomes.GROSS_MARGIN_END] = Double.isNaN(margin) ? Double.NEGATIVE_INFINITY : margin;
        out[Outcomes.CASH_END] = v[CoreMetrics.CASH];
        out[Outcomes.CASH_MIN] = cashMin;
        out[Outcomes.P_CASH_OUT] = cashOut ? 1 : 0;
        out[Outcomes.BREAKEVEN_MONTH] = breakeven == 0 ? months + 1 : breakeven;

        double profitPerCustomer = v[CoreMetrics.ARPU] * margin;  // NaN without customers or revenue
        boolean profitable = profitPerCustomer > 0;
        double churn = exposureRecent > 0 ? churnedRecent / exposureRecent : Double.NaN;
        double lifetime = churn > 0 ? Math.min(Outcomes.LTV_LIFETIME_CAP, 1 / churn) : Outcomes.LTV_LIFETIME_CAP;
        double cac = arrivals > 0 ? spend / arrivals : Double.POSITIVE_INFINITY;
        // No gross profit: never recovers its CAC (0); no acquisition cost: unbounded (the cap).
        out[Outcomes.LTV_TO_CAC] = !profitable || arrivals == 0 ? 0
                : spend == 0 ? Double.POSITIVE_INFINITY : profitPerCustomer * lifetime / cac;
        out[Outcomes.CAC_PAYBACK_MONTHS] = spend == 0 && arrivals > 0 ? 0
                : profitable ? cac / profitPerCustomer : Double.POSITIVE_INFINITY;
        out[Outcomes.PAID_CAC] = paidSpend > 0 && paidCustomers > 0 ? paidSpend / paidCustomers : Double.NaN;

        double burn = startingCash + financing - v[CoreMetrics.CASH];
        out[Outcomes.BURN_MULTIPLE] = burn <= 0 ? 0 : arr > 0 ? burn / arr : Double.POSITIVE_INFINITY;
        out[Outcomes.NRR] = m.yearAgoMrr > 0 ? m.retainedMrr / m.yearAgoMrr : Double.NaN;
        out[Outcomes.GRR] = m.yearAgoMrr > 0 ? m.grossRetainedMrr / m.yearAgoMrr : Double.NaN;
        double arrYearAgo = 12 * mrrYearAgo;
        double netNew = arr - arrYearAgo;
        out[Outcomes.MAGIC_NUMBER] = spendRecent > 0 ? netNew / spendRecent
                : netNew > 0 ? Double.POSITIVE_INFINITY : netNew < 0 ? Double.NEGATIVE_INFINITY : 0;
        double growth = arrYearAgo > 0 ? arr / arrYearAgo - 1 : arr > 0 ? Double.POSITIVE_INFINITY : 0;
        out[Outcomes.ARR_GROWTH] = growth;
        double ebitdaMargin = revenueRecent > 0 ? ebitdaRecent / revenueRecent : Double.NEGATIVE_INFINITY;
        // Growth censored (from no ARR) leaves the sum censored too, not a number near the bound.
        out[Outcomes.RULE_OF_40] = growth >= Outcomes.RATIO_CAP ? Double.POSITIVE_INFINITY : growth + ebitdaMargin;

        for (int o = 0; o < Outcomes.COUNT; o++) {
            out[o] = Outcomes.ALL.get(o).clamp(out[o], months);
        }
        out[Outcomes.P_CAC_PAYBACK] = out[Outcomes.CAC_PAYBACK_MONTHS] <= months ? 1 : 0;
    }
}
