package dev.scalesim.stats;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * An uncertain input: a number or a distribution drawn once per trial.
 *
 * <p>Every distribution can be drawn by inverse CDF ({@link #quantile}), which keeps draws
 * monotone in the uniform (needed by Latin hypercube and copula sampling). {@link #sample} is
 * the fast path used for plain Monte Carlo.
 */
public sealed interface Distribution permits Distribution.Constant, Distribution.Uniform,
        Distribution.Normal, Distribution.LogNormal, Distribution.Triangular, Distribution.Pert,
        Distribution.Beta, Distribution.Interval90 {

    /** z of the 95th percentile of the standard normal: a 90% interval is mean ± 1.6449 sd. */
    double Z95 = 1.6448536269514722;

    /** Inverse CDF at u in (0, 1). */
    double quantile(double u);

    /** A draw; the default inverts one uniform. */
    default double sample(UniformRandomProvider rng) {
        return quantile(Gaussian.openUnit(rng.nextLong()));
    }

    double mean();

    /** Smallest value the distribution can take (may be -infinity). */
    double lower();

    /** Largest value the distribution can take (may be +infinity). */
    double upper();

    /** Canonical text that the scenario parser reads back to the same distribution. */
    String expression();

    default boolean isConstant() {
        return false;
    }

    static Distribution constant(double value) {
        return new Constant(value);
    }

    /** A 90% interval, as {@code low to high} in a scenario file. */
    static Distribution range(double low, double high) {
        return new Interval90(low, high);
    }

    static Distribution pert(double min, double mode, double max) {
        return new Pert(min, mode, max);
    }

    static Distribution uniform(double min, double max) {
        return new Uniform(min, max);
    }

    /** A fixed number. */
    record Constant(double value) implements Distribution {
        public Constant {
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("value must be a number, got NaN");
            }
        }

        @Override
        public double quantile(double u) {
            return value;
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return value;
        }

        @Override
        public double mean() {
            return value;
        }

        @Override
        public double lower() {
            return value;
        }

        @Override
        public double upper() {
            return value;
        }

        @Override
        public boolean isConstant() {
            return true;
        }

        @Override
        public String expression() {
            return value == Double.POSITIVE_INFINITY ? "unlimited" : Checks.format(value);
        }
    }

    /** uniform(min, max). */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            Checks.finite("min", min);
            Checks.finite("max", max);
            Checks.ordered("min", min, "max", max);
        }

        @Override
        public double quantile(double u) {
            return min + u * (max - min);
        }

        @Override
        public double mean() {
            return 0.5 * (min + max);
        }

        @Override
        public double lower() {
            return min;
        }

        @Override
        public double upper() {
            return max;
        }

        @Override
        public String expression() {
            return "uniform(" + Checks.format(min) + "," + Checks.format(max) + ")";
        }
    }

    /** normal(mean, sd). */
    record Normal(double mean, double sd) implements Distribution {
        public Normal {
            Checks.finite("mean", mean);
            Checks.positive("sd", sd);
        }

        @Override
        public double quantile(double u) {
            return mean + sd * Gaussian.quantile(u);
        }

        @Override
        public double lower() {
            return Double.NEGATIVE_INFINITY;
        }

        @Override
        public double upper() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public String expression() {
            return "normal(" + Checks.format(mean) + "," + Checks.format(sd) + ")";
        }
    }

    /**
     * lognormal(mean, sd) with the mean and standard deviation of the value itself (not of its
     * logarithm), which is what a strategy team knows.
     */
    record LogNormal(double mean, double sd) implements Distribution {
        public LogNormal {
            Checks.positive("mean", mean);
            Checks.positive("sd", sd);
        }

        /** sigma of the underlying normal. */
        public double sigma() {
            return Math.sqrt(Math.log1p((sd / mean) * (sd / mean)));
        }

        /** mu of the underlying normal. */
        public double mu() {
            double s = sigma();
            return Math.log(mean) - 0.5 * s * s;
        }

        @Override
        public double quantile(double u) {
            return Math.exp(mu() + sigma() * Gaussian.quantile(u));
        }

        @Override
        public double lower() {
            return 0;
        }

        @Override
        public double upper() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public String expression() {
            return "lognormal(" + Checks.format(mean) + "," + Checks.format(sd) + ")";
        }
    }

    /** triangular(min, mode, max). */
    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            Checks.finite("min", min);
            Checks.finite("mode", mode);
            Checks.finite("max", max);
            Checks.ordered("min", min, "mode", mode);
            Checks.ordered("mode", mode, "max", max);
            Checks.strictlyOrdered("min", min, "max", max);
        }

        @Override
        public double quantile(double u) {
            double width = max - min;
            double split = (mode - min) / width;
            return u < split
                    ? min + Math.sqrt(u * width * (mode - min))
                    : max - Math.sqrt((1 - u) * width * (max - mode));
        }

        @Override
        public double mean() {
            return (min + mode + max) / 3;
        }

        @Override
        public double lower() {
            return min;
        }

        @Override
        public double upper() {
            return max;
        }

        @Override
        public String expression() {
            return "triangular(" + Checks.format(min) + "," + Checks.format(mode) + ","
                    + Checks.format(max) + ")";
        }
    }

    /** pert(min, mode, max): a beta on [min, max] with shape 4 (the classic PERT weights). */
    record Pert(double min, double mode, double max) implements Distribution {
        public Pert {
            Checks.finite("min", min);
            Checks.finite("mode", mode);
            Checks.finite("max", max);
            Checks.ordered("min", min, "mode", mode);
            Checks.ordered("mode", mode, "max", max);
            Checks.strictlyOrdered("min", min, "max", max);
        }

        public double alpha() {
            return 1 + 4 * (mode - min) / (max - min);
        }

        public double beta() {
            return 1 + 4 * (max - mode) / (max - min);
        }

        @Override
        public double quantile(double u) {
            return min + (max - min) * Beta.inverse(alpha(), beta(), u);
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return min + (max - min) * ChengBetaSampler.of(rng, alpha(), beta()).sample();
        }

        @Override
        public double mean() {
            return (min + 4 * mode + max) / 6;
        }

        @Override
        public double lower() {
            return min;
        }

        @Override
        public double upper() {
            return max;
        }

        @Override
        public String expression() {
            return "pert(" + Checks.format(min) + "," + Checks.format(mode) + "," + Checks.format(max)
                    + ")";
        }
    }

    /** beta(a, b) on [0, 1]. */
    record Beta(double a, double b) implements Distribution {
        public Beta {
            Checks.positive("a", a);
            Checks.positive("b", b);
        }

        static double inverse(double a, double b, double u) {
            // Rarely used (Latin hypercube and copulas on beta inputs): accuracy over speed
            // (round-trip error about 1e-14, against 2e-8 for commons-math3's).
            return BetaDistribution.of(a, b).inverseCumulativeProbability(u);
        }

        public double quantile(double u) {
            return inverse(a, b, u);
        }

        public double sample(UniformRandomProvider rng) {
            return ChengBetaSampler.of(rng, a, b).sample();
        }

        public double mean() {
            return a / (a + b);
        }

        public double lower() {
            return 0;
        }

        public double upper() {
            return 1;
        }

        public String expression() {
            return "beta(" + Checks.format(a) + "," + Checks.format(b) + ")";
        }
    }

    /**
     * {@code low to high}: a 90% interval. Lognormal when both bounds are positive (so the
     * geometric midpoint is the median), normal otherwise.
     */
    record Interval90(double low, double high) implements Distribution {
        public Interval90 {
            Checks.finite("low", low);
            Checks.finite("high", high);
            Checks.strictlyOrdered("low", low, "high", high);
        }

        public boolean logNormal() {
            return low > 0;
        }

        private double centre() {
            return logNormal() ? 0.5 * (Math.log(low) + Math.log(high)) : 0.5 * (low + high);
        }

        private double spread() {
            return logNormal()
                    ? (Math.log(high) - Math.log(low)) / (2 * Z95)
                    : (high - low) / (2 * Z95);
        }

        @Override
        public double quantile(double u) {
            double x = centre() + spread() * Gaussian.quantile(u);
            return logNormal() ? Math.exp(x) : x;
        }

        @Override
        public double mean() {
            double s = spread();
            return logNormal() ? Math.exp(centre() + 0.5 * s * s) : centre();
        }

        @Override
        public double lower() {
            return logNormal() ? 0 : Double.NEGATIVE_INFINITY;
        }

        @Override
        public double upper() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public String expression() {
            return Checks.format(low) + " to " + Checks.format(high);
        }
    }
}
