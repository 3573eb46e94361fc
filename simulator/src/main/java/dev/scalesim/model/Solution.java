package dev.scalesim.model;

import dev.scalesim.kernel.Condition;
import dev.scalesim.kernel.Effect;
import dev.scalesim.kernel.Intervention;
import dev.scalesim.stats.Checks;
import dev.scalesim.stats.Distribution;
import java.util.ArrayList;
import java.util.List;

/**
 * A scaling solution as data: effects on parameters (each size a distribution), start month,
 * ramp, one-time and monthly costs.
 *
 * @param id id used in the {@code solutions} and {@code plans} columns
 * @param title the solution as the seed states it
 * @param target the outcome it is meant to move (e.g. {@code arr_end}); its direction is the
 *     outcome's
 * @param effects changes to parameters
 * @param oneTimeCost opex in the start month
 * @param monthlyCost opex every month from the start month
 * @param start first month
 */
public record Solution(String id, String title, String target, List<Effect> effects,
        Distribution oneTimeCost, Distribution monthlyCost, int start) {
    public Solution {
        Checks.notBlank("id", id);
        Checks.notBlank("title", title);
        Checks.notBlank("target", target);
        effects = List.copyOf(effects);
        Checks.notNull("oneTimeCost", oneTimeCost);
        Checks.notNull("monthlyCost", monthlyCost);
        Checks.positive("start", start);
    }

    public Intervention intervention() {
        return new Intervention(id, effects, oneTimeCost, monthlyCost, start);
    }

    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** Reads like the seed's table: {@code builder(...).scale("monthly_churn", pert(...))}. */
    public static final class Builder {
        private final String id;
        private final String title;
        private String target = "arr_end";
        private final List<Effect> effects = new ArrayList<>();
        private Distribution oneTime = Distribution.constant(0);
        private Distribution monthly = Distribution.constant(0);
        private int start = 1;
        private int ramp;

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder target(String outcome) {
            this.target = outcome;
            return this;
        }

        /** Start month and ramp of the effects added after this call, and start of the costs. */
        public Builder timing(int startMonth, int rampMonths) {
            this.start = startMonth;
            this.ramp = rampMonths;
            return this;
        }

        public Builder scale(String param, Distribution size) {
            return effect(param, Effect.Op.SCALE, size, null);
        }

        public Builder add(String param, Distribution size) {
            return effect(param, Effect.Op.ADD, size, null);
        }

        public Builder set(String param, Distribution size) {
            return effect(param, Effect.Op.SET, size, null);
        }

        /** An effect in force only in months after {@code when} held. */
        public Builder scaleWhile(String param, Distribution size, Condition when) {
            return effect(param, Effect.Op.SCALE, size, when);
        }

        private Builder effect(String param, Effect.Op op, Distribution size, Condition when) {
            effects.add(new Effect(param, op, size, start, ramp, when));
            return this;
        }

        public Builder costs(Distribution oneTimeCost, Distribution monthlyCost) {
            this.oneTime = oneTimeCost;
            this.monthly = monthlyCost;
            return this;
        }

        /** Costs start with the earliest effect. */
        public Solution build() {
            int first = effects.stream().mapToInt(Effect::start).min().orElse(start);
            return new Solution(id, title, target, effects, oneTime, monthly, first);
        }
    }
}
