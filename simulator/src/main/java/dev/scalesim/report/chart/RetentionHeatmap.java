package dev.scalesim.report.chart;

import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Unit;
import java.awt.Color;
import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Cohort retention as a heatmap: one row per monthly cohort (month acquired, first at the top),
 * one column per age in months, the cell's colour the share of the cohort's customers still
 * paying at that age, pooled over trials. Cells past the horizon, or of cohorts that won no
 * customer, stay white. Both axes step by the same number of months, and the cells on that
 * grid (every cell up to a 12-month horizon) carry their value, so a slide can be read without
 * the colour legend.
 */
public final class RetentionHeatmap {
    /**
     * Mean absolute difference from the baseline's cells below which an arm's heatmap would look
     * the same as the baseline's: a quarter of a percentage point, far above the pooled noise of
     * an arm that leaves churn alone and far below a visible change of colour.
     */
    static final double SAME = 0.0025;

    private RetentionHeatmap() {
    }

    /**
     * The arm the second heatmap shows: the best arm for growth when its retention differs from
     * the baseline's, otherwise the arm whose retention differs most; -1 when no arm's does (a
     * second heatmap would repeat the baseline's).
     */
    public static int contrastArm(ChartContext ctx, Results r) {
        if (ctx.best() > 0 && difference(ctx, r, ctx.best()) >= SAME) {
            return ctx.best();
        }
        int most = -1;
        double largest = SAME;
        for (int a = 1; a < ctx.arms(); a++) {
            double d = difference(ctx, r, a);
            if (d >= largest) {
                most = a;
                largest = d;
            }
        }
        return most;
    }

    /** Mean absolute difference between the arm's cells and the baseline's, over the cells both have. */
    static double difference(ChartContext ctx, Results r, int arm) {
        double sum = 0;
        int n = 0;
        for (int cohort = 1; cohort <= ctx.months(); cohort++) {
            for (int age = 1; cohort + age <= ctx.months(); age++) {
                double d = Math.abs(r.retention(arm, cohort, age) - r.retention(0, cohort, age));
                if (!Double.isNaN(d)) {
                    sum += d;
                    n++;
                }
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    public static JFreeChart create(ChartContext ctx, Results r, int arm) {
        int months = ctx.months();
        int cells = months * (months + 1) / 2;
        double[][] xyz = new double[3][cells];
        int n = 0;
        double min = 1;
        for (int cohort = 1; cohort <= months; cohort++) {
            for (int age = 0; cohort + age <= months; age++) {
                double share = r.retention(arm, cohort, age);
                if (Double.isNaN(share)) {
                    continue;
                }
                xyz[0][n] = age;
                xyz[1][n] = cohort;
                xyz[2][n] = share;
                min = Math.min(min, share);
                n++;
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("retention", new double[][] {
            Arrays.copyOf(xyz[0], n), Arrays.copyOf(xyz[1], n), Arrays.copyOf(xyz[2], n)});
        // the scale starts at the lowest retention rounded down to 10%, so the decay is visible
        double lower = Math.min(0.9, Math.floor(min * 10) / 10);
        BlueScale scale = new BlueScale(lower, 1);
        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setPaintScale(scale);
        int step = step(months);
        NumberAxis age = Theme.valueAxis("Age (months since acquisition)", Unit.MONTHS);
        age.setRange(-0.5, Math.max(0.5, months - 0.5));
        age.setTickUnit(new NumberTickUnit(step, new ShortNumberFormat(ShortNumberFormat.Kind.COUNT)));
        NumberAxis cohort = Theme.valueAxis("Cohort (month acquired)", Unit.MONTHS);
        cohort.setRange(0.5, months + 0.5);
        cohort.setInverted(true);
        cohort.setTickUnit(new NumberTickUnit(step, new ShortNumberFormat(ShortNumberFormat.Kind.COUNT)));
        XYPlot plot = new XYPlot(data, age, cohort, blocks);
        for (int i = 0; i < n; i++) {
            int a = (int) xyz[0][i];
            int c = (int) xyz[1][i];
            if (a > 0 && a % step == 0 && c % step == 0) {  // age 0 is 100% by definition
                plot.addAnnotation(value(a, c, xyz[2][i], scale));
            }
        }
        Theme.style(plot);
        plot.setRangeGridlinesVisible(false);
        NumberAxis legendAxis = Theme.valueAxis(null, Unit.FRACTION);
        legendAxis.setRange(lower, 1);
        legendAxis.setTickUnit(new NumberTickUnit(1 - lower > 0.25 ? 0.1 : 0.05,
                new ShortNumberFormat(ShortNumberFormat.Kind.PERCENT)));
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(16);
        legend.setSubdivisionCount(64);
        legend.setStripOutlineVisible(false);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setMargin(new RectangleInsets(4, 14, 4, 0));
        String who = arm == 0 ? "baseline" : ctx.arm(arm);
        String title = "Share of each monthly cohort still paying, by age: " + who;
        String note = "Customers acquired in a month (row) still paying N months later (column), pooled over "
                + Theme.count(ctx.trials(), "trial") + "; darker is better"
                + (step == 1 ? "." : "; values every " + step + " months of cohort and age.")
                + (arm == 0 ? "" : " " + (arm == ctx.best() ? ctx.bestNote()
                        : "Shown: the arm whose retention differs most from the baseline's"
                        + (ctx.best() > 0 ? " (" + ctx.arm(ctx.best()) + ", best for growth, leaves it unchanged)." : ".")));
        JFreeChart chart = Theme.chart(plot, title, note, ctx.provenance(), false);
        chart.addSubtitle(legend);
        return chart;
    }

    /** One tick step for both axes: whole months up to a year, then 2, 3, 6 or 12 months. */
    static int step(int months) {
        for (int step : new int[] {1, 2, 3, 6}) {
            if (months <= 12 * step) {
                return step;
            }
        }
        return 12;
    }

    /** A cell's value, white on dark cells and dark on light ones. */
    private static XYTextAnnotation value(int age, int cohort, double share, BlueScale scale) {
        XYTextAnnotation a = new XYTextAnnotation(ShortNumberFormat.percent(Math.round(share * 100) / 100.0), age,
                cohort);
        a.setFont(Theme.PROVENANCE);
        Color cell = (Color) scale.getPaint(share);
        double luminance = (0.2126 * cell.getRed() + 0.7152 * cell.getGreen() + 0.0722 * cell.getBlue()) / 255;
        a.setPaint(luminance < 0.5 ? Color.WHITE : Palette.TEXT);
        a.setTextAnchor(TextAnchor.CENTER);
        return a;
    }
}
