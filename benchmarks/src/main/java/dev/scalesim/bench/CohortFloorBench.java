package dev.scalesim.bench;

import dev.scalesim.kernel.BinomialTable;
import dev.scalesim.kernel.RandomStream;
import java.util.Arrays;
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
 * The floor under a cohort-month update: one trial of the plain model's cohort loop (120
 * months, 100 arrivals a month, 5% churn, so {@value #COHORT_MONTHS} cohort-months) with
 * nothing else in it, in nanoseconds per cohort-month. {@code uniformOnly} reads the cohort's
 * counter-based uniform and removes one customer when it falls below the churn rate (the price
 * of the random number and the update, no binomial); {@code binomialTable} draws the cohort's
 * churn from the kernel's {@link BinomialTable} instead. The whole simulator's figure for the
 * plain model ({@code bench/kernel.sh plain}) minus these is what the rest of a month costs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class CohortFloorBench {
    static final int MONTHS = 120;
    static final int COHORT_MONTHS = MONTHS * (MONTHS + 1) / 2;
    static final long ARRIVALS = 100;
    static final double CHURN = 0.05;

    private final RandomStream stream = new RandomStream(42, "cohorts");
    private final BinomialTable table = new BinomialTable();
    private final long[] count = new long[MONTHS + 1];
    private final double[] survivors = new double[MONTHS + 1];
    private long trial;

    @Setup
    public void setUp() {
        table.probability(CHURN);
    }

    @Benchmark
    @OperationsPerInvocation(COHORT_MONTHS)
    public long uniformOnly() {
        stream.trial(trial++ & 0xFFFF_FFFFL);
        Arrays.fill(count, 0);
        long alive = 0;
        for (int t = 1; t <= MONTHS; t++) {
            for (int c = 1; c < t; c++) {
                long k = count[c] - (stream.uniform(t, c) < CHURN ? 1 : 0);
                count[c] = k;
                alive += k;
                survivors[c] += k;
            }
            count[t] = ARRIVALS;
        }
        return alive;
    }

    @Benchmark
    @OperationsPerInvocation(COHORT_MONTHS)
    public long binomialTable() {
        stream.trial(trial++ & 0xFFFF_FFFFL);
        Arrays.fill(count, 0);
        long alive = 0;
        for (int t = 1; t <= MONTHS; t++) {
            for (int c = 1; c < t; c++) {
                long k = count[c];
                k -= table.draw(stream.uniform(t, c), k);
                count[c] = k;
                alive += k;
                survivors[c] += k;
            }
            count[t] = ARRIVALS;
        }
        return alive;
    }
}
