package dev.scalesim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.analysis.Decisions.Effect;
import dev.scalesim.analysis.Decisions.Objective;
import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.support.Scenarios;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rankings per objective, the Pareto front of growth against survival, and the cash-out-risk flag. */
class DecisionsTest {
    /** The worked example's shape: the biggest grower raises the risk, a cost cutter lowers it. */
    private static final Decisions EXAMPLE = new Decisions(List.of(
            new Effect("go-global", 3.57e6, 0.171, 0.160, -968e3, -2e6),
            new Effect("automation", 0, -0.115, -0.125, 588e3, 913e3),
            new Effect("pricing", 1.06e6, -0.123, -0.130, 653e3, 1.25e6),
            new Effect("partnerships", 2.6e6, 0.0245, 0.018, -228e3, -300e3),
            new Effect("noise", 1e3, 0.004, 0.001, 0, 0),       // significant but below the floor
            new Effect("dominated", 0.5e6, 0.05, 0.04, -1e5, -1e5),
            new Effect("loser", -2e5, 0.02, -0.001, -1e4, -2e4)));  // interval reaches 0: not flagged

    @Test
    void eachObjectiveNamesItsOwnBest() {
        assertEquals(Optional.of("go-global"), EXAMPLE.best(Objective.GROWTH));
        assertEquals(Optional.of("pricing"), EXAMPLE.best(Objective.SURVIVAL));
        assertEquals(Optional.of("pricing"), EXAMPLE.best(Objective.EFFICIENCY));
        assertEquals(List.of("go-global", "partnerships", "pricing", "dominated", "noise", "automation", "loser"),
                EXAMPLE.ranking(Objective.GROWTH), "automation's 0 ties nothing: it ranks by ARR alone");
        assertEquals("automation", EXAMPLE.ranking(Objective.SURVIVAL).get(1));
    }

    @Test
    void theFinancingPlanIsRankedButNeverNamedBestNorOnTheFront() {
        List<Effect> withRaise = new ArrayList<>(EXAMPLE.effects());
        withRaise.add(new Effect(Arm.SURVIVAL_RULES, -5e4, -0.54, -0.56, 5e6, 1.5e7));
        Decisions d = new Decisions(withRaise);
        assertEquals(Arm.SURVIVAL_RULES, d.ranking(Objective.SURVIVAL).get(0), "its row ranks where it stands");
        assertEquals(Optional.of("pricing"), d.best(Objective.SURVIVAL));
        assertEquals(Optional.of("pricing"), d.best(Objective.EFFICIENCY));
        assertEquals(Optional.of("pricing"), d.top(Objective.SURVIVAL));
        assertEquals(EXAMPLE.paretoFront(), d.paretoFront(), "it dominates nothing either: not a choice");
    }

    @Test
    void survivalTiesGoToMoreMinimumCash() {
        Decisions d = new Decisions(List.of(new Effect("a", 0, -0.1, -0.12, 1e5, 0),
                new Effect("b", 0, -0.1, -0.12, 2e5, 0)));
        assertEquals(List.of("b", "a"), d.ranking(Objective.SURVIVAL));
    }

    @Test
    void paretoFrontKeepsTheArmsNothingDominatesIncludingDoingNothing() {
        // go-global (most ARR), partnerships (second-most ARR, less risk than go-global), pricing (least
        // risk, ARR > 0); automation is beaten by pricing on both; dominated, noise and loser by partnerships
        // or by pricing or the baseline
        assertEquals(List.of("go-global", "partnerships", "pricing"), EXAMPLE.paretoFront());
        Decisions worse = new Decisions(List.of(new Effect("bad", -1, 0.01, 0.0, 0, 0)));
        assertEquals(List.of(), worse.paretoFront(), "the baseline at (0, 0) dominates it");
        Decisions tie = new Decisions(List.of(new Effect("same", 0, 0, 0, 0, 0)));
        assertEquals(List.of(), tie.paretoFront(), "an arm equal to the baseline on both is not a trade-off");
    }

    @Test
    void riskFlagNeedsAMaterialRiseBeyondNoise() {
        assertEquals(List.of("go-global", "partnerships", "dominated"), EXAMPLE.risky());
        assertFalse(new Effect("x", 0, Decisions.RISK_FLOOR - 1e-9, 0.001, 0, 0).raisesCashOutRisk());
        assertTrue(new Effect("x", 0, Decisions.RISK_FLOOR, 1e-9, 0, 0).raisesCashOutRisk());
    }

    @Test
    void noArmBeatsTheBaselineMeansNoBestButStillATop() {
        Decisions d = new Decisions(List.of(new Effect("a", -5, 0.02, 0.01, -1, -1)));
        assertEquals(Optional.empty(), d.best(Objective.GROWTH));
        assertEquals(Optional.of("a"), d.top(Objective.GROWTH));
        assertEquals(Optional.empty(), new Decisions(List.of()).top(Objective.GROWTH));
        assertThrows(IllegalArgumentException.class, () -> new Effect("baseline", 0, 0, 0, 0, 0));
    }

    @Test
    void readsARunsPairedMeans(@TempDir Path dir) throws Exception {
        Scenario s = Scenarios.compile(dir, "scenario,model,months,trials,seed,solutions,sensitivity",
                "d,subscription-saas,12,500,3,all,off").get(0);
        Results r = Engine.run(s.simulation(), 1);
        Decisions d = Decisions.of(r);
        assertEquals(r.arms().size() - 1, d.effects().size());
        for (int a = 1; a < r.arms().size(); a++) {
            Effect e = d.effects().get(a - 1);
            assertEquals(r.arms().get(a).name(), e.arm());
            assertEquals(r.paired(a, Outcomes.ARR_END).deltaMean(), e.arr());
            assertEquals(r.paired(a, Outcomes.P_CASH_OUT).deltaMean(), e.cashOut());
            assertEquals(r.paired(a, Outcomes.P_CASH_OUT).ciLow(), e.cashOutCiLow());
            assertEquals(r.paired(a, Outcomes.CASH_MIN).deltaMean(), e.cashMin());
            assertEquals(r.paired(a, Outcomes.CASH_END).deltaMean(), e.cashEnd());
        }
    }
}
