package dev.scalesim.report.chart;

import dev.scalesim.analysis.Decisions;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Unit;
import java.util.function.IntFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A probability by month for every arm, from a monthly 0/1 metric whose mean is the share of
 * trials in which the event has happened by that month: running out of cash ({@code cash_out}),
 * reaching breakeven ({@code breakeven_reached}). Past seven arms it draws the baseline and the
 * arms best under the chart's objective ({@link ChartContext#lineArms}).
 */
public final class ByMonthChart {
    private ByMonthChart() {
    }

    /**
     * @param metric index of the 0/1 monthly metric
     * @param objective what picks the arms drawn past seven
     * @param legend the legend label of an arm, given its index
     */
    public static JFreeChart create(ChartContext ctx, Results r, int metric, Decisions.Objective objective,
            String title, String note, String axisLabel, IntFunction<String> legend) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = Theme.lines(ctx.months());
        double max = 0;
        int[] arms = ctx.lineArms(objective);
        for (int i = 0; i < arms.length; i++) {
            int a = arms[i];
            XYSeries s = new XYSeries(legend.apply(a), false, true);
            for (int t = 1; t <= ctx.months(); t++) {
                double p = r.monthlyMean(a, metric, t);
                if (Double.isFinite(p)) {
                    s.add(t, p);
                    max = Math.max(max, p);
                }
            }
            data.addSeries(s);
            ArmStyle style = ctx.style(a);
            lines.setSeriesPaint(i, style.color());
            lines.setSeriesStroke(i, style.line(a == 0 ? 3.2f : 2.4f));
        }
        NumberAxis share = Theme.valueAxis(axisLabel, Unit.FRACTION);
        // small probabilities get an axis that shows them; never past 100%
        share.setRange(0, Math.min(1, Math.max(0.05, max * 1.15)));
        XYPlot plot = new XYPlot(data, Theme.monthAxis(ctx.months()), share, lines);
        Theme.style(plot);
        return Theme.chart(plot, title, note + ctx.lineNote(objective), ctx.provenance(), true);
    }
}
