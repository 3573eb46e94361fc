package dev.scalesim.kernel;

import dev.scalesim.stats.Checks;
import dev.scalesim.stats.Distribution;

/**
 * A parameter as resolved for one scenario: the value (number or distribution) and where it
 * came from.
 *
 * @param id the qualified id: {@code price} for a global, {@code smb.price} for a segment's
 * @param def the definition
 * @param segment the segment id, or null for a global parameter
 * @param value the number or distribution drawn once per trial
 * @param origin where the value came from (a model default and its source, the scenario file,
 *     a challenge switched off), recorded in the manifest
 */
public record Param(String id, ParamDef def, String segment, Distribution value, String origin) {
    public Param {
        Checks.notBlank("id", id);
        Checks.notNull("def", def);
        Checks.notNull("value", value);
        Checks.notNull("origin", origin);
    }
}
