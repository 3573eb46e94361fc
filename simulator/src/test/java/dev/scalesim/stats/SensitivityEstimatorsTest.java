package dev.scalesim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.RandomStream;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The sensitivity estimators on functions whose indices are known in closed form.
 *
 * <p>Tolerances: over 40 seeds at n = 20,000 the estimators' standard deviations measured
 * 0.0051 (Ishigami S1), 0.0053 (S2), 0.0006 (S3), 0.0032 and 0.0052 (linear) and 0.0031
 * (Spearman), with biases under 0.0016 (the binning's smoothing); each check allows its bias plus
 * at least 5 standard deviations, two-sided false-alarm odds about 6e-7 each under normality.
 */
class SensitivityEstimatorsTest {
    private static final int N = 20_000;

    /** Uniform on (-pi, pi), the Ishigami inputs; each input from its own month of the stream. */
    private static double[] uniformPi(RandomStream s, int input) {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = Math.PI * (2 * s.uniform(input, i) - 1);
        }
        return x;
    }

    private static double[] normal(RandomStream s, int input, double sd) {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = sd * Gaussian.quantile(s.uniform(input, i));
        }
        return x;
    }

    /**
     * Ishigami (a = 7, b = 0.1): V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2; S1 = (b pi^4/5 + b^2
     * pi^8/50 + 1/2) / V = 0.3139, S2 = (a^2/8) / V = 0.4424, S3 = 0 (x3 acts only through its
     * interaction with x1, which a first-order index must not count).
     */
    @Test
    void ishigamiFirstOrderIndices() {
        RandomStream s = new RandomStream(11, "ishigami");
        s.trial(0);
        double[] x1 = uniformPi(s, 1);
        double[] x2 = uniformPi(s, 2);
        double[] x3 = uniformPi(s, 3);
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            y[i] = Math.sin(x1[i]) + 7 * Math.pow(Math.sin(x2[i]), 2) + 0.1 * Math.pow(x3[i], 4) * Math.sin(x1[i]);
        }
        double a = 7;
        double b = 0.1;
        double v = a * a / 8 + b * Math.pow(Math.PI, 4) / 5 + b * b * Math.pow(Math.PI, 8) / 18 + 0.5;
        double s1 = (b * Math.pow(Math.PI, 4) / 5 + b * b * Math.pow(Math.PI, 8) / 50 + 0.5) / v;
        double s2 = a * a / 8 / v;
        assertEquals(0.3139, s1, 1e-4, "closed form");
        assertEquals(0.4424, s2, 1e-4, "closed form");
        assertEquals(s1, FirstOrderSobol.index(x1, y), 0.03, "S1");
        assertEquals(s2, FirstOrderSobol.index(x2, y), 0.03, "S2");
        assertEquals(0, FirstOrderSobol.index(x3, y), 0.004, "S3: x3 matters only with x1");
        // Spearman misses what the Sobol index sees: x2 acts through sin^2, not monotonically
        assertEquals(0, RankCorrelation.spearman(x2, y), 5 / Math.sqrt(N), "no monotone trend in x2");
    }

    /**
     * Y = X1 + X2 + X3 with independent normals of sd 1, 2, 3: S_i = sd_i^2 / 14, and Spearman's
     * rho of a bivariate normal with correlation r = sd_i / sqrt(14) is (6 / pi) asin(r / 2).
     */
    @Test
    void linearModelIndicesAndRankCorrelations() {
        RandomStream s = new RandomStream(12, "linear");
        s.trial(0);
        double[] x1 = normal(s, 1, 1);
        double[] x2 = normal(s, 2, 2);
        double[] x3 = normal(s, 3, 3);
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            y[i] = x1[i] + x2[i] + x3[i];
        }
        assertEquals(1 / 14.0, FirstOrderSobol.index(x1, y), 0.02, "S1");
        assertEquals(4 / 14.0, FirstOrderSobol.index(x2, y), 0.03, "S2");
        assertEquals(9 / 14.0, FirstOrderSobol.index(x3, y), 0.03, "S3");
        for (int k = 1; k <= 3; k++) {
            double[] x = k == 1 ? x1 : k == 2 ? x2 : x3;
            double expected = RankCorrelation.spearmanForPearson(k / Math.sqrt(14));
            assertEquals(expected, RankCorrelation.spearman(x, y), 0.02, "Spearman of X" + k);
        }
        double[] noise = normal(s, 4, 1);
        assertEquals(0, FirstOrderSobol.index(noise, y), 0.004, "an input Y does not use scores about 0 (bias-corrected)");
    }

    @Test
    void ranksShareTiesAndSpearmanIgnoresMonotoneTransforms() {
        double[] r = RankCorrelation.ranks(new double[] {3, 1, 3, 2});
        assertEquals(3.5, r[0]);
        assertEquals(1, r[1]);
        assertEquals(3.5, r[2]);
        assertEquals(2, r[3]);
        double[] x = {0.1, 0.5, 0.2, 0.9, 0.4};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.exp(10 * x[i]);
        }
        assertEquals(1, RankCorrelation.spearman(x, y), 1e-12);
        assertTrue(Double.isNaN(RankCorrelation.spearman(x, new double[] {1, 1, 1, 1, 1})), "constant: undefined");
    }

    @Test
    void orderIsAStableSortInDoubleCompareOrder() {
        // against the obvious implementation: a stable sort of boxed indexes
        SplittableRandom random = new SplittableRandom(7);
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.5};
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(0, 300);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextInt(4) == 0 ? specials[random.nextInt(specials.length)]
                        : random.nextInt(round % 2 == 0 ? 5 : 1_000_000) / 7.0;  // many ties, or few
            }
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (a, b) -> Double.compare(x[a], x[b]));
            int[] expected = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, RankCorrelation.order(x), "round " + round);
        }
    }

    @Test
    void spearmanAndPearsonConversionsAreInverse() {
        for (double rho = -1; rho <= 1; rho += 0.125) {
            assertEquals(rho, RankCorrelation.spearmanForPearson(RankCorrelation.pearsonForSpearman(rho)), 1e-12);
        }
        assertEquals(1, RankCorrelation.pearsonForSpearman(1), 1e-15);
    }

    @Test
    void choleskyRecognizesImpossibleMatrices() {
        double[][] ok = {{1, 0.5, 0.2}, {0.5, 1, 0.3}, {0.2, 0.3, 1}};
        double[][] l = CorrelationMatrix.cholesky(ok);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s += l[i][k] * l[j][k];
                }
                assertEquals(ok[i][j], s, 1e-12, "L L^T = C at " + i + "," + j);
            }
        }
        // a strongly tied to b and to c, but b and c opposed: no joint distribution
        assertEquals(null, CorrelationMatrix.cholesky(new double[][] {{1, 0.9, 0.9}, {0.9, 1, -0.9}, {0.9, -0.9, 1}}));
        // perfect correlation is semi-definite: allowed
        assertTrue(CorrelationMatrix.cholesky(new double[][] {{1, 1}, {1, 1}}) != null);
    }
}
