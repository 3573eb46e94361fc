package dev.scalesim.report.chart;

import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Unit;
import dev.scalesim.stats.PairedDelta;
import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Solution impact: each solution's and plan's paired effect (mean change against the baseline
 * over the same trials, with its 95% interval) on ARR at the horizon and on minimum cash, side by
 * side, arms ranked by the ARR effect.
 */
public final class ImpactChart {
    /** Share of the value axis kept free for value labels. */
    static final double LABEL_ROOM = 0.42;

    private ImpactChart() {
    }

    /** Arms other than the baseline, best ARR effect first. */
    static List<Integer> ranked(ChartContext ctx, Results r) {
        return IntStream.range(1, ctx.arms()).boxed()
                .sorted(Comparator.comparingDouble((Integer a) -> -r.paired(a, Outcomes.ARR_END).deltaMean())
                        .thenComparing(a -> a))
                .toList();
    }

    public static JFreeChart create(ChartContext ctx, Results r) {
        List<Integer> arms = ranked(ctx, r);
        CategoryAxis armsAxis = new CategoryAxis(null);
        armsAxis.setCategoryMargin(0.25);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(armsAxis);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setGap(28);
        plot.add(panel(ctx, r, arms, Outcomes.ARR_END, "Change in ARR at month " + ctx.months()), 1);
        plot.add(panel(ctx, r, arms, Outcomes.CASH_MIN, "Change in minimum cash"), 1);
        Theme.style(plot);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        String title = "Solution impact on ARR at month " + ctx.months() + " and on minimum cash";
        String note = "Mean change against the baseline on the same " + Theme.count(ctx.trials(), "trial")
                + " (bar) with its 95% interval (whisker); ranked by the change in ARR.";
        return Theme.chart(plot, title, note, ctx.provenance(), false);
    }

    private static CategoryPlot panel(ChartContext ctx, Results r, List<Integer> arms, int outcome, String label) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int n = arms.size();
        Color[][] colors = new Color[1][n];
        double[][] low = new double[1][n];
        double[][] high = new double[1][n];
        String[][] labels = new String[1][n];
        boolean positive = false;
        boolean negative = false;
        for (int i = 0; i < n; i++) {
            int a = arms.get(i);
            PairedDelta d = r.paired(a, outcome);
            data.addValue(d.deltaMean(), "change", ctx.arm(a));
            colors[0][i] = ctx.style(a).color();
            low[0][i] = d.ciLow();
            high[0][i] = d.ciHigh();
            labels[0][i] = ShortNumberFormat.moneyDelta(d.deltaMean());
            positive |= d.deltaMean() >= 0;
            negative |= d.deltaMean() < 0;
        }
        NumberAxis value = Theme.valueAxis(label, Unit.USD);
        value.setAutoRangeIncludesZero(true);
        // room for the value labels past the bars, on the side(s) where bars point
        value.setUpperMargin(positive ? LABEL_ROOM : 0.02);
        value.setLowerMargin(negative ? LABEL_ROOM : 0.02);
        CategoryPlot panel = new CategoryPlot(data, null, value, new WhiskerBarRenderer(colors, low, high, labels));
        panel.addRangeMarker(new ValueMarker(0, Palette.AXIS, new java.awt.BasicStroke(1.2f)));
        Theme.style(panel);
        return panel;
    }
}
