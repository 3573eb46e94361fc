package dev.scalesim.stats;

import java.nio.ByteBuffer;

/**
 * A fixed number of mergeable quantile sketches ({@link LogHistogram}), one per slot, with
 * relative accuracy {@value #RELATIVE_ACCURACY}. Merging is exact and order-free.
 */
public final class Sketches {
    public static final double RELATIVE_ACCURACY = 0.002;

    private final LogHistogram[] sketches;

    public Sketches(int size) {
        sketches = new LogHistogram[size];
        for (int i = 0; i < size; i++) {
            sketches[i] = new LogHistogram();
        }
    }

    public int size() {
        return sketches.length;
    }

    /** Adds a value; non-finite values (an undefined metric) are skipped. */
    public void add(int slot, double x) {
        if (Double.isFinite(x)) {
            sketches[slot].add(x);
        }
    }

    /** Adds {@code count} values from {@code values[from..]} to one slot. */
    public void addAll(int slot, double[] values, int from, int count) {
        sketches[slot].addAll(values, from, count);
    }

    public void merge(Sketches other) {
        if (other.sketches.length != sketches.length) {
            throw new IllegalArgumentException("size mismatch: " + sketches.length + " vs "
                    + other.sketches.length);
        }
        for (int i = 0; i < sketches.length; i++) {
            sketches[i].merge(other.sketches[i]);
        }
    }

    /** Bytes {@link #write} puts. */
    public long encodedBytes() {
        long bytes = Integer.BYTES;
        for (LogHistogram s : sketches) {
            bytes += s.encodedBytes();
        }
        return bytes;
    }

    /** Writes every sketch exactly (see {@link LogHistogram#write}), after their number. */
    public void write(ByteBuffer out) {
        out.putInt(sketches.length);
        for (LogHistogram s : sketches) {
            s.write(out);
        }
    }

    /**
     * Merges sketches written by {@link #write} into these, slot by slot, as {@link #merge}
     * would: the result is the same in any order.
     *
     * @throws IllegalArgumentException when they are not as many as these
     */
    public void mergeEncoded(ByteBuffer in) {
        int n = in.getInt();
        if (n != sketches.length) {
            throw new IllegalArgumentException("size mismatch: " + sketches.length + " vs " + n + " encoded");
        }
        for (LogHistogram s : sketches) {
            s.merge(LogHistogram.read(in));
        }
    }

    public void clear() {
        for (LogHistogram s : sketches) {
            s.clear();
        }
    }

    public long count(int slot) {
        return sketches[slot].count();
    }

    /** The q-quantile (q in [0, 1]) of the slot's values, NaN when empty. */
    public double quantile(int slot, double q) {
        return sketches[slot].quantile(q);
    }
}
