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
 * Project revenue bound by billable capacity: signed projects wait in a backlog until delivery
 * staff work them off; staff are hired against the backlog, arrive after a lag, and sit on the
 * bench through gaps until they can be released. Finished projects can turn into recurring
 * support contracts, and satisfied clients come back for another project after a gap.
 *
 * <pre>
 *   bookings:   n_s ~ Poisson(projects_per_month_s * reach * acquisitionFactor) new projects,
 *               plus returning clients ~ Binomial(waiting_s, 1 / max(1, repeat_gap_months)),
 *               values V_s exp(sigma Z - sigma^2/2)
 *   capacity:   k = utilization * bill_rate / (1 + data_overhead)       (contract value one person delivers a month)
 *   staff plan: H* = max(billable_staff, ceil(B / (6 k)))               (clear the backlog in 6 months)
 *               below plan: hire the gap, arriving hiring_lag months later;
 *               above plan for more than release_lag months: release down to plan
 *   delivered:  D = min(B, H k), shared pro rata over the segments' backlogs; revenue (one-off) += D
 *   COGS       += H * staff_cost
 *   follow-on:  finished ~ Poisson(D_s / project_value_s); contracts ~ Binomial(finished, follow_on_rate)
 *               arrive as customers of segment s (the cohort book bills them price a month)
 *   repeat:     waiting_s += Binomial(finished, repeat_rate_s)      (clients who will commission another project)
 * </pre>
 * A returning client waits a geometric gap of mean {@code repeat_gap_months} (at least the next
 * month): the revenue gap between one-time projects.
 * Revenue is recognised as work is delivered (percentage of completion). {@code data_overhead}
 * is the extra effort on client-specific data, as a share of standard effort.
 */
public final class ProjectCapacity extends AbstractMechanism {
    /** Months of backlog the staff plan aims to clear. */
    static final int PLAN_MONTHS = 6;
    static final int MAX_LAG = 24;
    private static final int MAX_DRAWN = 4_000;

    public static final ParamDef PROJECTS = ParamDef.segment("projects_per_month", Unit.COUNT_PER_MONTH,
            "new projects signed a month");
    public static final ParamDef VALUE = ParamDef.segment("project_value", Unit.USD,
            "mean contract value of a project").range(1, Double.POSITIVE_INFINITY);
    public static final ParamDef FOLLOW_ON = ParamDef.segment("follow_on_rate", Unit.FRACTION,
            "share of finished projects that become a recurring support contract");
    public static final ParamDef REPEAT = ParamDef.segment("repeat_rate", Unit.FRACTION,
            "share of finished projects whose client commissions another project");
    public static final ParamDef REPEAT_GAP = ParamDef.global("repeat_gap_months", Unit.MONTHS,
            "mean months before a returning client's next project (at least the next month)").range(0, 120);
    public static final ParamDef DISPERSION = ParamDef.global("project_size_dispersion", Unit.NUMBER,
            "spread of project values: sd of their log").range(0, 3);
    public static final ParamDef STAFF = ParamDef.global("billable_staff", Unit.COUNT,
            "delivery staff at month 1, and the core team kept through gaps").range(0, 100_000);
    public static final ParamDef STAFF_COST = ParamDef.global("staff_cost", Unit.USD_PER_MONTH,
            "loaded monthly cost of one delivery person, COGS");
    public static final ParamDef BILL_RATE = ParamDef.global("bill_rate", Unit.USD_PER_MONTH,
            "contract value one person delivers in a fully billable month").range(1, Double.POSITIVE_INFINITY);
    public static final ParamDef UTILIZATION = ParamDef.global("utilization", Unit.FRACTION,
            "billable share of delivery staff time").range(0.01, 1);
    public static final ParamDef OVERHEAD = ParamDef.global("data_overhead", Unit.FRACTION,
            "extra effort on client-specific data, as a share of standard effort").range(0, 5);
    public static final ParamDef HIRING_LAG = ParamDef.global("hiring_lag", Unit.MONTHS,
            "months from deciding to hire to a billable hire").range(0, MAX_LAG);
    public static final ParamDef RELEASE_LAG = ParamDef.global("release_lag", Unit.MONTHS,
            "months idle staff stay on the bench before they can be released").range(0, MAX_LAG);

    private static final List<ParamDef> PARAMS = List.of(PROJECTS, VALUE, FOLLOW_ON, REPEAT, REPEAT_GAP, DISPERSION, STAFF,
            STAFF_COST, BILL_RATE, UTILIZATION, OVERHEAD, HIRING_LAG, RELEASE_LAG);
    private static final List<Metric> METRICS = List.of(
            Metric.higher("bookings", Unit.USD_PER_MONTH, "value of projects signed this month"),
            Metric.higher("backlog", Unit.USD, "signed project value not yet delivered"),
            Metric.higher("staff", Unit.COUNT, "billable delivery staff"),
            Metric.higher("staff_utilization", Unit.FRACTION, "share of staff time billed this month"));

