package dev.scalesim.analysis;

import dev.scalesim.kernel.Simulation;
import dev.scalesim.scenario.Scenario;
import java.util.List;

/**
 * Which of a scenario's simulations to run: its own ({@link #MAIN}), or a plan-search stage
 * (plans as indexes into the search's solution pool, at a trial count). A stage is rebuilt from
 * the scenario by {@link #simulation}, the one function both the driver and a cluster's
 * executors call, so an executor derives exactly the simulation the driver means from the
 * scenario file's bytes.
 *
 * @param trials the stage's trials (ignored for the main run)
 * @param plans each plan's pool indexes, ascending; null for the main run
 */
public record Stage(int trials, List<List<Integer>> plans) {
    public static final Stage MAIN = new Stage(0, null);

    public Stage {
        if (plans != null) {
            plans = plans.stream().map(List::copyOf).toList();
        }
    }

    public static Stage plans(int trials, List<List<Integer>> plans) {
        return new Stage(trials, plans);
    }

    public boolean main() {
        return plans == null;
    }

    /** The simulation this stage runs for the scenario. */
    public Simulation simulation(Scenario s) {
        return main() ? s.simulation() : PlanSearch.stageSimulation(s, trials, plans);
    }
}
