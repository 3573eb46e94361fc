package dev.scalesim.report.chart;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A sequential single-hue scale (ColorBrewer "Blues", safe for colour-blind readers and in grey
 * print): light for low values, dark blue for high ones, linear between the bounds and clamped
 * outside them.
 */
final class BlueScale implements PaintScale {
    private static final int[] STOPS = {0xF7FBFF, 0xDEEBF7, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x4292C6, 0x2171B5,
        0x08519C, 0x08306B};

    private final double lower;
    private final double upper;

    BlueScale(double lower, double upper) {
        if (!(lower < upper)) {
            throw new IllegalArgumentException("lower must be below upper, got " + lower + " and " + upper);
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        double f = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
        double pos = f * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) pos);
        double w = pos - i;
        Color a = new Color(STOPS[i]);
        Color b = new Color(STOPS[i + 1]);
        return new Color(mix(a.getRed(), b.getRed(), w), mix(a.getGreen(), b.getGreen(), w),
                mix(a.getBlue(), b.getBlue(), w));
    }

    private static int mix(int a, int b, double w) {
        return (int) Math.round(a + (b - a) * w);
    }
}
