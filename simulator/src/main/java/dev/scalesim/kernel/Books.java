package dev.scalesim.kernel;

import java.util.Arrays;

/**
 * One arm's cash books: what is invoiced, what is collected, and the cash it leaves. The one
 * place where cash moves:
 * <pre>
 *   billings(t)    = revenue(t) + deferred(t) - deferred(t-1)
 *   collections(t) = billings of segment s, d_s = payment_days / 30.44 months later (split
 *                    between the two months around d_s), plus revenue billed outside the
 *                    segments (one-off deals, fees on GMV, ads, GPU-hours), collected at once
 *   cash(t)        = cash(t-1) + collections(t) - COGS(t) - opex(t) - capex(t) + financing(t)
 * </pre>
 * Costs are paid as incurred; capex is negative for investing inflows (token sales). So, over
 * any span, the sum of billings minus the sum of revenue is the deferred revenue at its end,
 * and the sum of billings minus the sum of collections the receivables at its end. With
 * monthly billing and no payment delay, collections are revenue and cash moves with EBITDA,
 * as before billing was modelled.
 */
final class Books {
    /** Average days in a month (365.25 / 12). */
    static final double DAYS_PER_MONTH = 30.4375;
    /** Billings kept per segment: enough for the longest payment delay (180 days, 6 months). */
    private static final int HISTORY = 8;

    private final int[] paymentDays;
    private final double[] deferredBefore;
    private final double[][] billed;
    double cash;
    /** This month's invoices, collections; balances at the end of the month. */
    double billings;
    double collections;
    double deferred;
    double receivables;
    double financing;

    Books(Layout layout) {
        int segments = layout.segments().size();
        paymentDays = new int[segments];
        for (int s = 0; s < segments; s++) {
            paymentDays[s] = layout.paramIndex(layout.segments().get(s) + "." + CoreParams.PAYMENT_DAYS.id());
        }
        deferredBefore = new double[segments];
        billed = new double[segments][HISTORY];
    }

    void reset(double startingCash) {
        cash = startingCash;
        deferred = 0;
        receivables = 0;
        Arrays.fill(deferredBefore, 0);
        for (double[] row : billed) {
            Arrays.fill(row, 0);
        }
    }

    /** Closes month {@code m.t}: invoices, collections, the balances and cash. */
    void close(Month m, double cogs, double opex) {
        int t = m.t;
        double segmentRevenue = 0;
        double segmentBillings = 0;
        double segmentCollections = 0;
        for (int s = 0; s < deferredBefore.length; s++) {
            double b = m.segmentMrr[s] + m.segmentDeferred[s] - deferredBefore[s];
            deferredBefore[s] = m.segmentDeferred[s];
            billed[s][t % HISTORY] = b;
            segmentRevenue += m.segmentMrr[s];
            segmentBillings += b;
            segmentCollections += collected(s, t, m.get(paymentDays[s]) / DAYS_PER_MONTH);
        }
        double elsewhere = m.recurringRevenue + m.oneOffRevenue - segmentRevenue;
        billings = segmentBillings + elsewhere;
        collections = segmentCollections + elsewhere;
        deferred = 0;
        for (double d : m.segmentDeferred) {
            deferred += d;
        }
        receivables += billings - collections;
        cash += collections - cogs - opex - m.capex;
        financing = 0;
    }

    /** Cash raised this month (after {@link #close}): a financing inflow, never revenue. */
    void finance(double amount) {
        cash += amount;
        financing += amount;
    }

    /** What segment s collects in month t from bills sent {@code delay} months earlier. */
    private double collected(int s, int t, double delay) {
        int whole = (int) delay;
        double part = delay - whole;
        double sooner = t - whole >= 1 ? billed[s][(t - whole) % HISTORY] : 0;
        double later = part > 0 && t - whole - 1 >= 1 ? billed[s][(t - whole - 1) % HISTORY] : 0;
        return (1 - part) * sooner + part * later;
    }
}
