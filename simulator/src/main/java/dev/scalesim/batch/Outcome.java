package dev.scalesim.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * How a run ended.
 *
 * @param status complete, failed (some scenario failed or a write failed) or interrupted
 * @param scenarios every scenario of the plan
 * @param ran scenarios simulated and written by this run
 * @param skipped scenarios whose up-to-date report was kept ({@code --resume})
 * @param failed scenarios that failed, or were not run because their input file went away
 * @param stopped scenarios not done because the run stopped early
 * @param problems one line per problem, ready to print
 * @param summaries output folders whose {@code batch-summary.csv} was written (every scenario done)
 * @param elapsedNanos wall time of the run
 * @param clusterFailure what failed on the cluster (one sentence naming the master), or null
 */
public record Outcome(Status status, int scenarios, int ran, int skipped, int failed, int stopped,
        List<String> problems, List<Summary> summaries, long elapsedNanos, String clusterFailure) {

    /** How a run ended. */
    public enum Status {
        COMPLETE, FAILED, INTERRUPTED
    }

    /** An output folder whose run files cover all of its scenarios. */
    public record Summary(Path dir, int scenarios) {
    }

    public Outcome(Status status, int scenarios, int ran, int skipped, int failed, int stopped, List<String> problems,
            List<Summary> summaries, long elapsedNanos) {
        this(status, scenarios, ran, skipped, failed, stopped, problems, summaries, elapsedNanos, null);
    }

    public Outcome {
        problems = List.copyOf(problems);
        summaries = List.copyOf(summaries);
    }

    /** Scenarios with a complete report after this run. */
    public int done() {
        return ran + skipped;
    }
}
