package dev.scalesim.report.chart;

import dev.scalesim.kernel.Unit;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every chart: white background, flat fills (no 3D, shadows or gradients),
 * light grid lines, left-aligned title with the scenario's provenance under it, legend below,
 * and fonts sized for a slide (the canvas is 960 x 540 points, so 14 pt stays readable when the
 * chart fills a 16:9 slide).
 */
public final class Theme {
    public static final int WIDTH = 960;
    public static final int HEIGHT = 540;

    private static final String FAMILY = Font.SANS_SERIF;
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 22);
    static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 15);
    static final Font PROVENANCE = new Font(FAMILY, Font.PLAIN, 13);
    static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 15);
    static final Font TICK = new Font(FAMILY, Font.PLAIN, 14);
    static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 14);
    static final Font VALUE_LABEL = new Font(FAMILY, Font.BOLD, 13);

    private Theme() {
    }

    /**
     * A chart with the theme's title block and legend.
     *
     * @param title what the chart shows, as a sentence
     * @param note how to read it (bands, intervals, which arm is the best), under the title
     * @param provenance scenario, model, trials, seed and version, printed under the note
     * @param legend whether to show the plot's legend
     */
    public static JFreeChart chart(Plot plot, String title, String note, String provenance, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(14, 18, 10, 22));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle t = chart.getTitle();
        t.setPaint(Palette.TEXT);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setTextAlignment(HorizontalAlignment.LEFT);
        t.setMargin(0, 0, 4, 0);
        int index = 0;
        if (note != null && !note.isBlank()) {
            chart.addSubtitle(index++, subtitle(note, SUBTITLE, Palette.TEXT));
        }
        TextTitle source = subtitle(provenance, PROVENANCE, Palette.MUTED);
        source.setMargin(2, 0, 10, 0);
        chart.addSubtitle(index, source);
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(LEGEND);
            l.setItemPaint(Palette.TEXT);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setMargin(8, 0, 0, 0);
            l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        }
        return chart;
    }

    private static TextTitle subtitle(String text, Font font, Color paint) {
        TextTitle t = new TextTitle(text, font);
        t.setPaint(paint);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setTextAlignment(HorizontalAlignment.LEFT);
        t.setPosition(RectangleEdge.TOP);
        return t;
    }

    /** White plot, horizontal grid lines only, no outline. */
    public static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        style(plot.getDomainAxis());
        style(plot.getRangeAxis());
    }

    /** White plot, value grid lines only, no outline. */
    public static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        CategoryAxis domain = plot.getDomainAxis();
        if (domain != null) {  // a subplot of a combined plot shares its parent's axis
            style(domain);
        }
        style(plot.getRangeAxis());
    }

    static void style(CategoryAxis domain) {
        domain.setTickLabelFont(TICK);
        domain.setTickLabelPaint(Palette.TEXT);
        domain.setLabelFont(AXIS_LABEL);
        domain.setLabelPaint(Palette.TEXT);
        domain.setAxisLinePaint(Palette.AXIS);
        domain.setTickMarksVisible(false);
        domain.setMaximumCategoryLabelWidthRatio(0.45f);
    }

    static void style(ValueAxis axis) {
        if (axis == null) {
            return;
        }
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(Palette.TEXT);
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(Palette.TEXT);
        axis.setAxisLinePaint(Palette.AXIS);
        axis.setTickMarkPaint(Palette.AXIS);
    }

    /** A value axis whose ticks read as the unit does: $1.2M, 12%, 350k, 2.5x. */
    public static NumberAxis valueAxis(String label, Unit unit) {
        NumberAxis axis = new NumberAxis(label);
        ShortNumberFormat.Kind kind = switch (unit) {
            case USD, USD_PER_MONTH -> ShortNumberFormat.Kind.MONEY;
            case FRACTION, FRACTION_PER_MONTH, FRACTION_PER_YEAR -> ShortNumberFormat.Kind.PERCENT;
            case MULTIPLIER -> ShortNumberFormat.Kind.MULTIPLIER;
            case COUNT, COUNT_PER_MONTH, COUNT_PER_YEAR, MONTHS, DAYS, NUMBER -> ShortNumberFormat.Kind.COUNT;
        };
        boolean integers = integerTicks(unit);
        axis.setStandardTickUnits(new NumberTickUnitSource(integers, new ShortNumberFormat(kind)));
        axis.setAutoRangeIncludesZero(false);
        // a flat series (every value equal) still gets an axis with readable, distinct ticks
        axis.setAutoRangeMinimumSize(kind == ShortNumberFormat.Kind.PERCENT ? 0.01 : 1);
        style(axis);
        return axis;
    }

    /**
     * Whether ticks step by whole units: counts and months are integers, so a 0-3 deals axis
     * reads 0, 1, 2, 3, never 0.2 of a deal (large counts step by 1k, 10k, ... as before).
     */
    static boolean integerTicks(Unit unit) {
        return switch (unit) {
            case COUNT, COUNT_PER_MONTH, COUNT_PER_YEAR, MONTHS, DAYS -> true;
            default -> false;
        };
    }

    /** Lines for a series of this many points: markers too when there are too few points for a line. */
    static XYLineAndShapeRenderer lines(int points) {
        return new XYLineAndShapeRenderer(true, points < 3);
    }

    /** "1 trial", "10,000 trials". */
    static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** The month axis, 1..months with whole-month ticks. */
    public static NumberAxis monthAxis(int months) {
        NumberAxis axis = new NumberAxis("Month");
        axis.setStandardTickUnits(new NumberTickUnitSource(true, new ShortNumberFormat(ShortNumberFormat.Kind.COUNT)));
        axis.setRange(months > 1 ? 1 : 0.5, months > 1 ? months : 1.5);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        style(axis);
        return axis;
    }
}
