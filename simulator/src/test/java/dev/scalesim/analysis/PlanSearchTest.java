package dev.scalesim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Intervention;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.support.Scenarios;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan search against known answers: every combination while the pool is small, the same
 * numbers as the plan run as an ordinary arm (common random numbers across simulations), zero
 * interaction for a solution that cannot touch ARR, budget and risk respected, a correct Pareto
 * front, and a beam search beyond six solutions. Deterministic: no tolerance.
 */
class PlanSearchTest {
    private static final String HEADER = "scenario,model,months,trials,seed,solutions,plans,plan_search,plan_budget,plan_risk";
    private static final String POOL = "faster-onboarding;pricing-optimization;automation";
    @TempDir
    static Path dir;
    private static Scenario scenario;
    private static PlanSearch.Result result;
    private static Map<String, PlanSearch.Plan> byName;

    @BeforeAll
    static void run() throws Exception {
        scenario = Scenarios.compile(dir, HEADER, "s,subscription-saas,12,1500,8," + POOL
                + ",fp=faster-onboarding+pricing-optimization," + POOL + ",,p_cash_out<=50%").get(0);
        result = Analyses.run(scenario, 2).plans();
        byName = result.plans().stream().collect(Collectors.toMap(PlanSearch.Plan::name, Function.identity()));
    }

    @Test
    void everyCombinationOfASmallPoolIsEvaluated() {
        assertTrue(result.exhaustive());
        assertEquals(1, result.stages());
        assertEquals(8, result.plans().size(), "the baseline and 2^3 - 1 plans");
        assertEquals("baseline", result.plans().get(0).name());
        for (String name : List.of("faster-onboarding", "pricing-optimization", "automation",
                "faster-onboarding+pricing-optimization", "faster-onboarding+automation", "pricing-optimization+automation",
                "faster-onboarding+pricing-optimization+automation")) {
            assertTrue(byName.containsKey(name), name);
        }
    }

    /** Random streams are addressed by (seed, source, trial): a plan has the same numbers in any simulation. */
    @Test
    void aPlanHasTheNumbersOfTheSameArmInTheScenarioRun() {
        Results main = Engine.run(scenario.simulation(), 2);
        int arm = main.arms().stream().map(a -> a.name()).toList().indexOf("plan:fp");
        PlanSearch.Plan p = byName.get("faster-onboarding+pricing-optimization");
        assertEquals(main.paired(arm, Outcomes.ARR_END), p.effect());
        assertEquals(main.outcomeMean(arm, Outcomes.ARR_END), p.arrMean(), 0.0);
        assertEquals(main.outcomeQuantile(arm, Outcomes.ARR_END, 0.05), p.arrP5(), 0.0);
        assertEquals(main.outcomeMean(0, Outcomes.ARR_END), byName.get("baseline").arrMean(), 0.0);
    }

    /** Automation only cuts costs: ARR is the same trial by trial, so it adds nothing and interacts with nothing. */
    @Test
    void aSolutionThatCannotMoveArrHasNoInteraction() {
        assertEquals(0, byName.get("automation").effect().deltaMean(), 0.0);
        PlanSearch.Plan with = byName.get("pricing-optimization+automation");
        assertEquals(byName.get("pricing-optimization").effect().deltaMean(), with.effect().deltaMean(), 0.0);
        assertEquals(0, with.interaction(), 0.0);
        assertEquals(0, with.interactionCi().ciLow(), 0.0, "zero in every trial: a zero-width interval");
        assertEquals(0, with.interactionCi().ciHigh(), 0.0);
        PlanSearch.Plan pair = byName.get("faster-onboarding+pricing-optimization");
        assertEquals(pair.effect().deltaMean() - byName.get("faster-onboarding").effect().deltaMean()
                - byName.get("pricing-optimization").effect().deltaMean(), pair.interaction(), 1e-6);
        assertEquals(pair.interaction(), (pair.interactionCi().ciLow() + pair.interactionCi().ciHigh()) / 2, 1e-6);
        assertTrue(pair.interactionCi().width() > 0 && pair.interactionCi().width() < pair.effect().width() * 2,
                "trial by trial, the interaction is measured about as precisely as the effect: " + pair.interactionCi());
        assertEquals(null, byName.get("faster-onboarding").interactionCi(), "a single solution has no interaction");
    }

