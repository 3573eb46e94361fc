package dev.scalesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.scenario.Scenario;
import dev.scalesim.stats.PairedDelta;
import dev.scalesim.stats.Sketches;
import dev.scalesim.support.Scenarios;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How much a paired effect varies across futures: the better/equal/worse split counts ties
 * apart (a yes/no outcome that did not move is a tie, not "worse"), and the percentiles of the
 * change are the sample quantiles of the per-trial differences.
 */
class PairedSpreadTest {
    @Test
    void betterEqualWorseAreCountedByHandOnAYesNoOutcomeAndTies(@TempDir Path dir) throws Exception {
        Scenario s = Scenarios.compile(dir, "scenario,model,months,trials,sensitivity", "t,subscription-saas,3,10,off").get(0);
        Summary summary = new Summary(2, 0, 3);
        Quantiles quantiles = new Quantiles(0, 2 * Outcomes.COUNT);
        // ten trials; cash-out is lower-is-better: trial 0 saved (better), trial 9 lost (worse), 8 ties
        double[] baseCashOut = {1, 1, 1, 1, 0, 0, 0, 0, 0, 0};
        double[] armCashOut = {0, 1, 1, 1, 0, 0, 0, 0, 0, 1};
        // ARR, higher is better: deltas +5, 0, 0, -2, +1, +1, 0, +3, -4, +2 -> 5 better, 3 equal, 2 worse
        double[] deltaArr = {5, 0, 0, -2, 1, 1, 0, 3, -4, 2};
        for (int i = 0; i < 10; i++) {
            double[] b = new double[Outcomes.COUNT];
            double[] a = new double[Outcomes.COUNT];
            Arrays.fill(b, Double.NaN);
            Arrays.fill(a, Double.NaN);
            b[Outcomes.P_CASH_OUT] = baseCashOut[i];
            a[Outcomes.P_CASH_OUT] = armCashOut[i];
            b[Outcomes.ARR_END] = 100;
            a[Outcomes.ARR_END] = 100 + deltaArr[i];
            summary.recordPair(1, b, a, quantiles.deltas);
        }
        summary.trials = 10;
        Results r = new Results(s.simulation(), null, summary, quantiles, 0);

        PairedDelta cash = r.paired(1, Outcomes.P_CASH_OUT);
        assertEquals(0.1, cash.pBetter(), 1e-15);
        assertEquals(0.8, cash.pEqual(), 1e-15);
        assertEquals(0.1, cash.pWorse(), 1e-15);
        assertEquals(0, cash.deltaMean(), 1e-15);
        assertEquals(-1, cash.p5(), "sorted deltas -1, 0 x8, +1: element floor(0.05 x 9) = 0");
        assertEquals(0, cash.p50());
        assertEquals(0, cash.p95(), "element floor(0.95 x 9) = 8 of the sorted deltas is still a tie");

        PairedDelta arr = r.paired(1, Outcomes.ARR_END);
        assertEquals(0.5, arr.pBetter(), 1e-15);
        assertEquals(0.3, arr.pEqual(), 1e-15);
        assertEquals(0.2, arr.pWorse(), 1e-15);
        assertEquals(1.0, arr.pBetter() + arr.pEqual() + arr.pWorse(), 1e-15);
        // sorted: -4 -2 0 0 0 1 1 2 3 5; whole numbers are exact in the sketch
        assertEquals(-4, arr.p5());
        assertEquals(0, arr.p50());
        assertEquals(3, arr.p95());
        assertEquals(0.6, arr.deltaMean(), 1e-12);

        assertTrue(Double.isNaN(r.paired(1, Outcomes.CASH_END).pEqual()), "no pair defined: undefined, not 0");
    }

    @Test
    void percentilesOfTheChangeAreTheSampleQuantilesOfTheCapturedTrials(@TempDir Path dir) throws Exception {
        Scenario s = Scenarios.compile(dir, "scenario,model,months,trials,seed,solutions,sensitivity",
                "c,subscription-saas,12,1500,5,customer-success;faster-onboarding,1500").get(0);
        Results r = Engine.run(s.simulation(), 2);
        double[] base = r.capturedOutcome(0, Outcomes.ARR_END);
        for (int arm = 1; arm < r.arms().size(); arm++) {
            double[] values = r.capturedOutcome(arm, Outcomes.ARR_END);
            double[] delta = new double[values.length];
            long better = 0;
            long equal = 0;
            for (int i = 0; i < delta.length; i++) {
                delta[i] = values[i] - base[i];
                better += delta[i] > 0 ? 1 : 0;
                equal += delta[i] == 0 ? 1 : 0;
            }
            PairedDelta d = r.paired(arm, Outcomes.ARR_END);
            String what = r.arms().get(arm).name();
            assertEquals(1500, d.n());
            assertEquals((double) better / 1500, d.pBetter(), 1e-15, what);
            assertEquals((double) equal / 1500, d.pEqual(), 1e-15, what);
            assertEquals((double) (1500 - better - equal) / 1500, d.pWorse(), 1e-15, what);
            Arrays.sort(delta);
            double[] got = {d.p5(), d.p50(), d.p95()};
            double[] qs = {0.05, 0.50, 0.95};
            for (int k = 0; k < qs.length; k++) {
                double exact = delta[(int) Math.floor(qs[k] * (delta.length - 1))];
                // the sketch's stated accuracy: within 0.2% of the exact order statistic
                assertEquals(exact, got[k], Sketches.RELATIVE_ACCURACY * Math.abs(exact) + 1e-9,
                        what + " q=" + qs[k]);
            }
            assertTrue(d.p5() < d.ciLow() && d.ciHigh() < d.p95(),
                    what + ": the effect varies across futures far more than its mean is uncertain");
        }
    }
}
