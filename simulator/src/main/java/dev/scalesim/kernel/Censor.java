package dev.scalesim.kernel;

import dev.scalesim.stats.Checks;

/**
 * Where an outcome stops being measured: a trial that never reaches the event (never pays back,
 * never breaks even) or lands beyond a bound is kept at the bound, never dropped, so every
 * outcome row counts every trial. Means, standard deviations and paired deltas are taken over
 * the values held at their bounds (like {@code breakeven_month} = months + 1 when there is no
 * breakeven); a percentile that falls on a bound falls among the censored trials and is written
 * blank.
 *
 * @param low values at or below are censored (negative infinity: none)
 * @param high values at or above are censored (positive infinity: none); ignored when
 *     {@code highAtHorizon}
 * @param highAtHorizon the upper bound is the horizon + 1 month (an event not reached by the
 *     horizon)
 * @param beyond what a censored trial means, for the docs
 */
public record Censor(double low, double high, boolean highAtHorizon, String beyond) {
    /**
     * A percentile this close to a bound (relative, or absolute near 0) is taken to lie on it:
     * sketch quantiles are accurate to 0.2% of the value.
     */
    static final double TOLERANCE = 0.005;

    public Censor {
        Checks.ordered("low", low, "high", high);
        Checks.notBlank("beyond", beyond);
    }

    /** An event month, censored at months + 1 when it is not reached by the horizon. */
    public static Censor horizon(String beyond) {
        return new Censor(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true, beyond);
    }

    public static Censor between(double low, double high, String beyond) {
        return new Censor(low, high, false, beyond);
    }

    public double high(int months) {
        return highAtHorizon ? months + 1 : high;
    }

    /** The value held at its bounds (NaN stays NaN: not applicable). */
    public double clamp(double value, int months) {
        return Math.max(low, Math.min(high(months), value));
    }

    /** True when a (sketch) percentile lies on a bound, that is among the censored trials. */
    public boolean onBound(double percentile, int months) {
        return near(percentile, low) || near(percentile, high(months)) || percentile < low
                || percentile > high(months);
    }

    private static boolean near(double value, double bound) {
        return Double.isFinite(bound) && Math.abs(value - bound) <= TOLERANCE * Math.max(1, Math.abs(bound));
    }
}