    public ProjectCapacity() {
        super("projects", PARAMS, METRICS);
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
        private final int[] projects;
        private final int[] value;
        private final int[] followOn;
        private final int[] repeat;
        private final int repeatGap;
        private final int dispersion;
        private final int staffStart;
        private final int staffCost;
        private final int billRate;
        private final int utilization;
        private final int overhead;
        private final int hiringLag;
        private final int releaseLag;
        private final int bookingsMetric;
        private final int backlogMetric;
        private final int staffMetric;
        private final int utilizationMetric;
        private final double[] backlog;
        private final long[] waiting;
        private long[] pending = new long[0];
        private long staff;
        private long pendingTotal;
        private int idleMonths;

        State(Binding b) {
            random = b.stream("projects");
            projects = b.segmentParam(PROJECTS.id());
            value = b.segmentParam(VALUE.id());
            followOn = b.segmentParam(FOLLOW_ON.id());
            repeat = b.segmentParam(REPEAT.id());
            repeatGap = b.param(REPEAT_GAP.id());
            dispersion = b.param(DISPERSION.id());
            staffStart = b.param(STAFF.id());
            staffCost = b.param(STAFF_COST.id());
            billRate = b.param(BILL_RATE.id());
            utilization = b.param(UTILIZATION.id());
            overhead = b.param(OVERHEAD.id());
            hiringLag = b.param(HIRING_LAG.id());
            releaseLag = b.param(RELEASE_LAG.id());
            bookingsMetric = b.metric("bookings");
            backlogMetric = b.metric("backlog");
            staffMetric = b.metric("staff");
            utilizationMetric = b.metric("staff_utilization");
            backlog = new double[b.segments()];
            waiting = new long[b.segments()];
        }

        @Override
        public void reset(Month m) {
            if (pending.length < m.months + MAX_LAG + 2) {
                pending = new long[m.months + MAX_LAG + 2];
            }
            Arrays.fill(pending, 0);
            Arrays.fill(backlog, 0);
            Arrays.fill(waiting, 0);
            staff = Math.round(m.p.get(staffStart, 0));
            pendingTotal = 0;
            idleMonths = 0;
        }

        @Override
        public void month(Month m) {
            int t = m.t;
            double sigma = m.get(dispersion);
            double booked = 0;
            double total = 0;
            double back = 1 / Math.max(1, m.get(repeatGap));
            for (int s = 0; s < backlog.length; s++) {
                int base = s * Simulation.SEGMENT_SLOTS;
                long returning = Draws.binomial(random.uniform(t, base + 4), waiting[s], back);
                waiting[s] -= returning;
                long n = returning + Draws.poisson(random.uniform(t, base),
                        m.get(projects[s]) * m.reach[s] * m.acquisitionFactor[s]);
                double mean = m.get(value[s]);
                for (long i = 0; i < n; i++) {
                    double v = mean;
                    if (sigma > 0 && i < MAX_DRAWN) {
                        v = mean * Math.exp(sigma * random.gaussian(t, base + 64 + (int) i) - 0.5 * sigma * sigma);
                    }
                    backlog[s] += v;
                    booked += v;
                }
                total += backlog[s];
            }
            staff += pending[t];
            pendingTotal -= pending[t];
            pending[t] = 0;
            double perPerson = m.get(utilization) * m.get(billRate) / (1 + m.get(overhead));
            long plan = Math.max(Math.round(m.get(staffStart)), (long) Math.ceil(total / (PLAN_MONTHS * perPerson)));
            plan(m, t, plan);
            double delivered = Math.min(total, staff * perPerson);
            for (int s = 0; s < backlog.length; s++) {
                if (backlog[s] <= 0) {
                    continue;
                }
                double share = delivered * backlog[s] / total;
                backlog[s] = Math.max(0, backlog[s] - share);
                int base = s * Simulation.SEGMENT_SLOTS;
                long finished = Draws.poisson(random.uniform(t, base + 1), share / m.get(value[s]));
                long contracts = Draws.binomial(random.uniform(t, base + 2), finished, m.get(followOn[s]));
                waiting[s] += Draws.binomial(random.uniform(t, base + 3), finished, m.get(repeat[s]));
                m.arrivals[s] += contracts;
                m.arrivalUnits[s] += contracts;
            }
            m.oneOffRevenue += delivered;
            m.cogs += staff * m.get(staffCost);
            m.metrics[bookingsMetric] = booked;
            m.metrics[backlogMetric] = total - delivered;
            m.metrics[staffMetric] = staff;
            double full = staff * m.get(billRate);
            m.metrics[utilizationMetric] = full > 0 ? delivered * (1 + m.get(overhead)) / full : Double.NaN;
        }

        /** Hires toward the plan, or releases staff idle for longer than the release lag. */
        private void plan(Month m, int t, long plan) {
            if (staff + pendingTotal < plan) {
                long hires = plan - staff - pendingTotal;
                int lag = (int) Math.round(m.get(hiringLag));
                if (lag == 0) {
                    staff += hires;
                } else {
                    pending[t + lag] += hires;
                    pendingTotal += hires;
                }
                idleMonths = 0;
            } else if (staff > plan) {
                idleMonths++;
                if (idleMonths > Math.round(m.get(releaseLag))) {
                    staff = plan;
                    Arrays.fill(pending, t + 1, pending.length, 0);
                    pendingTotal = 0;
                    idleMonths = 0;
                }
            } else {
                idleMonths = 0;
            }
        }
    }
}
