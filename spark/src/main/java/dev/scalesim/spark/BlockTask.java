package dev.scalesim.spark;

import dev.scalesim.analysis.Stage;
import dev.scalesim.kernel.Remote;
import dev.scalesim.scenario.Scenario;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One Spark task: blocks {@code [from, to)} of one stage of one scenario. A pure function of the
 * input bytes and these fields, so Spark may retry it or run it twice.
 */
final class BlockTask implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int scenario;
    private final String name;
    private final String fileSha256;
    private final int stageTrials;
    /** The stage's plans (pool indexes), or null for the scenario's own run. */
    private final int[][] plans;
    private final int from;
    private final int to;

    BlockTask(int scenario, Scenario s, Stage stage, int from, int to) {
        this.scenario = scenario;
        this.name = s.name();
        this.fileSha256 = s.fileSha256();
        this.stageTrials = stage.trials();
        this.plans = stage.main() ? null
                : stage.plans().stream().map(p -> p.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        this.from = from;
        this.to = to;
    }

    /** Runs on an executor: each block's encoded summary in order, then the sketches. */
    List<byte[]> run(InputBundle inputs) {
        List<Scenario> all = inputs.scenarios();
        Scenario s = scenario < all.size() ? all.get(scenario) : null;
        if (s == null || !s.name().equals(name) || !s.fileSha256().equals(fileSha256)) {
            throw new IllegalStateException("scenario " + scenario + " ('" + name + "') reads differently on this"
                    + " executor");
        }
        Stage stage = plans == null ? Stage.MAIN
                : Stage.plans(stageTrials, Arrays.stream(plans).map(p -> Arrays.stream(p).boxed().toList()).toList());
        return Remote.runBlocks(stage.simulation(s), from, to);
    }
}
