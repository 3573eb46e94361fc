package dev.scalesim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.scenario.ScenarioFile;
import dev.scalesim.support.Pooling;
import dev.scalesim.support.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pooled churn leaves every model's distributions as they were: each shipped scenario file's
 * first row (a model's reference row, or a worked example), baseline only, runs with the cohort
 * book pooling and with every cohort drawn on its own.
 * <ul>
 * <li>Where no segment pools (expansion, contracts of more than a month or annual billing in
 *     every segment), the two runs must be identical to the last bit, seed for seed
 *     ({@value #IDENTITY_TRIALS} trials).
 * <li>Where some segment pools, the draws differ, so the runs use independent seeds and every
 *     outcome's {@value #TRIALS} trials are compared by a two-sample Kolmogorov-Smirnov test at
 *     {@value #ALPHA}. Over the 14 files' 20 outcomes that is at most 280 tests, so the whole
 *     class raises a false alarm with odds below 2.8e-4 (ties in discrete outcomes, such as
 *     p_cash_out, only make the test more conservative). An outcome that is NaN in a trial (no
 *     break-even) counts as the largest value, so its share is compared too.
 * </ul>
 * At this size the test detects a shift of 0.07 in any outcome's CDF.
 */
@Execution(ExecutionMode.CONCURRENT)
class PooledChurnDistributionTest {
    private static final int TRIALS = 4_000;
    private static final double ALPHA = 1e-6;
    /** Trials of the bit-for-bit comparison. */
    private static final int IDENTITY_TRIALS = 300;

    static List<String> files() throws IOException {
        try (Stream<Path> all = Files.list(Repo.scenarios())) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }

    private static Results run(Simulation sim, int trials, long seed) {
        Simulation one = sim.withArms(List.of(sim.arms().get(0))).withRun(sim.months(), trials, seed);
        return Engine.run(one.withAnalysis(one.analysis().withCapture(trials)), 2);
    }

    private static double[] outcome(Results r, int o) {
        double[] x = r.capturedOutcome(0, o).clone();
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                x[i] = Double.MAX_VALUE;
            }
        }
        return x;
    }

    @ParameterizedTest
    @MethodSource("files")
    void poolingLeavesTheOutcomesDistributionsUnchanged(String name) throws Exception {
        Simulation sim = ScenarioFile.read(Repo.scenarios().resolve(name)).get(0).simulation();
        // Whether anything pools shows in a few hundred trials: the draws differ at once.
        Results first = run(sim, IDENTITY_TRIALS, 11);
        Results same = run(Pooling.unpooled(sim), IDENTITY_TRIALS, 11);
        boolean identical = true;
        for (int o = 0; o < Outcomes.COUNT; o++) {
            identical &= Arrays.equals(outcome(first, o), outcome(same, o));
        }
        if (identical) {
            return; // no segment pools: the per-cohort draws, bit for bit
        }
        Results pooled = run(sim, TRIALS, 11);
        Results unpooled = run(Pooling.unpooled(sim), TRIALS, 12);
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        for (int o = 0; o < Outcomes.COUNT; o++) {
            double[] a = outcome(pooled, o);
            double[] b = outcome(unpooled, o);
            if (Arrays.stream(a).distinct().count() == 1 && Arrays.equals(a, b)) {
                continue; // one value in every trial of both (the test's statistic is undefined)
            }
            double p = ks.kolmogorovSmirnovTest(a, b);
            assertTrue(p > ALPHA, name + ": " + Outcomes.ALL.get(o).id() + " differs pooled and unpooled, KS p = " + p);
        }
    }
}
