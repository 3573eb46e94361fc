package dev.scalesim.scenario;

import dev.scalesim.kernel.Simulation;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Challenge;
import dev.scalesim.stats.Checks;
import java.nio.file.Path;
import java.util.List;

/**
 * One validated row of a scenario file, ready to run.
 *
 * @param name the scenario's name (unique in its file)
 * @param model the business model
 * @param file the file it came from
 * @param line the row's line in that file
 * @param fileSha256 hash of the whole file
 * @param rowSha256 hash of the header and this row's cells
 * @param inputEncoding how the file was read: UTF-8, windows-1252 or xlsx
 * @param challengesOff challenges the row switches off
 * @param simulation what the engine runs
 * @param studies sensitivity, precision and plan search asked by the row
 */
public record Scenario(String name, BusinessModel model, Path file, int line, String fileSha256,
        String rowSha256, String inputEncoding, List<String> challengesOff, Simulation simulation, Studies studies) {
    public Scenario {
        Checks.notBlank("name", name);
        Checks.notNull("model", model);
        challengesOff = List.copyOf(challengesOff);
        Checks.notNull("simulation", simulation);
        Checks.notNull("studies", studies);
    }

    /** A scenario with the default studies (sensitivity only). */
    public Scenario(String name, BusinessModel model, Path file, int line, String fileSha256, String rowSha256,
            String inputEncoding, List<String> challengesOff, Simulation simulation) {
        this(name, model, file, line, fileSha256, rowSha256, inputEncoding, challengesOff, simulation, Studies.DEFAULT);
    }

    public List<String> challengesOn() {
        return model.challenges().stream().map(Challenge::id).filter(c -> !challengesOff.contains(c)).toList();
    }

    /** The same scenario with command-line overrides (null keeps the file's value). */
    public Scenario withRun(Integer months, Integer trials, Long seed) {
        Simulation s = simulation.withRun(months == null ? simulation.months() : months,
                trials == null ? simulation.trials() : trials, seed == null ? simulation.seed() : seed);
        return new Scenario(name, model, file, line, fileSha256, rowSha256, inputEncoding, challengesOff, s, studies);
    }

    /**
     * The same scenario with a precision target from the command line: the row's trials become
     * the cap, and arm-to-arm differences on the target's outcome are recorded for the ranking.
     */
    public Scenario withPrecision(Studies.Precision precision) {
        Simulation s = simulation.withAnalysis(simulation.analysis().withRankOutcome(precision.outcome()));
        return new Scenario(name, model, file, line, fileSha256, rowSha256, inputEncoding, challengesOff, s,
                studies.withPrecision(precision));
    }
}
