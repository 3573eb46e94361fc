package dev.scalesim.bench;

import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Simulation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine end to end in one JVM (no start-up, no report): one invocation simulates
 * {@code trials} trials of a scenario on {@code threads} threads. Besides runs per second, JMH
 * reports the counters {@code trials} (trials per second) and {@code cohortMonths} (cohort-month
 * updates per second, every arm, trial and cohort counted; see
 * {@link BenchScenarios#cohortMonths}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class EngineBench {
    /** {@code plain} or a model id. */
    @Param({"plain"})
    public String scenario;

    @Param({"1", "2"})
    public int threads;

    /** Trials per invocation: enough blocks ({@value Engine#BLOCK} trials each) for every thread. */
    @Param({"4000"})
    public int trials;

    private Simulation sim;
    private long cohortMonths;

    /** Counts per invocation, reported by JMH as rates. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long trials;
        public long cohortMonths;

        @Setup(Level.Iteration)
        public void clear() {
            trials = 0;
            cohortMonths = 0;
        }
    }

    @Setup
    public void setUp() {
        sim = BenchScenarios.load(scenario, trials);
        cohortMonths = BenchScenarios.cohortMonths(sim);
    }

    @Benchmark
    public Results run(Counters counters) {
        Results results = Engine.run(sim, threads);
        counters.trials += sim.trials();
        counters.cohortMonths += cohortMonths;
        return results;
    }
}
