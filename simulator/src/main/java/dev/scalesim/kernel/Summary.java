package dev.scalesim.kernel;

import dev.scalesim.stats.ArrayVisitor;
import dev.scalesim.stats.Moments;
import dev.scalesim.stats.Sketches;
import java.util.Arrays;

/**
 * The order-sensitive statistics of a block of trials: moments of monthly metrics and outcomes
 * per arm, paired comparisons of each arm with the baseline, and cohort survivors. Blocks merge
 * strictly in block order into the run's total, so floating-point results do not depend on
 * threads. (Quantile sketches merge exactly in any order and live in {@link Quantiles}.)
 *
 * <p>Monthly slots are laid out (arm, month, metric) so that one month's metrics are adjacent.
 */
final class Summary {
    final int arms;
    final int metrics;
    final int months;
    final Moments monthly;
    final Moments outcomes;
    final Moments pairedBaseline;
    final Moments pairedArm;
    final Moments pairedDelta;
    final long[] better;
    /** Paired trials where the arm equals the baseline exactly (worse = count - better - equal). */
    final long[] equal;
    /**
     * Sum over trials of survivors of cohort c in month t (age t - c), by arm: [arm][t][c], so
     * that a month's survivors are one contiguous run.
     */
    final double[] cohorts;
    /** Decision analytics: milestones, arm-to-arm differences, captured trials. */
    final Records records;
    long trials;

    Summary(int arms, int metrics, int months) {
        this(arms, metrics, months, Records.none(arms, months));
    }

    Summary(int arms, int metrics, int months, Records records) {
        this.records = records;
        this.arms = arms;
        this.metrics = metrics;
        this.months = months;
        monthly = new Moments(monthlySlots(arms, metrics, months));
        outcomes = new Moments(arms * Outcomes.COUNT);
        pairedBaseline = new Moments(arms * Outcomes.COUNT);
        pairedArm = new Moments(arms * Outcomes.COUNT);
        pairedDelta = new Moments(arms * Outcomes.COUNT);
        better = new long[arms * Outcomes.COUNT];
        equal = new long[arms * Outcomes.COUNT];
        cohorts = new double[metrics == 0 ? 0 : arms * (months + 1) * (months + 1)];
    }

    static int monthlySlots(int arms, int metrics, int months) {
        return arms * metrics * months;
    }

    static int monthlySlot(int metrics, int months, int arm, int metric, int t) {
        return (arm * months + (t - 1)) * metrics + metric;
    }

    static int outcomeSlot(int arm, int outcome) {
        return arm * Outcomes.COUNT + outcome;
    }

    int cohortSlot(int arm, int cohort, int age) {
        return (arm * (months + 1) + cohort + age) * (months + 1) + cohort;
    }

    void recordCohorts(int arm, int t, double[] survivors) {
        int base = cohortSlot(arm, 0, t);
        for (int c = 1; c <= t; c++) {
            cohorts[base + c] += survivors[c];
        }
    }

    /** Records the arm's paired changes; their percentiles go to {@code deltas} (the worker's sketches). */
    void recordPair(int arm, double[] baseline, double[] values, Sketches deltas) {
        for (int o = 0; o < Outcomes.COUNT; o++) {
            double b = baseline[o];
            double a = values[o];
            if (!Double.isFinite(a) || !Double.isFinite(b)) {
                continue;
            }
            int slot = outcomeSlot(arm, o);
            pairedBaseline.add(slot, b);
            pairedArm.add(slot, a);
            pairedDelta.add(slot, a - b);
            deltas.add(slot, a - b);
            if (Outcomes.ALL.get(o).better(a, b)) {
                better[slot]++;
            } else if (a == b) {
                equal[slot]++;
            }
        }
    }

    void merge(Summary other) {
        monthly.merge(other.monthly);
        outcomes.merge(other.outcomes);
        pairedBaseline.merge(other.pairedBaseline);
        pairedArm.merge(other.pairedArm);
        pairedDelta.merge(other.pairedDelta);
        for (int i = 0; i < better.length; i++) {
            better[i] += other.better[i];
            equal[i] += other.equal[i];
        }
        for (int i = 0; i < cohorts.length; i++) {
            cohorts[i] += other.cohorts[i];
        }
        records.merge(other.records);
        trials += other.trials;
    }

    /**
     * Every array {@link #merge} combines, in a fixed order: what {@link SummaryCodec} ships. A
     * new statistic added to a summary goes here too (the Spark byte-comparison tests fail
     * until it does).
     */
    void visit(ArrayVisitor v) {
        monthly.visit(v);
        outcomes.visit(v);
        pairedBaseline.visit(v);
        pairedArm.visit(v);
        pairedDelta.visit(v);
        v.longs(better);
        v.longs(equal);
        v.doubles(cohorts);
        v.longs(records.reached);
        if (records.pairwise != null) {
            records.pairwise.visit(v);
        }
        v.doubles(records.rows);
    }

    void clear() {
        monthly.clear();
        outcomes.clear();
        pairedBaseline.clear();
        pairedArm.clear();
        pairedDelta.clear();
        Arrays.fill(better, 0);
        Arrays.fill(equal, 0);
        Arrays.fill(cohorts, 0);
        records.clear();
        trials = 0;
    }
}
