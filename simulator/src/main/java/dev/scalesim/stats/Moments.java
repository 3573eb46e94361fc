package dev.scalesim.stats;

/**
 * A fixed number of independent running moments (count, mean, variance) in primitive arrays.
 *
 * <p>Welford's update within a block, Chan et al.'s pairwise merge across blocks. Non-finite
 * values are skipped (a metric can be undefined in a trial, e.g. gross margin without revenue),
 * so {@link #count} can be below the number of trials.
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

    /** Adds {@code count} values from {@code values[from..]} to one slot, in order. */
    public void addAll(int slot, double[] values, int from, int count) {
        long k = n[slot];
        double mu = mean[slot];
        double s2 = m2[slot];
        for (int i = from; i < from + count; i++) {
            double x = values[i];
            if (Double.isFinite(x)) {
                k++;
                double d = x - mu;
                mu += d / k;
                s2 += d * (x - mu);
            }
        }
        n[slot] = k;
        mean[slot] = mu;
        m2[slot] = s2;
    }

    /** Adds {@code other} slot by slot (Chan's parallel formula); the result depends on order. */
    public void merge(Moments other) {
        if (other.n.length != n.length) {
            throw new IllegalArgumentException("size mismatch: " + n.length + " vs " + other.n.length);
        }
        for (int i = 0; i < n.length; i++) {
            long nb = other.n[i];
            if (nb == 0) {
                continue;
            }
            long na = n[i];
            if (na == 0) {
                n[i] = nb;
                mean[i] = other.mean[i];
                m2[i] = other.m2[i];
                continue;
            }
            long total = na + nb;
            double d = other.mean[i] - mean[i];
            mean[i] += d * nb / total;
            m2[i] += other.m2[i] + d * d * ((double) na * nb / total);
            n[i] = total;
        }
    }

    public void clear() {
        java.util.Arrays.fill(n, 0);
        java.util.Arrays.fill(mean, 0);
        java.util.Arrays.fill(m2, 0);
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
