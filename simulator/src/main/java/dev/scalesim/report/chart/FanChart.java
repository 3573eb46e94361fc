package dev.scalesim.report.chart;

import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Unit;
import java.awt.BasicStroke;
import java.awt.Stroke;
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
 * translucent flat fills so both stay visible. A count that stays small (a P95 of at most
 * {@value #SMALL_COUNT}, e.g. deals won a month) is drawn as steps, one flat segment per month:
 * its quantiles are whole numbers, and lines between them would draw slopes no trial has.
 */
public final class FanChart {
    private static final float OUTER_ALPHA = 0.16f;
    private static final float INNER_ALPHA = 0.30f;
    static final int SMALL_COUNT = 10;

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
        boolean steps = smallCount(ctx, r, metric, arms);
        // a step spans its month: from half a month before to half a month after
        double[] at = steps ? new double[] {-0.5, 0.5} : new double[] {0};
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
                double p25 = quantile(r, a, metric, t, 0.25, max);
                double p75 = quantile(r, a, metric, t, 0.75, max);
                double p5 = quantile(r, a, metric, t, 0.05, max);
                double p95 = quantile(r, a, metric, t, 0.95, max);
                for (double dx : at) {
                    median.add(t + dx, p50);
                    mid.add(t + dx, p50, p25, p75);
                    wide.add(t + dx, p50, p5, p95);
                }
            }
            medians.addSeries(median);
            inner.addSeries(mid);
            outer.addSeries(wide);
            legend.add(new LegendItem(style.arm() + " (median and bands)", null, null, null,
                    new Line2D.Double(-9, 0, 9, 0), style.line(3f), style.color()));
            lines.setSeriesPaint(i, style.color());
            lines.setSeriesStroke(i, style.line(3f));
            innerBands.setSeriesFillPaint(i, style.color());
            outerBands.setSeriesFillPaint(i, style.color());
        }
        if (steps) {
            addMeans(ctx, r, metric, arms, medians, lines, legend);
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
                + (steps ? "Whole counts, one step per month; dotted: the mean, which shows a change the "
                        + "whole-number median hides. " : "") + ctx.bestNote();
        return Theme.chart(plot, title, note, ctx.provenance(), true);
    }

    /** The mean per month as a dotted step line of each arm's colour, after the medians. */
    private static void addMeans(ChartContext ctx, Results r, int metric, int[] arms, XYSeriesCollection medians,
            XYLineAndShapeRenderer lines, LegendItemCollection legend) {
        for (int i = 0; i < arms.length; i++) {
            ArmStyle style = ctx.style(arms[i]);
            XYSeries mean = new XYSeries(style.arm() + " mean", false, true);
            for (int t = 1; t <= ctx.months(); t++) {
                double m = r.monthlyMean(arms[i], metric, t);
                if (Double.isFinite(m)) {
                    mean.add(t - 0.5, m);
                    mean.add(t + 0.5, m);
                }
            }
            int series = medians.getSeriesCount();
            medians.addSeries(mean);
            Stroke dotted = new BasicStroke(2f, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND, 10f, new float[] {1f, 4f}, 0f);
            lines.setSeriesPaint(series, style.color());
            lines.setSeriesStroke(series, dotted);
            legend.add(new LegendItem(style.arm() + " (mean)", null, null, null, new Line2D.Double(-9, 0, 9, 0),
                    dotted, style.color()));
        }
    }

    /** True for a count metric whose P95 stays at or below {@value #SMALL_COUNT} every month, in every arm drawn. */
    static boolean smallCount(ChartContext ctx, Results r, int metric, int[] arms) {
        Metric m = r.monthlyMetrics().get(metric);
        if (m.unit() != Unit.COUNT && m.unit() != Unit.COUNT_PER_MONTH) {
            return false;
        }
        for (int a : arms) {
            for (int t = 1; t <= ctx.months(); t++) {
                double p95 = r.monthlyQuantile(a, metric, t, 0.95);
                if (p95 > SMALL_COUNT || p95 != Math.rint(p95) && !Double.isNaN(p95)) {
                    return false;
                }
            }
        }
        return true;
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
