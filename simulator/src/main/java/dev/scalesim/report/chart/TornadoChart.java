package dev.scalesim.report.chart;

import dev.scalesim.analysis.Sensitivity;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Unit;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The tornado of ARR at the horizon: for each uncertain input (the most influential at the top),
 * how far the baseline's mean ARR moves when the input is in its lowest tenth of trials and in
 * its highest, against the overall mean. Inputs are ranked by first-order Sobol index; each
 * label gives the index and Spearman's rho.
 */
public final class TornadoChart {
    /** Inputs shown; the rest are in sensitivity.csv. */
    static final int MAX_INPUTS = 12;
    static final Color LOW = new Color(0x0072B2);
    static final Color HIGH = new Color(0xE69F00);
    private static final double HALF_BAR = 0.34;

    private TornadoChart() {
    }

    /** The rows the tornado draws: the baseline's ARR, most influential first. */
    static List<Sensitivity.Row> rows(List<Sensitivity.Row> all) {
        return all.stream().filter(r -> r.arm().equals("baseline") && r.outcome().equals("arr_end"))
                .limit(MAX_INPUTS).toList();
    }

    public static JFreeChart create(ChartContext ctx, Results r, List<Sensitivity.Row> all) {
        List<Sensitivity.Row> rows = rows(all);
        double mean = r.outcomeMean(0, Outcomes.ARR_END);
        XYIntervalSeries low = new XYIntervalSeries("Input in its lowest tenth of trials");
        XYIntervalSeries high = new XYIntervalSeries("Input in its highest tenth");
        String[] labels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Sensitivity.Row row = rows.get(i);
            double x = rows.size() - 1 - i;  // most influential at the top
            labels[(int) x] = row.input() + String.format(Locale.ROOT, "  (S %.2f, \u03c1 %+.2f)", orZero(row.sobol()),
                    orZero(row.spearman()));
            low.add(x, x - HALF_BAR, x + HALF_BAR, row.lowMean() - mean, Math.min(0, row.lowMean() - mean),
                    Math.max(0, row.lowMean() - mean));
            high.add(x, x - HALF_BAR, x + HALF_BAR, row.highMean() - mean, Math.min(0, row.highMean() - mean),
                    Math.max(0, row.highMean() - mean));
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(low);
        data.addSeries(high);
        XYBarRenderer bars = new XYBarRenderer();
        bars.setUseYInterval(true);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setSeriesPaint(0, withAlpha(LOW));
        bars.setSeriesPaint(1, withAlpha(HIGH));
        SymbolAxis inputs = new SymbolAxis(null, labels);
        inputs.setGridBandsVisible(false);
        Theme.style(inputs);
        NumberAxis change = Theme.valueAxis("Change in mean ARR at month " + ctx.months() + " against "
                + ShortNumberFormat.money(mean), Unit.USD);
        change.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, inputs, change, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Theme.style(plot);
        plot.addRangeMarker(new ValueMarker(0, Palette.AXIS, new BasicStroke(1.2f)));
        String title = "What drives ARR at month " + ctx.months() + ": uncertain inputs ranked";
        String note = "Baseline. Each bar: mean ARR over the trials where the input is in its lowest (blue) or highest "
                + "(orange) tenth, against the overall mean. S: share of ARR's variance the input explains alone "
                + "(first-order Sobol); \u03c1: Spearman rank correlation. From the first "
                + String.format(Locale.ROOT, "%,d", rows.isEmpty() ? 0 : rows.get(0).trials()) + " trials.";
        return Theme.chart(plot, title, note, ctx.provenance(), true);
    }

    private static Color withAlpha(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 215);
    }

    private static double orZero(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
