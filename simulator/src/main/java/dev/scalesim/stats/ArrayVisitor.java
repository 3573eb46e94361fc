package dev.scalesim.stats;

/**
 * Receives the primitive arrays that hold a statistic's state, always in the same order: all a
 * binary codec needs to copy the statistic exactly (to ship a block's summary from a cluster's
 * executor to its driver) without knowing what the arrays mean.
 */
public interface ArrayVisitor {
    void longs(long[] values);

    void doubles(double[] values);
}
