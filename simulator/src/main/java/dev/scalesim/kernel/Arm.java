package dev.scalesim.kernel;

import dev.scalesim.stats.Checks;
import dev.scalesim.stats.Distribution;
import java.util.List;

/**
 * One way of running the business in a trial: the baseline (no interventions), one solution,
 * or a plan of several.
 *
 * @param name {@code baseline}, a solution id, or {@code plan:<name>}
 * @param interventions applied in order
 */
public record Arm(String name, List<Intervention> interventions) {
    public static final String BASELINE = "baseline";
    public static final String SURVIVAL_RULES = "survival-rules";

    public Arm {
        Checks.notBlank("name", name);
        interventions = List.copyOf(Checks.notNull("interventions", interventions));
    }

    public static Arm baseline() {
        return new Arm(BASELINE, List.of());
    }

    /**
     * The arm a scenario with financing or cost-cutting columns gets: the same business with its
     * survival rules on ({@link FinancingRule}), paired with the baseline, which runs without them.
     */
    public static Arm survivalRules() {
        return new Arm(SURVIVAL_RULES, List.of(new Intervention(SURVIVAL_RULES,
                List.of(Effect.of(CoreParams.SURVIVAL_RULES.id(), Effect.Op.SET, Distribution.constant(1))),
                Distribution.constant(0), Distribution.constant(0), 1)));
    }
}
