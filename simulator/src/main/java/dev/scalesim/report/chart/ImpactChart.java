package dev.scalesim.report.chart;

import dev.scalesim.analysis.Decisions;
import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Unit;
import dev.scalesim.stats.PairedDelta;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Solution impact: each solution's and plan's paired effect against the baseline over the same
 * trials on ARR at the horizon, on the chance of running out of cash and on minimum cash, side by
 * side, arms ranked for growth ({@link Decisions.Objective#GROWTH}). Each bar is the mean change
 * with its 95% interval (how well the simulation knows the mean); the thin grey line behind is the
 * change's P5-P95 across trials (how much it varies from one future to another). An arm that
 * raises the cash-out risk ({@link Decisions.Effect#raisesCashOutRisk}) is marked in its label.
 */
public final class ImpactChart {
    /** Share of the value axis kept free for value labels. */
    static final double LABEL_ROOM = 0.42;
    /** Appended to the label of an arm that raises the chance of running out of cash. */
    static final String RISK_MARK = " \u25b2";

    private ImpactChart() {
    }

    /** Arms other than the baseline, best for growth first. */
    static List<Integer> ranked(ChartContext ctx, Results r) {
        List<String> names = r.arms().stream().map(Arm::name).toList();
        return Decisions.of(r).ranking(Decisions.Objective.GROWTH).stream().map(names::indexOf).toList();
    }

    public static JFreeChart create(ChartContext ctx, Results r) {
        List<Integer> arms = ranked(ctx, r);
        Decisions decisions = Decisions.of(r);
        List<String> labels = arms.stream().map(a -> ctx.arm(a)
                + (decisions.effect(ctx.arm(a)).map(Decisions.Effect::raisesCashOutRisk).orElse(false) ? RISK_MARK : ""))
                .toList();
        CategoryAxis armsAxis = new CategoryAxis(null);
        armsAxis.setCategoryMargin(0.25);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(armsAxis);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setGap(20);
        plot.add(panel(ctx, r, arms, labels, Outcomes.ARR_END, "ARR at month " + ctx.months(), Unit.USD), 1);
        plot.add(panel(ctx, r, arms, labels, Outcomes.P_CASH_OUT, "Chance of running out of cash",
                Unit.FRACTION), 1);
        plot.add(panel(ctx, r, arms, labels, Outcomes.CASH_MIN, "Minimum cash", Unit.USD), 1);
        Theme.style(plot);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        String title = "Solution impact: change in ARR, in cash-out risk and in minimum cash";
        String note = "Mean change against the baseline on the same " + Theme.count(ctx.trials(), "trial")
                + " (bar) with its 95% interval (black whisker); grey line: P5-P95 of the change across trials "
                + "(a yes/no outcome such as running out of cash changes by -1, 0 or +1: see index.html for its shares). "
                + "Ranked for growth (" + Decisions.Objective.GROWTH.meaning() + ")"
                + (decisions.risky().isEmpty() ? "." : "; \u25b2 marks an arm that raises the chance of running out of cash.");
        return Theme.chart(plot, title, note, ctx.provenance(), false);
    }

    private static CategoryPlot panel(ChartContext ctx, Results r, List<Integer> arms, List<String> names, int outcome,
            String label, Unit unit) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int n = arms.size();
        Color[][] colors = new Color[1][n];
        double[][] low = new double[1][n];
        double[][] high = new double[1][n];
        double[][] spreadLow = new double[1][n];
        double[][] spreadHigh = new double[1][n];
        String[][] labels = new String[1][n];
        boolean positive = false;
        boolean negative = false;
        for (int i = 0; i < n; i++) {
            int a = arms.get(i);
            PairedDelta d = r.paired(a, outcome);
            data.addValue(d.deltaMean(), "change", names.get(i));
            colors[0][i] = ctx.style(a).color();
            low[0][i] = d.ciLow();
            high[0][i] = d.ciHigh();
            // a yes/no outcome's change is -1, 0 or +1 in a trial: its P5-P95 would span the axis
            spreadLow[0][i] = unit == Unit.FRACTION ? Double.NaN : d.p5();
            spreadHigh[0][i] = unit == Unit.FRACTION ? Double.NaN : d.p95();
            labels[0][i] = unit == Unit.FRACTION ? ShortNumberFormat.points(d.deltaMean())
                    : ShortNumberFormat.moneyDelta(d.deltaMean());
            positive |= d.deltaMean() >= 0;
            negative |= d.deltaMean() < 0;
        }
        NumberAxis value = Theme.valueAxis(label, unit);
        value.setAutoRangeIncludesZero(true);
        // room for the value labels past the bars, on the side(s) where bars point
        // three panels share the width: more room for the labels than a one-panel chart needs
        value.setUpperMargin(positive ? 1.5 * LABEL_ROOM : 0.02);
        value.setLowerMargin(negative ? 1.5 * LABEL_ROOM : 0.02);
        CategoryPlot panel = new CategoryPlot(data, null, value,
                new WhiskerBarRenderer(colors, low, high, spreadLow, spreadHigh, labels));
        panel.addRangeMarker(new ValueMarker(0, Palette.AXIS, new BasicStroke(1.2f)));
        Theme.style(panel);
        return panel;
    }
}
