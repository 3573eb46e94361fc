package dev.scalesim.scenario;

import java.util.List;

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
public record RunSettings(Integer months, Integer trials, Long seed, String precision) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public static final RunSettings NONE = new RunSettings(null, null, null, null);

    /**
     * The scenarios with these settings applied.
     *
     * @throws IllegalArgumentException when the precision target is not valid
     */
    public List<Scenario> apply(List<Scenario> scenarios) {
        Studies.Precision target = precision == null ? null : Studies.parsePrecision(precision);
        return scenarios.stream().map(s -> s.withRun(months, trials, seed))
                .map(s -> target == null ? s : s.withPrecision(target)).toList();
    }
}
