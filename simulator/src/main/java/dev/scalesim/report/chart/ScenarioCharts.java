package dev.scalesim.report.chart;

import dev.scalesim.analysis.Analysed;
import dev.scalesim.analysis.Decisions;
import dev.scalesim.kernel.CoreMetrics;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;

/**
 * The charts of one scenario and how each is built: fan charts of MRR, customers and cash,
 * solution impact, the ARR distribution, running out of cash, time to breakeven, cohort
 * retention, and one fan chart per model-specific view ({@code BusinessModel.views()}).
 */
public final class ScenarioCharts {
    private static final Set<String> CORE_FANS = Set.of("mrr", "customers", "cash");

    private ScenarioCharts() {
    }

    /** Renders every chart of the scenario into {@code dir} as PNG and SVG, on up to {@code threads} threads. */
    public static void render(Scenario s, Results r, String version, Path dir, int threads) throws IOException {
        render(s, Analysed.of(r), version, dir, threads);
    }

    /** Renders every chart, decision analytics included. */
    public static void render(Scenario s, Analysed a, String version, Path dir, int threads) throws IOException {
        Export.headless();
        Export.all(jobs(s, a, version), dir, threads);
    }

    public static List<Export.Job> jobs(Scenario s, Results r, String version) {
        return jobs(s, Analysed.of(r), version);
    }

    /** The charts a scenario gets; charts that need a solution are left out when it runs none. */
    public static List<Export.Job> jobs(Scenario s, Analysed analysed, String version) {
        Results r = analysed.results();
        ChartContext ctx = ChartContext.of(s, r, version);
        List<Export.Job> jobs = new ArrayList<>();
        jobs.add(new Export.Job(ChartFile.FAN_MRR.stem(),
                () -> FanChart.create(ctx, r, CoreMetrics.MRR, "Monthly recurring revenue (MRR) by month",
                        "MRR", true)));
        jobs.add(new Export.Job(ChartFile.FAN_CUSTOMERS.stem(),
                () -> FanChart.create(ctx, r, CoreMetrics.CUSTOMERS, "Paying customers by month", "Customers",
                        true)));
        jobs.add(new Export.Job(ChartFile.FAN_CASH.stem(),
                () -> FanChart.create(ctx, r, CoreMetrics.CASH, "Cash at the end of each month", "Cash",
                        true)));
        if (ctx.arms() > 1) {
            jobs.add(new Export.Job(ChartFile.IMPACT.stem(), () -> ImpactChart.create(ctx, r)));
        }
        jobs.add(new Export.Job(ChartFile.ARR_CDF.stem(), () -> CdfChart.create(ctx, r)));
        jobs.add(new Export.Job(ChartFile.CASH_OUT.stem(), () -> cashOut(ctx, r)));
        jobs.add(new Export.Job(ChartFile.BREAKEVEN.stem(), () -> breakeven(ctx, r)));
        jobs.add(new Export.Job(ChartFile.RETENTION_BASELINE.stem(), () -> RetentionHeatmap.create(ctx, r, 0)));
        int contrast = RetentionHeatmap.contrastArm(ctx, r);
        if (contrast > 0) {
            jobs.add(new Export.Job(ChartFile.RETENTION_BEST.stem(), () -> RetentionHeatmap.create(ctx, r, contrast)));
        }
        AnalyticsCharts.add(jobs, ctx, analysed);
        for (String view : s.model().views()) {
            if (CORE_FANS.contains(view)) {
                continue;  // already charted above
            }
            int k = r.monthlyIndex(view);
            Metric m = r.monthlyMetrics().get(k);
            jobs.add(new Export.Job(ChartFile.view(view),
                    () -> FanChart.create(ctx, r, k, sentence(m), m.id(), false)));
        }
        return jobs;
    }

    private static JFreeChart cashOut(ChartContext ctx, Results r) {
        return ByMonthChart.create(ctx, r, CoreMetrics.CASH_OUT, Decisions.Objective.SURVIVAL,
                "Probability of having run out of cash by each month",
                "Share of trials whose cash has gone below zero by that month; the legend gives the share by month "
                        + ctx.months() + ".",
                "Probability", a -> ctx.arm(a) + " ("
                        + ShortNumberFormat.percent(r.monthlyMean(a, CoreMetrics.CASH_OUT, ctx.months())) + ")");
    }

    private static JFreeChart breakeven(ChartContext ctx, Results r) {
        return ByMonthChart.create(ctx, r, CoreMetrics.BREAKEVEN_REACHED, Decisions.Objective.EFFICIENCY,
                "Time to breakeven: share of trials broken even by each month",
                "Share of trials with at least one month of positive EBITDA by that month; the legend gives the "
                        + "median month of breakeven.",
                "Probability", a -> ctx.arm(a) + " (" + medianBreakeven(ctx, r, a) + ")");
    }

    static String medianBreakeven(ChartContext ctx, Results r, int arm) {
        double median = Math.round(r.outcomeQuantile(arm, Outcomes.BREAKEVEN_MONTH, 0.5));
        return Double.isNaN(median) || median > ctx.months() ? "median: not by month " + ctx.months() : "median: month " + (long) median;
    }

    /** A metric's meaning as a title: first letter upper case. */
    static String sentence(Metric m) {
        String s = m.meaning();
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
