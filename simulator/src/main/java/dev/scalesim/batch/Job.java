package dev.scalesim.batch;

import dev.scalesim.scenario.Scenario;
import dev.scalesim.stats.Checks;
import java.nio.file.Path;

/**
 * One scenario of a run and where its report goes.
 *
 * @param index its place in the run (input order), which is also its place in batch summaries
 * @param scenario the validated scenario
 * @param dir the output folder ({@code --out}, or {@code reports/<file>/})
 * @param folder the report's own folder inside {@code dir}
 */
public record Job(int index, Scenario scenario, Path dir, Path folder) {
    public Job {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        Checks.notNull("scenario", scenario);
        Checks.notNull("dir", dir);
        Checks.notNull("folder", folder);
        if (!dir.equals(folder.getParent())) {
            throw new IllegalArgumentException("folder must be inside dir " + dir + ", got " + folder);
        }
    }

    public String name() {
        return scenario.name();
    }

    public long trials() {
        return scenario.simulation().trials();
    }

    /** Trial-arm-months: what the simulation costs, for time-left estimates. */
    public long work() {
        return trials() * armMonths();
    }

    /** Arms x months: the work of one trial. */
    public long armMonths() {
        return (long) scenario.simulation().arms().size() * scenario.simulation().months();
    }

    /** {@code 'name' (file:line)}, for messages. */
    public String describe() {
        return "'" + name() + "' (" + scenario.file() + ":" + scenario.line() + ")";
    }
}
