package dev.scalesim.kernel;

import java.util.Arrays;

/**
 * An arm's parameter values by month: the trial's draws with the arm's effects applied.
 *
 * <p>Parameters no effect touches read the trial's draw directly; touched ones get a timeline
 * recomputed each trial. Conditional effects patch the current month's value just before the
 * mechanisms run.
 */
public final class Params {
    private final Layout layout;
    private final Layout.ArmPlan plan;
    private final double[] base;
    private final double[][] timeline;

    Params(Layout layout, Layout.ArmPlan plan, double[] base) {
        this.layout = layout;
        this.plan = plan;
        this.base = base;
        this.timeline = new double[base.length][];
        for (Layout.CompiledEffect e : plan.effects()) {
            timeline[e.param()] = new double[layout.months() + 1];
        }
    }

    /** Value of a parameter at month t (1-based; 0 gives the trial's draw before any effect). */
    public double get(int param, int t) {
        double[] line = timeline[param];
        return line == null ? base[param] : line[t];
    }

    /** Recomputes the timelines of touched parameters for a trial's draws and effect sizes. */
    void prepare(double[] sizes) {
        for (int p = 0; p < timeline.length; p++) {
            if (timeline[p] != null) {
                Arrays.fill(timeline[p], base[p]);
            }
        }
        for (Layout.CompiledEffect e : plan.effects()) {
            if (e.effect().when() != null) {
                continue;
            }
            double[] line = timeline[e.param()];
            ParamDef def = layout.param(e.param()).def();
            double size = sizes[e.sizeSlot()];
            for (int t = e.effect().start(); t < line.length; t++) {
                line[t] = def.clamp(Effect.apply(e.effect().op(), line[t], size, e.effect().share(t)));
            }
        }
    }

    /** Applies conditional effects whose condition held on last month's metrics. */
    void applyConditions(int t, double[] previousMetrics, double[] sizes) {
        for (Layout.CompiledEffect e : plan.conditional()) {
            Effect effect = e.effect();
            if (t >= effect.start() && effect.when().holds(previousMetrics[e.conditionMetric()])) {
                double[] line = timeline[e.param()];
                line[t] = layout.param(e.param()).def().clamp(
                        Effect.apply(effect.op(), line[t], sizes[e.sizeSlot()], effect.share(t)));
            }
        }
    }
}
