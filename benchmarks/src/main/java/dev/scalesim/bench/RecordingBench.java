package dev.scalesim.bench;

import dev.scalesim.stats.Moments;
import dev.scalesim.stats.Sketches;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nanoseconds per recorded value: a block's run of {@value #ROWS} values per slot into moments
 * and into quantile sketches, over {@value #SLOTS} slots of lognormal-ish money values (the
 * recorder's flush pattern).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class RecordingBench {
    static final int SLOTS = 256;
    static final int ROWS = 500;

    private final double[] values = new double[SLOTS * ROWS];
    private final Moments moments = new Moments(SLOTS);
    private final Sketches sketches = new Sketches(SLOTS);

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(7);
        for (int s = 0; s < SLOTS; s++) {
            double scale = Math.pow(10, s % 7);
            for (int r = 0; r < ROWS; r++) {
                values[s * ROWS + r] = scale * Math.exp(0.5 * (random.nextDouble() - 0.5));
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(SLOTS * ROWS)
    public Moments moments() {
        moments.clear();
        for (int s = 0; s < SLOTS; s++) {
            moments.addAll(s, values, s * ROWS, ROWS);
        }
        return moments;
    }

    @Benchmark
    @OperationsPerInvocation(SLOTS * ROWS)
    public Sketches sketches() {
        for (int s = 0; s < SLOTS; s++) {
            sketches.addAll(s, values, s * ROWS, ROWS);
        }
        return sketches;
    }
}
