package dev.scalesim.report.chart;

import dev.scalesim.analysis.PlanSearch;
import dev.scalesim.kernel.Unit;
import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Interactions of the plan search: for the best plans of two or more solutions, the plan's
 * paired effect on ARR next to the sum of its solutions' own effects. A plan whose bar falls
 * short of the sum has solutions that overlap (they compete for the same customers or costs);
 * one that exceeds it has solutions that reinforce each other.
 */
public final class InteractionChart {
    static final int MAX_PLANS = 10;

    private InteractionChart() {
    }

    /** Whether the search has a plan of two or more solutions to show. */
    public static boolean applies(PlanSearch.Result result) {
        return result.plans().stream().anyMatch(p -> p.solutions().size() > 1);
    }

    public static JFreeChart create(ChartContext ctx, PlanSearch.Result result) {
        List<PlanSearch.Plan> plans = result.plans().stream().filter(p -> p.solutions().size() > 1)
                .sorted(Comparator.comparingDouble((PlanSearch.Plan p) -> -p.arrMean()).thenComparing(PlanSearch.Plan::name))
                .limit(MAX_PLANS).toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (PlanSearch.Plan p : plans) {
            data.addValue(p.effect().deltaMean(), "The plan's effect", p.name());
            data.addValue(p.sumOfParts(), "Sum of its solutions' own effects", p.name());
        }
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setSeriesPaint(0, new Color(0x0072B2));
        bars.setSeriesPaint(1, new Color(0xBBBBBB));
        bars.setItemMargin(0.05);
        CategoryAxis names = new CategoryAxis(null);
        NumberAxis value = Theme.valueAxis("Paired change in ARR at month " + ctx.months(), Unit.USD);
        value.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot(data, names, value, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Theme.style(plot);
        String title = "Plan interactions: each plan's effect on ARR against the sum of its parts";
        String note = "Best plans of two or more solutions by expected ARR. Shorter than the sum: the solutions overlap; "
                + "longer: they reinforce each other. Paired over the same " + Theme.count(result.trials(), "trial")
                + "; plans.csv gives each interaction's 95% interval.";
        return Theme.chart(plot, title, note, ctx.provenance(), true);
    }
}
