package dev.scalesim.kernel;

import dev.scalesim.stats.Sketches;

/**
 * Quantile sketches of monthly metrics, outcomes and paired changes of outcomes. Each worker owns one for the whole run;
 * sketch bins hold integer counts, so merging the workers' sketches gives the same result in
 * any order and whichever worker ran which block.
 */
final class Quantiles {
    final Sketches monthly;
    final Sketches outcomes;
    /** Paired changes (arm - baseline) per outcome slot; the baseline's own slots stay empty. */
    final Sketches deltas;

    Quantiles(int monthlySlots, int outcomeSlots) {
        monthly = new Sketches(monthlySlots);
        outcomes = new Sketches(outcomeSlots);
        deltas = new Sketches(outcomeSlots);
    }

    void merge(Quantiles other) {
        monthly.merge(other.monthly);
        outcomes.merge(other.outcomes);
        deltas.merge(other.deltas);
    }
}
