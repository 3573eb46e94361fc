package dev.scalesim.kernel;

import dev.scalesim.stats.Checks;

/**
 * A rule on last month's value of a monthly metric, e.g. {@code cac_payback > 18}: lets a
 * solution react to the trial's own results (a data-driven spend policy).
 *
 * @param metric a monthly metric id
 * @param above true for "greater than", false for "less than"
 * @param threshold the bound
 */
public record Condition(String metric, boolean above, double threshold) {
    public Condition {
        Checks.notBlank("metric", metric);
        Checks.finite("threshold", threshold);
    }

    public boolean holds(double value) {
        return Double.isFinite(value) && (above ? value > threshold : value < threshold);
    }

    public String describe() {
        return metric + (above ? " > " : " < ") + Checks.format(threshold);
    }
}
