package dev.scalesim.kernel;

import java.util.List;

/**
 * A {@link Mechanism} whose id, parameters and metrics are fixed when it is made, as they are
 * for most mechanisms: subclasses pass them to the constructor and write only {@link #start}.
 */
public abstract class AbstractMechanism implements Mechanism {
    private final String id;
    private final List<ParamDef> params;
    private final List<Metric> metrics;

    protected AbstractMechanism(String id, List<ParamDef> params, List<Metric> metrics) {
        this.id = id;
        this.params = List.copyOf(params);
        this.metrics = List.copyOf(metrics);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<ParamDef> params() {
        return params;
    }

    @Override
    public final List<Metric> metrics() {
        return metrics;
    }
}
