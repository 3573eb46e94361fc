package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Draws;
import dev.scalesim.kernel.Factor;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.RandomStream;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.kernel.Unit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A direct-sales pipeline: leads move through {@value #STAGES} stages (qualification, demo or
 * proof of concept, procurement) and close as sized contracts. Deals are counted per stage, not
 * followed one by one.
 *
 * <pre>
 *   leads(t)       ~ Poisson(leads_per_month * reach * acquisitionFactor)        enter stage 1 at the end of month t
 *   each month, at each stage j (last first, so a deal moves at most one stage a month):
 *     decided      ~ Binomial(open_j, p),          p = min(1, K / sales_cycle_months),  K = 3
 *     passed       ~ Binomial(decided, q_j),        q_j = win_rate^(1/K),  times (1 - late_stage_loss) at the last stage
 *     the rest of the decided deals are lost; passed deals move on, out of the last stage as wins
 * </pre>
 * A lead therefore closes with probability {@code win_rate * (1 - late_stage_loss)} after a
 * negative-binomial cycle of mean {@code sales_cycle_months} (K geometric stages; at least K
 * months). Each won deal has a size X, Pareto with tail {@code deal_size_tail} (alpha) scaled to
 * mean 1 (minimum (alpha - 1) / alpha): revenue is lumpy and concentrated in the few largest
 * clients, the more so as alpha nears 1. With volume discounts d the contract is billed X^(1-d)
 * units (a deal twice the size pays 2^(1-d) times) while it uses X times a standard deal:
 * <pre>
 *   arrivals += won;  arrivalUnits += sum X_i^(1 - volume_discount);  arrivalExtraUsage += sum (X_i - 1)
 *   acquisition spend += sales_team_cost
 * </pre>
 * The cohort book bills {@code price} per unit, so {@code price} is a standard deal's monthly
 * value (annual licence / 12), and renews contracts every {@code contract_months}.
 */
public final class DealPipeline extends AbstractMechanism {
    /** Stages of the pipeline: qualification, demo / proof of concept, procurement. */
    public static final int STAGES = 3;
    /** Largest deal, in standard deals: keeps a near-1 tail finite. */
    static final double MAX_DEAL = 1_000;
    /** Won deals per segment and month drawn one by one; beyond, each counts at its mean. */
    static final int MAX_DRAWN_DEALS = 4_000;

    public static final ParamDef LEADS = ParamDef.segment("leads_per_month", Unit.COUNT_PER_MONTH,
            "qualified sales leads a month (direct sales)");
    public static final ParamDef CYCLE = ParamDef.segment("sales_cycle_months", Unit.MONTHS,
            "mean months from lead to signature (at least 3: one per stage)").range(STAGES, 120);
    public static final ParamDef WIN_RATE = ParamDef.segment("win_rate", Unit.FRACTION,
            "share of leads that sign, before late-stage losses");
    public static final ParamDef LATE_LOSS = ParamDef.segment("late_stage_loss", Unit.FRACTION,
            "share of deals otherwise won that are lost at procurement (security and compliance review)");
    public static final ParamDef TAIL = ParamDef.segment("deal_size_tail", Unit.NUMBER,
            "Pareto tail of deal sizes (1.2: a few clients carry the revenue; 20+: deals alike)").range(1.05, 1000);
    public static final ParamDef DISCOUNT = ParamDef.segment("volume_discount", Unit.FRACTION,
            "volume discount exponent: a deal k times the standard size pays k^(1 - d) times").range(0, 0.9);
    public static final ParamDef TEAM_COST = ParamDef.segment("sales_team_cost", Unit.USD_PER_MONTH,
            "direct sales team (account executives, solution engineers), acquisition spend");

    private static final List<ParamDef> PARAMS = List.of(LEADS, CYCLE, WIN_RATE, LATE_LOSS, TAIL, DISCOUNT,
            TEAM_COST);
    private static final List<Metric> METRICS = List.of(
            Metric.higher("open_deals", Unit.COUNT, "deals in the sales pipeline at the end of the month"),
            Metric.higher("deals_won", Unit.COUNT, "contracts signed this month"),
            Metric.higher("deal_units", Unit.MULTIPLIER, "billed units of this month's contracts (standard deal = 1)"));

