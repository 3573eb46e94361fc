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
            assertEquals(!m.id().equals("custom-development"), m.solution("automation").isPresent(),
                    m.id() + ": automation wherever an engineering team grows with the business");
            assertEquals(params.contains("marketing_budget") || params.contains("sales_team_cost"),
                    m.solution("spend-policy").isPresent(), m.id() + ": spend policy needs acquisition spend");
            assertEquals(params.contains("monthly_churn"), m.solution("retention-program").isPresent(), m.id());
            // the seed's own solutions come first, the strategies after them
            List<String> ids = m.solutions().stream().map(Solution::id).toList();
            int firstStrategy = ids.stream().filter(STRATEGIES::contains).findFirst().map(ids::indexOf).orElseThrow();
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
    void effectsOnMissingParametersAreLeftOutAndCostsScaleWithOperatingCosts() {
        BusinessModel custom = Catalog.find("custom-development").orElseThrow();
        assertFalse(custom.solution("spend-policy").isPresent(), "no marketing budget or sales team to cut");
        Solution partnerships = custom.solution("partnerships").orElseThrow();
        List<String> changed = partnerships.effects().stream().map(Effect::param).toList();
        assertEquals(List.of("projects_per_month", "payment_fees"), changed);
        assertFalse(custom.solution("automation").isPresent(), "no engineering team that grows with the business");
        // F = fixed costs plus the starting team's payroll: a month of operating costs before customers
        BusinessModel saas = Catalog.find("subscription-saas").orElseThrow();
        double base = Economics.operatingBase(saas);
        double fixed = saas.defaultFor(null, "fixed_costs").value().mean();
        double team = Math.round(saas.defaultFor(null, "engineering_base").value().mean())
                * saas.defaultFor(null, "engineering_cost").value().mean()
                + saas.defaultFor(null, "ga_cost").value().mean();
        assertEquals(fixed + team, base, 1e-6, "five base engineers and one G&A head");
        Solution automation = saas.solution("automation").orElseThrow();
        assertEquals(base, automation.oneTimeCost().quantile(0.5), 0.2 * base, "about a month of operating costs");
        BusinessModel api = Catalog.find("api-access").orElseThrow();
        assertTrue(api.solution("automation").orElseThrow().oneTimeCost().mean()
                > saas.solution("automation").orElseThrow().oneTimeCost().mean(), "a bigger team costs more to automate");
    }
}
