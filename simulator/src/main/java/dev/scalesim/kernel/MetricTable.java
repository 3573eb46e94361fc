package dev.scalesim.kernel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Metrics declared one statement each, every one given the next slot as it is declared: a
 * metric's id, unit, direction, meaning and slot are written once, side by side, so a table of
 * slots and a list of metrics cannot drift apart (as two hand-kept lists could).
 */
final class MetricTable {
    private final List<Metric> metrics = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private List<Metric> all;

    /** Declares the next metric; returns its slot. */
    int add(Metric metric) {
        if (all != null) {
            throw new IllegalStateException("metric " + metric.id() + " declared after the table was closed");
        }
        if (!ids.add(metric.id())) {
            throw new IllegalArgumentException("metric " + metric.id() + " declared twice");
        }
        metrics.add(metric);
        return metrics.size() - 1;
    }

    /** Every metric declared, in slot order; no more can be added. */
    List<Metric> close() {
        if (all == null) {
            all = List.copyOf(metrics);
        }
        return all;
    }
}
