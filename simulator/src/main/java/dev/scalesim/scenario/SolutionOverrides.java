package dev.scalesim.scenario;

import dev.scalesim.kernel.Effect;
import dev.scalesim.kernel.Intervention;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.model.Solution;
import dev.scalesim.stats.Distribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a row's {@code <solution>.<key>} cells change in one solution; empty where the row keeps
 * the solution's own value. The cells are checked (with a message naming the cell) before
 * they get here, so the constructor only guards against a caller that skipped the check.
 *
 * @param sizes effect sizes by the effect's parameter
 * @param start the first month of every effect
 * @param ramp the months every effect ramps over
 * @param oneTime the one-time cost
 * @param monthly the monthly cost
 */
record SolutionOverrides(Map<String, Distribution> sizes, OptionalInt start, OptionalInt ramp,
        Optional<Distribution> oneTime, Optional<Distribution> monthly) {
    static final SolutionOverrides NONE =
            new SolutionOverrides(Map.of(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());

    SolutionOverrides {
        sizes = Map.copyOf(sizes);
        if (start.isPresent() && (start.getAsInt() < 1 || start.getAsInt() > Simulation.MAX_MONTHS)) {
            throw new IllegalArgumentException("start must be in [1, " + Simulation.MAX_MONTHS + "], got "
                    + start.getAsInt());
        }
        if (ramp.isPresent() && (ramp.getAsInt() < 0 || ramp.getAsInt() > Simulation.MAX_MONTHS)) {
            throw new IllegalArgumentException("ramp must be in [0, " + Simulation.MAX_MONTHS + "], got "
                    + ramp.getAsInt());
        }
        for (Optional<Distribution> cost : List.of(oneTime, monthly)) {
            if (cost.isPresent() && cost.get().lower() < 0) {
                throw new IllegalArgumentException("a cost must be >= 0, got " + cost.get().expression());
            }
        }
    }

    /**
     * Why {@code d} cannot be the cost {@code field} (a cell's column name), or null when it can: a
     * cost is a finite amount >= 0.
     */
    static String costProblem(String field, Distribution d) {
        if (d.lower() < 0) {
            return field + " must be a cost >= 0, got " + d.expression();
        }
        if (d.upper() == Double.POSITIVE_INFINITY && d.isConstant()) {
            return field + " must be a finite amount >= 0 (a cost cannot be unlimited), got " + d.expression();
        }
        return null;
    }

    SolutionOverrides withSize(String param, Distribution size) {
        Map<String, Distribution> more = new HashMap<>(sizes);
        more.put(param, size);
        return new SolutionOverrides(more, start, ramp, oneTime, monthly);
    }

    SolutionOverrides withStart(int month) {
        return new SolutionOverrides(sizes, OptionalInt.of(month), ramp, oneTime, monthly);
    }

    SolutionOverrides withRamp(int months) {
        return new SolutionOverrides(sizes, start, OptionalInt.of(months), oneTime, monthly);
    }

    SolutionOverrides withOneTime(Distribution cost) {
        return new SolutionOverrides(sizes, start, ramp, Optional.of(cost), monthly);
    }

    SolutionOverrides withMonthly(Distribution cost) {
        return new SolutionOverrides(sizes, start, ramp, oneTime, Optional.of(cost));
    }

    /**
     * The solution as a row runs it: these changes applied, and effects on segments outside
     * {@code active} left out (they would change nothing).
     */
    Intervention apply(Solution s, List<String> active) {
        List<Effect> effects = new ArrayList<>();
        for (Effect e : s.effects()) {
            int dot = e.param().indexOf('.');
            if (dot >= 0 && !active.contains(e.param().substring(0, dot))) {
                continue;
            }
            Effect changed = sizes.containsKey(e.param()) ? e.withSize(sizes.get(e.param())) : e;
            if (start.isPresent() || ramp.isPresent()) {
                changed = changed.timing(start.orElse(e.start()), ramp.orElse(e.ramp()));
            }
            effects.add(changed);
        }
        return new Intervention(s.id(), effects, oneTime.orElse(s.oneTimeCost()), monthly.orElse(s.monthlyCost()),
                start.orElse(s.start()));
    }
}
