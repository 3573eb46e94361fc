package dev.scalesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Effect;
import dev.scalesim.kernel.ParamDef;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GeneralStrategiesTest {
    private static final List<String> STRATEGIES = List.of("automation", "retention-program", "partnerships",
            "pricing-optimization", "spend-policy", "go-global");

    @Test
    void everyModelGetsTheStrategiesWhoseParametersItHas() {
        for (BusinessModel m : Catalog.models()) {
            Set<String> params = m.params().stream().map(ParamDef::id).collect(Collectors.toSet());
            for (Solution s : m.solutions()) {
                for (Effect e : s.effects()) {
                    String id = e.param().contains(".") ? e.param().substring(e.param().indexOf('.') + 1) : e.param();
                    assertTrue(params.contains(id), m.id() + ": " + s.id() + " changes " + e.param());
                }
            }
            assertTrue(m.solution("automation").isPresent(), m.id() + " has fixed costs, so automation");
            assertEquals(params.contains("marketing_budget") || params.contains("sales_team_cost"),
                    m.solution("spend-policy").isPresent(), m.id() + ": spend policy needs acquisition spend");
            assertEquals(params.contains("monthly_churn"), m.solution("retention-program").isPresent(), m.id());
            // the seed's own solutions come first, the strategies after them
            List<String> ids = m.solutions().stream().map(Solution::id).toList();
            int firstStrategy = ids.indexOf("automation");
            assertTrue(ids.subList(firstStrategy, ids.size()).stream().allMatch(STRATEGIES::contains), m.id() + ": " + ids);
        }
    }

    @Test
    void theSpendPolicyIsARuleOnLastMonthsPayback() {
        Solution policy = Catalog.find("subscription-saas").orElseThrow().solution("spend-policy").orElseThrow();
        Effect budget = policy.effects().get(0);
        assertEquals("marketing_budget", budget.param());
        assertEquals("cac_payback", budget.when().metric());
        assertTrue(budget.when().above());
        assertEquals(GeneralStrategies.PAYBACK_BOUND, budget.when().threshold());
    }

    @Test
    void effectsOnMissingParametersAreLeftOutAndCostsScaleWithFixedCosts() {
        BusinessModel custom = Catalog.find("custom-development").orElseThrow();
        assertFalse(custom.solution("spend-policy").isPresent(), "no marketing budget or sales team to cut");
        Solution partnerships = custom.solution("partnerships").orElseThrow();
        List<String> changed = partnerships.effects().stream().map(Effect::param).toList();
        assertEquals(List.of("projects_per_month", "payment_fees"), changed);
        double fixed = custom.defaultFor(null, "fixed_costs").value().mean();
        Solution automation = custom.solution("automation").orElseThrow();
        assertEquals(fixed, automation.oneTimeCost().quantile(0.5), 0.2 * fixed, "about a month of fixed costs");
        BusinessModel api = Catalog.find("api-access").orElseThrow();
        assertTrue(api.solution("automation").orElseThrow().oneTimeCost().mean()
                > custom.solution("automation").orElseThrow().oneTimeCost().mean(), "a bigger team costs more to automate");
    }
}
