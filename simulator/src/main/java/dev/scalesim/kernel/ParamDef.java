package dev.scalesim.kernel;

import dev.scalesim.stats.Checks;
import dev.scalesim.stats.Distribution;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A parameter a mechanism reads: its id, meaning, unit and valid range. Defaults and their
 * sources belong to each business model, not here.
 *
 * @param id snake_case id used as a scenario column
 * @param meaning one line for {@code describe}
 * @param unit what it measures
 * @param perSegment true when each customer segment has its own value ({@code smb.price})
 * @param min smallest valid value
 * @param max largest valid value
 * @param unlimitedAllowed true when {@code unlimited} (+infinity) is a valid value
 * @param choices for a parameter that picks one of a few ways (billing), their names: the value
 *     is the chosen name's index; empty for a number
 */
public record ParamDef(String id, String meaning, Unit unit, boolean perSegment, double min,
        double max, boolean unlimitedAllowed, List<String> choices) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    public ParamDef {
        Checks.notBlank("id", id);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be snake_case, got '" + id + "'");
        }
        Checks.notBlank("meaning", meaning);
        Checks.notNull("unit", unit);
        Checks.ordered("min", min, "max", max);
        choices = List.copyOf(choices);
    }

    /** A numeric parameter (no choices). */
    public ParamDef(String id, String meaning, Unit unit, boolean perSegment, double min, double max,
            boolean unlimitedAllowed) {
        this(id, meaning, unit, perSegment, min, max, unlimitedAllowed, List.of());
    }

    /** A business-wide parameter with the unit's default range. */
    public static ParamDef global(String id, Unit unit, String meaning) {
        return new ParamDef(id, meaning, unit, false, unit.min(), unit.max(), false, List.of());
    }

    /** A parameter each segment has its own value of. */
    public static ParamDef segment(String id, Unit unit, String meaning) {
        return new ParamDef(id, meaning, unit, true, unit.min(), unit.max(), false, List.of());
    }

    public ParamDef range(double newMin, double newMax) {
        return new ParamDef(id, meaning, unit, perSegment, newMin, newMax, unlimitedAllowed, choices);
    }

    public ParamDef unlimited() {
        return new ParamDef(id, meaning, unit, perSegment, min, max, true, choices);
    }

    /** A parameter that picks one of these ways, by name; its value is the name's index. */
    public ParamDef choices(String... names) {
        return new ParamDef(id, meaning, unit, perSegment, 0, names.length - 1, false, List.of(names));
    }

    /** A value as a scenario writes it: a choice (billing) by its name, anything else as its expression. */
    public String written(Distribution value) {
        return isChoice(value) ? choices.get((int) value.mean()) : value.expression();
    }

    /** True for a choice parameter's value that is exactly one choice's index (never a fraction or a draw). */
    private boolean isChoice(Distribution value) {
        if (choices.isEmpty() || !value.isConstant()) {
            return false;
        }
        double v = value.mean();
        return v == Math.rint(v) && v >= 0 && v < choices.size();
    }

    /** The index of a choice's name (case-insensitive), or -1. */
    public int choice(String name) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Why a value does not fit this parameter, or null when it does. A bounded distribution
     * must stay inside the range; an unbounded one must have its central 90% inside (draws
     * beyond are clamped to the range). A choice's value must be one choice's index exactly:
     * the mechanism would round a fraction (0.6 to annual) or a draw to some choice.
     */
    public String rangeProblem(Distribution value) {
        if (!choices.isEmpty()) {
            return isChoice(value) ? null : id + " must be one of " + range() + ", got " + value.expression();
        }
        if (value.isConstant()) {
            double v = value.mean();
            if (v == Double.POSITIVE_INFINITY) {
                return unlimitedAllowed ? null : id + " must be a finite number, got unlimited";
            }
            return v < min || v > max ? id + " must be in " + range() + ", got " + Checks.format(v) : null;
        }
        if (Double.isFinite(value.lower()) && Double.isFinite(value.upper())) {
            return value.lower() < min || value.upper() > max
                    ? id + " must be in " + range() + ", but " + value.expression() + " ranges over ["
                            + Checks.format(value.lower()) + ", " + Checks.format(value.upper()) + "]"
                    : null;
        }
        double low = value.quantile(0.05);
        double high = value.quantile(0.95);
        return low < min || high > max
                ? id + " must be in " + range() + ", but the central 90% of " + value.expression()
                        + " is [" + Checks.format(low) + ", " + Checks.format(high) + "]"
                : null;
    }

    /** The valid range as text, e.g. {@code [0, 1]} or {@code [0, unlimited)}. */
    public String range() {
        if (!choices.isEmpty()) {
            return String.join(" | ", choices);
        }
        String low = min == Double.NEGATIVE_INFINITY ? "(-unlimited" : "[" + Checks.format(min);
        String high = max == Double.POSITIVE_INFINITY ? "unlimited)" : Checks.format(max) + "]";
        return low + ", " + high;
    }

    /** Forces a drawn or computed value into the valid range. */
    public double clamp(double value) {
        return Math.max(min, Math.min(max, value));
    }
}
