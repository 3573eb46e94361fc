package dev.scalesim.kernel;

import dev.scalesim.stats.PairedDelta;
import java.util.List;

/** The merged statistics of a finished run, read-only; reports read nothing else. */
public final class Results {
    private final Simulation sim;
    private final Layout layout;
    private final Summary total;
    private final Quantiles quantiles;
    private final long elapsedNanos;

    Results(Simulation sim, Layout layout, Summary total, Quantiles quantiles, long elapsedNanos) {
        this.sim = sim;
        this.layout = layout;
        this.total = total;
        this.quantiles = quantiles;
        this.elapsedNanos = elapsedNanos;
    }

    private int slot(int arm, int metric, int t) {
        return Summary.monthlySlot(total.metrics, total.months, arm, metric, t);
    }

    public Simulation simulation() {
        return sim;
    }

    /** Trials run. */
    public long trials() {
        return total.trials;
    }

    public long elapsedNanos() {
        return elapsedNanos;
    }

    public List<Arm> arms() {
        return sim.arms();
    }

    public List<Metric> monthlyMetrics() {
        return layout.monthly();
    }

    public List<Metric> outcomes() {
        return Outcomes.ALL;
    }

    public int monthlyIndex(String metric) {
        return layout.monthlyIndex(metric);
    }

    public double monthlyMean(int arm, int metric, int t) {
        return total.monthly.mean(slot(arm, metric, t));
    }

    public double monthlySd(int arm, int metric, int t) {
        return total.monthly.sd(slot(arm, metric, t));
    }

    public long monthlyCount(int arm, int metric, int t) {
        return total.monthly.count(slot(arm, metric, t));
    }

    public double monthlyQuantile(int arm, int metric, int t, double q) {
        return quantiles.monthly.quantile(slot(arm, metric, t), q);
    }

    public double outcomeMean(int arm, int outcome) {
        return total.outcomes.mean(Summary.outcomeSlot(arm, outcome));
    }

    public double outcomeSd(int arm, int outcome) {
        return total.outcomes.sd(Summary.outcomeSlot(arm, outcome));
    }

    /** Trials in which the outcome was defined. */
    public long outcomeCount(int arm, int outcome) {
        return total.outcomes.count(Summary.outcomeSlot(arm, outcome));
    }

    public double outcomeQuantile(int arm, int outcome, double q) {
        return quantiles.outcomes.quantile(Summary.outcomeSlot(arm, outcome), q);
    }

    /** The arm against the baseline on one outcome, paired over the same trials. */
    public PairedDelta paired(int arm, int outcome) {
        if (arm == 0) {
            throw new IllegalArgumentException("the baseline is not compared with itself");
        }
        int slot = Summary.outcomeSlot(arm, outcome);
        return PairedDelta.of(total.pairedBaseline.mean(slot), total.pairedArm.mean(slot),
                total.pairedDelta.mean(slot), total.pairedDelta.sd(slot), total.better[slot],
                total.pairedDelta.count(slot));
    }

    /**
     * Share of the customers acquired in month {@code cohort} still paying at {@code age}
     * months (pooled over trials), or NaN when the cohort was empty or beyond the horizon.
     */
    public double retention(int arm, int cohort, int age) {
        if (cohort < 1 || age < 0 || cohort + age > sim.months()) {
            return Double.NaN;
        }
        double start = total.cohorts[total.cohortSlot(arm, cohort, 0)];
        return start > 0 ? total.cohorts[total.cohortSlot(arm, cohort, age)] / start : Double.NaN;
    }
}
