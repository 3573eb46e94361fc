package dev.scalesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The paired comparison's 95% interval and p_better. */
class PairedDeltaTest {
    @Test
    void intervalIsMeanPlusMinusZTimesStandardError() {
        assertEquals(new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975), PairedDelta.Z975, 1e-12);
        PairedDelta d = PairedDelta.of(100, 110, 10, 20, 75, 100);
        assertEquals(10 - PairedDelta.Z975 * 2, d.ciLow(), 1e-12);
        assertEquals(10 + PairedDelta.Z975 * 2, d.ciHigh(), 1e-12);
        assertEquals(4 * PairedDelta.Z975, d.width(), 1e-12);
        assertEquals(0.75, d.pBetter());
        assertEquals(100, d.n());
        assertEquals(100, d.baselineMean());
        assertEquals(110, d.armMean());
    }

    @Test
    void tooFewPairsHaveNoInterval() {
        PairedDelta one = PairedDelta.of(1, 2, 1, Double.NaN, 1, 1);
        assertTrue(Double.isNaN(one.ciLow()) && Double.isNaN(one.ciHigh()));
        assertEquals(1.0, one.pBetter());
        PairedDelta none = PairedDelta.of(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0);
        assertTrue(Double.isNaN(none.pBetter()));
    }
}
