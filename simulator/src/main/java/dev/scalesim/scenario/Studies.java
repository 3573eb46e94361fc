package dev.scalesim.scenario;

import dev.scalesim.kernel.Intervention;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.stats.Checks;
import java.util.List;

/**
 * What a row asks of decision analytics beyond simulating its arms: sensitivity analysis, a
 * precision target instead of a fixed trial count, and a plan search. (Sampling, correlations and
 * milestones change what the engine records and live in the simulation's
 * {@link dev.scalesim.kernel.Analysis}.)
 *
 * @param sensitivity rank the uncertain inputs by their influence on the key outcomes
 * @param precision run until the intervals are this narrow, or null for the row's trials
 * @param planSearch combinations of solutions to evaluate, or null
 */
public record Studies(boolean sensitivity, Precision precision, PlanSearch planSearch) {
    /** Sensitivity on (the default), nothing else. */
    public static final Studies DEFAULT = new Studies(true, null, null);

    /**
     * A precision target as written on the command line or in the {@code precision} column:
     * {@code [outcome:]target}, e.g. {@code 1%} or {@code cash_min:50k}.
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    public static Precision parsePrecision(String text) {
        return StudyColumns.precision(text);
    }

    public Studies withPrecision(Precision p) {
        return new Studies(sensitivity, p, planSearch);
    }

    /**
     * Run until the 95% interval of every arm's paired effect on {@code outcome} (the baseline's
     * mean when the row has no other arm) is at most {@code target} wide on each side, or the
     * ranking of the arms is settled, up to the row's trials.
     *
     * @param outcome an outcome index ({@link Outcomes})
     * @param target the half-width asked: in the outcome's unit, or a share of the baseline's
     *     mean when {@code relative}
     * @param relative whether {@code target} is a share of |baseline mean|
     * @param text the setting as written, normalized (e.g. {@code arr_end:1%})
     */
    public record Precision(int outcome, double target, boolean relative, String text) {
        public Precision {
            if (outcome < 0 || outcome >= Outcomes.COUNT) {
                throw new IllegalArgumentException("outcome must be an outcome index, got " + outcome);
            }
            Checks.positive("target", target);
            Checks.notBlank("text", text);
        }

        public String outcomeId() {
            return Outcomes.ALL.get(outcome).id();
        }
    }

    /**
     * Evaluate combinations of solutions as plans.
     *
     * @param pool the solutions to combine, as this row runs them (sizes, timing and costs
     *     overridden by its columns)
     * @param budget most expected solution cost over the horizon a plan may have (one-time plus
     *     monthly from each solution's start); infinity for none
     * @param risk a limit on an outcome's mean a plan must meet, or null
     * @param downside the downside measure of the Pareto front
     */
    public record PlanSearch(List<Intervention> pool, double budget, Risk risk, Downside downside) {
        public PlanSearch {
            pool = List.copyOf(pool);
            if (pool.size() < 2) {
                throw new IllegalArgumentException("a plan search needs at least two solutions, got " + pool.size());
            }
            if (!(budget > 0)) {
                throw new IllegalArgumentException("budget must be > 0, got " + budget);
            }
            Checks.notNull("downside", downside);
        }
    }

    /**
     * A limit on an arm's mean outcome, e.g. {@code p_cash_out <= 10%}.
     *
     * @param outcome an outcome index
     * @param atMost true for {@code <=}, false for {@code >=}
     * @param bound the limit
     */
    public record Risk(int outcome, boolean atMost, double bound) {
        public Risk {
            if (outcome < 0 || outcome >= Outcomes.COUNT) {
                throw new IllegalArgumentException("outcome must be an outcome index, got " + outcome);
            }
            Checks.finite("bound", bound);
        }

        public boolean allows(double mean) {
            return Double.isFinite(mean) && (atMost ? mean <= bound : mean >= bound);
        }

        public String describe() {
            return Outcomes.ALL.get(outcome).id() + (atMost ? " <= " : " >= ") + Checks.format(bound);
        }
    }

    /** The downside axis of a plan search's Pareto front. */
    public enum Downside {
        /** The 5th percentile of ARR at the horizon (higher is better). */
        P5_ARR("p5"),
        /** The probability of running out of cash (lower is better). */
        P_CASH_OUT("p_cash_out");

        private final String id;

        Downside(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}
