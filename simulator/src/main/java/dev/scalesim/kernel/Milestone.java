package dev.scalesim.kernel;

import dev.scalesim.stats.Checks;

/**
 * A level a trial may reach, checked on every month's metrics: the first month the rule holds
 * is the trial's month of reaching it.
 *
 * @param label the milestone as the user wrote it, normalized (e.g. {@code arr>=10M})
 * @param metric the monthly metric the rule reads
 * @param op the comparison
 * @param threshold the bound, in the metric's own unit (ARR milestones are stated on MRR x 12
 *     and stored here divided by 12)
 */
public record Milestone(String label, String metric, Op op, double threshold) {
    /** A comparison; undefined (NaN) values never satisfy it. */
    public enum Op {
        AT_LEAST(">="), ABOVE(">"), AT_MOST("<="), BELOW("<");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(double value, double threshold) {
            return switch (this) {
                case AT_LEAST -> value >= threshold;
                case ABOVE -> value > threshold;
                case AT_MOST -> value <= threshold;
                case BELOW -> value < threshold;
            };
        }
    }

    public Milestone {
        Checks.notBlank("label", label);
        Checks.notBlank("metric", metric);
        Checks.notNull("op", op);
        Checks.finite("threshold", threshold);
    }

    public boolean holds(double value) {
        return op.holds(value, threshold);  // false for NaN
    }
}
