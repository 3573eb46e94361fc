package dev.scalesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.scalesim.support.Cli;
import dev.scalesim.support.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad decision-analytics cells are validated like any other: one line per problem with
 * file:line:column, what was expected and the nearest valid id; exit 2; nothing written.
 */
class AnalyticsValidationTest {
    private static final String RUN = "scenario,model,months,trials,seed,solutions";

    @TempDir
    Path dir;

    private List<String> problems(String... lines) {
        Path file = Scenarios.write(dir, "bad.csv", lines);
        Path out = dir.resolve("out");
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString(), "--no-charts");
        assertEquals(Main.BAD_INPUT, run.code(), run.printed());
        assertFalse(Files.exists(out), "nothing is written\n" + run.printed());
        assertFalse(run.err().contains("Exception"), "no stack trace\n" + run.printed());
        List<String> all = Arrays.asList(run.err().split("\n"));
        return all.subList(0, all.size() - 1);
    }

    private String at(int line, int column, String message) {
        return dir.resolve("bad.csv") + ":" + line + ":" + column + ": " + message;
    }

    @Test
    void samplingSensitivityAndMilestones() {
        assertEquals(List.of(
                at(2, 7, "sampling must be mc (plain Monte Carlo) or lhs (Latin hypercube), got 'sobol'"),
                at(2, 8, "sensitivity must be on, off or the trials to analyse (a whole number in [100, 200000]), got '5'"),
                at(2, 9, "milestone 'arr>=ten': expected a number such as 0.05, 5%, 50k, 1.2M or $1,200, got 'ten'"),
                at(2, 9, "milestone 'custmers>=100': 'custmers' is not a monthly metric of model subscription-saas; "
                        + "did you mean 'customers'? (arr, breakeven or a metric of monthly.csv)"),
                at(2, 9, "expected milestones as metric>=value (or >, <=, <) or breakeven, separated by ';', got 'breakeven "
                        + "soon' (e.g. arr>=10M; breakeven; cac_payback<=12)")),
                problems(RUN + ",sampling,sensitivity,milestones",
                        "a,subscription-saas,12,100,1,none,sobol,5,arr>=ten; custmers>=100; breakeven soon"));
    }

    @Test
    void correlations() {
        String header = RUN + ",price,monthly_churn,cac,correlations";
        String inputs = "a,subscription-saas,12,100,1,none,40 to 60,2% to 5%,";
        assertEquals(List.of(at(2, 10, "'monthly_chrun' is not a parameter of model subscription-saas; did you mean "
                + "'monthly_churn'? (uncertain inputs of this row: ")),
                prefix(problems(header, inputs + "300 to 600,price~monthly_chrun=0.5")));
        assertEquals(List.of(at(2, 10, "smb.cac is a constant (400) in this row: only uncertain inputs (a range or "
                + "distribution) can be correlated (uncertain inputs of this row: ")), prefix(problems(header, inputs
                + "400,cac~price=0.5")));
        assertEquals(List.of(at(2, 10, "correlation price~cac=1.5: a rank correlation must be in [-1, 1], got 1.5")),
                problems(header, inputs + "300 to 600,price~cac=1.5"));
        assertEquals(List.of(at(2, 10, "these correlations cannot hold together (their matrix is not positive "
                + "semi-definite): smb.price~smb.cac=0.9; smb.price~smb.monthly_churn=0.9; smb.cac~smb.monthly_churn=-0.9; "
                + "weaken one of them")),
                problems(header, inputs + "300 to 600,price~cac=0.9; price~monthly_churn=0.9; cac~monthly_churn=-0.9"));
        assertEquals(List.of(at(2, 10, "expected correlations as param~param=rho; other~param=rho, got 'price=cac' "
                + "(e.g. cac~monthly_churn=0.5)")), problems(header, inputs + "300 to 600,price=cac"));
    }

    /** The constant-input message lists the row's uncertain inputs, which depend on the model's defaults. */
    private static List<String> prefix(List<String> lines) {
        return lines.stream().map(l -> l.substring(0, l.indexOf("(uncertain inputs of this row: ") + "(uncertain inputs of this row: ".length()))
                .toList();
    }

    @Test
    void precisionAndPlanSearch() {
        assertEquals(List.of(
                at(2, 7, "precision: unknown outcome 'arr_ned'; did you mean 'arr_end'? (expected one of arr_end, "
                        + "revenue_total, customers_end, gross_margin_end, cash_end, cash_min, p_cash_out, breakeven_month, "
                        + "ltv_to_cac, cac_payback_months, p_cac_payback, paid_cac, burn_multiple, nrr, grr, magic_number, rule_of_40, "
                        + "arr_growth, p_raise_needed, dilution, p_default_alive)"),
                at(2, 8, "unknown solution 'faster-onbording'; did you mean 'faster-onboarding'? (expected all or some of: "
                        + "faster-onboarding, customer-success, continuous-innovation, localization, automation, "
                        + "retention-program, partnerships, pricing-optimization, spend-policy, go-global)"),
                at(2, 9, "plan_budget must be a cost > 0 (total expected solution cost over the horizon, e.g. 500k) or "
                        + "blank, got '-5'"),
                at(2, 10, "unknown outcome 'p_cashout'; did you mean 'p_cash_out'? (expected one of arr_end, revenue_total, "
                        + "customers_end, gross_margin_end, cash_end, cash_min, p_cash_out, breakeven_month, ltv_to_cac, "
                        + "cac_payback_months, p_cac_payback, paid_cac, burn_multiple, nrr, grr, magic_number, rule_of_40, "
                        + "arr_growth, p_raise_needed, dilution, p_default_alive)")),
                problems(RUN + ",precision,plan_search,plan_budget,plan_risk",
                        "a,subscription-saas,12,100,1,none,arr_ned:1%,faster-onbording;automation;go-global,-5,p_cashout<=10%"));
        assertEquals(List.of(at(2, 7, "plan_budget needs a plan search: set plan_search to all or to solution ids")),
                problems(RUN + ",plan_budget", "a,subscription-saas,12,100,1,none,500k"));
        assertEquals(List.of(at(2, 7, "a plan search combines at least two solutions, got automation (list them, or use "
                + "all with a solutions column that runs two or more)")),
                problems(RUN + ",plan_search", "a,subscription-saas,12,100,1,automation,all"));
    }
}
