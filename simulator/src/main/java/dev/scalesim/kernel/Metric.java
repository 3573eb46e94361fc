package dev.scalesim.kernel;

import dev.scalesim.stats.Checks;

/**
 * A reported quantity: monthly (one value per month) or an outcome (one value per trial).
 *
 * @param id snake_case id used in the CSVs
 * @param unit what it measures
 * @param higherIsBetter the direction in which an arm "beats" the baseline ({@code p_better})
 * @param meaning one line for docs
 */
public record Metric(String id, Unit unit, boolean higherIsBetter, String meaning) {
    public Metric {
        Checks.notBlank("id", id);
        Checks.notNull("unit", unit);
        Checks.notBlank("meaning", meaning);
    }

    public static Metric higher(String id, Unit unit, String meaning) {
        return new Metric(id, unit, true, meaning);
    }

    public static Metric lower(String id, Unit unit, String meaning) {
        return new Metric(id, unit, false, meaning);
    }

    /** True when {@code a} beats {@code b} in this metric's direction (ties do not). */
    public boolean better(double a, double b) {
        return higherIsBetter ? a > b : a < b;
    }
}
