package dev.scalesim.scenario;

import java.io.Serializable;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Run settings given on the command line that override every scenario's own (null keeps the
 * file's value). One record, so that a cluster's executors apply exactly what the driver did
 * to the scenarios they read again from the same bytes.
 *
 * @param months horizon in months
 * @param trials trials (the cap when there is a precision target)
 * @param seed master seed
 * @param precision a precision target as written ({@code [outcome:]target})
 */
public record RunSettings(Integer months, Integer trials, Long seed, String precision) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final RunSettings NONE = new RunSettings(null, null, null, null);

    /**
     * The scenarios with these settings applied.
     *
     * @throws IllegalArgumentException when the precision target is not valid
     */
    public List<Scenario> apply(List<Scenario> scenarios) {
        UnaryOperator<Scenario> each = each();
        return scenarios.stream().map(each).toList();
    }

    /**
     * These settings as a function on one scenario (the target parsed once), for streamed validation.
     *
     * @throws IllegalArgumentException when the precision target is not valid
     */
    public UnaryOperator<Scenario> each() {
        Studies.Precision target = precision == null ? null : Studies.parsePrecision(precision);
        return s -> {
            Scenario run = s.withRun(months, trials, seed);
            return target == null ? run : run.withPrecision(target);
        };
    }
}
