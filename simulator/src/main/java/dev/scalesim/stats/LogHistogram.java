package dev.scalesim.stats;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A mergeable quantile sketch with relative accuracy: values fall into logarithmic buckets
 * whose index is read straight from the bits of the double (exponent and top
 * {@value #MANTISSA_BITS} mantissa bits), so an insert is a shift, a subtraction and an
 * increment. A bucket spans at most 1/256 of its lower edge and a quantile is reported as the
 * bucket's midpoint, so it is within 0.2% of the exact sample quantile. Magnitudes below
 * {@link #ZERO} count as zero.
 *
 * <p>Two exact refinements keep reports free of impossible values: the sketch keeps the exact
 * smallest and largest value and never reports a quantile outside them (a probability of 1.002,
 * a month past the horizon), and while every value has been a whole number, a bucket narrower
 * than 1 (magnitudes below 256) holds at most one whole number, so its quantile is that number
 * exactly (month 30, not 30.03; 0 or 1 for a yes/no outcome).
 *
 * <p>Counts are integers, so merging adds them exactly: the result does not depend on the order
 * of inserts or merges. Memory grows with the spread of magnitudes (about 850 buckets per factor
 * of ten, allocated only between the smallest and largest seen plus an eighth), never with the
 * count. A bucket's count is kept in 16 bits; the rare bucket that passes 65,535 carries into a
 * second array of high parts, allocated only then, so a sketch costs 2 bytes per bucket instead
 * of 4 (a worker holds thousands of sketches). This is the DDSketch idea with a bit-level index
 * mapping; sketches-java measured 12-16 ns per insert in the engine's access pattern, this about 3.
 */
public final class LogHistogram {
    static final int MANTISSA_BITS = 8;
    private static final int SHIFT = 52 - MANTISSA_BITS;
    /** Magnitudes below this are zero; far under any money or count the kernel reports. */
    public static final double ZERO = 0x1.0p-30;

    private final Side positive = new Side();
    private final Side negative = new Side();
    private long zeros;
    /** Exact extremes of the values counted; merged by min and max, so order-free too. */
    private double smallest = Double.POSITIVE_INFINITY;
    private double largest = Double.NEGATIVE_INFINITY;
    /** True while every value counted has been a whole number. */
    private boolean whole = true;

    public void add(double v) {
        addCopies(v, 1);
    }

    /**
     * Adds the finite values of {@code values[from, from + count)}, skipping NaN and infinities:
     * the recorder's flush. Each side's array and base live in locals for the loop, so an
     * insert is a few register operations and one increment in memory.
     */
    public void addAll(double[] values, int from, int count) {
        if (count > 1 && repeats(values, from, count)) {
            double v = values[from];
            if (v >= -Double.MAX_VALUE && v <= Double.MAX_VALUE) {
                addCopies(v, count); // finite values only, like the loop below
            }
            return;
        }
        Side pos = positive;
        Side neg = negative;
        char[] posLow = pos.low;
        int posBase = pos.base;
        char[] negLow = neg.low;
        int negBase = neg.base;
        long posAdded = 0;
        long negAdded = 0;
        double lo = smallest;
        double hi = largest;
        boolean allWhole = whole;
        for (int k = from, end = from + count; k < end; k++) {
            double v = values[k];
            if (v >= -Double.MAX_VALUE && v <= Double.MAX_VALUE) {
                // Finite values only, like the counts below; branches rarely taken once warm.
                if (v < lo) {
                    lo = v;
                }
                if (v > hi) {
                    hi = v;
                }
                allWhole &= v == Math.rint(v);
            }
            if (v > ZERO && v <= Double.MAX_VALUE) {
                int i = index(v) - posBase;
                if (i < 0 || i >= posLow.length) {
                    pos.add(index(v), 1);
                    posLow = pos.low;
                    posBase = pos.base;
                    continue;
                }
                char c = (char) (posLow[i] + 1);
                posLow[i] = c;
                posAdded++;
                if (c == 0) {
                    pos.carry(i, 1);
                }
            } else if (v < -ZERO && v >= -Double.MAX_VALUE) {
                int i = index(-v) - negBase;
                if (i < 0 || i >= negLow.length) {
                    neg.add(index(-v), 1);
                    negLow = neg.low;
                    negBase = neg.base;
                    continue;
                }
                char c = (char) (negLow[i] + 1);
                negLow[i] = c;
                negAdded++;
                if (c == 0) {
                    neg.carry(i, 1);
                }
            } else if (v == v && v <= ZERO && v >= -ZERO) {
                zeros++;
            }
        }
        pos.total += posAdded;
        neg.total += negAdded;
        smallest = lo;
        largest = hi;
        whole = allWhole;
    }

    /**
     * True when every value of the run has the bits of the first. A fifth of the values the
     * engine records come in such runs (a metric a model does not use, a month before a
     * solution starts, a delta of zero); the check stops at the first difference.
     */
    private static boolean repeats(double[] values, int from, int count) {
        long first = Double.doubleToRawLongBits(values[from]);
        for (int k = from + 1, end = from + count; k < end; k++) {
            if (Double.doubleToRawLongBits(values[k]) != first) {
                return false;
            }
        }
        return true;
    }

    /** {@code copies} values v at once, as adding each would (NaN is skipped). */
    private void addCopies(double v, long copies) {
        if (v != v) {
            return;
        }
        // Comparisons, not Math.min: -0.0 after 0.0 must leave the extreme as it is.
        if (v < smallest) {
            smallest = v;
        }
        if (v > largest) {
            largest = v;
        }
        whole &= v == Math.rint(v);
        if (v > ZERO) {
            positive.add(index(v), copies);
        } else if (v < -ZERO) {
            negative.add(index(-v), copies);
        } else {
            zeros += copies;
        }
    }

    public long count() {
        return positive.total + negative.total + zeros;
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    public void merge(LogHistogram other) {
        positive.merge(other.positive);
        negative.merge(other.negative);
        zeros += other.zeros;
        smallest = Math.min(smallest, other.smallest);
        largest = Math.max(largest, other.largest);
        whole &= other.whole;
    }

    public void clear() {
        positive.clear();
        negative.clear();
        zeros = 0;
        smallest = Double.POSITIVE_INFINITY;
        largest = Double.NEGATIVE_INFINITY;
        whole = true;
    }

    /** Bytes {@link #write} puts: the counts between the lowest and highest non-empty bucket of each sign. */
    public int encodedBytes() {
        return Long.BYTES + 2 * Double.BYTES + 1 + positive.encodedBytes() + negative.encodedBytes();
    }

    /**
     * Writes the sketch exactly (counts, extremes, the whole-number flag): {@link #read} gives
     * back a sketch with the same quantiles and merges.
     */
    public void write(ByteBuffer out) {
        out.putLong(zeros);
        out.putDouble(smallest);
        out.putDouble(largest);
        out.put((byte) (whole ? 1 : 0));
        positive.write(out);
        negative.write(out);
    }

    /** A sketch written by {@link #write}, read from the buffer's position. */
    public static LogHistogram read(ByteBuffer in) {
        LogHistogram h = new LogHistogram();
        h.zeros = in.getLong();
        h.smallest = in.getDouble();
        h.largest = in.getDouble();
        h.whole = in.get() != 0;
        h.positive.read(in);
        h.negative.read(in);
        return h;
    }

    /** Bytes this sketch's bucket arrays take (object headers aside): for memory estimates and tests. */
    public long bucketBytes() {
        return positive.bytes() + negative.bytes();
    }

    /**
     * The value of rank {@code floor(q * (count - 1))} (q in [0, 1]) to within 0.2%, exact for
     * whole numbers below 256, never outside the smallest and largest value; NaN when empty.
     */
    public double quantile(double q) {
        long n = count();
        if (n == 0) {
            return Double.NaN;
        }
        return valueAtRank((long) Math.floor(Math.max(0, Math.min(1, q)) * (n - 1)));
    }

    /** The estimate of the value of rank {@code rank} in [0, count): the bucket that holds it, as {@link #quantile}. */
    double valueAtRank(long rank) {
        double value;
        if (rank < negative.total) {
            value = -estimate(negative.bucketAtRank(negative.total - 1 - rank));
        } else if (rank - negative.total < zeros) {
            value = 0;
        } else {
            value = estimate(positive.bucketAtRank(rank - negative.total - zeros));
        }
        return Math.max(smallest, Math.min(largest, value));
    }

    /** A bucket's value: its only whole number when all values are whole, else its midpoint. */
    private double estimate(int bucket) {
        if (whole) {
            double low = Double.longBitsToDouble((long) bucket << SHIFT);
            double high = Double.longBitsToDouble((long) (bucket + 1) << SHIFT);
            double first = Math.ceil(low);
            if (first < high && first + 1 >= high) {
                return first;
            }
        }
        return midpoint(bucket);
    }

    static int index(double magnitude) {
        return (int) (Double.doubleToRawLongBits(magnitude) >>> SHIFT);
    }

    /** Midpoint of a bucket: halfway between its lower edge and the next bucket's. */
    static double midpoint(int index) {
        double low = Double.longBitsToDouble((long) index << SHIFT);
        double high = Double.longBitsToDouble((long) (index + 1) << SHIFT);
        return 0.5 * (low + high);
    }

    /**
     * The buckets of one sign: bucket {@code base + i} holds {@code low[i] + 65536 * high[i]}
     * ({@code high} is null until a count first passes 65,535).
     */
    private static final class Side {
        private static final char[] NONE = new char[0];
        private char[] low = NONE;
        private int[] high;
        private int base;
        private long total;

        /** Adds {@code amount} to one bucket, as that many single adds would (carries included). */
        void add(int index, long amount) {
            int i = index - base;
            if (i < 0 || i >= low.length) {
                i = make(index, index);
            }
            long sum = low[i] + amount;
            low[i] = (char) sum;
            if (sum > 0xFFFF) {
                carry(i, Math.toIntExact(sum >>> 16));
            }
            total += amount;
        }

        private void carry(int i, int amount) {
            if (high == null) {
                high = new int[low.length];
            }
            high[i] += amount;
        }

        long count(int i) {
            return low[i] + (high == null ? 0 : (long) high[i] << 16);
        }

        long bytes() {
            return 2L * low.length + (high == null ? 0 : 4L * high.length);
        }

        /** The first and one past the last non-empty bucket's offset ([0, 0) when empty). */
        private int[] used() {
            int first = 0;
            while (first < low.length && count(first) == 0) {
                first++;
            }
            int end = low.length;
            while (end > first && count(end - 1) == 0) {
                end--;
            }
            return new int[] {first, end};
        }

        int encodedBytes() {
            int[] u = used();
            int n = u[1] - u[0];
            return Long.BYTES + 2 * Integer.BYTES + 1 + n * Character.BYTES + (high == null ? 0 : n * Integer.BYTES);
        }

        void write(ByteBuffer out) {
            int[] u = used();
            out.putLong(total);
            out.putInt(base + u[0]);
            out.putInt(u[1] - u[0]);
            out.put((byte) (high == null ? 0 : 1));
            for (int i = u[0]; i < u[1]; i++) {
                out.putChar(low[i]);
            }
            if (high != null) {
                for (int i = u[0]; i < u[1]; i++) {
                    out.putInt(high[i]);
                }
            }
        }

        void read(ByteBuffer in) {
            total = in.getLong();
            base = in.getInt();
            int n = in.getInt();
            boolean carries = in.get() != 0;
            if (n < 0 || n > in.remaining() / Character.BYTES) {
                throw new IllegalArgumentException("sketch: " + n + " buckets do not fit the " + in.remaining()
                        + " bytes left");
            }
            low = n == 0 ? NONE : new char[n];
            for (int i = 0; i < n; i++) {
                low[i] = in.getChar();
            }
            high = carries ? new int[n] : null;
            if (carries) {
                for (int i = 0; i < n; i++) {
                    high[i] = in.getInt();
                }
            }
            long sum = 0;
            for (int i = 0; i < n; i++) {
                sum += count(i);
            }
            if (sum != total) {
                // The rank scans stop on the counts, so they must add up to the total.
                throw new IllegalArgumentException("sketch: buckets hold " + sum + " values, not " + total);
            }
        }

        /**
         * Makes room for buckets [from, to]; returns the offset of {@code from}. The array grows
         * to the span seen plus an eighth (at least 16) on the side it grew, so it stays close
         * to the values' spread while growing only a few times.
         */
        private int make(int from, int to) {
            if (low.length == 0) {
                low = new char[16];
                base = from - 8;
                return make(from, to);
            }
            int newLow = Math.min(from, base);
            int newHigh = Math.max(to, base + low.length - 1);
            if (newLow < base || newHigh >= base + low.length) {
                int span = newHigh - newLow + 1;
                int slack = Math.max(16, span / 8);
                int newBase = newLow < base ? newLow - slack : newLow;
                int length = span + slack;
                char[] grownLow = new char[length];
                System.arraycopy(low, 0, grownLow, base - newBase, low.length);
                if (high != null) {
                    int[] grownHigh = new int[length];
                    System.arraycopy(high, 0, grownHigh, base - newBase, high.length);
                    high = grownHigh;
                }
                low = grownLow;
                base = newBase;
            }
            return from - base;
        }

        void merge(Side other) {
            if (other.total == 0) {
                return;
            }
            int[] u = other.used();
            int first = u[0];
            int last = u[1] - 1;
            int offset = make(other.base + first, other.base + last) - first;
            if (high == null && other.high == null) {
                // The common case: 16-bit counts on both sides, carrying only where a sum overflows.
                for (int i = first; i <= last; i++) {
                    int sum = low[offset + i] + other.low[i];
                    low[offset + i] = (char) sum;
                    if (sum > 0xFFFF) {
                        carry(offset + i, 1);
                    }
                }
            } else {
                for (int i = first; i <= last; i++) {
                    long sum = count(offset + i) + other.count(i);
                    low[offset + i] = (char) sum;
                    if (high == null) {
                        high = new int[low.length];
                    }
                    high[offset + i] = Math.toIntExact(sum >>> 16);
                }
            }
            total += other.total;
        }

        void clear() {
            Arrays.fill(low, (char) 0);
            high = null;
            total = 0;
        }

        /**
         * The bucket of the value of rank {@code rank} (0 for the smallest magnitude), scanned
         * from the nearer end: the tables ask for p5 to p95 of every sketch, and the top half
         * found from the top costs half the buckets. The same bucket either way: counting from
         * the top, the first bucket whose count from the top passes {@code total - 1 - rank} is
         * the first whose count from the bottom passes {@code rank}.
         */
        int bucketAtRank(long rank) {
            if (rank < 0 || rank >= total) {
                throw new IllegalStateException("rank " + rank + " outside [0, " + total + ")");
            }
            boolean fromBottom = rank < total / 2;
            long target = fromBottom ? rank : total - 1 - rank;
            int step = fromBottom ? 1 : -1;
            int i = fromBottom ? 0 : low.length - 1;
            long seen = count(i);
            while (seen <= target) {
                i += step;
                seen += count(i);
            }
            return base + i;
        }
    }
}
