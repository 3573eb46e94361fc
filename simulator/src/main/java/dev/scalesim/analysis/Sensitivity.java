package dev.scalesim.analysis;

import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.stats.FirstOrderSobol;
import dev.scalesim.stats.RankCorrelation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which uncertain inputs drive each key outcome, from the trials the run captured: Spearman's
 * rank correlation (direction and monotone strength, with a 95% interval), the first-order Sobol
 * index (the share of the outcome's variance the input explains alone, whatever the shape of
 * the relation; {@link FirstOrderSobol}) and the swing (the outcome's mean when the input is in
 * its lowest and its highest tenth). The baseline's outcomes are explained by the uncertain
 * parameters; each other arm's paired change in ARR by the parameters and that arm's own drawn
 * effect sizes.
 */
public final class Sensitivity {
    /** Baseline outcomes analysed. */
    public static final List<Integer> KEY_OUTCOMES = List.of(Outcomes.ARR_END, Outcomes.REVENUE_TOTAL,
            Outcomes.CASH_END, Outcomes.CASH_MIN, Outcomes.P_CASH_OUT, Outcomes.BREAKEVEN_MONTH);
    /** Share of trials at each end for the swing. */
    static final double TAIL = 0.1;

    /**
     * One input's influence on one target.
     *
     * @param arm the arm: {@code baseline} explains its outcome; another arm explains its paired
     *     change against the baseline
     * @param outcome the outcome id
     * @param input the input's name (a parameter id, or {@code solution.param} for an effect size)
     * @param rank 1 for the most influential input (by Sobol index, then |Spearman|)
     * @param spearman Spearman's rho
     * @param spearmanLow lower end of its 95% interval
     * @param spearmanHigh upper end
     * @param sobol first-order Sobol index in [0, 1]
     * @param lowMean the target's mean when the input is in its lowest tenth
     * @param highMean the target's mean when the input is in its highest tenth
     * @param trials trials analysed (captured, with the outcome defined)
     */
    public record Row(String arm, String outcome, String input, int rank, double spearman, double spearmanLow,
            double spearmanHigh, double sobol, double lowMean, double highMean, int trials) {
        /** The swing: how far the outcome's mean moves from the input's low tenth to its high tenth. */
        public double swing() {
            return highMean - lowMean;
        }
    }

    private Sensitivity() {
    }

    /** Every row, targets in report order, inputs ranked within each target. */
    public static List<Row> rows(Results r) {
        List<Row> out = new ArrayList<>();
        if (r.capturedTrials() < 4) {
            return out;
        }
        List<String> names = r.capturedInputs();
        Set<String> paramIds = new HashSet<>();
        r.simulation().params().forEach(p -> paramIds.add(p.id()));
        List<Integer> params = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (paramIds.contains(names.get(i))) {
                params.add(i);
            }
        }
        Map<Integer, Input> sorted = new HashMap<>();
        for (int o : KEY_OUTCOMES) {
            out.addAll(target(r, "baseline", o, r.capturedOutcome(0, o), params, sorted));
        }
        double[] base = r.capturedOutcome(0, Outcomes.ARR_END);
        for (int a = 1; a < r.arms().size(); a++) {
            double[] arm = r.capturedOutcome(a, Outcomes.ARR_END);
            double[] delta = new double[arm.length];
            for (int i = 0; i < delta.length; i++) {
                delta[i] = arm[i] - base[i];
            }
            List<Integer> inputs = new ArrayList<>(params);
            for (var iv : r.arms().get(a).interventions()) {
                for (int i = 0; i < names.size(); i++) {
                    if (names.get(i).startsWith(iv.id() + ".") && !params.contains(i)) {
                        inputs.add(i);
                    }
                }
            }
            out.addAll(target(r, r.arms().get(a).name(), Outcomes.ARR_END, delta, inputs, sorted));
        }
        return out;
    }

    /** An input sorted once: its values, order and mid-ranks over every captured trial. */
    private record Input(String name, double[] x, int[] order, double[] ranks) {
        static Input of(String name, double[] x) {
            int[] order = RankCorrelation.order(x);
            return new Input(name, x, order, RankCorrelation.ranks(x, order));
        }
    }

    private static List<Row> target(Results r, String arm, int outcome, double[] y, List<Integer> inputs,
            Map<Integer, Input> sorted) {
        int n = 0;
        for (double v : y) {
            if (Double.isFinite(v)) {
                n++;
            }
        }
        List<Row> rows = new ArrayList<>();
        if (n < 4) {
            return rows;
        }
        String id = Outcomes.ALL.get(outcome).id();
        boolean complete = n == y.length;
        double[] yRanks = complete ? RankCorrelation.ranks(y) : null;
        for (int input : inputs) {
            Input in = sorted.computeIfAbsent(input, i -> Input.of(r.capturedInputs().get(i), r.capturedInput(i)));
            if (complete) {
                rows.add(row(arm, id, in.name(), in.order(), in.ranks(), y, yRanks));
            } else {
                // an outcome undefined in some trials: analyse the trials where it is defined
                double[] x = new double[n];
                double[] yy = new double[n];
                int k = 0;
                for (int i = 0; i < y.length; i++) {
                    if (Double.isFinite(y[i])) {
                        x[k] = in.x()[i];
                        yy[k++] = y[i];
                    }
                }
                rows.add(row(arm, id, in.name(), x, yy));
            }
        }
        rows.sort(Comparator.comparingDouble((Row row) -> -orZero(row.sobol()))
                .thenComparingDouble(row -> -Math.abs(orZero(row.spearman()))).thenComparing(Row::input));
        List<Row> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            ranked.add(new Row(row.arm(), row.outcome(), row.input(), i + 1, row.spearman(), row.spearmanLow(),
                    row.spearmanHigh(), row.sobol(), row.lowMean(), row.highMean(), row.trials()));
        }
        return ranked;
    }

    /** One input against one target: the three measures. */
    static Row row(String arm, String outcome, String input, double[] x, double[] y) {
        int[] order = RankCorrelation.order(x);
        return row(arm, outcome, input, order, RankCorrelation.ranks(x, order), y, RankCorrelation.ranks(y));
    }

    private static Row row(String arm, String outcome, String input, int[] order, double[] xRanks, double[] y,
            double[] yRanks) {
        int n = y.length;
        double rho = RankCorrelation.pearson(xRanks, yRanks);
        double se = RankCorrelation.standardError(rho, n);
        double z = 1.959963984540054;
        double low = Double.isFinite(rho) ? Math.max(-1, Math.tanh(atanh(rho) - z * se / (1 - rho * rho))) : Double.NaN;
        double high = Double.isFinite(rho) ? Math.min(1, Math.tanh(atanh(rho) + z * se / (1 - rho * rho))) : Double.NaN;
        double sobol = FirstOrderSobol.index(order, y, FirstOrderSobol.bins(n));
        double[] swing = swing(order, y);
        return new Row(arm, outcome, input, 0, rho, low, high, sobol, swing[0], swing[1], n);
    }

    private static double atanh(double r) {
        double c = Math.max(-0.999999, Math.min(0.999999, r));
        return 0.5 * Math.log((1 + c) / (1 - c));
    }

    /** Mean of y over the trials in x's lowest and highest tenth (x's order; ties by trial order). */
    static double[] swing(int[] order, double[] y) {
        int n = y.length;
        int tail = Math.max(1, (int) Math.floor(n * TAIL));
        double low = 0;
        double high = 0;
        for (int i = 0; i < tail; i++) {
            low += y[order[i]];
            high += y[order[n - 1 - i]];
        }
        return new double[] {low / tail, high / tail};
    }

    private static double orZero(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
