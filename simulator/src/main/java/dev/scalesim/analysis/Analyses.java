package dev.scalesim.analysis;

import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Results;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.Studies;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs a scenario with everything its row asks: the simulation (in rounds when it has a
 * precision target), then the plan search at the trial count the simulation used.
 */
public final class Analyses {
    private Analyses() {
    }

    public static Analysed run(Scenario s, int workers, ExecutorService pool, Engine.Listener listener) {
        return run(s, Simulator.local(workers, pool), listener);
    }

    /** Runs every simulation of the scenario's analyses through {@code simulator}. */
    public static Analysed run(Scenario s, Simulator simulator, Engine.Listener listener) {
        Studies studies = s.studies();
        Precision rule = studies.precision() == null ? null : new Precision(studies.precision());
        Results results = simulator.run(s, Stage.MAIN, listener, rule);
        Precision.Reached reached = rule == null ? null : rule.reached(results);
        PlanSearch.Result plans = null;
        if (studies.planSearch() != null) {
            plans = new PlanSearch(s, (int) results.trials()).run(simulator);
        }
        return new Analysed(results, studies.sensitivity() ? Sensitivity.rows(results) : List.of(), reached,
                plans);
    }

    /** On a pool of its own with {@code threads} threads (tests, single runs). */
    public static Analysed run(Scenario s, int threads) {
        int workers = Engine.workersFor(s.simulation(), threads);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "scalesim-analysis");
            t.setDaemon(true);
            return t;
        });
        try {
            return run(s, workers, pool, Engine.Listener.NONE);
        } finally {
            pool.shutdownNow();
        }
    }
}
