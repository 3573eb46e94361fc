package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Factor;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The people a business needs as it grows: each role's headcount follows a volume it is driven
 * by, hired with a lag, paid a loaded monthly cost (opex).
 *
 * <pre>
 *   plan_r(t)  = base_r + ceil(V_r(t - lag_r) / load_r)        (V_r = 0 before month 1; load unlimited = 0 heads)
 *   heads_r(t) = plan_r(t)                                     when plan_r(t) <= heads_r(t-1)
 *              = heads_r(t-1) + floor(hiringFactor (plan_r(t) - heads_r(t-1)))   otherwise
 *   payroll(t) = sum_r heads_r(t) cost_r                       opex;  headcount(t) = sum_r heads_r(t)
 * </pre>
 * Drivers V_r (one per {@link Role}): paying customers (support), ARR = 12 x MRR (customer
 * success, and engineering beyond its base team), new ARR booked over the last 12 months
 * (sales: a quota is new ARR a year), and the other roles' headcount (G&amp;A). Before month 1
 * every volume is 0 except G&amp;A's (the base team), so the team at the start is the base
 * engineering team and its G&amp;A. New ARR of a month is 12 x each segment's MRR per customer x
 * its arrivals. A plan that falls
 * lets headcount fall with it (attrition not backfilled); a hiring freeze ({@code hiringFactor}
 * 0, set by a cost-cutting rule) holds headcount, it never fires anyone. It runs after every
 * mechanism that books customers and revenue.
 */
public final class Staffing extends AbstractMechanism {
    /** What a role's headcount follows. */
    public enum Driver {
        CUSTOMERS, ARR, NEW_ARR_12M, OTHER_STAFF
    }

    /**
     * One role of the staffing plan: its parameters are {@code <id>_load} (volume one head
     * carries), {@code <id>_cost} (loaded monthly cost per head) and {@code <id>_lag} (months
     * from need to a productive hire).
     *
     * @param id role id, the prefix of its parameters
     * @param driver the volume it follows
     * @param loadMeaning what one head carries, for the load parameter's meaning
     * @param loadUnit the unit of that volume
     */
    public record Role(String id, Driver driver, String loadMeaning, Unit loadUnit) {
        public ParamDef load() {
            return ParamDef.global(id + "_load", loadUnit, loadMeaning + " (unlimited = no such staff)")
                    .range(1e-9, Double.POSITIVE_INFINITY).unlimited();
        }

        public ParamDef cost() {
            return ParamDef.global(id + "_cost", Unit.USD_PER_MONTH, "loaded monthly cost of one " + id + " head, opex");
        }

        public ParamDef lag() {
            return ParamDef.global(id + "_lag", Unit.MONTHS, "months from the need for a " + id + " hire to the hire")
                    .range(0, 24);
        }
    }

    /** The roles, in the order they are planned (G&amp;A last: it follows the others). */
    public static final List<Role> ROLES = List.of(
            new Role("support", Driver.CUSTOMERS, "paying customers one support agent serves", Unit.COUNT),
            new Role("success", Driver.ARR, "ARR one customer success manager looks after", Unit.USD),
            new Role("sales", Driver.NEW_ARR_12M, "new ARR a year one sales rep closes (quota)", Unit.USD),
            new Role("engineering", Driver.ARR, "ARR that needs one more engineer beyond the base team", Unit.USD),
            new Role("ga", Driver.OTHER_STAFF, "staff one G&A head (finance, HR, legal, IT) supports", Unit.COUNT));

    public static final ParamDef ENGINEERING_BASE = ParamDef.global("engineering_base", Unit.COUNT,
            "engineers (product, R&D) the business employs at any volume").range(0, 10_000);

    private static final List<Metric> METRICS = List.of(
            Metric.lower("headcount", Unit.COUNT, "people employed this month (every role of the staffing plan)"),
            Metric.lower("payroll", Unit.USD_PER_MONTH, "loaded cost of the staff this month, opex"));

    public Staffing() {
        super("staffing", paramDefs(), METRICS);
    }

