package dev.scalesim.kernel;

import java.util.Arrays;

/**
 * A worker's milestone state: the first month each arm reached each milestone in the current
 * trial, then counted into the block's {@link Records}. Allocation-free after construction.
 */
final class MilestoneTracker {
    private final Milestone[] milestones;
    private final int[] metric;
    private final int months;
    /** First month arm a reached milestone k in the current trial, 0 if not yet: [a * K + k]. */
    private final int[] first;

    MilestoneTracker(Layout layout, int arms) {
        milestones = layout.sim().analysis().milestones().toArray(new Milestone[0]);
        metric = new int[milestones.length];
        for (int k = 0; k < milestones.length; k++) {
            metric[k] = layout.monthlyIndex(milestones[k].metric());
        }
        months = layout.months();
        first = new int[arms * milestones.length];
    }

    boolean any() {
        return milestones.length > 0;
    }

    /** Before an arm's months. */
    void start(int arm) {
        Arrays.fill(first, arm * milestones.length, (arm + 1) * milestones.length, 0);
    }

    /** After month t's books are closed. */
    void month(int arm, int t, double[] metrics) {
        int at = arm * milestones.length;
        for (int k = 0; k < milestones.length; k++) {
            if (first[at + k] == 0 && milestones[k].holds(metrics[metric[k]])) {
                first[at + k] = t;
            }
        }
    }

    /** After the arm's horizon: counts each milestone's first month (months + 1 for never). */
    void end(int arm, Records records) {
        int at = arm * milestones.length;
        for (int k = 0; k < milestones.length; k++) {
            int month = first[at + k] == 0 ? months + 1 : first[at + k];
            records.reached[records.reachedSlot(arm, k, month)]++;
        }
    }
}
