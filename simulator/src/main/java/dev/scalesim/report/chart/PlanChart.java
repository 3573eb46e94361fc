package dev.scalesim.report.chart;

import dev.scalesim.analysis.PlanSearch;
import dev.scalesim.kernel.Unit;
import dev.scalesim.scenario.Studies;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The plan search's trade-off: every plan evaluated as a point of expected ARR against its
 * downside (the 5th percentile of ARR, or the probability of running out of cash), the Pareto
 * front of the plans within the budget and risk limit joined and labelled, the others hollow.
 */
public final class PlanChart {
    static final Color FRONT = new Color(0x0072B2);
    static final Color FEASIBLE = new Color(0x56B4E9);
    static final Color OTHER = new Color(0xAAAAAA);
    /**
     * Front plans labelled (P1, P2, ... by mean ARR, named in the note: plan names are too long
     * for the plot); longer fronts label the best ones.
     */
    static final int LABELS = 3;

    private PlanChart() {
    }

    /** " P1: a+b (ARR $3.1M); P2: ..." for the labelled front plans. */
    static String names(List<PlanSearch.Plan> labelled) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < labelled.size(); i++) {
            PlanSearch.Plan p = labelled.get(i);
            b.append(i == 0 ? " Front: " : "; ").append("P").append(i + 1).append(" ")
                    .append(p.solutions().isEmpty() ? "baseline" : p.name().replace("+", " + "));
        }
        return b.toString();
    }

    public static JFreeChart create(ChartContext ctx, PlanSearch.Result result) {
        boolean p5 = result.spec().downside() == Studies.Downside.P5_ARR;
        XYSeries front = new XYSeries("Pareto front (within budget and risk limit)", true, true);
        XYSeries feasible = new XYSeries("Other plans within budget and risk limit", false, true);
        XYSeries other = new XYSeries("Over budget or risk limit", false, true);
        XYSeries baseline = new XYSeries("Baseline", false, true);
        List<PlanSearch.Plan> plans = result.plans();
        for (PlanSearch.Plan p : plans) {
            double x = p5 ? p.arrP5() : p.pCashOut();
            if (!Double.isFinite(x) || !Double.isFinite(p.arrMean())) {
                continue;
            }
            if (p.solutions().isEmpty()) {
                baseline.add(x, p.arrMean());
            }
            if (p.pareto()) {
                front.add(x, p.arrMean());
            } else if (!p.solutions().isEmpty()) {
                (p.feasible() ? feasible : other).add(x, p.arrMean());
            }
        }
        List<PlanSearch.Plan> labelled = plans.stream().filter(PlanSearch.Plan::pareto)
                .sorted(Comparator.comparingDouble(p -> -p.arrMean())).limit(LABELS).toList();
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(front);
        data.addSeries(feasible);
        data.addSeries(other);
        data.addSeries(baseline);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesLinesVisible(0, true);
        r.setSeriesPaint(0, FRONT);
        r.setSeriesStroke(0, new BasicStroke(2.2f));
        r.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        r.setSeriesPaint(1, FEASIBLE);
        r.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
        r.setSeriesPaint(2, OTHER);
        r.setSeriesShapesFilled(2, false);
        r.setSeriesShape(2, new Ellipse2D.Double(-4, -4, 8, 8));
        r.setSeriesPaint(3, Palette.BASELINE);
        r.setSeriesShape(3, new Rectangle(-6, -6, 12, 12));
        r.setUseOutlinePaint(false);
        XYItemLabelGenerator names = (dataset, series, item) -> {
            if (series != 0) {
                return null;
            }
            double x = dataset.getXValue(series, item);
            double y = dataset.getYValue(series, item);
            for (int i = 0; i < labelled.size(); i++) {
                PlanSearch.Plan p = labelled.get(i);
                double px = p5 ? p.arrP5() : p.pCashOut();
                if (px == x && p.arrMean() == y) {
                    return "P" + (i + 1);
                }
            }
            return null;
        };
        r.setSeriesItemLabelGenerator(0, names);
        r.setSeriesItemLabelsVisible(0, true);
        r.setSeriesItemLabelFont(0, Theme.LEGEND);
        r.setSeriesItemLabelPaint(0, Palette.TEXT);
        NumberAxis x = p5 ? Theme.valueAxis("Downside: 5th percentile of ARR at month " + ctx.months() + " (higher is safer)",
                Unit.USD) : Theme.valueAxis("Probability of running out of cash (lower is safer)", Unit.FRACTION);
        NumberAxis y = Theme.valueAxis("Expected ARR at month " + ctx.months(), Unit.USD);
        y.setUpperMargin(0.08);  // room for the labels above the top points
        XYPlot plot = new XYPlot(data, x, y, r);
        Theme.style(plot);
        if (!p5) {
            x.setInverted(true);  // safer to the right either way
        }
        String title = "Plan search: expected ARR against downside";
        String constraint = (Double.isInfinite(result.spec().budget()) ? "no budget" : "budget "
                + ShortNumberFormat.money(result.spec().budget())) + (result.spec().risk() == null ? ""
                        : ", risk limit " + result.spec().risk().describe());
        String note = (plans.size() - 1) + " plans of " + result.spec().pool().size() + " solutions ("
                + (result.exhaustive() ? "every combination" : "beam search") + "; " + constraint
                + "), each on the same " + Theme.count(result.trials(), "trial") + " as the baseline. "
                + "Up and right is better." + (plans.stream().anyMatch(PlanSearch.Plan::feasible) ? ""
                        : " No plan meets the budget and risk limit.") + names(labelled);
        return Theme.chart(plot, title, note, ctx.provenance(), true);
    }
}
