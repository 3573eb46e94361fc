package dev.scalesim.stats;

import java.util.Arrays;

/**
 * A fixed number of independent running moments (count, mean, variance) in primitive arrays.
 *
 * <p>Single values use Welford's update. A run of values ({@link #addAll}) is summed without
 * division as deviations from a shift (the slot's mean so far, or the run's first value) and
 * merged with Chan et al.'s pairwise formula, as blocks are merged across threads: Welford
 * divides for every value, and the chain of dependent divisions costs about ten times more.
 * The shifted sums of a run of k values give its squared deviations M2 with a relative error
 * below about {@code (k + 2) eps (1 + 2 (mean - shift)^2 / variance)} (Chan, Golub and LeVeque,
 * 1983), eps = 1.1e-16: under 1e-13 for a run of 500 values shifted by a few standard
 * deviations, far below anything the reports print. Non-finite values are skipped (a metric can
 * be undefined in a trial, e.g. gross margin without revenue), so {@link #count} can be below
 * the number of trials.
 */
public final class Moments {
    private final long[] n;
    private final double[] mean;
    private final double[] m2;

    public Moments(int size) {
        n = new long[size];
        mean = new double[size];
        m2 = new double[size];
    }

    public int size() {
        return n.length;
    }

    public void add(int slot, double x) {
        if (!Double.isFinite(x)) {
            return;
        }
        long k = ++n[slot];
        double d = x - mean[slot];
        mean[slot] += d / k;
        m2[slot] += d * (x - mean[slot]);
    }

    /**
     * Adds {@code count} values from {@code values[from..]} to one slot as one run (see the
     * class comment). The result depends on how values are grouped into runs, so callers keep
     * the grouping independent of threads.
     */
    public void addAll(int slot, double[] values, int from, int count) {
        int end = from + count;
        double shift;
        if (n[slot] > 0) {
            shift = mean[slot];
        } else {
            int i = from;
            while (i < end && !Double.isFinite(values[i])) {
                i++;
            }
            if (i == end) {
                return;
            }
            shift = values[i];
        }
        // Two interleaved sums halve the chain of dependent additions.
        double a1 = 0;
        double a2 = 0;
        double b1 = 0;
        double b2 = 0;
        long k = 0;
        int i = from;
        for (; i + 1 < end; i += 2) {
            double x = values[i];
            double y = values[i + 1];
            if (Double.isFinite(x)) {
                double d = x - shift;
                a1 += d;
                a2 += d * d;
                k++;
            }
            if (Double.isFinite(y)) {
                double d = y - shift;
                b1 += d;
                b2 += d * d;
                k++;
            }
        }
        if (i < end && Double.isFinite(values[i])) {
            double d = values[i] - shift;
            a1 += d;
            a2 += d * d;
            k++;
        }
        if (k == 0) {
            return;
        }
        double s1 = a1 + b1;
        double s2 = a2 + b2;
        double runMean = shift + s1 / k;
        double runM2 = Math.max(0, s2 - s1 * (s1 / k));
        combine(slot, k, runMean, runM2);
    }

    /** Chan's formula: adds a group of {@code nb} values with mean and M2 to a slot. */
    private void combine(int i, long nb, double meanB, double m2B) {
        long na = n[i];
        if (na == 0) {
            n[i] = nb;
            mean[i] = meanB;
            m2[i] = m2B;
            return;
        }
        long total = na + nb;
        double d = meanB - mean[i];
        mean[i] += d * nb / total;
        m2[i] += m2B + d * d * ((double) na * nb / total);
        n[i] = total;
    }

    /** Adds {@code other} slot by slot (Chan's parallel formula); the result depends on order. */
    public void merge(Moments other) {
        if (other.n.length != n.length) {
            throw new IllegalArgumentException("size mismatch: " + n.length + " vs " + other.n.length);
        }
        for (int i = 0; i < n.length; i++) {
            if (other.n[i] != 0) {
                combine(i, other.n[i], other.mean[i], other.m2[i]);
            }
        }
    }

    /** Its state (counts, means, sums of squared deviations), for codecs. */
    public void visit(ArrayVisitor v) {
        v.longs(n);
        v.doubles(mean);
        v.doubles(m2);
    }

    public void clear() {
        Arrays.fill(n, 0);
        Arrays.fill(mean, 0);
        Arrays.fill(m2, 0);
    }

    public long count(int slot) {
        return n[slot];
    }

    /** Mean, or NaN when nothing was added. */
    public double mean(int slot) {
        return n[slot] == 0 ? Double.NaN : mean[slot];
    }

    /** Sample variance (n - 1), or NaN below two values. */
    public double variance(int slot) {
        return n[slot] < 2 ? Double.NaN : Math.max(0, m2[slot] / (n[slot] - 1));
    }

    public double sd(int slot) {
        return Math.sqrt(variance(slot));
    }

    /** Standard error of the mean. */
    public double standardError(int slot) {
        return Math.sqrt(variance(slot) / n[slot]);
    }
}
