package dev.scalesim.report.chart;

import dev.scalesim.analysis.Analysed;
import dev.scalesim.kernel.Results;
import java.util.List;

/** Which decision-analytics charts a scenario gets: each only when its analysis ran. */
final class AnalyticsCharts {
    private AnalyticsCharts() {
    }

    static void add(List<Export.Job> jobs, ChartContext ctx, Analysed a) {
        Results r = a.results();
        if (!TornadoChart.rows(a.sensitivity()).isEmpty()) {
            jobs.add(new Export.Job(ChartFile.TORNADO.stem(), () -> TornadoChart.create(ctx, r, a.sensitivity())));
        }
        if (!r.milestones().isEmpty()) {
            jobs.add(new Export.Job(ChartFile.MILESTONES.stem(), () -> MilestoneChart.create(ctx, r)));
        }
        if (a.plans() != null) {
            jobs.add(new Export.Job(ChartFile.PLANS.stem(), () -> PlanChart.create(ctx, a.plans())));
            if (InteractionChart.applies(a.plans())) {
                jobs.add(new Export.Job(ChartFile.PLAN_INTERACTIONS.stem(), () -> InteractionChart.create(ctx, a.plans())));
            }
        }
    }
}
