package dev.scalesim.report.chart;

import dev.scalesim.analysis.Decisions;
import dev.scalesim.analysis.MilestoneStats;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Unit;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Milestones: one panel per milestone (up to {@value #MAX_PANELS}), the probability of having
 * reached it by each month for every arm; the legend is the arms', shared by the panels.
 */
public final class MilestoneChart {
    static final int MAX_PANELS = 4;

    private MilestoneChart() {
    }

    public static JFreeChart create(ChartContext ctx, Results r) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Theme.monthAxis(ctx.months()));
        plot.setGap(14);
        int panels = Math.min(MAX_PANELS, r.milestones().size());
        LegendItemCollection legend = null;
        for (int k = 0; k < panels; k++) {
            XYSeriesCollection data = new XYSeriesCollection();
            XYLineAndShapeRenderer lines = Theme.lines(ctx.months());
            int[] arms = ctx.lineArms(Decisions.Objective.GROWTH);
            for (int i = 0; i < arms.length; i++) {
                int a = arms[i];
                XYSeries s = new XYSeries(ctx.arm(a), false, true);
                double[] c = MilestoneStats.cumulative(r, a, k);
                for (int t = 1; t <= c.length; t++) {
                    s.add(t, c[t - 1]);
                }
                data.addSeries(s);
                ArmStyle style = ctx.style(a);
                lines.setSeriesPaint(i, style.color());
                lines.setSeriesStroke(i, style.line(a == 0 ? 3.0f : 2.2f));
            }
            NumberAxis share = Theme.valueAxis(null, Unit.FRACTION);
            share.setRange(0, 1.25);  // headroom for the panel's label
            share.setTickUnit(new NumberTickUnit(0.5, new ShortNumberFormat(ShortNumberFormat.Kind.PERCENT)));
            XYPlot sub = new XYPlot(data, null, share, lines);
            Theme.style(sub);
            XYTextAnnotation label = new XYTextAnnotation(r.milestones().get(k).label() + ": reached by month",
                    ctx.months() > 1 ? 1 + 0.01 * ctx.months() : 0.55, 1.14);
            label.setFont(Theme.LEGEND);
            label.setPaint(Palette.TEXT);
            label.setTextAnchor(TextAnchor.CENTER_LEFT);
            sub.addAnnotation(label);
            plot.add(sub, 1);
            if (legend == null) {
                legend = sub.getLegendItems();
            }
        }
        Theme.style(plot);
        plot.setFixedLegendItems(legend);
        List<String> labels = r.milestones().stream().map(m -> m.label()).toList();
        String title = "Milestones: probability of having reached each by month";
        String note = "Share of " + Theme.count(ctx.trials(), "trial") + " that have reached the milestone by each month, "
                + "each arm drawn." + (labels.size() > panels ? " First " + panels + " of " + labels.size()
                        + " milestones; milestones.csv has every one." : "")
                + ctx.lineNote(Decisions.Objective.GROWTH);
        return Theme.chart(plot, title, note, ctx.provenance(), true);
    }
}
