package dev.scalesim.report.chart;

import dev.scalesim.analysis.Sensitivity;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Unit;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The tornado of ARR at the horizon: for each uncertain input (the most influential at the top),
 * how far the baseline's mean ARR moves when the input is in its lowest tenth of trials and in
 * its highest, against the overall mean. Inputs are ranked by first-order Sobol index (the index
 * and Spearman's rho are in sensitivity.csv); each label gives the input's title and segment,
 * marked when it is a model default the file never set, and each bar ends with the value that
 * bounds its tenth of trials (the input's P10 or P90).
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
        TornadoLabels names = new TornadoLabels(r.simulation().params());
        List<XYTextAnnotation> ends = new ArrayList<>();
        boolean defaults = false;
        for (int i = 0; i < rows.size(); i++) {
            Sensitivity.Row row = rows.get(i);
            double x = rows.size() - 1 - i;  // most influential at the top
            labels[(int) x] = names.label(row.input());
            defaults |= names.isDefault(row.input());
            Optional<String[]> values = names.lowHigh(row.input());
            if (values.isPresent()) {
                ends.add(end(x, row.lowMean() - mean, "\u2264 " + values.get()[0]));
                ends.add(end(x, row.highMean() - mean, "\u2265 " + values.get()[1]));
            }
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
        change.setLowerMargin(0.22);  // room for the values at the bar ends
        change.setUpperMargin(0.22);
        XYPlot plot = new XYPlot(data, inputs, change, bars);
        ends.forEach(plot::addAnnotation);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Theme.style(plot);
        plot.addRangeMarker(new ValueMarker(0, Palette.AXIS, new BasicStroke(1.2f)));
        String title = "What drives ARR at month " + ctx.months() + ": uncertain inputs ranked";
        String note = "Baseline. Each bar: mean ARR over the trials where the input is in its lowest (blue) or highest "
                + "(orange) tenth, against the overall mean; at its end, the input's value bounding that tenth. "
                + "Ranked by the share of ARR's variance the input explains alone (sensitivity.csv). "
                + (defaults ? "*: a model default the scenario file never set. " : "") + "From the first "
                + String.format(Locale.ROOT, "%,d", rows.isEmpty() ? 0 : rows.get(0).trials()) + " trials.";
        return Theme.chart(plot, title, note, ctx.provenance(), true);
    }

    private static Color withAlpha(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 215);
    }

    /** A value label just past a bar's end, on the bar's side of zero. */
    private static XYTextAnnotation end(double x, double change, String text) {
        XYTextAnnotation a = new XYTextAnnotation(" " + text + " ", x, change);
        a.setFont(Theme.TICK);
        a.setPaint(Palette.TEXT);
        a.setTextAnchor(change < 0 ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
        return a;
    }
}
