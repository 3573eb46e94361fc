package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Draws;
import dev.scalesim.kernel.Factor;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.RandomStream;
import dev.scalesim.kernel.Unit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * New paying customers per segment from paid marketing, organic demand and referrals.
 *
 * <pre>
 *   CAC(t)   = cac * D(t) * exp(s^2/2 - s Z(t))       D(1) = 1, D(t) = D(t-1) * (1 + cac_growth)^(1/12)
 *   reach(t) = max(0, 1 - N(t-1) / market_size)       (1 when the market is unlimited)
 *   new(t)  ~ Poisson( (budget(t) / CAC(t) + organic_customers + referral_rate * N(t-1))
 *                      * reach(t) * acquisitionFactor )
 * </pre>
 * budget(t) = marketing_budget x marketingFactor (below 1 while a cost cut holds).
 * N(t-1) is the segment's paying customers at the end of last month, s is
 * {@code cac_volatility} and Z a standard normal: CAC drifts up as channels saturate and
 * fluctuates month to month. The noise is centred so that customers per dollar keep their
 * mean ({@code E[1/CAC(t)] = 1 / (cac D(t))}): {@code cac} stays "spend per paid customer" on
 * average, whatever the volatility. The whole budget is spent.
 */
public final class Acquisition extends AbstractMechanism {
    public static final ParamDef MARKETING_BUDGET = ParamDef.segment("marketing_budget",
            Unit.USD_PER_MONTH, "paid acquisition spend");
    public static final ParamDef CAC = ParamDef.segment("cac", Unit.USD,
            "acquisition cost per paid new customer at month 1").range(0.01, Double.POSITIVE_INFINITY);
    public static final ParamDef ORGANIC = ParamDef.segment("organic_customers",
            Unit.COUNT_PER_MONTH, "new customers a month with no spend");
    public static final ParamDef REFERRAL = ParamDef.segment("referral_rate",
            Unit.FRACTION_PER_MONTH, "new customers per active customer per month");
    public static final ParamDef MARKET_SIZE = ParamDef.segment("market_size", Unit.COUNT,
            "paying customers the reachable market can hold (acquisition slows as it fills)")
            .range(1, Double.POSITIVE_INFINITY).unlimited();
    public static final ParamDef CAC_GROWTH = ParamDef.segment("cac_growth", Unit.FRACTION_PER_YEAR,
            "yearly rise of CAC as channels saturate").range(0, 10);
    public static final ParamDef CAC_VOLATILITY = ParamDef.segment("cac_volatility", Unit.NUMBER,
            "month-to-month volatility of CAC (sd of its log)").range(0, 2);

    private static final List<ParamDef> PARAMS = List.of(MARKETING_BUDGET, CAC, ORGANIC, REFERRAL,
            MARKET_SIZE, CAC_GROWTH, CAC_VOLATILITY);
    private static final List<Metric> METRICS = List.of(
            Metric.lower("paid_cac", Unit.USD, "CAC of paid marketing this month (spend-weighted over segments)"),
            Metric.higher("market_reach", Unit.FRACTION, "share of the market still open (customer-weighted)"));

    public Acquisition() {
        super("acquisition", PARAMS, METRICS);
    }

    @Override
    public Set<Factor> writes() {
        return Set.of(Factor.REACH);
    }

    @Override
    public Set<Factor> reads() {
        return Set.of(Factor.ACQUISITION, Factor.MARKETING);
    }

    @Override
    public Process start(Binding b) {
        return new State(b);
    }

    /** Slots of the acquisition stream each month: a block of 64 per draw, indexed by segment. */
    static final int CAC_NOISE_SLOT = 0;
    static final int WON_SLOT = 64;

    private static final class State implements Process {
        private final RandomStream random;
        private final int[] budget;
        private final int[] cac;
        private final int[] organic;
        private final int[] referral;
        private final int[] market;
        private final int[] growth;
        private final int[] volatility;
        private final int paidCacMetric;
        private final int reachMetric;
        private final double[] drift;
        /** The last cac_growth per segment and its monthly factor: one pow per change, not per month. */
        private final double[] growthSeen;
        private final double[] growthStep;

        State(Binding b) {
            random = b.stream("acquisition");
            budget = b.segmentParam(MARKETING_BUDGET.id());
            cac = b.segmentParam(CAC.id());
            organic = b.segmentParam(ORGANIC.id());
            referral = b.segmentParam(REFERRAL.id());
            market = b.segmentParam(MARKET_SIZE.id());
            growth = b.segmentParam(CAC_GROWTH.id());
            volatility = b.segmentParam(CAC_VOLATILITY.id());
            paidCacMetric = b.metric("paid_cac");
            reachMetric = b.metric("market_reach");
            drift = new double[b.segments()];
            growthSeen = new double[b.segments()];
            growthStep = new double[b.segments()];
            Arrays.fill(growthSeen, Double.NaN);
        }

        @Override
        public void reset(Month m) {
            Arrays.fill(drift, 1);
        }

        @Override
        public void month(Month m) {
            int t = m.t;
            double spend = 0;
            double paid = 0;
            double reachWeighted = 0;
            double customers = 0;
            for (int s = 0; s < drift.length; s++) {
                if (t > 1) {
                    double g = m.get(growth[s]);
                    if (Double.doubleToRawLongBits(g) != Double.doubleToRawLongBits(growthSeen[s])) {
                        growthSeen[s] = g;
                        growthStep[s] = Math.pow(1 + g, 1.0 / 12);
                    }
                    drift[s] *= growthStep[s];
                }
                long before = m.customers[s];
                double size = m.get(market[s]);
                double reach = Double.isInfinite(size) ? 1 : Math.max(0, 1 - before / size);
                m.reach[s] = reach;
                double sigma = m.get(volatility[s]);
                double noise = sigma > 0
                        ? Math.exp(0.5 * sigma * sigma - sigma * random.gaussian(t, CAC_NOISE_SLOT + s)) : 1;
                double unitCost = m.get(cac[s]) * drift[s] * noise;
                double monthBudget = m.get(budget[s]) * m.marketingFactor[s];
                double paidRate = monthBudget > 0 ? monthBudget / unitCost : 0;
                double rate = (paidRate + m.get(organic[s]) + m.get(referral[s]) * before)
                        * reach * m.acquisitionFactor[s];
                long won = Draws.poisson(random.uniform(t, WON_SLOT + s), rate);
                m.arrivals[s] += won;
                m.arrivalUnits[s] += won;
                m.acquisitionSpend += monthBudget;
                m.paidSpend += monthBudget;
                m.paidCustomers += paidRate * reach * m.acquisitionFactor[s];
                spend += monthBudget;
                paid += paidRate;
                reachWeighted += reach * Math.max(1, before);
                customers += Math.max(1, before);
            }
            m.metrics[paidCacMetric] = paid > 0 ? spend / paid : Double.NaN;
            m.metrics[reachMetric] = reachWeighted / customers;
        }
    }
}
