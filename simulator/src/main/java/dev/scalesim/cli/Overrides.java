package dev.scalesim.cli;

import dev.scalesim.kernel.Simulation;
import dev.scalesim.scenario.RunSettings;
import dev.scalesim.scenario.Scenario;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/** Mixin: run settings that override every scenario's own. */
public final class Overrides {
    @Option(names = "--trials", paramLabel = "N", description = "Trials per scenario (overrides the file).")
    Integer trials;

    @Option(names = "--months", paramLabel = "N", description = "Horizon in months (overrides the file).")
    Integer months;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (overrides the file).")
    Long seed;

    @Option(names = "--precision", paramLabel = "TARGET", description = {
        "Run each scenario until the 95%% interval of every arm's paired effect is this narrow on each side, or the "
            + "ranking of arms is settled; --trials (or the file's) is then the cap. [outcome:]target, e.g. 1%% (of the "
            + "baseline's mean ARR) or cash_min:50k (overrides the file's precision column)."})
    String precision;

    List<Scenario> apply(List<Scenario> scenarios) {
        UnaryOperator<Scenario> each = each();
        return scenarios.stream().map(each).toList();
    }

    /** The overrides as a function on one scenario (checked once, here), for streamed validation. */
    UnaryOperator<Scenario> each() {
        if (trials != null && (trials < 1 || trials > Simulation.MAX_TRIALS)) {
            throw new UserException("--trials must be in [1, " + Simulation.MAX_TRIALS + "], got " + trials);
        }
        if (months != null && (months < 1 || months > Simulation.MAX_MONTHS)) {
            throw new UserException("--months must be in [1, " + Simulation.MAX_MONTHS + "], got " + months);
        }
        if (seed != null && seed < 0) {
            throw new UserException("--seed must be >= 0, got " + seed);
        }
        try {
            return settings().each();
        } catch (IllegalArgumentException e) {
            throw new UserException("--precision: " + e.getMessage());
        }
    }

    /** The settings as given (null where not given). */
    RunSettings settings() {
        return new RunSettings(months, trials, seed, precision);
    }
}
