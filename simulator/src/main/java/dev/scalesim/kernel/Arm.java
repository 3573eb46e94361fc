package dev.scalesim.kernel;

import dev.scalesim.stats.Checks;
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

    public Arm {
        Checks.notBlank("name", name);
        interventions = List.copyOf(Checks.notNull("interventions", interventions));
    }

    public static Arm baseline() {
        return new Arm(BASELINE, List.of());
    }
}
