package dev.scalesim.kernel;

import dev.scalesim.stats.Checks;
import dev.scalesim.stats.Distribution;
import java.util.Locale;

/**
 * One change a solution makes to a parameter, from a start month over a linear ramp.
 *
 * <p>At month t the share of the effect in force is {@code f = min(1, (t - start + 1) / ramp)}
 * (0 before the start, 1 at once when ramp is 0), and the value becomes: SCALE
 * {@code v * (1 + f * (size - 1))}; ADD {@code v + f * size}; SET {@code v + f * (size - v)}.
 * The size is uncertain: it is drawn once per trial and shared by every arm that contains the
 * solution.
 *
 * @param param the parameter id; unqualified ids of per-segment parameters apply to every segment
 * @param op how the size applies
 * @param size the effect size (a distribution, drawn once per trial)
 * @param start first month of the effect (1-based)
 * @param ramp months to full effect (0: immediate)
 * @param when a condition on last month's metrics, or null for always
 */
public record Effect(String param, Op op, Distribution size, int start, int ramp, Condition when) {

    /** How an effect size combines with the current value. */
    public enum Op {
        SCALE, ADD, SET;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Effect {
        Checks.notBlank("param", param);
        Checks.notNull("op", op);
        Checks.notNull("size", size);
        Checks.positive("start", start);
        if (ramp < 0) {
            throw new IllegalArgumentException("ramp must be >= 0, got " + ramp);
        }
    }

    public static Effect of(String param, Op op, Distribution size) {
        return new Effect(param, op, size, 1, 0, null);
    }

    public Effect timing(int newStart, int newRamp) {
        return new Effect(param, op, size, newStart, newRamp, when);
    }

    public Effect withSize(Distribution newSize) {
        return new Effect(param, op, newSize, start, ramp, when);
    }

    public Effect when(Condition condition) {
        return new Effect(param, op, size, start, ramp, condition);
    }

    /** Share of the effect in force at month t. */
    public double share(int t) {
        if (t < start) {
            return 0;
        }
        return ramp == 0 ? 1 : Math.min(1.0, (double) (t - start + 1) / ramp);
    }

    /** Applies a drawn size to a value at a given share in force. */
    public static double apply(Op op, double value, double size, double share) {
        return switch (op) {
            case SCALE -> value * (1 + share * (size - 1));
            case ADD -> value + share * size;
            case SET -> share >= 1 ? size : Double.isInfinite(value) ? value : value + share * (size - value);
        };
    }

    /** Text for {@code describe} and manifests, e.g. {@code monthly_churn scale pert(0.7,0.8,0.9) from month 3 over 6}. */
    public String describe() {
        String text = param + " " + op.id() + " " + size.expression();
        if (start > 1 || ramp > 0) {
            text += " from month " + start + (ramp > 0 ? " over " + ramp + " months" : "");
        }
        return when == null ? text : text + " while " + when.describe();
    }
}
