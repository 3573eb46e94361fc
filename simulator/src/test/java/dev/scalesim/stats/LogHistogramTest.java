package dev.scalesim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quantile sketch against exact sample quantiles (no statistics involved: the sketch must
 * return the value of rank floor(q (n - 1)) of the very values it was given, to 0.2%).
 */
class LogHistogramTest {
    private static final int N = 20_001;
    private static final double[] QS = qs();

    private static double[] qs() {
        double[] q = new double[203];
        for (int i = 0; i <= 200; i++) {
            q[i] = i / 200.0;
        }
        q[201] = 0.001;
        q[202] = 0.999;
        return q;
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("lognormal", (Sampler) r -> Math.exp(2 + 1.5 * r.nextGaussian())),
                Arguments.of("normal with negatives", (Sampler) r -> 3 + 10 * r.nextGaussian()),
                Arguments.of("a third zeros", (Sampler) r -> r.nextInt(3) == 0 ? 0 : 50 * r.nextDouble()),
                Arguments.of("zeros and negatives", (Sampler) r -> r.nextInt(4) == 0 ? 0 : -1e4 * r.nextDouble()),
                Arguments.of("narrow", (Sampler) r -> 1_000_000 + r.nextDouble()),
                Arguments.of("wide (1e-6 to 1e12)", (Sampler) r -> Math.pow(10, -6 + 18 * r.nextDouble())),
                Arguments.of("counts", (Sampler) r -> Math.floor(200 * r.nextDouble())),
                Arguments.of("money around a break-even", (Sampler) r -> -2e5 + 1e6 * r.nextGaussian()));
    }

    /** Draws one value; a functional interface so the cases read as formulas. */
    @FunctionalInterface
    interface Sampler {
        double next(SplittableRandom r);
    }

    private static double[] draw(Sampler s, long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = s.next(r);
        }
        return v;
    }

    private static LogHistogram sketch(double[] v, int from, int to) {
        LogHistogram h = new LogHistogram();
        for (int i = from; i < to; i++) {
            h.add(v[i]);
        }
        return h;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void quantilesAreWithinTheRelativeAccuracyOfExactSampleQuantiles(String name, Sampler s) {
        double[] v = draw(s, name.hashCode(), N);
        LogHistogram h = sketch(v, 0, N);
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        assertEquals(N, h.count());
        for (double q : QS) {
            double exact = sorted[(int) Math.floor(q * (N - 1))];
            double got = h.quantile(q);
            assertTrue(Math.abs(got - exact) <= Sketches.RELATIVE_ACCURACY * Math.abs(exact),
                    name + ": q=" + q + " exact " + exact + ", sketch " + got);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void mergingInAnyOrderAndSplitGivesIdenticalQuantiles(String name, Sampler s) {
        double[] v = draw(s, name.hashCode() + 1L, N);
        LogHistogram whole = sketch(v, 0, N);
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 10; trial++) {
            List<LogHistogram> parts = new ArrayList<>();
            int i = 0;
            while (i < N) {
                int size = Math.min(N - i, r.nextInt(4_000));
                parts.add(sketch(v, i, i + size));
                i += size;
            }
            Collections.shuffle(parts, new Random(trial));
            LogHistogram merged = new LogHistogram();
            parts.forEach(merged::merge);
            assertEquals(whole.count(), merged.count());
            for (double q : QS) {
                assertEquals(whole.quantile(q), merged.quantile(q), name + ": q=" + q + ", split " + trial);
            }
        }
    }

    /**
     * Exact, every rank: the value reported for rank r lies in the bucket of the r-th smallest
     * value, whichever end of the buckets the scan started from.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyRankLandsInTheBucketOfTheSortedValueOfThatRank(String name, Sampler s) {
        double[] v = draw(s, name.hashCode() + 2L, N);
        assertEveryRankInItsBucket(name, v);
    }

    @Test
    void everyRankLandsInItsBucketWhenCountsCarryPastSixteenBits() {
        double[] spread = draw(r -> 3 + 10 * r.nextGaussian(), 11, N);
        double[] v = Arrays.copyOf(spread, N + 70_000);
        Arrays.fill(v, N, v.length, 5.0);
        assertEveryRankInItsBucket("carried", v);
    }

    private static void assertEveryRankInItsBucket(String name, double[] v) {
        LogHistogram h = sketch(v, 0, v.length);
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        for (int rank = 0; rank < sorted.length; rank++) {
            double got = h.valueAtRank(rank);
            double want = sorted[rank];
            boolean same = Math.abs(want) <= LogHistogram.ZERO
                    ? got == 0
                    : Math.signum(got) == Math.signum(want)
                            && LogHistogram.index(Math.abs(got)) == LogHistogram.index(Math.abs(want));
            assertTrue(same, name + ": rank " + rank + " holds " + want + ", sketch says " + got);
        }
    }

    @Test
    void aWrittenSketchWhoseTotalDisagreesWithItsBucketsIsRefused() {
        LogHistogram h = sketch(draw(r -> 1 + r.nextDouble(), 3, 100), 0, 100);
        ByteBuffer out = ByteBuffer.allocate(h.encodedBytes());
        h.write(out);
        // zeros, smallest, largest, the whole-number flag, then the positive side's total.
        int positiveTotal = Long.BYTES + 2 * Double.BYTES + 1;
        out.putLong(positiveTotal, 101);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LogHistogram.read(ByteBuffer.wrap(out.array())));
        assertEquals("sketch: buckets hold 100 values, not 101", e.getMessage());
    }

    @Test
    void mergingIntoANonEmptySketchThatMustGrowBothWays() {
        // The receiving sketch holds the middle of the range; merged parts extend it down and up.
        double[] v = draw(r -> Math.pow(10, 12 * r.nextDouble() - 6), 11, 5_000);
        Arrays.sort(v);
        LogHistogram middle = sketch(v, 2_000, 3_000);
        middle.merge(sketch(v, 0, 2_000));
        middle.merge(sketch(v, 3_000, 5_000));
        LogHistogram whole = sketch(v, 0, 5_000);
        for (double q : QS) {
            assertEquals(whole.quantile(q), middle.quantile(q), "q=" + q);
        }
    }

    @Test
    void everySingleValueComesBackWithinTheAccuracy() {
        SplittableRandom r = new SplittableRandom(5);
        List<Double> values = new ArrayList<>(List.of(1.0, 2.0, 1024.0, 1.0 / 3, 0.1, 1e-9, 1e300,
                Math.nextDown(2.0), Math.nextUp(1.0), 1 + 1.0 / 256, 1 + 0.5 / 256));
        for (int i = 0; i < 10_000; i++) {
            values.add(Math.pow(10, -9 + 30 * r.nextDouble()));
        }
        for (double x : values) {
            for (double v : new double[] {x, -x}) {
                LogHistogram h = new LogHistogram();
                h.add(v);
                double got = h.quantile(0.5);
                assertTrue(Math.abs(got - v) <= Sketches.RELATIVE_ACCURACY * Math.abs(v), v + " came back as " + got);
            }
        }
    }

    @Test
    void yesNoOutcomesAndMonthsComeBackExactly() {
        // A trial's p_cash_out is 0 or 1 and its breakeven month a whole number: a report must
        // say 1 and 30, not 1.002 and 30.03 (bucket midpoints).
        Sketches s = new Sketches(2);
        double[] flags = new double[1_000];
        double[] months = new double[1_000];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < flags.length; i++) {
            flags[i] = r.nextInt(10) < 7 ? 1 : 0;
            months[i] = 1 + r.nextInt(37);
        }
        s.addAll(0, flags, 0, 500);
        s.addAll(0, flags, 500, 500);
        for (double m : months) {
            s.add(1, m);
        }
        double[] sortedFlags = flags.clone();
        Arrays.sort(sortedFlags);
        double[] sortedMonths = months.clone();
        Arrays.sort(sortedMonths);
        for (double q : QS) {
            int rank = (int) Math.floor(q * (flags.length - 1));
            assertEquals(sortedFlags[rank], s.quantile(0, q), "flags, q=" + q);
            assertEquals(sortedMonths[rank], s.quantile(1, q), "months, q=" + q);
        }
    }

    @Test
    void quantilesNeverLeaveTheRangeOfTheValues() {
        LogHistogram constant = sketch(new double[] {0.3, 0.3, 0.3}, 0, 3);
        assertEquals(0.3, constant.quantile(0));
        assertEquals(0.3, constant.quantile(1));
        LogHistogram negative = sketch(new double[] {-0.3, -0.3, -2.5}, 0, 3);
        assertEquals(-2.5, negative.quantile(0)); // the midpoint of 2.5's bucket lies beyond it
        assertTrue(negative.quantile(1) >= -2.5 && negative.quantile(1) <= -0.3);
        assertEquals(-0.3, sketch(new double[] {-0.3, -0.3}, 0, 2).quantile(1));
        // One value that is not whole turns the whole-number rule off for good, merges included.
        LogHistogram mixed = sketch(new double[] {30, 31, 32}, 0, 3);
        mixed.merge(sketch(new double[] {30.5}, 0, 1));
        assertEquals(LogHistogram.midpoint(LogHistogram.index(30)), mixed.quantile(0), "the midpoint, 30.03");
        assertEquals(32, mixed.quantile(1)); // the midpoint of 32's bucket lies beyond it
    }

    @Test
    void tinyMagnitudesCountAsZeroAndEmptyIsNaN() {
        LogHistogram h = new LogHistogram();
        assertTrue(Double.isNaN(h.quantile(0.5)));
        assertTrue(h.isEmpty());
        h.add(LogHistogram.ZERO / 2);
        h.add(-LogHistogram.ZERO / 2);
        h.add(0.0);
        h.add(-0.0);
        assertEquals(4, h.count());
        assertEquals(0.0, h.quantile(0));
        assertEquals(0.0, h.quantile(1));
    }

    @Test
    void quantileArgumentIsClampedToTheUnitInterval() {
        LogHistogram h = sketch(new double[] {-5, 1, 7}, 0, 3);
        assertEquals(h.quantile(0), h.quantile(-1));
        assertEquals(h.quantile(1), h.quantile(2));
        assertTrue(h.quantile(0) < 0 && h.quantile(1) > 6.9);
    }

    @Test
    void clearForgetsEverything() {
        LogHistogram h = sketch(new double[] {1, 2, 3, -4, 0}, 0, 5);
        h.clear();
        assertEquals(0, h.count());
        h.add(10);
        assertEquals(10, h.quantile(0), 10 * Sketches.RELATIVE_ACCURACY);
        assertEquals(10, h.quantile(1), 10 * Sketches.RELATIVE_ACCURACY);
    }

    @Test
    void sketchesSkipNonFiniteValuesAndMergeSlotBySlot() {
        Sketches a = new Sketches(2);
        Sketches b = new Sketches(2);
        a.add(0, Double.NaN);
        a.add(0, 5);
        a.addAll(1, new double[] {1, Double.POSITIVE_INFINITY, 3}, 0, 3);
        b.add(1, 2);
        a.merge(b);
        assertEquals(1, a.count(0));
        assertEquals(3, a.count(1));
        assertEquals(2, a.quantile(1, 0.5), 2 * Sketches.RELATIVE_ACCURACY);
    }

    @Test
    void bucketCountsPastSixteenBitsCarryExactly() {
        LogHistogram a = new LogHistogram();
        for (int i = 0; i < 200_000; i++) {
            a.add(5);
        }
        a.add(1);
        a.add(9);
        assertEquals(200_002, a.count());
        assertEquals(1, a.quantile(0), 1 * Sketches.RELATIVE_ACCURACY);
        assertEquals(5, a.quantile(0.5), 5 * Sketches.RELATIVE_ACCURACY);
        assertEquals(9, a.quantile(1), 9 * Sketches.RELATIVE_ACCURACY);
        // Ranks just inside the 200,000 fives: the carried count must be exact.
        assertEquals(5, a.quantile(200_000.0 / 200_001), 5 * Sketches.RELATIVE_ACCURACY);
        LogHistogram b = new LogHistogram();
        for (int i = 0; i < 40_000; i++) {
            b.add(5);
            b.add(-3);
        }
        LogHistogram ab = new LogHistogram();
        ab.merge(a);
        ab.merge(b);
        LogHistogram ba = new LogHistogram();
        ba.merge(b);
        ba.merge(a);
        assertEquals(280_002, ab.count());
        for (double q : QS) {
            assertEquals(ab.quantile(q), ba.quantile(q), "q=" + q);
        }
        // 40,000 negatives, then 1 at rank 40,000, then 240,000 fives, then 9.
        assertEquals(-3, ab.quantile(0), 3 * Sketches.RELATIVE_ACCURACY);
        assertEquals(1, ab.quantile(40_000.0 / 280_001), Sketches.RELATIVE_ACCURACY);
        assertEquals(5, ab.quantile(40_001.0 / 280_001), 5 * Sketches.RELATIVE_ACCURACY);
        assertEquals(5, ab.quantile(280_000.0 / 280_001), 5 * Sketches.RELATIVE_ACCURACY);
        assertEquals(9, ab.quantile(1), 9 * Sketches.RELATIVE_ACCURACY);
        // Two 16-bit counts of 40,000 summing past 65,535 in a merge: carried, not wrapped.
        LogHistogram bb = new LogHistogram();
        bb.merge(b);
        bb.merge(b);
        assertEquals(160_000, bb.count());
        assertEquals(-3, bb.quantile(79_999.0 / 159_999), 3 * Sketches.RELATIVE_ACCURACY);
        assertEquals(5, bb.quantile(80_000.0 / 159_999), 5 * Sketches.RELATIVE_ACCURACY);
        assertEquals(5, bb.quantile(1), 5 * Sketches.RELATIVE_ACCURACY);
    }

    @Test
    void memoryFollowsTheSpreadOfTheValuesAtTwoBytesABucket() {
        double[] v = draw((Sampler) r -> Math.exp(8 + 1.2 * r.nextGaussian()), 11, N);
        LogHistogram h = sketch(v, 0, N);
        double min = Arrays.stream(v).min().orElseThrow();
        double max = Arrays.stream(v).max().orElseThrow();
        long span = LogHistogram.index(max) - LogHistogram.index(min) + 1;
        // Two bytes per bucket between the extremes, plus at most an eighth (or 16) of slack per growth side.
        assertTrue(h.bucketBytes() <= 2 * (span + span / 4 + 32), h.bucketBytes() + " bytes for " + span + " buckets");
        assertTrue(h.bucketBytes() >= 2 * span);
    }

    @Test
    void addAllIsAddOneByOneSkippingNonFiniteValues() {
        double[] v = draw((Sampler) r -> switch (r.nextInt(12)) {
            case 0 -> Double.NaN;
            case 1 -> r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            case 2 -> 0;
            case 3 -> -Math.exp(6 * r.nextGaussian());
            case 4 -> 1e-12 * r.nextGaussian();
            default -> Math.exp(4 * r.nextGaussian()); // wide: the array grows mid-run
        }, 3, N);
        LogHistogram one = new LogHistogram();
        for (double x : v) {
            if (Double.isFinite(x)) {
                one.add(x);
            }
        }
        LogHistogram all = new LogHistogram();
        all.addAll(v, 0, 7_000);
        all.addAll(v, 7_000, N - 7_000);
        assertEquals(one.count(), all.count());
        for (double q : QS) {
            assertEquals(one.quantile(q), all.quantile(q), "q=" + q);
        }
        assertEquals(one.bucketBytes(), all.bucketBytes());
    }
    @Test
    void aRunOfOneValueCountsAsItsValuesOneByOne() {
        double[] values = {0.0, -0.0, 1e-12, 5, 2.5, -3.75, 255, 1e9, Double.MAX_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : values) {
            // 70,000 copies carry past a 16-bit count; a start of 65,000 carries on the way.
            for (int copies : new int[] {1, 2, 500, 70_000}) {
                for (int before : new int[] {0, 65_000}) {
                    LogHistogram one = new LogHistogram();
                    LogHistogram run = new LogHistogram();
                    for (int i = 0; i < before; i++) {
                        one.add(-0.0 == v ? 0.0 : 7);
                        run.add(-0.0 == v ? 0.0 : 7);
                    }
                    double[] same = new double[copies + 2];
                    Arrays.fill(same, 1, copies + 1, v);
                    for (int i = 0; i < copies; i++) {
                        if (Double.isFinite(v)) {
                            one.add(v);
                        }
                    }
                    run.addAll(same, 1, copies);
                    assertArrayEquals(bytes(one), bytes(run), v + " x " + copies + " after " + before);
                }
            }
        }
        // A run that differs only in its last value takes the general path and agrees too.
        double[] almost = new double[1_000];
        Arrays.fill(almost, 3.5);
        almost[999] = 4;
        LogHistogram one = new LogHistogram();
        for (double x : almost) {
            one.add(x);
        }
        LogHistogram run = new LogHistogram();
        run.addAll(almost, 0, almost.length);
        assertArrayEquals(bytes(one), bytes(run));
    }

    private static byte[] bytes(LogHistogram h) {
        ByteBuffer out = ByteBuffer.allocate(h.encodedBytes());
        h.write(out);
        return out.array();
    }
}
