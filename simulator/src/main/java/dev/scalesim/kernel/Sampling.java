package dev.scalesim.kernel;

import java.util.Locale;

/** How a trial's uncertain inputs are drawn. */
public enum Sampling {
    /** Plain Monte Carlo: one independent uniform per input and trial. */
    MC,
    /**
     * Latin hypercube, stratified per block of {@link Engine#BLOCK} trials: within a block each
     * input's uniforms fall one in each of the block's equal strata, in a random order of their
     * own. Blocks are independent, so results still depend only on (scenario, seed).
     */
    LHS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
