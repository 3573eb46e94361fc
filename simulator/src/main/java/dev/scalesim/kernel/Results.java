package dev.scalesim.kernel;

import dev.scalesim.stats.PairedDelta;
import java.util.ArrayList;
import java.util.List;

/** The merged statistics of a finished run, read-only; reports read nothing else. */
public final class Results {
    private final Simulation sim;
    private final Layout layout;
    private final Summary total;
    private final Quantiles quantiles;
    private final long elapsedNanos;
    private final CapturePlan capture;

    Results(Simulation sim, Layout layout, Summary total, Quantiles quantiles, long elapsedNanos) {
        this.sim = sim;
        this.layout = layout;
        this.total = total;
        this.quantiles = quantiles;
        this.elapsedNanos = elapsedNanos;
        this.capture = sim.analysis().capture() > 0 ? new CapturePlan(layout) : null;
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

    /** Segment ids of the breakdown, then {@link SegmentFields#UNALLOCATED}. */
    public List<String> segmentRows() {
        List<String> rows = new ArrayList<>(layout.segments());
        rows.add(SegmentFields.UNALLOCATED);
        return List.copyOf(rows);
    }

    /** Mean of one field ({@link SegmentFields}) of one segment row in month t. */
    public double segmentMean(int arm, int segment, int field, int t) {
        return total.monthly.mean(slot(arm, segmentMetric(segment, field), t));
    }

    /** A percentile of one field of one segment row in month t. */
    public double segmentQuantile(int arm, int segment, int field, int t, double q) {
        return quantiles.monthly.quantile(slot(arm, segmentMetric(segment, field), t), q);
    }

    /** Trials in which the field was defined. */
    public long segmentCount(int arm, int segment, int field, int t) {
        return total.monthly.count(slot(arm, segmentMetric(segment, field), t));
    }

    private int segmentMetric(int segment, int field) {
        if (segment < 0 || segment > layout.segments().size() || field < 0 || field >= SegmentFields.COUNT) {
            throw new IllegalArgumentException("no segment row " + segment + " field " + field);
        }
        return layout.segmentSlot(segment, field);
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

    /**
     * A percentile of an outcome over every trial; NaN when it falls among the trials a
     * censored outcome holds at a bound ({@link Censor}: never pays back, never breaks even).
     */
    public double outcomeQuantile(int arm, int outcome, double q) {
        double value = quantiles.outcomes.quantile(Summary.outcomeSlot(arm, outcome), q);
        return Outcomes.ALL.get(outcome).reportedPercentile(value, sim.months());
    }

    /** A percentile with censored trials held at their bounds (never blank): for checks on a bound. */
    public double outcomeHeldQuantile(int arm, int outcome, double q) {
        return quantiles.outcomes.quantile(Summary.outcomeSlot(arm, outcome), q);
    }

    /** The arm against the baseline on one outcome, paired over the same trials. */
    public PairedDelta paired(int arm, int outcome) {
        if (arm == 0) {
            throw new IllegalArgumentException("the baseline is not compared with itself");
        }
        int slot = Summary.outcomeSlot(arm, outcome);
        // interim results of a precision round carry no sketches: percentiles undefined there
        boolean sketched = slot < quantiles.deltas.size();
        return PairedDelta.of(total.pairedBaseline.mean(slot), total.pairedArm.mean(slot),
                total.pairedDelta.mean(slot), total.pairedDelta.sd(slot), total.better[slot], total.equal[slot],
                sketched ? quantiles.deltas.quantile(slot, 0.05) : Double.NaN,
                sketched ? quantiles.deltas.quantile(slot, 0.50) : Double.NaN,
                sketched ? quantiles.deltas.quantile(slot, 0.95) : Double.NaN, total.pairedDelta.count(slot));
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

    // ---- decision analytics (see Analysis) ----

    /** The milestones this run counted, in the scenario's order. */
    public List<Milestone> milestones() {
        return sim.analysis().milestones();
    }

    /**
     * Trials whose arm first reached the milestone in month {@code month} (1..months), or never
     * by the horizon ({@code month = months + 1}).
     */
    public long milestoneFirstReached(int arm, int milestone, int month) {
        if (month < 1 || month > sim.months() + 1) {
            throw new IllegalArgumentException("month must be in [1, " + (sim.months() + 1) + "], got " + month);
        }
        Records r = total.records;
        return r.reached[r.reachedSlot(arm, milestone, month)];
    }

    /**
     * Arm {@code a} against arm {@code b} on the analysis' rank outcome, paired over the same
     * trials ({@code a < b}; {@code baselineMean} is b's side). Only when the run was asked to
     * rank ({@link Analysis#rankOutcome()}).
     */
    public PairedDelta armVersusArm(int a, int b) {
        Records r = total.records;
        if (r.pairwise == null || a >= b) {
            throw new IllegalArgumentException("arm-to-arm differences need a rank outcome and a < b, got " + a
                    + ", " + b);
        }
        int slot = a * r.arms + b;
        double mean = r.pairwise.mean(slot);
        return PairedDelta.of(Double.NaN, Double.NaN, mean, r.pairwise.sd(slot), 0, r.pairwise.count(slot));
    }

    /** Trials captured for sensitivity analysis (the first ones, up to the run's capture limit). */
    public int capturedTrials() {
        return total.records.count;
    }

    /** Names of the captured inputs: uncertain parameters, then drawn effect sizes ({@code solution.param}). */
    public List<String> capturedInputs() {
        return capture == null ? List.of() : capture.inputNames;
    }

    /** Captured values of input {@code i} (same order as {@link #capturedInputs()}), one per captured trial. */
    public double[] capturedInput(int i) {
        if (i < 0 || i >= capturePlan().inputs()) {
            throw new IllegalArgumentException("no captured input " + i);
        }
        return column(i);
    }

    /**
     * Captured values of an outcome, one per captured trial: any outcome of the baseline, ARR at
     * the horizon ({@link Outcomes#ARR_END}) of another arm.
     */
    public double[] capturedOutcome(int arm, int outcome) {
        return column(capturePlan().outcomeColumn(arm, outcome));
    }

    private CapturePlan capturePlan() {
        if (capture == null) {
            throw new IllegalStateException("this run captured no trials");
        }
        return capture;
    }

    private double[] column(int c) {
        Records r = total.records;
        double[] out = new double[r.count];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.rows[i * r.width + c];
        }
        return out;
    }
}
