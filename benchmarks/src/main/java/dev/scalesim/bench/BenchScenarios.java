package dev.scalesim.bench;

import dev.scalesim.kernel.Simulation;
import dev.scalesim.mechanism.CohortBook;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.ScenarioException;
import dev.scalesim.scenario.ScenarioFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The scenarios the benchmarks run, found in the repository's {@code scenarios/} folder. */
final class BenchScenarios {
    /** The plain cohort model: subscription-saas with every challenge and solution off. */
    static final String PLAIN = "plain";

    private BenchScenarios() {
    }

    /**
     * {@code plain} (120 months), a model id (the first row of {@code scenarios/<model>.csv}) or
     * a scenario file (its first row), with the given trials.
     */
    static Simulation load(String name, int trials) {
        try {
            Path file;
            if (name.equals(PLAIN)) {
                file = Files.createTempFile("scalesim-plain", ".csv");
                file.toFile().deleteOnExit();
                Files.writeString(file, "scenario,model,months,trials,seed,challenges,solutions\n"
                        + "plain,subscription-saas,120,10000,1,none,none\n");
            } else if (name.endsWith(".csv")) {
                file = Path.of(name);
            } else {
                file = repository().resolve("scenarios").resolve(name + ".csv");
            }
            Scenario first = ScenarioFile.read(file).get(0);
            return first.simulation().withRun(first.simulation().months(), trials, first.simulation().seed());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Cohort-month updates of one run: every arm, trial, segment and month t counts the t
     * cohorts its book holds (acquired in months 1..t), whether or not one has emptied; 0 for
     * a model without a cohort book.
     */
    static long cohortMonths(Simulation sim) {
        boolean cohorts = sim.mechanisms().stream().anyMatch(m -> m instanceof CohortBook);
        if (!cohorts) {
            return 0;
        }
        long months = sim.months();
        return (long) sim.arms().size() * sim.trials() * sim.segments().size() * months * (months + 1) / 2;
    }

    /** The repository root: {@code -Dscalesim.root}, else the first folder up from here with scenarios/. */
    static Path repository() {
        String root = System.getProperty("scalesim.root");
        if (root != null) {
            return Path.of(root);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("scenarios")) && Files.isDirectory(p.resolve("simulator"))) {
                return p;
            }
        }
        throw new IllegalStateException("run from inside the repository or set -Dscalesim.root");
    }
}
