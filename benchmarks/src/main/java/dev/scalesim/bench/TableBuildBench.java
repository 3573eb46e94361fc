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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Churn draws when the hazard keeps changing, as in scenarios whose solutions ramp churn down
 * month by month (the 13-arm examples build a table entry for about one draw in four): the
 * probability changes every {@value #PER_HAZARD} draws and every draw's count is new to the
 * table, so nearly every draw first builds its entry. Nanoseconds per draw; {@code exact} is
 * the plain inversion for the same draws.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class TableBuildBench {
    static final int DRAWS = 4096;
    static final int PER_HAZARD = 4;

    private final double[] u = new double[DRAWS];
    private final long[] counts = new long[DRAWS];
    private final double[] hazards = new double[DRAWS / PER_HAZARD];
    private final BinomialTable table = new BinomialTable();

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < DRAWS; i++) {
            u[i] = Gaussian.openUnit(random.nextLong());
            counts[i] = 50 + random.nextInt(350); // means 2.5-20 at 5% churn
        }
        for (int h = 0; h < hazards.length; h++) {
            hazards[h] = 0.03 + 0.04 * random.nextDouble();
        }
    }

    @Benchmark
    @OperationsPerInvocation(DRAWS)
    public long table() {
        long sum = 0;
        for (int h = 0, i = 0; h < hazards.length; h++) {
            table.probability(hazards[h]);
            for (int d = 0; d < PER_HAZARD; d++, i++) {
                sum += table.draw(u[i], counts[i]);
            }
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(DRAWS)
    public long exact() {
        long sum = 0;
        for (int h = 0, i = 0; h < hazards.length; h++) {
            double p = hazards[h];
            for (int d = 0; d < PER_HAZARD; d++, i++) {
                sum += Draws.binomial(u[i], counts[i], p);
            }
        }
        return sum;
    }
}
