package dev.scalesim.kernel;

import dev.scalesim.stats.Checks;
import dev.scalesim.stats.Distribution;
import java.util.List;

/**
 * A scaling solution as the engine applies it: effects on parameters plus its costs.
 *
 * @param id the solution id
 * @param effects changes to parameters, applied in order
 * @param oneTimeCost booked as opex in the start month (drawn once per trial)
 * @param monthlyCost booked as opex every month from the start month (drawn once per trial)
 * @param start month the solution starts (costs begin; effects have their own timing)
 */
public record Intervention(String id, List<Effect> effects, Distribution oneTimeCost,
        Distribution monthlyCost, int start) {
    public Intervention {
        Checks.notBlank("id", id);
        effects = List.copyOf(Checks.notNull("effects", effects));
        Checks.notNull("oneTimeCost", oneTimeCost);
        Checks.notNull("monthlyCost", monthlyCost);
        Checks.positive("start", start);
        if (oneTimeCost.lower() < 0 || monthlyCost.lower() < 0) {
            throw new IllegalArgumentException("costs of " + id + " must be >= 0, got "
                    + oneTimeCost.expression() + " and " + monthlyCost.expression());
        }
    }
}
