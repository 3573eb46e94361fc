package dev.scalesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The kernel's inverse normal CDF against commons-math3's, and the bits-to-uniform map. */
class GaussianTest {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    /**
     * z with Phi(z) = u to full double precision. commons-math3's inverse goes through
     * erfInv(2u - 1), which loses relative precision of the tail probability as u nears 0 or 1
     * (about 4e-6 in z at u = 1e-12); two Newton steps on its CDF, which uses erfc and is
     * accurate in the tails, restore it. Upper tails are solved on 1 - u (exact for u >= 0.5).
     */
    private static double reference(double u) {
        double z = NORMAL.inverseCumulativeProbability(u);
        for (int i = 0; i < 3; i++) {
            double gap = u < 0.5 ? NORMAL.cumulativeProbability(z) - u : (1 - u) - NORMAL.cumulativeProbability(-z);
            z += (u < 0.5 ? -gap : gap) / NORMAL.density(z);
        }
        return z;
    }

    @Test
    void quantileMatchesCommonsMathToOneInAHundredMillion() {
        double worst = 0;
        int points = 0;
        // Log-spaced tail probabilities from 1e-12 to 0.5 on both sides, plus a linear grid.
        for (int i = 0; i <= 20_000; i++) {
            double tail = Math.pow(10, -12 + (Math.log10(0.5) + 12) * i / 20_000);
            for (double u : new double[] {tail, 1 - tail, i / 20_000.0}) {
                if (u <= 1e-12 || u >= 1 - 1e-12) {
                    continue;
                }
                double error = Math.abs(Gaussian.quantile(u) - reference(u));
                assertTrue(error < 1e-8, "u=" + u + ": " + Gaussian.quantile(u) + " vs " + reference(u));
                worst = Math.max(worst, error);
                points++;
            }
        }
        assertTrue(points > 59_000 && worst > 0, "the grid was covered");
    }

    @Test
    void quantileIsOddAroundOneHalfAndMonotone() {
        assertEquals(0, Gaussian.quantile(0.5), 1e-15);
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < 100_000; i++) {
            double u = i / 100_000.0;
            double z = Gaussian.quantile(u);
            assertTrue(z > previous, "increasing at u=" + u);
            assertEquals(-z, Gaussian.quantile(1 - u), 1e-8, "symmetric at u=" + u);
            previous = z;
        }
    }

    @Test
    void openUnitIsStrictlyInsideZeroOne() {
        long[] extremes = {0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 11, -(1L << 11), 0xFFFF_FFFF_FFFF_F800L,
            0x7FFF_FFFF_FFFF_F800L};
        for (long bits : extremes) {
            double u = Gaussian.openUnit(bits);
            assertTrue(u > 0 && u < 1, Long.toHexString(bits) + " mapped to " + u);
            assertTrue(Double.isFinite(Gaussian.quantile(u)), Long.toHexString(bits) + " has a finite normal quantile");
        }
        assertTrue(Gaussian.openUnit(0) < Gaussian.openUnit(1L << 12), "monotone in the high bits");
        assertTrue(Gaussian.openUnit(Long.MAX_VALUE) < Gaussian.openUnit(-1L), "unsigned order");
    }
}
