package dev.scalesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Runs of values as shifted sums (single values by Welford), Chan across blocks: the merge must
 * reproduce one sequential pass.
 */
class MomentsTest {
    private static final double RELATIVE = 1e-12;

    /** Values with a large offset and a wide spread: the case where naive sums lose digits. */
    private static double[] values(long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 1e6 + 1e3 * rng.nextGaussian() + (rng.nextInt(50) == 0 ? 1e5 * rng.nextDouble() : 0);
        }
        return v;
    }

    private static void assertClose(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= RELATIVE * Math.abs(expected),
                what + ": expected " + expected + ", got " + actual);
    }

    /** Two-pass mean and sample variance, the textbook reference. */
    private static double[] twoPass(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        double mean = sum / v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return new double[] {mean, ss / (v.length - 1)};
    }

    @Test
    void sequentialMatchesTwoPass() {
        double[] v = values(1, 10_000);
        Moments m = new Moments(1);
        for (double x : v) {
            m.add(0, x);
        }
        double[] ref = twoPass(v);
        assertEquals(v.length, m.count(0));
        assertClose(ref[0], m.mean(0), "mean");
        assertClose(ref[1], m.variance(0), "variance");
        assertClose(Math.sqrt(ref[1]), m.sd(0), "sd");
        assertClose(Math.sqrt(ref[1] / v.length), m.standardError(0), "standard error");
    }

    @Test
    void mergeOfAnySplitMatchesSequential() {
        double[] v = values(2, 9_973);
        Moments sequential = new Moments(1);
        sequential.addAll(0, v, 0, v.length);
        SplittableRandom rng = new SplittableRandom(3);
        for (int split = 0; split < 50; split++) {
            Moments total = new Moments(1);
            int i = 0;
            while (i < v.length) {
                // Blocks of 0 to 1,500 values: empty blocks are merged too.
                int size = Math.min(v.length - i, rng.nextInt(1_501));
                Moments block = new Moments(1);
                block.addAll(0, v, i, size);
                total.merge(block);
                i += size;
            }
            assertEquals(sequential.count(0), total.count(0));
            assertClose(sequential.mean(0), total.mean(0), "mean, split " + split);
            assertClose(sequential.variance(0), total.variance(0), "variance, split " + split);
        }
    }

    @Test
    void addAllAgreesWithAddOneByOneAndIsReproducible() {
        double[] v = values(4, 1_000);
        Moments one = new Moments(1);
        for (double x : v) {
            one.add(0, x);
        }
        Moments all = new Moments(1);
        all.addAll(0, v, 0, 400);
        all.addAll(0, v, 400, 600);
        // Shifted sums per run instead of Welford: equal to within the stated rounding bound.
        assertClose(one.mean(0), all.mean(0), "mean");
        assertClose(one.variance(0), all.variance(0), "variance");
        // The same runs in the same order: bit for bit equal.
        Moments again = new Moments(1);
        again.addAll(0, v, 0, 400);
        again.addAll(0, v, 400, 600);
        assertEquals(all.mean(0), again.mean(0));
        assertEquals(all.variance(0), again.variance(0));
    }

    @Test
    void runsSkipNonFiniteValuesAndAnOddTail() {
        double[] v = {Double.NaN, 3, Double.POSITIVE_INFINITY, 5, 10};
        Moments m = new Moments(1);
        m.addAll(0, v, 0, v.length);
        assertEquals(3, m.count(0));
        assertEquals(6, m.mean(0), 1e-15);
        assertEquals(13, m.variance(0), 1e-14);
        Moments empty = new Moments(1);
        empty.addAll(0, new double[] {Double.NaN, Double.NaN}, 0, 2);
        assertEquals(0, empty.count(0));
        assertTrue(Double.isNaN(empty.mean(0)));
    }

    @Test
    void slotsAreIndependentAndEmptySlotsStayEmpty() {
        Moments a = new Moments(3);
        Moments b = new Moments(3);
        a.add(0, 1);
        a.add(0, 3);
        b.add(2, 10);
        b.add(2, 14);
        b.add(2, 18);
        a.merge(b);
        assertEquals(2, a.count(0));
        assertEquals(2.0, a.mean(0));
        assertEquals(2.0, a.variance(0));
        assertEquals(0, a.count(1));
        assertTrue(Double.isNaN(a.mean(1)), "an empty slot has no mean");
        assertTrue(Double.isNaN(a.variance(1)), "an empty slot has no variance");
        assertEquals(3, a.count(2));
        assertEquals(14.0, a.mean(2));
        assertEquals(16.0, a.variance(2));
    }

    @Test
    void mergingIntoAnEmptySlotCopiesExactly() {
        double[] v = values(5, 777);
        Moments full = new Moments(1);
        full.addAll(0, v, 0, v.length);
        Moments empty = new Moments(1);
        empty.merge(full);
        assertEquals(full.count(0), empty.count(0));
        assertEquals(full.mean(0), empty.mean(0));
        assertEquals(full.variance(0), empty.variance(0));
        Moments stillFull = new Moments(1);
        stillFull.addAll(0, v, 0, v.length);
        stillFull.merge(new Moments(1));
        assertEquals(full.mean(0), stillFull.mean(0));
        assertEquals(full.variance(0), stillFull.variance(0));
    }

    @Test
    void nonFiniteValuesAreSkipped() {
        double[] v = {1, Double.NaN, 2, Double.POSITIVE_INFINITY, 3, Double.NEGATIVE_INFINITY, 6};
        Moments each = new Moments(1);
        for (double x : v) {
            each.add(0, x);
        }
        Moments all = new Moments(1);
        all.addAll(0, v, 0, v.length);
        for (Moments m : new Moments[] {each, all}) {
            assertEquals(4, m.count(0));
            assertEquals(3.0, m.mean(0), 1e-15);
            assertEquals(14.0 / 3, m.variance(0), 1e-14);
        }
    }

    @Test
    void fewerThanTwoValuesHaveNoVariance() {
        Moments m = new Moments(1);
        assertTrue(Double.isNaN(m.mean(0)));
        m.add(0, 5);
        assertEquals(5.0, m.mean(0));
        assertTrue(Double.isNaN(m.variance(0)));
        assertTrue(Double.isNaN(m.sd(0)));
    }

    @Test
    void clearEmptiesEverySlot() {
        Moments m = new Moments(2);
        m.add(0, 1);
        m.add(1, 2);
        m.clear();
        assertEquals(0, m.count(0));
        assertEquals(0, m.count(1));
        m.add(1, 7);
        assertEquals(7.0, m.mean(1));
    }

    @Test
    void mergeRefusesADifferentSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Moments(2).merge(new Moments(3)));
        assertEquals("size mismatch: 2 vs 3", e.getMessage());
    }
}
