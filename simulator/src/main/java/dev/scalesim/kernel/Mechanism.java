package dev.scalesim.kernel;

import java.util.List;
import java.util.Set;

/**
 * A piece of business logic the engine runs every month: acquisition, churn by cohort, a
 * two-sided market, price wars, ... A business model is an ordered list of mechanisms; they
 * talk through the shared {@link Month} (earlier mechanisms set factors that later ones use).
 *
 * <p>A mechanism itself is immutable; {@link #start} creates the mutable state for one arm on
 * one worker, reused from trial to trial. Mechanisms whose id, parameters and metrics are fixed
 * when they are made extend {@link AbstractMechanism}; the few that build their parameter
 * definitions from constructor arguments (a price walk, a kind of rare event) implement this.
 */
public interface Mechanism {

    /** Short id, e.g. {@code acquisition}. */
    String id();

    /** Parameters the mechanism reads. */
    List<ParamDef> params();

    /** Monthly metrics the mechanism reports, beyond the core ones. */
    default List<Metric> metrics() {
        return List.of();
    }

    /** The {@link Month} factors this mechanism sets each month, for mechanisms later in the order. */
    default Set<Factor> writes() {
        return Set.of();
    }

    /** The {@link Month} factors this mechanism uses each month: their writers must come before it. */
    default Set<Factor> reads() {
        return Set.of();
    }

    /** Binds parameter, metric and stream ids to this run's slots. */
    Process start(Binding binding);

    /** The per-arm mutable state of a mechanism. */
    interface Process {
        /** Called before month 1 of every trial, with the arm's parameters already prepared. */
        void reset(Month m);

        /** Called once per month, in model order. */
        void month(Month m);
    }
}