    public DealPipeline() {
        super("pipeline", PARAMS, METRICS);
    }

    @Override
    public Set<Factor> reads() {
        return Set.of(Factor.ACQUISITION, Factor.REACH);
    }

    @Override
    public Process start(Binding b) {
        return new State(b);
    }

    /** The size of a deal, Pareto(alpha) with mean 1, at a uniform u. */
    static double dealSize(double u, double alpha) {
        double floor = (alpha - 1) / alpha;
        return Math.min(MAX_DEAL, floor * Math.exp(-Math.log1p(-u) / alpha));
    }

    private static final class State implements Process {
        private final RandomStream random;
        private final int[] leads;
        private final int[] cycle;
        private final int[] win;
        private final int[] late;
        private final int[] tail;
        private final int[] discount;
        private final int[] teamCost;
        private final int openMetric;
        private final int wonMetric;
        private final int unitsMetric;
        private final long[][] open;

        State(Binding b) {
            random = b.stream("pipeline");
            leads = b.segmentParam(LEADS.id());
            cycle = b.segmentParam(CYCLE.id());
            win = b.segmentParam(WIN_RATE.id());
            late = b.segmentParam(LATE_LOSS.id());
            tail = b.segmentParam(TAIL.id());
            discount = b.segmentParam(DISCOUNT.id());
            teamCost = b.segmentParam(TEAM_COST.id());
            openMetric = b.metric("open_deals");
            wonMetric = b.metric("deals_won");
            unitsMetric = b.metric("deal_units");
            open = new long[b.segments()][STAGES];
        }

        @Override
        public void reset(Month m) {
            for (long[] stages : open) {
                Arrays.fill(stages, 0);
            }
        }

        @Override
        public void month(Month m) {
            int t = m.t;
            long openTotal = 0;
            long wonTotal = 0;
            double unitsTotal = 0;
            for (int s = 0; s < open.length; s++) {
                long[] stage = open[s];
                int base = s * Simulation.SEGMENT_SLOTS;
                double p = Math.min(1, STAGES / m.get(cycle[s]));
                double q = Math.pow(m.get(win[s]), 1.0 / STAGES);
                long won = 0;
                for (int j = STAGES - 1; j >= 0; j--) {
                    long decided = Draws.binomial(random.uniform(t, base + 1 + j), stage[j], p);
                    double pass = j == STAGES - 1 ? q * (1 - m.get(late[s])) : q;
                    long passed = Draws.binomial(random.uniform(t, base + 8 + j), decided, pass);
                    stage[j] -= decided;
                    if (j == STAGES - 1) {
                        won = passed;
                    } else {
                        stage[j + 1] += passed;
                    }
                }
                stage[0] += Draws.poisson(random.uniform(t, base),
                        m.get(leads[s]) * m.reach[s] * m.acquisitionFactor[s]);
                double alpha = m.get(tail[s]);
                double exponent = 1 - m.get(discount[s]);
                double units = 0;
                double extra = 0;
                for (long i = 0; i < won; i++) {
                    double size = i < MAX_DRAWN_DEALS
                            ? dealSize(random.uniform(t, base + 64 + (int) i), alpha) : 1;
                    units += Math.pow(size, exponent);
                    extra += size - 1;
                }
                m.arrivals[s] += won;
                m.arrivalUnits[s] += units;
                m.arrivalExtraUsage[s] += extra;
                m.acquisitionSpend += m.get(teamCost[s]);
                for (long n : stage) {
                    openTotal += n;
                }
                wonTotal += won;
                unitsTotal += units;
            }
            m.metrics[openMetric] = openTotal;
            m.metrics[wonMetric] = wonTotal;
            m.metrics[unitsMetric] = unitsTotal;
        }
    }
}