    @Test
    void theParetoFrontIsTheFeasiblePlansNothingBeats() {
        List<PlanSearch.Plan> feasible = result.plans().stream().filter(PlanSearch.Plan::feasible).toList();
        assertFalse(feasible.isEmpty());
        for (PlanSearch.Plan p : result.plans()) {
            boolean beaten = feasible.stream().anyMatch(q -> q != p && q.arrMean() >= p.arrMean() && q.arrP5() >= p.arrP5()
                    && (q.arrMean() > p.arrMean() || q.arrP5() > p.arrP5()));
            assertEquals(p.feasible() && !beaten, p.pareto(), p.name());
            assertEquals(p.riskMean() <= 0.5, p.withinRisk(), p.name() + ": risk limit p_cash_out <= 50%");
            assertEquals(p.pCashOut(), p.riskMean(), 0.0);
        }
        assertTrue(result.plans().stream().anyMatch(PlanSearch.Plan::pareto));
    }

    @Test
    void aBudgetLeavesOutTheCombinationsThatCostMore(@TempDir Path here) throws Exception {
        int months = 12;
        Scenario s = Scenarios.compile(here, HEADER, "b,subscription-saas," + months + ",500,8," + POOL + ",," + POOL
                + ",150k,").get(0);
        Map<String, Double> cost = s.studies().planSearch().pool().stream().collect(Collectors.toMap(Intervention::id,
                iv -> PlanSearch.expectedCost(iv, months)));
        PlanSearch.Result r = Analyses.run(s, 2).plans();
        int combos = 0;
        for (int mask = 1; mask < 8; mask++) {
            double c = 0;
            StringBuilder name = new StringBuilder();
            List<String> ids = List.of("faster-onboarding", "pricing-optimization", "automation");
            for (int i = 0; i < 3; i++) {
                if ((mask & 1 << i) != 0) {
                    c += cost.get(ids.get(i));
                    name.append(name.length() > 0 ? "+" : "").append(ids.get(i));
                }
            }
            boolean single = Integer.bitCount(mask) == 1;
            boolean evaluated = r.plans().stream().anyMatch(p -> p.name().equals(name.toString()));
            assertEquals(single || c <= 150_000, evaluated, name + " costs " + c);
            combos += evaluated ? 1 : 0;
        }
        assertTrue(combos < 7, "the budget must leave something out for this test to mean anything");
        r.plans().forEach(p -> assertEquals(p.cost() <= 150_000, p.withinBudget(), p.name()));
    }

    /** Ten solutions: a beam search, one solution more per stage, within the budget. */
    @Test
    void aLargePoolIsSearchedStageByStage(@TempDir Path here) throws Exception {
        Scenario s = Scenarios.compile(here, HEADER, "g,subscription-saas,12,500,8,all,,all,1.5M,").get(0);
        assertTrue(s.studies().planSearch().pool().size() > PlanSearch.EXHAUSTIVE);
        PlanSearch.Result r = Analyses.run(s, 2).plans();
        assertFalse(r.exhaustive());
        assertTrue(r.stages() >= 2, "stages: " + r.stages());
        for (PlanSearch.Plan p : r.plans()) {
            if (!p.solutions().isEmpty()) {
                assertEquals(p.solutions().size(), p.stage(), p.name() + ": stage k tries plans of k solutions");
            }
            assertTrue(p.solutions().size() <= 1 || p.withinBudget(), p.name());
            if (p.solutions().size() > 1) {
                // parts from stage 1, the plan from a later stage: the same trials, compared one by one
                assertEquals(p.interaction(), (p.interactionCi().ciLow() + p.interactionCi().ciHigh()) / 2, 1e-6);
                assertTrue(p.interactionCi().width() >= 0, p.name());
            }
        }
        assertTrue(r.plans().stream().anyMatch(p -> p.interactionCi() != null && p.interactionCi().width() > 0),
                "interactions of solutions that both move ARR vary from trial to trial");
        long singles = r.plans().stream().filter(p -> p.solutions().size() == 1).count();
        assertEquals(s.studies().planSearch().pool().size(), singles, "every solution on its own");
    }
}
