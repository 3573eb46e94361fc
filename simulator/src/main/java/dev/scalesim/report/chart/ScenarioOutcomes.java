package dev.scalesim.report.chart;

import dev.scalesim.analysis.Decisions;
import dev.scalesim.kernel.Arm;
import dev.scalesim.stats.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcomes of one scenario of a run, every arm, as read back from the batch summary (so a
 * scenario resumed from an earlier run is covered like one just simulated).
 *
 * @param scenario the scenario's name (user text)
 * @param folder its report folder's name inside the output folder
 * @param model the business model's id
 * @param seed master seed
 * @param outcomes every arm's outcomes, baseline first
 */
public record ScenarioOutcomes(String scenario, String folder, String model, long seed, List<ArmOutcome> outcomes) {
    public static final String ARR_END = "arr_end";

    public ScenarioOutcomes {
        Checks.notBlank("scenario", scenario);
        Checks.notBlank("folder", folder);
        Checks.notBlank("model", model);
        outcomes = List.copyOf(outcomes);
    }

    /** The arms in their run order, baseline first. */
    public List<String> arms() {
        List<String> arms = new ArrayList<>();
        for (ArmOutcome o : outcomes) {
            if (!arms.contains(o.arm())) {
                arms.add(o.arm());
            }
        }
        return arms;
    }

    public Optional<ArmOutcome> get(String arm, String metric) {
        return outcomes.stream().filter(o -> o.arm().equals(arm) && o.metric().equals(metric)).findFirst();
    }

    /** How the arms rank under each objective, from their paired mean changes. */
    public Decisions decisions() {
        List<Decisions.Effect> effects = new ArrayList<>();
        for (String arm : arms()) {
            if (!arm.equals(Arm.BASELINE)) {
                effects.add(new Decisions.Effect(arm, delta(arm, ARR_END), delta(arm, "p_cash_out"),
                        get(arm, "p_cash_out").map(ArmOutcome::ciLow).orElse(Double.NaN), delta(arm, "cash_min"),
                        delta(arm, "cash_end")));
            }
        }
        return new Decisions(effects);
    }

    private double delta(String arm, String metric) {
        return get(arm, metric).map(ArmOutcome::deltaMean).orElse(Double.NaN);
    }

    /** The arm with the highest mean paired change in ARR at the horizon (the growth objective), if any ran. */
    public Optional<String> best() {
        return decisions().top(Decisions.Objective.GROWTH);
    }

    /** Arms other than the baseline, highest mean change in ARR first (the growth objective). */
    public List<String> ranking() {
        return decisions().ranking(Decisions.Objective.GROWTH);
    }

    /** Trials of the run (those in which the baseline's ARR is defined, i.e. every trial). */
    public long trials() {
        return get(Arm.BASELINE, ARR_END).map(ArmOutcome::trials).orElse(0L);
    }
}
