package dev.scalesim.report.chart;

import dev.scalesim.analysis.Decisions;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Unit;
import java.awt.BasicStroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The distribution of ARR at the horizon for every arm, overlaid as cumulative curves (share of
 * trials ending below each value), drawn through 199 quantiles of each arm's sketch; past seven
 * arms, the baseline and the arms best for growth ({@link ChartContext#lineArms}).
 */
public final class CdfChart {
    /** Quantile levels drawn: 0.5%, 1%, ..., 99.5%. */
    static final int LEVELS = 199;

    private CdfChart() {
    }

    public static JFreeChart create(ChartContext ctx, Results r) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        int[] arms = ctx.lineArms(Decisions.Objective.GROWTH);
        for (int i = 0; i < arms.length; i++) {
            int a = arms[i];
            XYSeries s = new XYSeries(ctx.arm(a), false, true);
            for (int level = 1; level <= LEVELS; level++) {
                double q = level / (LEVELS + 1.0);
                double x = r.outcomeQuantile(a, Outcomes.ARR_END, q);
                if (Double.isFinite(x)) {
                    s.add(x, q);
                }
            }
            data.addSeries(s);
            ArmStyle style = ctx.style(a);
            lines.setSeriesPaint(i, style.color());
            lines.setSeriesStroke(i, style.line(a == 0 ? 3.2f : 2.4f));
        }
        NumberAxis share = Theme.valueAxis("Share of trials below", Unit.FRACTION);
        share.setRange(0, 1);
        XYPlot plot = new XYPlot(data, Theme.valueAxis("ARR at month " + ctx.months(), Unit.USD), share, lines);
        Theme.style(plot);
        plot.setDomainGridlinesVisible(true);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        String title = "ARR at month " + ctx.months() + ": share of trials ending below each value";
        String note = "Cumulative distribution over " + Theme.count(ctx.trials(), "trial")
                + "; a curve further right means more ARR." + ctx.lineNote(Decisions.Objective.GROWTH);
        return Theme.chart(plot, title, note, ctx.provenance(), true);
    }
}
