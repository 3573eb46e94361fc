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
 * A free tier feeding paying customers: a pool F of free users per segment.
 *
 * <pre>
 *   converted(t) ~ Binomial(F, free_conversion)
 *   left(t)      ~ Binomial(F - converted, free_churn)
 *   signups(t)   ~ Poisson(free_signups * reach(t) * acquisitionFactor)
 *   F           <- F - converted - left + signups;    COGS += F * free_cost_per_user
 * </pre>
 * Converted users arrive as paying customers this month. With constant rates the share of a
 * signup that ever converts is {@code c / (c + f (1 - c))}: 0.4%/month conversion against 8%/month
 * free churn is about 4.8%, inside OpenView's 2-5% median to 5-10% top range.
 */
public final class FreemiumFunnel extends AbstractMechanism {
    public static final ParamDef SIGNUPS = ParamDef.segment("free_signups", Unit.COUNT_PER_MONTH,
            "new free-tier users a month");
    public static final ParamDef CONVERSION = ParamDef.segment("free_conversion",
            Unit.FRACTION_PER_MONTH, "share of free users upgrading to paid each month");
    public static final ParamDef FREE_CHURN = ParamDef.segment("free_churn", Unit.FRACTION_PER_MONTH,
            "share of free users leaving each month");
    public static final ParamDef FREE_COST = ParamDef.segment("free_cost_per_user",
            Unit.USD_PER_MONTH, "cost to serve a free user (inference, hosting), COGS");

    private static final List<ParamDef> PARAMS = List.of(SIGNUPS, CONVERSION, FREE_CHURN, FREE_COST);

    /** Slots of the "freemium" stream each month: a block of 64 per draw, indexed by segment. */
    static final int UPGRADE_SLOT = 0;
    static final int FREE_CHURN_SLOT = 64;
    static final int SIGNUP_SLOT = 128;
    private static final List<Metric> METRICS = List.of(
            Metric.higher("free_users", Unit.COUNT, "free-tier users at the end of the month"),
            Metric.higher("free_conversions", Unit.COUNT, "free users who became paying this month"));

    public FreemiumFunnel() {
        super("freemium", PARAMS, METRICS);
    }

    @Override
    public Set<Factor> reads() {
        return Set.of(Factor.ACQUISITION, Factor.REACH);
    }

    @Override
    public Process start(Binding b) {
        return new State(b);
    }

    private static final class State implements Process {
        private final RandomStream random;
        private final int[] signups;
        private final int[] conversion;
        private final int[] churn;
        private final int[] cost;
        private final int usersMetric;
        private final int conversionsMetric;
        private final long[] free;

        State(Binding b) {
            random = b.stream("freemium");
            signups = b.segmentParam(SIGNUPS.id());
            conversion = b.segmentParam(CONVERSION.id());
            churn = b.segmentParam(FREE_CHURN.id());
            cost = b.segmentParam(FREE_COST.id());
            usersMetric = b.metric("free_users");
            conversionsMetric = b.metric("free_conversions");
            free = new long[b.segments()];
        }

        @Override
        public void reset(Month m) {
            Arrays.fill(free, 0);
        }

        @Override
        public void month(Month m) {
            int t = m.t;
            long users = 0;
            long converted = 0;
            for (int s = 0; s < free.length; s++) {
                long pool = free[s];
                long upgraded = Draws.binomial(random.uniform(t, UPGRADE_SLOT + s), pool, m.get(conversion[s]));
                long left = Draws.binomial(random.uniform(t, FREE_CHURN_SLOT + s), pool - upgraded, m.get(churn[s]));
                double rate = m.get(signups[s]) * m.reach[s] * m.acquisitionFactor[s];
                long joined = Draws.poisson(random.uniform(t, SIGNUP_SLOT + s), rate);
                free[s] = pool - upgraded - left + joined;
                m.arrivals[s] += upgraded;
                m.arrivalUnits[s] += upgraded;
                double freeCost = free[s] * m.get(cost[s]);
                m.segmentCogs[s] += freeCost;
                m.cogs += freeCost;
                users += free[s];
                converted += upgraded;
            }
            m.metrics[usersMetric] = users;
            m.metrics[conversionsMetric] = converted;
        }
    }
}
