package dev.scalesim.report;

import dev.scalesim.kernel.Results;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ledger.csv}: the per-use cost-benefit ledger of the second seed. For each arm, over the
 * whole horizon and over its last twelve months: uses, customer-months, revenue and COGS per use
 * and per customer-month, and whether a use costs more than it brings in.
 *
 * <p>Figures are ratios of expected totals (sums over months of the monthly means), so a
 * trial with many uses weighs more, as in a real ledger. COGS is all cost of revenue:
 * inference, data and human review per use, hosting and support, the free tier, onboarding
 * and payment fees.
 */
public final class Ledger {
    /** The periods of the ledger: the whole horizon and its last year. */
    static final String HORIZON = "horizon";
    static final String LAST_YEAR = "last_12_months";

    private Ledger() {
    }

    /** One arm's ledger over one period. */
    record Line(String arm, String period, double uses, double customerMonths, double revenue, double cogs) {
        double revenuePerUse() {
            return uses > 0 ? revenue / uses : Double.NaN;
        }

        double cogsPerUse() {
            return uses > 0 ? cogs / uses : Double.NaN;
        }

        /** True when a use costs more than it earns (undefined without uses: false). */
        boolean losesMoneyPerUse() {
            return uses > 0 && cogs > revenue;
        }

        private double perCustomerMonth(double value) {
            return customerMonths > 0 ? value / customerMonths : Double.NaN;
        }
    }

    /** Every arm's ledger lines, the horizon first. */
    static List<Line> lines(Results r) {
        int months = r.simulation().months();
        List<Line> out = new ArrayList<>();
        for (int a = 0; a < r.arms().size(); a++) {
            out.add(line(r, a, HORIZON, 1, months));
            if (months > 12) {
                out.add(line(r, a, LAST_YEAR, months - 11, months));
            }
        }
        return out;
    }

    private static Line line(Results r, int arm, String period, int from, int to) {
        return new Line(r.arms().get(arm).name(), period, sum(r, arm, "uses", from, to),
                sum(r, arm, "customers", from, to), sum(r, arm, "revenue", from, to), sum(r, arm, "cogs", from, to));
    }

    private static double sum(Results r, int arm, String metric, int from, int to) {
        int k = r.monthlyIndex(metric);
        double total = 0;
        for (int t = from; t <= to; t++) {
            double v = r.monthlyMean(arm, k, t);
            if (!Double.isNaN(v)) {
                total += v;
            }
        }
        return total;
    }

    public static void write(Results r, Path file) throws IOException {
        try (CsvTable t = new CsvTable(file, "scenario", "arm", "period", "uses", "customer_months", "revenue", "cogs",
                "revenue_per_use", "cogs_per_use", "gross_profit_per_use", "revenue_per_customer_month",
                "cogs_per_customer_month", "uses_per_customer_month", "cost_exceeds_revenue_per_use")) {
            String name = r.simulation().name();
            for (Line l : lines(r)) {
                t.text(name).text(l.arm()).text(l.period()).number(l.uses()).number(l.customerMonths())
                        .number(l.revenue()).number(l.cogs()).number(l.revenuePerUse()).number(l.cogsPerUse())
                        .number(l.revenuePerUse() - l.cogsPerUse()).number(l.perCustomerMonth(l.revenue()))
                        .number(l.perCustomerMonth(l.cogs())).number(l.perCustomerMonth(l.uses()))
                        .text(Boolean.toString(l.losesMoneyPerUse())).endRow();
            }
        }
    }

    /**
     * One line per arm whose uses cost more than they earn over the horizon, for the console:
     * the second seed's "a feature that loses money on every use requires a redesign".
     */
    public static List<String> warnings(Results r) {
        List<String> out = new ArrayList<>();
        for (Line l : lines(r)) {
            if (l.period().equals(HORIZON) && l.losesMoneyPerUse()) {
                out.add(String.format(Locale.ROOT,
                        "%s, arm %s: COGS per use $%.4g exceeds revenue per use $%.4g over the horizon: every use "
                                + "loses money (ledger.csv)", r.simulation().name(), l.arm(), l.cogsPerUse(),
                        l.revenuePerUse()));
            }
        }
        return out;
    }

    /** Arms named in {@link #summary} before "and N more". */
    static final int NAMED = 3;

    /**
     * The warnings of a scenario as one short line for the console and run log: how many arms
     * lose money on every use, the first few by name (ledger.csv has each), or null when none does.
     */
    public static String summary(Results r) {
        List<String> arms = new ArrayList<>();
        for (Line l : lines(r)) {
            if (l.period().equals(HORIZON) && l.losesMoneyPerUse()) {
                arms.add(l.arm());
            }
        }
        if (arms.isEmpty()) {
            return null;
        }
        String named = String.join(", ", arms.subList(0, Math.min(NAMED, arms.size())))
                + (arms.size() > NAMED ? " and " + (arms.size() - NAMED) + " more" : "");
        return arms.size() + (arms.size() == 1 ? " arm loses" : " arms lose") + " money on every use over the horizon ("
                + named + "; COGS per use above revenue per use, see ledger.csv)";
    }
}
