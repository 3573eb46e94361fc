package dev.scalesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.scalesim.scenario.Scenario;
import dev.scalesim.support.Scenarios;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captured trials are the trials the statistics were computed on: the first {@code capture}
 * of them, each with its drawn inputs, the baseline's outcomes and the other arms' ARR.
 */
class CaptureTest {
    @Test
    void capturedTrialsAreTheRunsTrials(@TempDir Path dir) throws Exception {
        Scenario s = Scenarios.compile(dir, "scenario,model,months,trials,seed,solutions,sensitivity",
                "c,subscription-saas,6,1200,3,faster-onboarding,1200").get(0);
        Results r = Engine.run(s.simulation(), 2);
        assertEquals(1200, r.capturedTrials());
        for (int arm = 0; arm < 2; arm++) {
            double mean = Arrays.stream(r.capturedOutcome(arm, Outcomes.ARR_END)).average().orElseThrow();
            assertEquals(r.outcomeMean(arm, Outcomes.ARR_END), mean, 1e-9 * mean, "arm " + arm);
        }
        double cash = Arrays.stream(r.capturedOutcome(0, Outcomes.CASH_END)).average().orElseThrow();
        assertEquals(r.outcomeMean(0, Outcomes.CASH_END), cash, 1e-9 * Math.abs(cash));
        assertThrows(IllegalArgumentException.class, () -> r.capturedOutcome(1, Outcomes.CASH_END),
                "only the baseline keeps every outcome");
        assertEquals(r.capturedInputs().size(), r.capturedInputs().stream().distinct().count(), "names are unique");
        // the solution's drawn effect sizes are inputs too, named solution.param
        assertEquals(true, r.capturedInputs().stream().anyMatch(n -> n.startsWith("faster-onboarding.")));

        Scenario fewer = Scenarios.compile(dir, "scenario,model,months,trials,seed,solutions,sensitivity",
                "c,subscription-saas,6,1200,3,faster-onboarding,700").get(0);
        Results part = Engine.run(fewer.simulation(), 3);
        assertEquals(700, part.capturedTrials());
        assertEquals(Arrays.toString(Arrays.copyOf(r.capturedOutcome(1, Outcomes.ARR_END), 700)),
                Arrays.toString(part.capturedOutcome(1, Outcomes.ARR_END)), "the first 700 trials, whatever the threads");
    }
}
