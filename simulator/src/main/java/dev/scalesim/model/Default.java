package dev.scalesim.model;

import dev.scalesim.stats.Checks;
import dev.scalesim.stats.Distribution;

/**
 * A model's default value for a parameter and where the figure comes from.
 *
 * @param value number or distribution
 * @param source the public source, "[derived] ..." for arithmetic on sourced figures, or
 *     "assumption: ..." where no public figure exists (then the range is wide)
 */
public record Default(Distribution value, String source) {
    public Default {
        Checks.notNull("value", value);
        Checks.notBlank("source", source);
    }
}
