package dev.scalesim.analysis;

import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Results;
import dev.scalesim.scenario.Scenario;
import java.util.concurrent.ExecutorService;

/**
 * Where a scenario's simulations run: on this machine's threads ({@link #local}), or on a
 * cluster (the {@code spark} module). Every simulation of an analysis goes through it (the main
 * run with its precision rounds, each plan-search stage), so the results are the same wherever
 * it runs. Implementations are used by several scenarios' threads at once.
 */
@FunctionalInterface
public interface Simulator {
    /**
     * Runs {@code stage} of the scenario; with a {@code rule}, in rounds (see {@link Engine.StopRule}).
     *
     * @throws Engine.CancelledException when the calling thread is interrupted
     */
    Results run(Scenario scenario, Stage stage, Engine.Listener listener, Engine.StopRule rule);

    /** Runs on up to {@code workers} workers of a pool that may be shared with other scenarios. */
    static Simulator local(int workers, ExecutorService pool) {
        return (scenario, stage, listener, rule) -> {
            var sim = stage.simulation(scenario);
            return Engine.run(sim, Math.max(1, Math.min(workers, Engine.workersFor(sim, workers))), pool, listener,
                    rule);
        };
    }
}
