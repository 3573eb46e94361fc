package dev.scalesim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * Flat horizontal bars, each with its own colour, an optional whisker (an interval such as a 95%
 * CI or P5-P95), an optional spread drawn behind it as a thin grey line with open ends (the P5-P95
 * of a paired change across trials) and an optional value label placed past the bar's, whisker's
 * or spread's end. Indexed [series][category]; NaN ends and null labels are skipped. Horizontal
 * plots only.
 */
final class WhiskerBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private static final double LABEL_GAP = 6;

    private final Color[][] colors;
    private final double[][] low;
    private final double[][] high;
    private final String[][] labels;
    private final double[][] spreadLow;
    private final double[][] spreadHigh;
    /** Labels inside the bar's end where they fit, so a whisker's end is not read as the labelled value. */
    private boolean labelsInside;

    WhiskerBarRenderer(Color[][] colors, double[][] low, double[][] high, String[][] labels) {
        this(colors, low, high, null, null, labels);
    }

    /** With a spread per bar ({@code spreadLow}/{@code spreadHigh} null for none). */
    WhiskerBarRenderer(Color[][] colors, double[][] low, double[][] high, double[][] spreadLow, double[][] spreadHigh,
            String[][] labels) {
        this.colors = colors;
        this.low = low;
        this.high = high;
        this.spreadLow = spreadLow;
        this.spreadHigh = spreadHigh;
        this.labels = labels;
        setBarPainter(new StandardBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(false);
        setItemMargin(0.08);
        setMaximumBarWidth(0.12);
    }

    /** Draws each label inside its bar (at the bar's end) when it fits, past the whisker otherwise. */
    WhiskerBarRenderer labelsInside() {
        labelsInside = true;
        return this;
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        return colors[row][column];
    }

    @Override
    public Range findRangeBounds(CategoryDataset dataset, boolean includeInterval) {
        Range range = super.findRangeBounds(dataset, includeInterval);
        for (int row = 0; row < low.length; row++) {
            for (int column = 0; column < low[row].length; column++) {
                for (double v : new double[] {low[row][column], high[row][column], spread(spreadLow, row, column),
                    spread(spreadHigh, row, column)}) {
                    if (Double.isFinite(v)) {
                        range = range == null ? new Range(v, v) : Range.expandToInclude(range, v);
                    }
                }
            }
        }
        return range;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
            CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        Number value = dataset.getValue(row, column);
        int visibleRow = state.getVisibleSeriesIndex(row);
        if (value == null || visibleRow < 0) {
            return;
        }
        double center = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, visibleRow, column)
                + state.getBarWidth() / 2;
        RectangleEdge edge = plot.getRangeAxisEdge();
        double lo = low[row][column];
        double hi = high[row][column];
        double end = value.doubleValue();
        double start = end;
        double sLo = spread(spreadLow, row, column);
        double sHi = spread(spreadHigh, row, column);
        if (Double.isFinite(sLo) && Double.isFinite(sHi)) {
            whisker(g2, rangeAxis.valueToJava2D(sLo, dataArea, edge), rangeAxis.valueToJava2D(sHi, dataArea, edge),
                    center, Math.max(2, state.getBarWidth() * 0.18), Palette.MUTED, 1.1f);
            start = Math.min(start, sLo);
            end = Math.max(end, sHi);
        }
        if (Double.isFinite(lo) && Double.isFinite(hi)) {
            whisker(g2, rangeAxis.valueToJava2D(lo, dataArea, edge), rangeAxis.valueToJava2D(hi, dataArea, edge),
                    center, Math.max(3, state.getBarWidth() * 0.3), Palette.TEXT, 1.6f);
            start = Math.min(start, lo);
            end = Math.max(end, hi);
        }
        String label = labels[row][column];
        if (label == null) {
            return;
        }
        g2.setFont(Theme.VALUE_LABEL);
        g2.setPaint(Palette.TEXT);
        FontMetrics fm = g2.getFontMetrics();
        if (state.getBarWidth() < 0.8 * (fm.getAscent() + fm.getDescent())) {
            return;  // bars thinner than the text: labels would run into the next bar's; the axis tells
        }
        float baseline = (float) (center + (fm.getAscent() - fm.getDescent()) / 2.0);
        double zero = rangeAxis.valueToJava2D(0, dataArea, edge);
        double barEnd = rangeAxis.valueToJava2D(value.doubleValue(), dataArea, edge);
        if (labelsInside && Math.abs(barEnd - zero) >= fm.stringWidth(label) + 2 * LABEL_GAP) {
            Color bar = colors[row][column];
            // dark text on light bars (orange, yellow, sky blue), white on dark ones
            double luminance = 0.299 * bar.getRed() + 0.587 * bar.getGreen() + 0.114 * bar.getBlue();
            g2.setPaint(luminance > 150 ? Palette.TEXT : Color.WHITE);
            double inside = barEnd >= zero ? barEnd - LABEL_GAP - fm.stringWidth(label) : barEnd + LABEL_GAP;
            g2.drawString(label, (float) inside, baseline);
            return;
        }
        double x = value.doubleValue() >= 0 ? rangeAxis.valueToJava2D(Math.max(end, 0), dataArea, edge) + LABEL_GAP
                : rangeAxis.valueToJava2D(Math.min(start, 0), dataArea, edge) - LABEL_GAP - fm.stringWidth(label);
        double fitted = Math.max(dataArea.getMinX() + 2, Math.min(dataArea.getMaxX() - 2 - fm.stringWidth(label), x));
        if (fitted != x) {
            // no room past the bar inside the panel: the label moves in, on a white ground
            g2.setPaint(new Color(255, 255, 255, 220));
            g2.fill(new Rectangle2D.Double(fitted - 2, baseline - fm.getAscent(), fm.stringWidth(label) + 4,
                    fm.getAscent() + fm.getDescent()));
            g2.setPaint(Palette.TEXT);
        }
        g2.drawString(label, (float) fitted, baseline);
    }

    private static double spread(double[][] ends, int row, int column) {
        return ends == null ? Double.NaN : ends[row][column];
    }

    /** A horizontal whisker from x0 to x1 with end caps of half-height {@code cap}. */
    private static void whisker(Graphics2D g2, double x0, double x1, double center, double cap, Paint paint,
            float width) {
        g2.setPaint(paint);
        g2.setStroke(new BasicStroke(width));
        g2.draw(new Line2D.Double(x0, center, x1, center));
        g2.draw(new Line2D.Double(x0, center - cap, x0, center + cap));
        g2.draw(new Line2D.Double(x1, center - cap, x1, center + cap));
    }
}
