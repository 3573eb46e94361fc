package dev.scalesim.kernel;

import dev.scalesim.stats.Sketches;

/**
 * Quantile sketches of monthly metrics and outcomes. Each worker owns one for the whole run;
 * sketch bins hold integer counts, so merging the workers' sketches gives the same result in
 * any order and whichever worker ran which block.
 */
final class Quantiles {
    final Sketches monthly;
    final Sketches outcomes;

    Quantiles(int monthlySlots, int outcomeSlots) {
        monthly = new Sketches(monthlySlots);
        outcomes = new Sketches(outcomeSlots);
    }

    void merge(Quantiles other) {
        monthly.merge(other.monthly);
        outcomes.merge(other.outcomes);
    }
}
