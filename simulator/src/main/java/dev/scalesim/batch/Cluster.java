package dev.scalesim.batch;

import dev.scalesim.analysis.Simulator;
import dev.scalesim.scenario.RunSettings;
import dev.scalesim.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;

/**
 * A cluster a batch simulates on instead of this machine's threads ({@code run --spark MASTER};
 * the {@code spark} module provides it through {@link java.util.ServiceLoader}). The driver
 * still reads the files, schedules the scenarios, merges the results and writes every report.
 */
public interface Cluster extends AutoCloseable {
    /** Runs scenarios' simulations on the cluster; used by several scenario threads at once. */
    Simulator simulator();

    /** Blocks the cluster runs at once (its cores): how many scenarios the batch keeps going. */
    int parallelism();

    /** The master, as given ({@code local[4]}, {@code spark://host:7077}). */
    String master();

    @Override
    void close();

    /** Connects to a cluster; found with {@link java.util.ServiceLoader}. */
    interface Provider {
        /**
         * @param master the master URL ({@code null}: the one the cluster's own launcher set,
         *     e.g. spark-submit's {@code --master})
         * @throws ClusterException when the cluster cannot be reached or refuses the application
         */
        Cluster connect(String master, Inputs inputs);
    }

    /**
     * What the driver read, for executors to read again from the same bytes.
     *
     * @param files the scenario files, in the order read
     * @param solutions the {@code --solutions} file, or null
     * @param read every file read (scenario and solutions files)
     * @param settings the command line's overrides
     * @param scenarios the scenarios, in the order {@code ScenarioFile.readAll} gave them, settings applied
     */
    record Inputs(List<Path> files, Path solutions, List<Path> read, RunSettings settings, List<Scenario> scenarios) {
        public Inputs {
            files = List.copyOf(files);
            read = List.copyOf(read);
            scenarios = List.copyOf(scenarios);
        }
    }
}
