package dev.scalesim.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.scenario.Scenario;
import dev.scalesim.stats.RankCorrelation;
import dev.scalesim.support.Scenarios;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Correlated inputs and Latin hypercube sampling keep every input's distribution, give the rank
 * correlations asked, stratify each block exactly, and stay independent of threads.
 *
 * <p>Statistical checks allow 4.5 standard errors (two-sided false-alarm odds 6.8e-6 each; the
 * 2 correlations and 27 marginal checks together below 2e-4). The seed is fixed, so each run is
 * deterministic; the odds say how unlucky a seed would have to be.
 */
class InputSamplingTest {
    private static final int TRIALS = 6_000;
    private static final double Z = 4.5;
    private static final String HEADER = "scenario,model,months,trials,seed,challenges,solutions,price,monthly_churn,cac,"
            + "sampling,correlations,sensitivity";
    /** Three uniform inputs, so the CDF is a line and stratification can be checked exactly. */
    private static final String INPUTS = ",\"uniform(40,60)\",\"uniform(0.02,0.06)\",\"uniform(300,600)\",";
    private static final double[][] RANGES = {{40, 60}, {0.02, 0.06}, {300, 600}};
    private static final List<String> IDS = List.of("smb.price", "smb.monthly_churn", "smb.cac");

    private static Results run(Path dir, String sampling, int threads) throws Exception {
        Scenario s = Scenarios.compile(dir, HEADER, "sampling,subscription-saas,3," + TRIALS + ",99,none,none" + INPUTS
                + sampling + ",price~monthly_churn=0.6; cac~monthly_churn=-0.4," + TRIALS).get(0);
        return Engine.run(s.simulation(), threads);
    }

    private static double[] input(Results r, String id) {
        return r.capturedInput(r.capturedInputs().indexOf(id));
    }

    @Test
    void correlationsAreImposedAndMarginalsKept(@TempDir Path dir) throws Exception {
        for (String sampling : new String[] {"mc", "lhs"}) {
            Results r = run(dir, sampling, 2);
            assertEquals(TRIALS, r.capturedTrials());
            double[] price = input(r, "smb.price");
            double[] churn = input(r, "smb.monthly_churn");
            double[] cac = input(r, "smb.cac");
            double se1 = RankCorrelation.standardError(0.6, TRIALS);
            double se2 = RankCorrelation.standardError(-0.4, TRIALS);
            assertEquals(0.6, RankCorrelation.spearman(price, churn), Z * se1, sampling + ": price~churn");
            assertEquals(-0.4, RankCorrelation.spearman(cac, churn), Z * se2, sampling + ": cac~churn");
            for (int k = 0; k < 3; k++) {
                double[] x = input(r, IDS.get(k));
                for (int d = 1; d <= 9; d++) {
                    double p = d / 10.0;
                    double q = RANGES[k][0] + p * (RANGES[k][1] - RANGES[k][0]);
                    long below = Arrays.stream(x).filter(v -> v <= q).count();
                    assertEquals(p, (double) below / TRIALS, Z * Math.sqrt(p * (1 - p) / TRIALS),
                            sampling + ": share of " + IDS.get(k) + " below its " + d + "0th percentile");
                }
            }
        }
    }

    /**
     * Exact, not statistical: under Latin hypercube sampling each block of 500 trials puts exactly
     * one draw of every input in each of 500 equal strata, correlated inputs included.
     */
    @Test
    void latinHypercubeFillsEveryStratumOfEveryBlock(@TempDir Path dir) throws Exception {
        Results r = run(dir, "lhs", 2);
        for (int k = 0; k < 3; k++) {
            double[] x = input(r, IDS.get(k));
            for (int first = 0; first < TRIALS; first += Engine.BLOCK) {
                boolean[] seen = new boolean[Engine.BLOCK];
                for (int i = first; i < first + Engine.BLOCK; i++) {
                    double u = (x[i] - RANGES[k][0]) / (RANGES[k][1] - RANGES[k][0]);
                    int stratum = (int) Math.floor(u * Engine.BLOCK);
                    assertTrue(stratum >= 0 && stratum < Engine.BLOCK && !seen[stratum],
                            IDS.get(k) + ": stratum " + stratum + " of block " + first / Engine.BLOCK + " twice");
                    seen[stratum] = true;
                }
            }
        }
    }

    @Test
    void samplingDoesNotDependOnThreads(@TempDir Path dir) throws Exception {
        Results one = run(dir, "lhs", 1);
        Results three = run(dir, "lhs", 3);
        for (String id : IDS) {
            assertArrayEquals(input(one, id), input(three, id), id);
        }
        assertEquals(one.outcomeMean(0, Outcomes.ARR_END), three.outcomeMean(0, Outcomes.ARR_END), 0.0);
        assertArrayEquals(one.capturedOutcome(0, Outcomes.CASH_END), three.capturedOutcome(0, Outcomes.CASH_END));
    }

    /** Plain Monte Carlo without correlations draws exactly what it drew before this option existed. */
    @Test
    void plainSamplingIsUnchanged(@TempDir Path dir) throws Exception {
        Scenario with = Scenarios.compile(dir, HEADER, "p,subscription-saas,3,1000,5,none,none" + INPUTS + "mc,,on").get(0);
        Scenario without = Scenarios.compile(dir, "scenario,model,months,trials,seed,challenges,solutions,price,"
                + "monthly_churn,cac", "p,subscription-saas,3,1000,5,none,none" + INPUTS.substring(0, INPUTS.length() - 1))
                .get(0);
        assertEquals(Engine.run(without.simulation(), 1).outcomeMean(0, Outcomes.ARR_END),
                Engine.run(with.simulation(), 1).outcomeMean(0, Outcomes.ARR_END), 0.0);
    }
}
