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
 * CI or P5-P95) and an optional value label placed past the bar's or whisker's end. Indexed
 * [series][category]; NaN whisker ends and null labels are skipped. Horizontal plots only.
 */
final class WhiskerBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private static final double LABEL_GAP = 6;

    private final Color[][] colors;
    private final double[][] low;
    private final double[][] high;
    private final String[][] labels;

    WhiskerBarRenderer(Color[][] colors, double[][] low, double[][] high, String[][] labels) {
        this.colors = colors;
        this.low = low;
        this.high = high;
        this.labels = labels;
        setBarPainter(new StandardBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(false);
        setItemMargin(0.08);
        setMaximumBarWidth(0.12);
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
                for (double v : new double[] {low[row][column], high[row][column]}) {
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
        if (Double.isFinite(lo) && Double.isFinite(hi)) {
            double x0 = rangeAxis.valueToJava2D(lo, dataArea, edge);
            double x1 = rangeAxis.valueToJava2D(hi, dataArea, edge);
            double cap = Math.max(3, state.getBarWidth() * 0.3);
            g2.setPaint(Palette.TEXT);
            g2.setStroke(new BasicStroke(1.6f));
            g2.draw(new Line2D.Double(x0, center, x1, center));
            g2.draw(new Line2D.Double(x0, center - cap, x0, center + cap));
            g2.draw(new Line2D.Double(x1, center - cap, x1, center + cap));
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
        float baseline = (float) (center + (fm.getAscent() - fm.getDescent()) / 2.0);
        if (value.doubleValue() >= 0) {
            double x = rangeAxis.valueToJava2D(Math.max(end, 0), dataArea, edge) + LABEL_GAP;
            g2.drawString(label, (float) x, baseline);
        } else {
            double x = rangeAxis.valueToJava2D(Math.min(start, 0), dataArea, edge) - LABEL_GAP;
            g2.drawString(label, (float) (x - fm.stringWidth(label)), baseline);
        }
    }
}
