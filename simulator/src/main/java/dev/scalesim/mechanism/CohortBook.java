package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.BinomialTable;
import dev.scalesim.kernel.BinomialTables;
import dev.scalesim.kernel.CoreParams;
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

    public CohortBook() {
        super("cohorts", PARAMS, List.of());
    }

    @Override
    public Set<Factor> reads() {
        return Set.of(Factor.PRICE, Factor.CHURN, Factor.USAGE, Factor.COST);
    }

    @Override
    public Process start(Binding b) {
        return new State(b);
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

        State(Binding b) {
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
        }

        @Override
        public void reset(Month m) {
            for (int s = 0; s < count.length; s++) {
                if (count[s] == null) {
                    count[s] = new long[m.months + 1];
                    units[s] = new double[m.months + 1];
                    extra[s] = new double[m.months + 1];
                    yearAgo[s] = new double[m.months + 1];
                }
                Arrays.fill(count[s], 0);
                Arrays.fill(units[s], 0);
                Arrays.fill(extra[s], 0);
                first[s] = 1;
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

        /** The book 12 months before the horizon: each cohort's revenue per customer, and MRR. */
        private void yearAgo(int s, int t, double unitPrice, Month m) {
            for (int c = first[s]; c <= t; c++) {
                double perCustomer = unitPrice * units[s][c];
                yearAgo[s][c] = perCustomer;
                m.yearAgoMrr += perCustomer * count[s][c];
            }
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
        }
    }
}