    private static List<ParamDef> paramDefs() {
        List<ParamDef> out = new ArrayList<>();
        for (Role r : ROLES) {
            out.add(r.load());
            out.add(r.cost());
            out.add(r.lag());
        }
        out.add(ENGINEERING_BASE);
        return out;
    }

    /** A role's planned heads for a volume: base + ceil(volume / load), 0 extra heads without a load. */
    public static long plan(double base, double volume, double load) {
        long extra = Double.isInfinite(load) || volume <= 0 ? 0 : (long) Math.ceil(volume / load - 1e-9);
        return Math.round(base) + extra;
    }

    /** Heads after this month's hiring: the plan, or last month's heads plus the hires made. */
    public static long heads(long previous, long plan, double hiringFactor) {
        if (plan <= previous) {
            return plan;
        }
        return previous + (long) Math.floor(Math.max(0, Math.min(1, hiringFactor)) * (plan - previous));
    }

    @Override
    public Set<Factor> reads() {
        return Set.of(Factor.HIRING);
    }

    @Override
    public Process start(Binding b) {
        int roles = ROLES.size();
        int[] load = new int[roles];
        int[] cost = new int[roles];
        int[] lag = new int[roles];
        for (int r = 0; r < roles; r++) {
            load[r] = b.param(ROLES.get(r).load().id());
            cost[r] = b.param(ROLES.get(r).cost().id());
            lag[r] = b.param(ROLES.get(r).lag().id());
        }
        int base = b.param(ENGINEERING_BASE.id());
        int engineering = ROLES.indexOf(ROLES.stream().filter(r -> r.id().equals("engineering")).findFirst().orElseThrow());
        int headcountMetric = b.metric("headcount");
        int payrollMetric = b.metric("payroll");
        return new Process() {
            /** Each role's driver by month (index 0 = before month 1). */
            private double[][] volume;
            /** New ARR booked each month (for the trailing 12 months of sales). */
            private double[] newArr;
            private final long[] heads = new long[roles];

            @Override
            public void reset(Month m) {
                if (volume == null) {
                    volume = new double[roles][m.months + 1];
                    newArr = new double[m.months + 1];
                }
                for (int r = 0; r < roles; r++) {
                    Arrays.fill(volume[r], 0);
                }
                Arrays.fill(newArr, 0);
                // The starting team: the plan at zero volume (the base engineers and their G&A).
                long others = 0;
                for (int r = 0; r < roles; r++) {
                    boolean ga = ROLES.get(r).driver() == Driver.OTHER_STAFF;
                    volume[r][0] = ga ? others : 0;
                    heads[r] = plan(r == engineering ? m.get(base) : 0, volume[r][0], m.get(load[r]));
                    others += ga ? 0 : heads[r];
                }
            }

            @Override
            public void month(Month m) {
                int t = m.t;
                double arr = 12 * m.recurringRevenue;
                double booked = 0;
                for (int s = 0; s < m.segments(); s++) {
                    if (m.customers[s] > 0) {
                        booked += 12 * m.segmentMrr[s] / m.customers[s] * m.arrivals[s];
                    }
                }
                newArr[t] = booked;
                double trailing = 0;
                for (int k = Math.max(1, t - 11); k <= t; k++) {
                    trailing += newArr[k];
                }
                long others = 0;
                long total = 0;
                double payroll = 0;
                for (int r = 0; r < roles; r++) {
                    Driver driver = ROLES.get(r).driver();
                    volume[r][t] = switch (driver) {
                        case CUSTOMERS -> m.totalCustomers();
                        case ARR -> arr;
                        case NEW_ARR_12M -> trailing;
                        case OTHER_STAFF -> others;
                    };
                    int delay = (int) Math.round(m.get(lag[r]));
                    long planned = plan(r == engineering ? m.get(base) : 0, volume[r][Math.max(0, t - delay)],
                            m.get(load[r]));
                    heads[r] = heads(heads[r], planned, m.hiringFactor);
                    others += driver == Driver.OTHER_STAFF ? 0 : heads[r];
                    total += heads[r];
                    payroll += heads[r] * m.get(cost[r]);
                }
                m.opex += payroll;
                m.metrics[headcountMetric] = total;
                m.metrics[payrollMetric] = payroll;
            }
        };
    }
}
