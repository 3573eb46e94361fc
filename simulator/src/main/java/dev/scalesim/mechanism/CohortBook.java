package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.BinomialTable;
import dev.scalesim.kernel.BinomialTables;
import dev.scalesim.kernel.CoreParams;
import dev.scalesim.kernel.Draws;
import dev.scalesim.kernel.Factor;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.RandomStream;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.kernel.Unit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Paying customers as monthly cohorts per segment: churn by age, billing, expansion, cost to
 * serve. Customers are counted, not simulated one by one; churn is a binomial draw per cohort.
 *
 * <p>In month t, cohort c (acquired in month c, age a = t - c) first loses
 * {@code Binomial(n_c, h(a))} customers, then the month's arrivals form cohort t. The hazard is
 * <pre>
 *   monthly contracts:   h(a) = min(1, (monthly_churn + early_churn [a <= early_churn_months]) * churnFactor)
 *   contracts of k months: h(a) = 1 - (1 - monthly_churn * churnFactor)^k at renewals (a = k, 2k, ...), else 0
 * </pre>
 * so an annual contract keeps the same yearly retention as the monthly rate compounded.
 * Each cohort carries revenue units (customers x relative contract size) that grow by
 * {@code (1 + expansion)} a month among survivors; churn removes units pro rata (the book keeps
 * units per customer, so a churn draw needs no division). Each cohort also carries a usage
 * weight: one per customer plus the month's {@code arrivalExtraUsage} (sized contracts and
 * seats use more), removed pro rata by churn.
 * <pre>
 *   MRR  = price * priceFactor * sum_c units_c
 *   uses = sum_c (n_c + extra_c) * uses_per_customer * usageFactor
 *   COGS = uses * cost_per_use * costFactor + customers * service_cost
 * </pre>
 * With no sized arrivals and factors of 1 this is {@code customers * (uses_per_customer *
 * cost_per_use + service_cost)}.
 *
 * <p>Billing ({@code billing}, a core parameter the engine's books read through
 * {@link Month#segmentDeferred}): a customer in month k = age mod 12 of its yearly term has, at
 * this month's revenue per customer r, {@code (11 - k) r} invoiced but unearned under annual
 * upfront billing and {@code ((k + 1) mod 12) r} earned but not invoiced under annual billing in
 * arrears (invoiced in the term's last month, or when it leaves). Revenue is recognised monthly
 * either way.
 *
 * <p>Speed: the hazard takes at most two values per segment-month (with and without early
 * churn), usually the same for a whole trial and for most arms, so each draws from a
 * {@link BinomialTable} shared by the worker's arms; a cohort-month with no hazard (between
 * renewals) draws nothing.
 *
 * <p>Pooled churn: in a segment whose customers all carry the same revenue and usage once past
 * the early-churn window (expansion 0, monthly contracts and monthly billing, the window's
 * length, all fixed for every arm by {@link Binding#fixed}), the cohorts past the window face
 * one hazard and are interchangeable, and a sum of independent Binomial(n_c, h) is
 * Binomial(sum n_c, h). So they are pooled, and the pool loses one {@link Draws#binomial} draw
 * a month instead of a draw per cohort. That draw follows the kernel's rule for every count:
 * exact inversion up to a mean of 40, the Cornish-Fisher approximation above it (CDF error
 * O(1/mean), under 0.3% at any count: DrawsTest). An exact inversion at pool means of 100 to
 * 50,000 cost 0.4-10 microseconds a draw against 9 ns, and made ad-supported 3x slower than
 * drawing each cohort (BENCHMARKS.md). A cohort joins when it leaves the window, if its arrivals
 * had unit size and no extra usage (sized deals and seats keep their own draws). Two pools keep
 * the cohorts acquired at least 12 months before the horizon apart from the later ones, so NRR
 * and GRR still see exactly their customers. Each pool draws from its own random slot of the
 * segment-month, shared by every arm (the rule depends only on fixed parameters, so every arm
 * pools the same cohorts). The retention table needs each pooled cohort's survivors: it gets
 * their expectation given the pool's path, {@code n_c(joined) x prod (pool after / pool
 * before)}, a cohort's share of an exchangeable pool; by the tower rule its mean over trials is
 * the mean of the cohort's survivors, so the table (a ratio of sums over trials) is unbiased.
 */
public final class CohortBook extends AbstractMechanism {
    public static final ParamDef MONTHLY_CHURN = ParamDef.segment("monthly_churn",
            Unit.FRACTION_PER_MONTH, "share of paying customers leaving each month");
    public static final ParamDef EARLY_CHURN = ParamDef.segment("early_churn",
            Unit.FRACTION_PER_MONTH, "extra monthly churn of new customers in their first months");
    public static final ParamDef EARLY_MONTHS = ParamDef.segment("early_churn_months", Unit.MONTHS,
            "how many months the early churn lasts").range(0, 60);
    public static final ParamDef CONTRACT_MONTHS = ParamDef.segment("contract_months", Unit.MONTHS,
            "contract length: churn happens only at renewals (1 = monthly)").range(1, 60);
    public static final ParamDef PRICE = ParamDef.segment("price", Unit.USD_PER_MONTH,
            "price per customer per month");
    public static final ParamDef EXPANSION = ParamDef.segment("expansion", Unit.FRACTION_PER_MONTH,
            "monthly growth of revenue per retained customer (negative: contraction)").range(-0.5, 1);
    public static final ParamDef USES = ParamDef.segment("uses_per_customer", Unit.COUNT_PER_MONTH,
            "uses of the product per customer per month");
    public static final ParamDef COST_PER_USE = ParamDef.segment("cost_per_use", Unit.USD,
            "inference + data acquisition + human review cost per use");
    public static final ParamDef SERVICE_COST = ParamDef.segment("service_cost", Unit.USD_PER_MONTH,
            "hosting and support cost per paying customer per month, COGS");

    private static final List<ParamDef> PARAMS = List.of(MONTHLY_CHURN, EARLY_CHURN, EARLY_MONTHS,
            CONTRACT_MONTHS, PRICE, EXPANSION, USES, COST_PER_USE, SERVICE_COST);

    /**
     * Random slots of a segment's month beyond its cohorts' (cohort c draws at slot c, from 1 to
     * the horizon): one per pool.
     */
    private static final int OLDER_POOL_SLOT = 0;
    private static final int NEWER_POOL_SLOT = Simulation.MAX_MONTHS + 1;

    private final boolean pooling;

    public CohortBook() {
        this(true);
    }

    private CohortBook(boolean pooling) {
        super("cohorts", PARAMS, List.of());
        this.pooling = pooling;
    }

    /**
     * The book with every cohort drawn on its own, never pooled: the reference the tests
     * compare pooled churn with (PooledChurnTest, PooledChurnDistributionTest).
     */
    public static CohortBook unpooled() {
        return new CohortBook(false);
    }

    @Override
    public Set<Factor> reads() {
        return Set.of(Factor.PRICE, Factor.CHURN, Factor.USAGE, Factor.COST);
    }

    @Override
    public Process start(Binding b) {
        return new State(b, pooling);
    }

    private static final class State implements Process {
        private final RandomStream random;
        private final int[] churn;
        private final int[] early;
        private final int[] earlyMonths;
        private final int[] contract;
        private final int[] price;
        private final int[] expansion;
        private final int[] uses;
        private final int[] costPerUse;
        private final int[] serviceCost;
        private final int[] billing;
        private final long[][] count;
        /** Revenue units per customer of each cohort (churn removes units pro rata). */
        private final double[][] units;
        /** Extra usage weight per customer of each cohort. */
        private final double[][] extra;
        private final int[] first;
        /** Revenue per customer of each cohort 12 months before the horizon (for NRR and GRR). */
        private final double[][] yearAgo;
        /** Churn draws by (segment, hazard), shared with the other arms of the worker. */
        private final BinomialTables tables;
        /** Segments whose cohorts past the early-churn window are pooled. */
        private final boolean[] poolable;
        /** By segment: customers in the older pool (acquired 12+ months before the horizon), the newer. */
        private final long[] older;
        private final long[] newer;
        /** By segment: the last cohort that has been considered for a pool. */
        private final int[] joined;
        /** By segment and cohort: a pooled cohort's expected survivors given the pools' path. */
        private final double[][] expected;
        /** By segment: the revenue per pooled customer 12 months before the horizon. */
        private final double[] pooledYearAgo;

        State(Binding b, boolean pooling) {
            random = b.stream("cohorts");
            churn = b.segmentParam(MONTHLY_CHURN.id());
            early = b.segmentParam(EARLY_CHURN.id());
            earlyMonths = b.segmentParam(EARLY_MONTHS.id());
            contract = b.segmentParam(CONTRACT_MONTHS.id());
            price = b.segmentParam(PRICE.id());
            expansion = b.segmentParam(EXPANSION.id());
            uses = b.segmentParam(USES.id());
            costPerUse = b.segmentParam(COST_PER_USE.id());
            serviceCost = b.segmentParam(SERVICE_COST.id());
            billing = b.segmentParam(CoreParams.BILLING.id());
            int segments = b.segments();
            count = new long[segments][];
            units = new double[segments][];
            extra = new double[segments][];
            first = new int[segments];
            yearAgo = new double[segments][];
            tables = b.binomialTables("cohorts");
            poolable = new boolean[segments];
            for (int s = 0; s < segments; s++) {
                poolable[s] = pooling
                        && b.fixed(expansion[s], v -> v == 0)
                        && b.fixed(contract[s], v -> Math.max(1, Math.round(v)) == 1)
                        && b.fixed(billing[s], v -> Math.round(v) == CoreParams.MONTHLY)
                        && b.fixed(earlyMonths[s], v -> true);
            }
            older = new long[segments];
            newer = new long[segments];
            joined = new int[segments];
            expected = new double[segments][];
            pooledYearAgo = new double[segments];
        }

        @Override
        public void reset(Month m) {
            for (int s = 0; s < count.length; s++) {
                if (count[s] == null) {
                    count[s] = new long[m.months + 1];
                    units[s] = new double[m.months + 1];
                    extra[s] = new double[m.months + 1];
                    yearAgo[s] = new double[m.months + 1];
                    expected[s] = new double[m.months + 1];
                }
                Arrays.fill(count[s], 0);
                Arrays.fill(units[s], 0);
                Arrays.fill(extra[s], 0);
                Arrays.fill(expected[s], 0);
                first[s] = 1;
                older[s] = 0;
                newer[s] = 0;
                joined[s] = 0;
            }
        }

        @Override
        public void month(Month m) {
            int t = m.t;
            for (int s = 0; s < count.length; s++) {
                long[] n = count[s];
                double[] w = units[s];
                double[] x = extra[s];
                double factor = m.churnFactor[s];
                double base = Math.min(1, m.get(churn[s]) * factor);
                double extra = m.get(early[s]) * factor;
                int window = (int) m.get(earlyMonths[s]);
                int term = Math.max(1, (int) Math.round(m.get(contract[s])));
                double renewal = term == 1 ? base : 1 - Math.pow(1 - base, term);
                double grow = 1 + m.get(expansion[s]);
                int slot = s * Simulation.SEGMENT_SLOTS;
                BinomialTable later = tables.table(s, Math.min(1, renewal));
                BinomialTable sooner = tables.table(s, Math.min(1, renewal + extra));
                int invoicing = (int) Math.round(m.get(billing[s]));
                boolean yearly = invoicing != CoreParams.MONTHLY;
                boolean upfront = invoicing == CoreParams.ANNUAL;
                double termUnits = 0;
                long alive = 0;
                long lost = 0;
                double billed = 0;
                double heavier = 0;
                double[] survivors = m.cohortSurvivors;
                if (poolable[s]) {
                    join(s, t - window - 1, m.months - 12);
                }
                for (int c = first[s]; c < t; c++) {
                    long k = n[c];
                    if (k == 0) {
                        continue;
                    }
                    int age = t - c;
                    // term == 1 first: an integer division per cohort-month is not free.
                    if (term == 1 || age % term == 0) {
                        BinomialTable churn = age <= window ? sooner : later;
                        if (churn.probability() > 0) {
                            long d = churn.draw(random.uniform(t, slot + c), k);
                            k -= d;
                            n[c] = k;
                            lost += d;
                        }
                    }
                    double unit = w[c] * grow;
                    w[c] = unit;
                    alive += k;
                    billed += unit * k;
                    if (yearly) {
                        int k12 = age % 12;
                        termUnits += unit * k * (upfront ? 11 - k12 : (k12 + 1) % 12);
                    }
                    heavier += x[c] * k;
                    survivors[c] += k;
                }
                if (poolable[s]) {
                    lost += churnPools(s, t, slot, Math.min(1, renewal), m.months - 12, survivors);
                    long pooled = older[s] + newer[s];
                    alive += pooled;
                    billed += pooled; // a pooled customer's revenue units are 1, and do not grow
                }
                long arrivals = m.arrivals[s];
                n[t] = arrivals;
                w[t] = arrivals > 0 ? m.arrivalUnits[s] / arrivals : 0;
                x[t] = arrivals > 0 ? m.arrivalExtraUsage[s] / arrivals : 0;
                alive += arrivals;
                billed += m.arrivalUnits[s];
                if (yearly) {
                    termUnits += m.arrivalUnits[s] * (upfront ? 11 : 1);
                }
                heavier += m.arrivalExtraUsage[s];
                survivors[t] += arrivals;
                while (first[s] < t && n[first[s]] == 0) {
                    first[s]++;
                }
                double unitPrice = m.get(price[s]) * m.priceFactor[s];
                if (t == m.months - 12) {
                    yearAgo(s, t, unitPrice, m);
                } else if (t == m.months && t > 12) {
                    retained(s, t, unitPrice, m);
                }
                double mrr = unitPrice * billed;
                m.segmentDeferred[s] = yearly ? (upfront ? 1 : -1) * unitPrice * termUnits : 0;
                m.segmentMrr[s] = mrr;
                m.recurringRevenue += mrr;
                m.customers[s] = alive;
                m.churned[s] = lost;
                double used = (alive + heavier) * m.get(uses[s]) * m.usageFactor[s];
                m.segmentUses[s] = used;
                m.uses += used;
                double cost = used * m.get(costPerUse[s]) * m.costFactor[s] + alive * m.get(serviceCost[s]);
                m.segmentCogs[s] += cost;
                m.cogs += cost;
            }
        }

        /**
         * Moves the cohorts from the last one considered up to {@code upTo} (those past the
         * early-churn window) into the pools, where their arrivals had unit size and no extra
         * usage; the others keep their own draws. Cohorts up to {@code cutoff} go to the older pool.
         */
        private void join(int s, int upTo, int cutoff) {
            long[] n = count[s];
            for (int c = joined[s] + 1; c <= upTo; c++) {
                long k = n[c];
                if (k > 0 && units[s][c] == 1 && extra[s][c] == 0) {
                    if (c <= cutoff) {
                        older[s] += k;
                    } else {
                        newer[s] += k;
                    }
                    expected[s][c] = k;
                    n[c] = 0;
                }
            }
            joined[s] = Math.max(joined[s], upTo);
        }

        /**
         * This month's churn of both pools at hazard p, one draw each; adds each pooled cohort's
         * expected survivors to the retention table. Returns the customers lost.
         */
        private long churnPools(int s, int t, int slot, double p, int cutoff, double[] survivors) {
            long lostOlder = Draws.binomial(random.uniform(t, slot + OLDER_POOL_SLOT), older[s], p);
            long lostNewer = Draws.binomial(random.uniform(t, slot + NEWER_POOL_SLOT), newer[s], p);
            double keepOlder = older[s] == 0 ? 0 : (double) (older[s] - lostOlder) / older[s];
            double keepNewer = newer[s] == 0 ? 0 : (double) (newer[s] - lostNewer) / newer[s];
            older[s] -= lostOlder;
            newer[s] -= lostNewer;
            double[] e = expected[s];
            int last = joined[s];
            int split = Math.min(last, cutoff);
            for (int c = 1; c <= split; c++) {
                e[c] *= keepOlder;
                survivors[c] += e[c];
            }
            for (int c = Math.max(1, split + 1); c <= last; c++) {
                e[c] *= keepNewer;
                survivors[c] += e[c];
            }
            return lostOlder + lostNewer;
        }

        /** The book 12 months before the horizon: each cohort's revenue per customer, and MRR. */
        private void yearAgo(int s, int t, double unitPrice, Month m) {
            for (int c = first[s]; c <= t; c++) {
                double perCustomer = unitPrice * units[s][c];
                yearAgo[s][c] = perCustomer;
                m.yearAgoMrr += perCustomer * count[s][c];
            }
            pooledYearAgo[s] = unitPrice;
            m.yearAgoMrr += unitPrice * (older[s] + newer[s]);
        }

        /**
         * At the horizon, what the customers of a year ago pay now, with expansion (NRR) and
         * without ({@code min(now, then)} per customer: GRR). A cohort's customers share their
         * revenue per customer, so the minimum per cohort is the minimum per customer.
         */
        private void retained(int s, int t, double unitPrice, Month m) {
            for (int c = first[s]; c <= t - 12; c++) {
                long k = count[s][c];
                double perCustomer = unitPrice * units[s][c];
                m.retainedMrr += perCustomer * k;
                m.grossRetainedMrr += Math.min(perCustomer, yearAgo[s][c]) * k;
            }
            m.retainedMrr += unitPrice * older[s];
            m.grossRetainedMrr += Math.min(unitPrice, pooledYearAgo[s]) * older[s];
        }
    }
}
