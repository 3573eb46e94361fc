package dev.scalesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each input distribution against commons-math3's: quantiles (deterministic), means, and
 * samples. The sample checks are statistical, with fixed seeds: a Kolmogorov-Smirnov test at
 * p > 1e-6 and the sample mean within 4.5 standard errors (two-sided false-alarm odds 6.8e-6);
 * over the 9 cases the odds of a false alarm on a new seed are below 2e-4.
 */
class DistributionTest {
    private static final int SAMPLES = 20_000;
    private static final double[] US = {1e-9, 1e-4, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.9999, 1 - 1e-9};

    /** A distribution of ours and the commons-math3 reference. */
    record Case(String name, Distribution ours, RealDistribution reference) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static LogNormalDistribution logNormalOfValue(double mean, double sd) {
        double sigma2 = Math.log1p(sd * sd / (mean * mean));
        return new LogNormalDistribution(null, Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2), 1e-12);
    }

    private static RealDistribution scaledBeta(double min, double max, double a, double b) {
        BetaDistribution beta = new BetaDistribution(null, a, b, 1e-14);
        return new RealDistribution() {
            public double probability(double x) {
                return 0;
            }

            public double density(double x) {
                return beta.density((x - min) / (max - min)) / (max - min);
            }

            public double cumulativeProbability(double x) {
                return beta.cumulativeProbability(Math.max(0, Math.min(1, (x - min) / (max - min))));
            }

            @Deprecated
            public double cumulativeProbability(double x0, double x1) {
                return cumulativeProbability(x1) - cumulativeProbability(x0);
            }

            public double inverseCumulativeProbability(double p) {
                return min + (max - min) * beta.inverseCumulativeProbability(p);
            }

            public double getNumericalMean() {
                return min + (max - min) * beta.getNumericalMean();
            }

            public double getNumericalVariance() {
                return (max - min) * (max - min) * beta.getNumericalVariance();
            }

            public double getSupportLowerBound() {
                return min;
            }

            public double getSupportUpperBound() {
                return max;
            }

            @Deprecated
            public boolean isSupportLowerBoundInclusive() {
                return true;
            }

            @Deprecated
            public boolean isSupportUpperBoundInclusive() {
                return true;
            }

            public boolean isSupportConnected() {
                return true;
            }

            public void reseedRandomGenerator(long seed) {
            }

            public double sample() {
                throw new UnsupportedOperationException();
            }

            public double[] sample(int n) {
                throw new UnsupportedOperationException();
            }
        };
    }

    static Stream<Case> cases() {
        double z95 = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.95);
        double logCentre = 0.5 * (Math.log(300) + Math.log(900));
        double logSpread = (Math.log(900) - Math.log(300)) / (2 * z95);
        return Stream.of(
                new Case("uniform(0.03,0.07)", new Distribution.Uniform(0.03, 0.07),
                        new UniformRealDistribution(null, 0.03, 0.07)),
                new Case("normal(100,15)", new Distribution.Normal(100, 15), new NormalDistribution(null, 100, 15)),
                new Case("lognormal(500,300) of the value", new Distribution.LogNormal(500, 300),
                        logNormalOfValue(500, 300)),
                new Case("triangular(1,2,5)", new Distribution.Triangular(1, 2, 5),
                        new TriangularDistribution(null, 1, 2, 5)),
                new Case("triangular(0,0,1), mode at min", new Distribution.Triangular(0, 0, 1),
                        new TriangularDistribution(null, 0, 0, 1)),
                new Case("pert(0.7,0.8,0.92)", new Distribution.Pert(0.7, 0.8, 0.92),
                        scaledBeta(0.7, 0.92, 1 + 4 * 0.1 / 0.22, 1 + 4 * 0.12 / 0.22)),
                new Case("beta(2,5)", new Distribution.Beta(2, 5), new BetaDistribution(null, 2, 5, 1e-14)),
                new Case("300 to 900 (lognormal)", new Distribution.Interval90(300, 900),
                        new LogNormalDistribution(null, logCentre, logSpread, 1e-12)),
                new Case("-10 to 30 (normal)", new Distribution.Interval90(-10, 30),
                        new NormalDistribution(null, 10, 40 / (2 * z95))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void quantilesMatchTheReference(Case c) {
        for (double u : US) {
            double ref = c.reference().inverseCumulativeProbability(u);
            double scale = Math.max(1e-300, Math.sqrt(c.reference().getNumericalVariance()));
            // Gaussian.quantile is accurate to ~1e-9 relative and the references' solvers to ~1e-12;
            // 1e-7 of an sd is far below any Monte Carlo error.
            assertEquals(ref, c.ours().quantile(u), 1e-7 * scale + 1e-8 * Math.abs(ref), c + " at u=" + u);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void meanAndRangeMatchTheReference(Case c) {
        double mean = c.reference().getNumericalMean();
        assertEquals(mean, c.ours().mean(), 1e-9 * Math.max(1, Math.abs(mean)), c + ": mean");
        assertTrue(c.ours().lower() <= c.reference().getSupportLowerBound(), c + ": lower bound");
        assertTrue(c.ours().upper() >= c.reference().getSupportUpperBound(), c + ": upper bound");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void samplesFollowTheReference(Case c) {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(c.name().hashCode());
        double[] x = new double[SAMPLES];
        double sum = 0;
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = c.ours().sample(rng);
            sum += x[i];
        }
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(c.reference(), x);
        assertTrue(p > 1e-6, c + ": Kolmogorov-Smirnov p-value " + p);
        double se = Math.sqrt(c.reference().getNumericalVariance() / SAMPLES);
        assertEquals(c.reference().getNumericalMean(), sum / SAMPLES, 4.5 * se, c + ": sample mean");
    }

    @Test
    void lognormalHasTheMeanAndSdOfTheValueItself() {
        Distribution.LogNormal d = new Distribution.LogNormal(500, 300);
        LogNormalDistribution ref = logNormalOfValue(500, 300);
        assertEquals(500, ref.getNumericalMean(), 1e-9);
        assertEquals(300 * 300, ref.getNumericalVariance(), 1e-6);
        assertEquals(ref.getScale(), d.mu(), 1e-12);
        assertEquals(ref.getShape(), d.sigma(), 1e-12);
    }

    @Test
    void ninetyPercentIntervalsHitTheirBounds() {
        for (Distribution.Interval90 d : new Distribution.Interval90[] {new Distribution.Interval90(300, 900),
            new Distribution.Interval90(0.005, 0.015), new Distribution.Interval90(-10, 30),
            new Distribution.Interval90(0, 5)}) {
            assertEquals(d.low(), d.quantile(0.05), 1e-8 * Math.abs(d.high()), d.expression());
            assertEquals(d.high(), d.quantile(0.95), 1e-8 * Math.abs(d.high()), d.expression());
        }
        assertTrue(new Distribution.Interval90(300, 900).logNormal());
        assertEquals(Math.sqrt(300 * 900), new Distribution.Interval90(300, 900).quantile(0.5), 1e-9);
        assertTrue(!new Distribution.Interval90(0, 5).logNormal(), "a bound at 0 is normal");
        assertEquals(2.5, new Distribution.Interval90(0, 5).mean(), 1e-12);
        assertEquals(Double.NEGATIVE_INFINITY, new Distribution.Interval90(-1, 5).lower());
    }

    @Test
    void pertIsABetaWeightedFourOnTheMode() {
        Distribution.Pert p = new Distribution.Pert(2, 3, 6);
        assertEquals(2, p.alpha(), 1e-15);
        assertEquals(4, p.beta(), 1e-15);
        assertEquals((2 + 4 * 3 + 6) / 6.0, p.mean(), 1e-15);
    }

    @Test
    void betaQuantileRoundTripsToTwelveDigits() {
        // The beta inverse (commons-statistics) against the CDF (commons-math3's continued
        // fraction, independent code): commons-math3's own inverse only reached about 2e-8.
        for (double[] ab : new double[][] {{2, 5}, {0.5, 0.5}, {1.4, 3.7}, {30, 2}}) {
            BetaDistribution cdf = new BetaDistribution(null, ab[0], ab[1]);
            for (double u = 0.001; u < 1; u += 0.0493) {
                double x = new Distribution.Beta(ab[0], ab[1]).quantile(u);
                assertEquals(u, cdf.cumulativeProbability(x), 1e-12, "beta" + Arrays.toString(ab) + " at " + u);
            }
        }
    }

    @Test
    void constantsAreConstant() {
        Distribution c = Distribution.constant(42);
        assertTrue(c.isConstant());
        assertEquals(42, c.quantile(0.01));
        assertEquals(42, c.sample(null));
        assertEquals("42", c.expression());
        assertEquals("unlimited", Distribution.constant(Double.POSITIVE_INFINITY).expression());
        assertEquals("0.05", Distribution.constant(0.05).expression());
    }

    @Test
    void expressionsAreCanonical() {
        assertEquals("uniform(0.03,0.07)", new Distribution.Uniform(0.03, 0.07).expression());
        assertEquals("normal(100,15)", new Distribution.Normal(100, 15).expression());
        assertEquals("lognormal(500,300)", new Distribution.LogNormal(500, 300).expression());
        assertEquals("triangular(1,2,5)", new Distribution.Triangular(1, 2, 5).expression());
        assertEquals("pert(0.7,0.8,0.92)", new Distribution.Pert(0.7, 0.8, 0.92).expression());
        assertEquals("beta(2,5)", new Distribution.Beta(2, 5).expression());
        assertEquals("300 to 900", new Distribution.Interval90(300, 900).expression());
    }

    private static void assertRejected(String message, Executable make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make);
        assertEquals(message, e.getMessage());
    }

    @Test
    void everyRecordNamesTheBadFieldAndValue() {
        assertRejected("value must be a number, got NaN", () -> new Distribution.Constant(Double.NaN));
        assertRejected("min must be a finite number, got NaN", () -> new Distribution.Uniform(Double.NaN, 1));
        assertRejected("max must be a finite number, got Infinity",
                () -> new Distribution.Uniform(0, Double.POSITIVE_INFINITY));
        assertRejected("min must be <= max, got 5 > 1", () -> new Distribution.Uniform(5, 1));
        assertRejected("mean must be a finite number, got Infinity",
                () -> new Distribution.Normal(Double.POSITIVE_INFINITY, 1));
        assertRejected("sd must be > 0, got 0", () -> new Distribution.Normal(1, 0));
        assertRejected("sd must be > 0, got -2", () -> new Distribution.Normal(1, -2));
        assertRejected("mean must be > 0, got -1", () -> new Distribution.LogNormal(-1, 1));
        assertRejected("sd must be > 0, got 0", () -> new Distribution.LogNormal(1, 0));
        assertRejected("min must be <= mode, got 3 > 2", () -> new Distribution.Triangular(3, 2, 5));
        assertRejected("mode must be <= max, got 6 > 5", () -> new Distribution.Triangular(1, 6, 5));
        assertRejected("min must be < max, got 2 and 2", () -> new Distribution.Triangular(2, 2, 2));
        assertRejected("min must be <= mode, got 0.9 > 0.5", () -> new Distribution.Pert(0.9, 0.5, 0.1));
        assertRejected("min must be < max, got 1 and 1", () -> new Distribution.Pert(1, 1, 1));
        assertRejected("mode must be a finite number, got NaN", () -> new Distribution.Pert(0, Double.NaN, 1));
        assertRejected("a must be > 0, got 0", () -> new Distribution.Beta(0, 1));
        assertRejected("b must be > 0, got -1", () -> new Distribution.Beta(1, -1));
        assertRejected("low must be < high, got 900 and 300", () -> new Distribution.Interval90(900, 300));
        assertRejected("low must be < high, got 5 and 5", () -> new Distribution.Interval90(5, 5));
        assertRejected("high must be a finite number, got Infinity",
                () -> new Distribution.Interval90(1, Double.POSITIVE_INFINITY));
    }
}
