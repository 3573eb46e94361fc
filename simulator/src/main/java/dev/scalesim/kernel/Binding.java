package dev.scalesim.kernel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import java.util.function.Function;

/**
 * Resolves ids to this run's slots for a mechanism being started: parameter indexes, metric
 * slots and random streams. Streams are shared by every arm of a worker: that sharing is the
 * common random numbers.
 */
public final class Binding {
    private final Layout layout;
    private final Function<String, RandomStream> streams;
    private final Map<String, BinomialTables> tables = new HashMap<>();

    Binding(Layout layout, Function<String, RandomStream> streams) {
        this.layout = layout;
        this.streams = streams;
    }

    public int segments() {
        return layout.segments().size();
    }

    /**
     * The ids of this run's segments, in order: for mechanisms that give segments roles (the
     * buyer and seller sides of a marketplace). A model's segment may be absent when the
     * scenario's {@code segments} column leaves it out.
     */
    public List<String> segmentIds() {
        return layout.segments();
    }

    /** Index of a global parameter. */
    public int param(String id) {
        return layout.paramIndex(id);
    }

    /** Index of a per-segment parameter for each segment, in segment order. */
    public int[] segmentParam(String id) {
        int[] out = new int[segments()];
        for (int s = 0; s < out.length; s++) {
            out[s] = layout.paramIndex(layout.segments().get(s) + "." + id);
        }
        return out;
    }

    /**
     * Whether a parameter has one value in every trial, month and arm, and that value passes
     * {@code test}: a constant in the scenario that no solution's effect touches. A rule built on
     * this is the same for every arm, so it cannot break the arms' common random numbers.
     */
    public boolean fixed(int param, DoublePredicate test) {
        Param p = layout.param(param);
        if (!p.value().isConstant() || !test.test(p.value().sample(null))) {
            return false;
        }
        for (Layout.ArmPlan plan : layout.plans()) {
            for (Layout.CompiledEffect e : plan.effects()) {
                if (e.param() == param) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Slot of a monthly metric in {@link Month#metrics}. */
    public int metric(String id) {
        return layout.monthlyIndex(id);
    }

    /**
     * The named random stream, shared by every arm of the worker. Each mechanism uses streams
     * named after its id, so adding a mechanism never shifts another's numbers.
     */
    public RandomStream stream(String source) {
        return streams.apply(source);
    }

    /**
     * Binomial tables shared by every arm of the worker, one group per segment, for the
     * mechanism {@code owner} (its id): arms that draw at the same probability share entries.
     */
    public BinomialTables binomialTables(String owner) {
        return tables.computeIfAbsent(owner, o -> new BinomialTables(segments()));
    }
}
