package dev.scalesim.support;

import dev.scalesim.kernel.Mechanism;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.mechanism.CohortBook;
import java.util.List;

/** The reference for pooled churn: the same simulation with every cohort drawn on its own. */
public final class Pooling {
    private Pooling() {
    }

    /** {@code sim} with its cohort book replaced by {@link CohortBook#unpooled()}. */
    public static Simulation unpooled(Simulation sim) {
        List<Mechanism> mechanisms = sim.mechanisms().stream()
                .map(m -> m instanceof CohortBook ? (Mechanism) CohortBook.unpooled() : m)
                .toList();
        return new Simulation(sim.name(), sim.months(), sim.trials(), sim.seed(), sim.segments(), sim.params(),
                mechanisms, sim.arms(), sim.analysis());
    }
}
