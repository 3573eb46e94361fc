package dev.scalesim.kernel;

import dev.scalesim.stats.Checks;

/**
 * A reported quantity: monthly (one value per month) or an outcome (one value per trial).
 *
 * @param id snake_case id used in the CSVs
 * @param unit what it measures
 * @param higherIsBetter the direction in which an arm "beats" the baseline ({@code p_better})
 * @param meaning one line for docs
 * @param censor where an outcome is censored, or null when every value is measured
 */
public record Metric(String id, Unit unit, boolean higherIsBetter, String meaning, Censor censor) {
    public Metric {
        Checks.notBlank("id", id);
        Checks.notNull("unit", unit);
        Checks.notBlank("meaning", meaning);
    }

    public static Metric higher(String id, Unit unit, String meaning) {
        return new Metric(id, unit, true, meaning, null);
    }

    public static Metric lower(String id, Unit unit, String meaning) {
        return new Metric(id, unit, false, meaning, null);
    }

    /** The same metric, censored (see {@link Censor}). */
    public Metric censored(Censor how) {
        return new Metric(id, unit, higherIsBetter, meaning, Checks.notNull("censor", how));
    }

    /** The value held at the censoring bounds, if any. */
    public double clamp(double value, int months) {
        return censor == null ? value : censor.clamp(value, months);
    }

    /** A percentile as reported: NaN (blank) when it falls among the censored trials. */
    public double reportedPercentile(double value, int months) {
        return censor != null && censor.onBound(value, months) ? Double.NaN : value;
    }

    /** True when {@code a} beats {@code b} in this metric's direction (ties do not). */
    public boolean better(double a, double b) {
        return higherIsBetter ? a > b : a < b;
    }
}
