package dev.scalesim.bench;

import dev.scalesim.kernel.BinomialTable;
import dev.scalesim.kernel.Draws;
import dev.scalesim.stats.Gaussian;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nanoseconds per discrete draw at a given mean, over {@value #DRAWS} precomputed uniforms (so
 * the branch predictor sees real variety). {@code n = 1000} for the binomial; the cohort book's
 * {@link BinomialTable} is timed once its entries exist (counts varying over 500-1500, the
 * probability fixed, as for a trial's churn).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class DrawsBench {
    static final int DRAWS = 4096;
    static final long N = 1000;

    @Param({"0.5", "2", "5", "20", "45", "55", "200"})
    public double mean;

    private final double[] u = new double[DRAWS];
    private final long[] counts = new long[DRAWS];
    private final BinomialTable table = new BinomialTable();

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < DRAWS; i++) {
            u[i] = Gaussian.openUnit(random.nextLong());
            counts[i] = N / 2 + random.nextInt((int) N);
        }
        table.probability(mean / N);
    }

    @Benchmark
    @OperationsPerInvocation(DRAWS)
    public long binomial() {
        long sum = 0;
        double p = mean / N;
        for (double x : u) {
            sum += Draws.binomial(x, N, p);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(DRAWS)
    public long binomialTable() {
        long sum = 0;
        for (int i = 0; i < DRAWS; i++) {
            sum += table.draw(u[i], counts[i]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(DRAWS)
    public long poisson() {
        long sum = 0;
        for (double x : u) {
            sum += Draws.poisson(x, mean);
        }
        return sum;
    }
}
