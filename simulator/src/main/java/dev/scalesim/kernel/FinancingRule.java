package dev.scalesim.kernel;

import java.util.Arrays;

/**
 * Runway, and what a company does as it shortens: raise money and cut costs. The rules run only
 * where {@code survival_rules} is 1 (the {@code survival-rules} arm); runway and the survival
 * outcomes are measured in every arm, so the baseline says what the business needs and the arm
 * what the rules do, on the same trials.
 *
 * <pre>
 *   burn(t)        = - average operating cash flow of the last 3 months (cash change before financing)
 *   runway(t)      = cash(t) / burn(t); RUNWAY_CAP when not burning; 0 once cash is below 0
 *   cost cut in t  : runway(t-1) < cut_runway_months  =>  paid marketing x (1 - cut_acquisition),
 *                    hiring frozen (Month.hiringFactor = 0)
 *   raise in t     : runway(t) < raise_runway_months, raise_amount > 0, no attempt in the last
 *                    RETRY_MONTHS months: closes with probability raise_success (one uniform of
 *                    stream "financing" at (t, 0), shared by the arms) when ARR > 0, at a pre-money
 *                    valuation of raise_valuation x ARR; dilution = amount / (pre-money + amount)
 *   default alive  : at the horizon, with operating cash flow f (last 3 months) improving by g a
 *                    month (last 3 months against the 3 before): f >= 0 and cash >= 0, or g > 0
 *                    and cash >= the burn until break-even, (f / g) x (-f) / 2
 * </pre>
 */
final class FinancingRule {
    /** Runway reported when the business is not burning cash (10 years). */
    static final double RUNWAY_CAP = 120;
    /** Months between two fundraise attempts: a failed round is not retried the next month. */
    static final int RETRY_MONTHS = 6;
    private static final int WINDOW = 3;

    private final RandomStream random;
    private final int rulesOn;
    private final int amount;
    private final int raiseRunway;
    private final int success;
    private final int valuation;
    private final int cutRunway;
    private final int cutShare;
    /** Operating cash flow of the last 2 x WINDOW months, by month mod 2 x WINDOW. */
    private final double[] flows = new double[2 * WINDOW];
    private int lastAttempt;
    private boolean raiseNeeded;
    private double ownershipKept;

    FinancingRule(Layout layout, RandomStream random) {
        this.random = random;
        rulesOn = layout.paramIndex(CoreParams.SURVIVAL_RULES.id());
        amount = layout.paramIndex(CoreParams.RAISE_AMOUNT.id());
        raiseRunway = layout.paramIndex(CoreParams.RAISE_RUNWAY.id());
        success = layout.paramIndex(CoreParams.RAISE_SUCCESS.id());
        valuation = layout.paramIndex(CoreParams.RAISE_VALUATION.id());
        cutRunway = layout.paramIndex(CoreParams.CUT_RUNWAY.id());
        cutShare = layout.paramIndex(CoreParams.CUT_ACQUISITION.id());
    }

    void reset() {
        Arrays.fill(flows, 0);
        lastAttempt = -RETRY_MONTHS;
        raiseNeeded = false;
        ownershipKept = 1;
    }

    /** Start of month t: cut costs while last month's runway is short (rules on only). */
    void beginMonth(Month m) {
        if (m.t <= 1 || m.get(rulesOn) < 0.5 || !(m.previous[CoreMetrics.RUNWAY_MONTHS] < m.get(cutRunway))) {
            return;
        }
        double keep = 1 - m.get(cutShare);
        for (int s = 0; s < m.segments(); s++) {
            m.marketingFactor[s] *= keep;
        }
        m.hiringFactor = 0;
    }

    /**
     * End of month t, after the books: this month's operating cash flow, runway, and a raise if
     * the rules call for one. Returns the cash raised (0 without a raise).
     */
    double endMonth(Month m, double operatingCashFlow, double cash, double arr) {
        int t = m.t;
        flows[t % flows.length] = operatingCashFlow;
        double runway = runway(t, cash);
        if (runway < m.get(raiseRunway)) {
            raiseNeeded = true;
            double raise = m.get(amount);
            if (m.get(rulesOn) >= 0.5 && raise > 0 && t - lastAttempt >= RETRY_MONTHS) {
                lastAttempt = t;
                if (arr > 0 && random.uniform(t, 0) < m.get(success)) {
                    double preMoney = m.get(valuation) * arr;
                    ownershipKept *= preMoney / (preMoney + raise);
                    return raise;
                }
            }
        }
        return 0;
    }

    /** Runway at the end of month t with this cash. */
    double runway(int t, double cash) {
        if (cash < 0) {
            return 0;
        }
        double burn = -average(t, 0);
        return burn > 0 ? Math.min(RUNWAY_CAP, cash / burn) : RUNWAY_CAP;
    }

    /** Average operating cash flow of the WINDOW months ending {@code back} windows before t. */
    private double average(int t, int back) {
        double sum = 0;
        int n = 0;
        for (int k = back * WINDOW; k < (back + 1) * WINDOW && t - k >= 1; k++) {
            sum += flows[(t - k) % flows.length];
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    void outcomes(Month m, double cash, double[] out) {
        out[Outcomes.P_RAISE_NEEDED] = raiseNeeded ? 1 : 0;
        out[Outcomes.DILUTION] = 1 - ownershipKept;
        double flow = average(m.t, 0);
        double trend = m.t > WINDOW ? (flow - average(m.t, 1)) / WINDOW : 0;
        boolean alive = flow >= 0 ? cash >= 0 : trend > 0 && cash >= (-flow / trend) * -flow / 2;
        out[Outcomes.P_DEFAULT_ALIVE] = alive ? 1 : 0;
    }
}
