package dev.scalesim.report.chart;

import dev.scalesim.stats.Checks;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/**
 * How one arm is drawn in every chart of a report.
 *
 * @param arm the arm's name
 * @param color its colour
 * @param dashed true once the palette's colours are used up, so a repeated colour is told apart
 */
public record ArmStyle(String arm, Color color, boolean dashed) {
    public ArmStyle {
        Checks.notBlank("arm", arm);
        Checks.notNull("color", color);
    }

    /** A line of the given width, dashed when the style says so. */
    public Stroke line(float width) {
        return dashed
                ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[] {4 * width, 2 * width}, 0f)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
