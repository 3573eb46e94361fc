package dev.scalesim.report;

import dev.scalesim.analysis.MilestoneStats;
import dev.scalesim.analysis.PlanSearch;
import dev.scalesim.analysis.Sensitivity;
import dev.scalesim.kernel.Milestone;
import dev.scalesim.kernel.Results;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The decision-analytics tables of a scenario report: sensitivity, milestones, plans. */
public final class AnalyticsTables {
    public static final String SENSITIVITY = "sensitivity.csv";
    public static final String MILESTONES = "milestones.csv";
    public static final String PLANS = "plans.csv";

    /** Month quantiles {@code milestones.csv} reports. */
    static final double[] MONTH_QUANTILES = {0.10, 0.25, 0.50, 0.75, 0.90};

    private AnalyticsTables() {
    }

    /**
     * {@code scenario,arm,outcome,input,rank,spearman,spearman_ci_low,spearman_ci_high,sobol_first,
     * mean_if_input_low,mean_if_input_high,trials_analysed,trials_run}: per target (the baseline's
     * outcome, or another arm's paired change in ARR), every uncertain input ranked.
     */
    public static void sensitivity(Results r, List<Sensitivity.Row> rows, Path file) throws IOException {
        try (CsvTable t = new CsvTable(file, "scenario", "arm", "outcome", "input", "rank", "spearman", "spearman_ci_low",
                "spearman_ci_high", "sobol_first", "mean_if_input_low", "mean_if_input_high", "trials_analysed",
                "trials_run")) {
            String name = r.simulation().name();
            for (Sensitivity.Row row : rows) {
                t.text(name).text(row.arm()).text(row.outcome()).text(row.input()).number(row.rank())
                        .quantile(row.spearman()).quantile(row.spearmanLow()).quantile(row.spearmanHigh())
                        .quantile(row.sobol()).number(row.lowMean()).number(row.highMean()).number(row.trials())
                        .number(r.trials()).endRow();
            }
        }
    }

    /**
     * {@code scenario,arm,milestone,p_reached,month_p10,month_p25,month_p50,month_p75,month_p90,
     * mean_month_if_reached,trials}: per arm and milestone; a month quantile is blank when that
     * share of trials has not reached the milestone by the horizon.
     */
    public static void milestones(Results r, Path file) throws IOException {
        try (CsvTable t = new CsvTable(file, "scenario", "arm", "milestone", "p_reached", "month_p10", "month_p25",
                "month_p50", "month_p75", "month_p90", "mean_month_if_reached", "trials")) {
            String name = r.simulation().name();
            List<Milestone> ms = r.milestones();
            for (int a = 0; a < r.arms().size(); a++) {
                for (int k = 0; k < ms.size(); k++) {
                    t.text(name).text(r.arms().get(a).name()).text(ms.get(k).label())
                            .number(MilestoneStats.reached(r, a, k));
                    for (double q : MONTH_QUANTILES) {
                        t.number(MilestoneStats.monthQuantile(r, a, k, q));
                    }
                    t.number(MilestoneStats.meanMonthIfReached(r, a, k)).number(r.trials()).endRow();
                }
            }
        }
    }

    /**
     * {@code scenario,plan,solutions,cost,arr_mean,arr_p5,p_cash_out,risk_mean,delta_arr,
     * delta_ci_low,delta_ci_high,sum_of_parts,interaction,interaction_ci_low,interaction_ci_high,
     * within_budget,within_risk,pareto,stage,trials}: the baseline, then every plan evaluated, best
     * mean ARR first. The interaction's interval is over the trials the search kept per plan.
     */
    public static void plans(String scenario, PlanSearch.Result result, Path file) throws IOException {
        try (CsvTable t = new CsvTable(file, "scenario", "plan", "solutions", "cost", "arr_mean", "arr_p5", "p_cash_out",
                "risk_mean", "delta_arr", "delta_ci_low", "delta_ci_high", "sum_of_parts", "interaction",
                "interaction_ci_low", "interaction_ci_high", "within_budget", "within_risk", "pareto", "stage", "trials")) {
            for (PlanSearch.Plan p : result.plans()) {
                boolean base = p.solutions().isEmpty();
                t.text(scenario).text(p.name()).number(p.solutions().size()).number(p.cost()).number(p.arrMean())
                        .quantile(p.arrP5()).number(p.pCashOut()).number(p.riskMean())
                        .number(base ? 0 : p.effect().deltaMean()).number(base ? Double.NaN : p.effect().ciLow())
                        .number(base ? Double.NaN : p.effect().ciHigh()).number(base ? 0 : p.sumOfParts())
                        .number(base ? 0 : p.interaction())
                        .number(p.interactionCi() == null ? Double.NaN : p.interactionCi().ciLow())
                        .number(p.interactionCi() == null ? Double.NaN : p.interactionCi().ciHigh())
                        .text(yes(p.withinBudget())).text(yes(p.withinRisk()))
                        .text(yes(p.pareto())).number(p.stage()).number(result.trials()).endRow();
            }
        }
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }
}
