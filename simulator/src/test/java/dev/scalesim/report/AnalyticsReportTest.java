package dev.scalesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.cli.Main;
import dev.scalesim.support.Cli;
import dev.scalesim.support.Csv;
import dev.scalesim.support.Repo;
import dev.scalesim.support.ScenarioFiles;
import dev.scalesim.support.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped decision-analytics example end to end: its tables do not depend on threads, the
 * report folders hold the analytics tables and charts, index.html links them, and --resume keeps
 * the reports (their fingerprints cover the analytics settings).
 */
class AnalyticsReportTest {
    private static final Path EXAMPLE = Repo.scenarios().resolve("decision-analytics.csv");

    private static Cli.Result run(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("run", EXAMPLE.toString(), "--out", out.toString(),
                "--trials", "1000"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void analyticsTablesDoNotDependOnThreads(@TempDir Path dir) throws Exception {
        assertEquals(Main.OK, run(dir.resolve("one"), "--threads", "1", "--no-charts", "--quiet").code());
        assertEquals(Main.OK, run(dir.resolve("three"), "--threads", "3", "--no-charts", "--quiet").code());
        Map<String, byte[]> a = ScenarioFiles.tables(dir.resolve("one"));
        Map<String, byte[]> b = ScenarioFiles.tables(dir.resolve("three"));
        for (String table : List.of("what-drives/sensitivity.csv", "what-drives/milestones.csv", "best-plan/plans.csv",
                "best-plan/milestones.csv", "until-sure/sensitivity.csv")) {
            assertTrue(a.keySet().stream().anyMatch(k -> k.replace('\\', '/').endsWith(table)), table + " in " + a.keySet());
        }
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, b.get(name)), name + " differs"));
    }

    @Test
    void reportsLinkTheirAnalyticsAndResumeKeepsThem(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Cli.Result first = run(out, "--threads", "2");
        assertEquals(Main.OK, first.code(), first.printed());
        String index = Files.readString(out.resolve("index.html"));
        for (String link : List.of("what-drives/sensitivity.csv", "what-drives/milestones.csv", "best-plan/plans.csv",
                "what-drives/charts/tornado.png", "what-drives/charts/milestones.png", "best-plan/charts/plans.png",
                "best-plan/charts/plan-interactions.png")) {
            assertTrue(index.contains("href=\"" + link + "\"") || index.contains("src=\"" + link + "\""), link);
            assertTrue(Files.isRegularFile(out.resolve(link)), link);
        }
        assertTrue(Files.isRegularFile(out.resolve("best-plan/charts/plans.svg")));
        assertTrue(index.contains("<h3>Decision analytics and warnings</h3>"), "a summary per scenario");
        assertTrue(index.contains("What drives ARR most: "), "top drivers");
        assertTrue(index.contains("Best plan within the budget and risk limit (of 31 evaluated): ")
                || index.contains("No plan of the 31 evaluated meets the budget and risk limit."), "best plan");
        assertTrue(index.contains("Milestones reached by the horizon, baseline: arr&gt;=2M "), "milestones, escaped");
        assertTrue(index.contains("Precision arr_end:1%: 1,000 of 1,000 trials; "), "precision");

        List<String[]> sensitivity = Csv.read(out.resolve("what-drives/sensitivity.csv"));
        assertEquals(List.of("scenario", "arm", "outcome", "input", "rank", "spearman", "spearman_ci_low", "spearman_ci_high",
                "sobol_first", "mean_if_input_low", "mean_if_input_high", "trials_analysed", "trials_run"),
                List.of(sensitivity.get(0)));
        List<String[]> arr = sensitivity.stream().filter(r -> r[1].equals("baseline") && r[2].equals("arr_end")).toList();
        for (int i = 0; i < arr.size(); i++) {
            assertEquals(Integer.toString(i + 1), arr.get(i)[4], "ranked");
            double s = Double.parseDouble(arr.get(i)[8]);
            assertTrue(s >= 0 && s <= 1, "a share of variance: " + s);
        }
        assertTrue(sensitivity.stream().anyMatch(r -> r[1].equals("faster-onboarding") && r[3].startsWith(
                "faster-onboarding.")), "an arm's effect is explained by its own effect sizes too");

        Cli.Result again = run(out, "--threads", "2", "--resume");
        assertEquals(Main.OK, again.code(), again.printed());
        assertTrue(again.out().contains("(3 skipped)"), again.out());
        Cli.Result other = run(out, "--threads", "2", "--resume", "--precision", "arr_end:5%", "--no-charts");
        assertTrue(other.out().contains("(0 skipped)"), "a new precision target reruns every scenario: " + other.out());
    }

    /** Sensitivity is on by default, off on request, and has nothing to say when nothing is uncertain. */
    /** The price response's and staffing plan's uncertain defaults, pinned so one input stays uncertain. */
    private static final String PINNED_COLUMNS = ",price_elasticity,churn_price_elasticity,support_load,support_cost,"
            + "success_load,success_cost,engineering_load,engineering_cost,ga_load,ga_cost,sales_cost";
    private static final String PINNED_VALUES = ",0.7,0.3,800,6500,2M,11k,1.2M,16k,8,11k,16k";

    @Test
    void sensitivityOnlyWhereItHasSomethingToExplain(@TempDir Path dir) throws Exception {
        Path file = Scenarios.write(dir, "s.csv",
                "scenario,model,months,trials,seed,solutions,sensitivity,price,monthly_churn,cac,fixed_costs,organic_customers,"
                        + "referral_rate,market_size,cac_growth,free_signups,free_conversion,free_churn,free_cost_per_user,"
                        + "early_churn,expansion,uses_per_customer,cost_per_use" + PINNED_COLUMNS,
                "default,subscription-saas,6,600,1,none,,49,3% to 6%,400,100k,20,0.005,50000,0.2,2000,0.004,0.08,0.5,0.05,0,"
                        + "20,0.05" + PINNED_VALUES,
                "off,subscription-saas,6,600,1,none,off,49,3% to 6%,400,100k,20,0.005,50000,0.2,2000,0.004,0.08,0.5,0.05,0,"
                        + "20,0.05" + PINNED_VALUES,
                "certain,subscription-saas,6,600,1,none,,49,4%,400,100k,20,0.005,50000,0.2,2000,0.004,0.08,0.5,0.05,0,20,0.05"
                        + PINNED_VALUES);
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString(), "--threads", "2", "--quiet");
        assertEquals(Main.OK, r.code(), r.printed());
        assertTrue(Files.isRegularFile(out.resolve("default/sensitivity.csv")));
        assertTrue(Files.isRegularFile(out.resolve("default/charts/tornado.png")));
        List<String[]> rows = Csv.read(out.resolve("default/sensitivity.csv"));
        assertEquals(List.of("smb.monthly_churn"), rows.stream().skip(1).map(x -> x[3]).distinct().toList(),
                "the one uncertain input");
        // more churn, less ARR: the whole 95% interval of Spearman's rho is below zero, and the
        // Sobol index is clearly above the noise floor (0 for an input with no influence)
        assertTrue(Double.parseDouble(rows.get(1)[7]) < 0, "churn lowers ARR: " + String.join(",", rows.get(1)));
        assertTrue(Double.parseDouble(rows.get(1)[8]) > 0.05, "churn explains a share of ARR: " + String.join(",", rows.get(1)));
        for (String scenario : List.of("off", "certain")) {
            assertTrue(!Files.exists(out.resolve(scenario + "/sensitivity.csv")), scenario);
            assertTrue(!Files.exists(out.resolve(scenario + "/charts/tornado.png")), scenario);
        }
    }
}
