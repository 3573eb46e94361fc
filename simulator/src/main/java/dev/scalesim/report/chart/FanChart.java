package dev.scalesim.report.chart;

import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Results;
import java.awt.geom.Line2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A monthly metric over the horizon as a fan: P5-P95 (light) and P25-P75 (darker) bands over
 * trials and the median line, for the baseline and the best arm, drawn over each other with
 * translucent flat fills so both stay visible.
 */
public final class FanChart {
    private static final float OUTER_ALPHA = 0.16f;
    private static final float INNER_ALPHA = 0.30f;

    private FanChart() {
    }

    /**
     * @param metric index of the monthly metric in {@code r}
     * @param what the metric in words, e.g. "Monthly recurring revenue (MRR) by month"
     * @param axis the value axis's label
     * @param includeZero whether the value axis must show zero
     */
    public static JFreeChart create(ChartContext ctx, Results r, int metric, String what, String axis,
            boolean includeZero) {
        Metric m = r.monthlyMetrics().get(metric);
        XYSeriesCollection medians = new XYSeriesCollection();
        YIntervalSeriesCollection inner = new YIntervalSeriesCollection();
        YIntervalSeriesCollection outer = new YIntervalSeriesCollection();
        XYLineAndShapeRenderer lines = Theme.lines(ctx.months());
        DeviationRenderer innerBands = band(INNER_ALPHA);
        DeviationRenderer outerBands = band(OUTER_ALPHA);
        LegendItemCollection legend = new LegendItemCollection();
        int[] arms = ctx.fanArms();
        // a share never exceeds 100%; the sketches' 0.2% relative error could draw 100.2%
        double max = switch (m.unit()) {
            case FRACTION, FRACTION_PER_MONTH, FRACTION_PER_YEAR -> 1;
            default -> Double.POSITIVE_INFINITY;
        };
        for (int i = 0; i < arms.length; i++) {
            int a = arms[i];
            ArmStyle style = ctx.style(a);
            XYSeries median = new XYSeries(style.arm(), false, true);
            YIntervalSeries mid = new YIntervalSeries(style.arm() + " P25-P75");
            YIntervalSeries wide = new YIntervalSeries(style.arm() + " P5-P95");
            for (int t = 1; t <= ctx.months(); t++) {
                double p50 = quantile(r, a, metric, t, 0.50, max);
                if (Double.isNaN(p50)) {
                    continue;  // undefined this month (e.g. a margin before the first revenue)
                }
                median.add(t, p50);
                mid.add(t, p50, quantile(r, a, metric, t, 0.25, max), quantile(r, a, metric, t, 0.75, max));
                wide.add(t, p50, quantile(r, a, metric, t, 0.05, max), quantile(r, a, metric, t, 0.95, max));
            }
            medians.addSeries(median);
            inner.addSeries(mid);
            outer.addSeries(wide);
            lines.setSeriesPaint(i, style.color());
            lines.setSeriesStroke(i, style.line(3f));
            innerBands.setSeriesFillPaint(i, style.color());
            outerBands.setSeriesFillPaint(i, style.color());
            legend.add(new LegendItem(style.arm() + " (median and bands)", null, null, null,
                    new Line2D.Double(-9, 0, 9, 0), style.line(3f), style.color()));
        }
        NumberAxis value = Theme.valueAxis(axis, m.unit());
        value.setAutoRangeIncludesZero(includeZero);
        XYPlot plot = new XYPlot(medians, Theme.monthAxis(ctx.months()), value, lines);
        plot.setDataset(1, inner);
        plot.setRenderer(1, innerBands);
        plot.setDataset(2, outer);
        plot.setRenderer(2, outerBands);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);  // wide bands first, medians on top
        plot.setFixedLegendItems(legend);
        Theme.style(plot);
        String title = what + (ctx.best() < 0 ? ": baseline" : ": baseline vs " + ctx.arm(ctx.best()));
        String note = "Shaded: P5-P95 (light) and P25-P75 (dark) of the trials each month; line: median. "
                + ctx.bestNote();
        return Theme.chart(plot, title, note, ctx.provenance(), true);
    }

    private static double quantile(Results r, int arm, int metric, int t, double q, double max) {
        return Math.min(max, r.monthlyQuantile(arm, metric, t, q));
    }

    private static DeviationRenderer band(float alpha) {
        DeviationRenderer r = new DeviationRenderer(false, false);
        r.setAlpha(alpha);
        r.setDefaultSeriesVisibleInLegend(false);
        return r;
    }
}
