package dev.scalesim.kernel;

import dev.scalesim.stats.Moments;
import java.util.Arrays;

/**
 * What a block of trials (or a whole run) records for decision analytics beside the standard
 * statistics of its {@link Summary}: the month each arm first reached each milestone (integer
 * counts, so merging is order-free), the paired differences between every two arms on one
 * outcome (merged in block order with the summary), and the captured trials' inputs and outcomes
 * for sensitivity analysis (rows at fixed positions by trial index, so merging only copies).
 */
final class Records {
    final int arms;
    final int months;
    final int milestones;
    /** Trials reaching milestone k first in month t (t = months + 1: not by the horizon), by arm. */
    final long[] reached;
    /** (arm a - arm b) on the rank outcome for a < b, slot a * arms + b; null when not asked. */
    final Moments pairwise;
    /** Values per captured trial; 0 when nothing is captured. */
    final int width;
    /** Trials whose rows are kept: those with index below it. */
    final long limit;
    final double[] rows;
    private final int capacity;
    /** Index of the trial in row 0 of this record (a block's first trial; 0 for a run's total). */
    long first;
    /** Rows filled, from row 0. */
    int count;

    /**
     * @param capacity rows this record holds: a block's trials, or the run's whole capture
     */
    Records(int arms, int months, int milestones, boolean pairwise, int width, long limit, int capacity) {
        this.arms = arms;
        this.months = months;
        this.milestones = milestones;
        this.reached = new long[arms * milestones * (months + 2)];
        this.pairwise = pairwise ? new Moments(arms * arms) : null;
        this.width = width;
        this.limit = limit;
        this.capacity = width == 0 ? 0 : capacity;
        this.rows = new double[this.capacity * width];
    }

    static Records none(int arms, int months) {
        return new Records(arms, months, 0, false, 0, 0, 0);
    }

    int reachedSlot(int arm, int milestone, int month) {
        return (arm * milestones + milestone) * (months + 2) + month;
    }

    /** The row to fill for a trial, or -1 when the trial is not captured. */
    int row(long trial) {
        if (width == 0 || trial >= limit) {
            return -1;
        }
        if (count == 0) {
            first = trial;
        }
        int r = (int) (trial - first);
        if (r < 0 || r >= capacity) {
            throw new IllegalStateException("trial " + trial + " outside this record's rows from " + first);
        }
        count = Math.max(count, r + 1);
        return r * width;
    }

    void merge(Records other) {
        for (int i = 0; i < reached.length; i++) {
            reached[i] += other.reached[i];
        }
        if (pairwise != null) {
            pairwise.merge(other.pairwise);
        }
        if (other.count > 0) {
            int at = (int) (other.first - first);
            System.arraycopy(other.rows, 0, rows, at * width, other.count * width);
            count = Math.max(count, at + other.count);
        }
    }

    void clear() {
        Arrays.fill(reached, 0);
        if (pairwise != null) {
            pairwise.clear();
        }
        first = 0;
        count = 0;
    }

    /** Bytes held by a run's total record (the captured rows dominate). */
    static long bytes(int arms, int months, int milestones, int width, long capture) {
        return (long) arms * milestones * (months + 2) * Long.BYTES + (long) arms * arms * 3 * Long.BYTES
                + capture * width * Double.BYTES;
    }
}
