package dev.scalesim.analysis;

import dev.scalesim.kernel.Results;
import dev.scalesim.stats.Checks;
import java.util.List;

/**
 * A scenario's run with its decision analytics.
 *
 * @param results the engine's results
 * @param sensitivity every input's influence on every key outcome (empty when the run captured
 *     no uncertain input)
 * @param precision what a precision target reached, or null without one
 * @param plans the plan search's result, or null without one
 */
public record Analysed(Results results, List<Sensitivity.Row> sensitivity, Precision.Reached precision,
        PlanSearch.Result plans) {
    public Analysed {
        Checks.notNull("results", results);
        sensitivity = List.copyOf(sensitivity);
    }

    public Analysed(Results results, Precision.Reached precision, PlanSearch.Result plans) {
        this(results, Sensitivity.rows(results), precision, plans);
    }

    /** A run without a precision target or plan search. */
    public static Analysed of(Results results) {
        return new Analysed(results, null, null);
    }
}
