package dev.scalesim.kernel;

import dev.scalesim.stats.Checks;
import java.util.List;

/**
 * What a run records beyond the standard statistics, and how it samples its uncertain inputs.
 * {@link #NONE} is a plain run: Monte Carlo inputs, no correlations, no milestones, nothing
 * captured, every monthly metric recorded.
 *
 * @param sampling how uncertain inputs are drawn
 * @param correlations rank correlations imposed between uncertain inputs
 * @param milestones levels whose first month is counted per arm
 * @param capture trials (from the first) whose inputs and outcomes are kept for sensitivity
 *     analysis; 0 keeps none. Memory is {@code capture x (inputs + 10 + arms - 1)} doubles
 *     ({@link CapturePlan})
 * @param rankOutcome an outcome index whose arm-to-arm paired differences are accumulated (for
 *     deciding whether the ranking of arms is settled), or -1
 * @param monthly whether monthly metrics and cohorts are recorded; off for runs that only
 *     compare outcomes (a plan search), which then hold no per-month sketches
 */
public record Analysis(Sampling sampling, List<Correlation> correlations, List<Milestone> milestones, int capture,
        int rankOutcome, boolean monthly) {
    /** Most trials a run captures for sensitivity analysis. */
    public static final int MAX_CAPTURE = 200_000;

    public static final Analysis NONE = new Analysis(Sampling.MC, List.of(), List.of(), 0, -1, true);

    public Analysis {
        Checks.notNull("sampling", sampling);
        correlations = List.copyOf(Checks.notNull("correlations", correlations));
        milestones = List.copyOf(Checks.notNull("milestones", milestones));
        if (capture < 0 || capture > MAX_CAPTURE) {
            throw new IllegalArgumentException("capture must be in [0, " + MAX_CAPTURE + "], got " + capture);
        }
        if (rankOutcome < -1 || rankOutcome >= Outcomes.COUNT) {
            throw new IllegalArgumentException("rankOutcome must be -1 or an outcome index, got " + rankOutcome);
        }
    }

    /** True when inputs are drawn exactly as a plain Monte Carlo run draws them. */
    public boolean plainInputs() {
        return sampling == Sampling.MC && correlations.isEmpty();
    }

    public Analysis withCapture(int trials) {
        return new Analysis(sampling, correlations, milestones, trials, rankOutcome, monthly);
    }

    public Analysis withRankOutcome(int outcome) {
        return new Analysis(sampling, correlations, milestones, capture, outcome, monthly);
    }

    /** Outcomes only: no monthly metrics, cohorts, milestones or captured trials. */
    public Analysis outcomesOnly() {
        return new Analysis(sampling, correlations, List.of(), 0, rankOutcome, false);
    }
}
