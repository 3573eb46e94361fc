package dev.scalesim.model;

import dev.scalesim.stats.Checks;
import java.util.Map;

/**
 * A challenge from the seed, modelled as a stochastic mechanism that is on by default and is
 * switched off by setting its parameters to neutral values.
 *
 * @param id id used in the {@code challenges} column
 * @param title the challenge as the seed states it
 * @param mechanism how it is modelled, for {@code describe}
 * @param neutral the parameter values (unqualified ids) that switch it off
 * @param hurts the outcome the challenge makes worse (switching it off should improve it)
 */
public record Challenge(String id, String title, String mechanism, Map<String, Double> neutral, String hurts) {
    public Challenge {
        Checks.notBlank("hurts", hurts);
        Checks.notBlank("id", id);
        Checks.notBlank("title", title);
        Checks.notBlank("mechanism", mechanism);
        neutral = Map.copyOf(neutral);
        if (neutral.isEmpty()) {
            throw new IllegalArgumentException("challenge " + id + " must name the parameters that switch it off");
        }
    }
}
