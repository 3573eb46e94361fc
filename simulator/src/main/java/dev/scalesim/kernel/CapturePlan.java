package dev.scalesim.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a captured trial: every uncertain input (parameters drawn from a
 * distribution, then solutions' effect sizes drawn from one), every outcome of the baseline, and
 * ARR at the horizon of every other arm (what sensitivity analysis explains; keeping only that
 * makes a row grow by one value per arm, not ten). Constant values are left out: they explain
 * nothing.
 */
final class CapturePlan {
    final int[] params;
    final int[] sizeSlots;
    final List<String> inputNames;
    final int arms;
    final int width;

    CapturePlan(Layout layout) {
        List<String> names = new ArrayList<>();
        List<Integer> ps = new ArrayList<>();
        for (int p = 0; p < layout.paramCount(); p++) {
            if (!layout.param(p).value().isConstant()) {
                ps.add(p);
                names.add(layout.param(p).id());
            }
        }
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < layout.interventions().size(); i++) {
            Intervention iv = layout.interventions().get(i);
            for (int e = 0; e < iv.effects().size(); e++) {
                Effect effect = iv.effects().get(e);
                if (!effect.size().isConstant()) {
                    slots.add(layout.firstSizeSlot(i) + e);
                    names.add(iv.id() + "." + effect.param() + (countParam(iv, effect.param()) > 1 ? "#" + e : ""));
                }
            }
        }
        params = ps.stream().mapToInt(Integer::intValue).toArray();
        sizeSlots = slots.stream().mapToInt(Integer::intValue).toArray();
        inputNames = List.copyOf(names);
        arms = layout.plans().size();
        width = params.length + sizeSlots.length + Outcomes.COUNT + arms - 1;
    }

    private static long countParam(Intervention iv, String param) {
        return iv.effects().stream().filter(e -> e.param().equals(param)).count();
    }

    int inputs() {
        return params.length + sizeSlots.length;
    }

    /** The column of an outcome: any of the baseline's, or another arm's ARR. */
    int outcomeColumn(int arm, int outcome) {
        if (arm == 0) {
            return inputs() + outcome;
        }
        if (outcome != Outcomes.ARR_END) {
            throw new IllegalArgumentException("trials keep only ARR at the horizon of arms other than the baseline, "
                    + "asked for " + Outcomes.ALL.get(outcome).id());
        }
        return inputs() + Outcomes.COUNT + arm - 1;
    }

    /** Writes a trial's row. */
    void write(double[] rows, int at, double[] base, double[] sizes, double[][] outcomes) {
        int c = at;
        for (int p : params) {
            rows[c++] = base[p];
        }
        for (int s : sizeSlots) {
            rows[c++] = sizes[s];
        }
        System.arraycopy(outcomes[0], 0, rows, c, Outcomes.COUNT);
        c += Outcomes.COUNT;
        for (int a = 1; a < outcomes.length; a++) {
            rows[c++] = outcomes[a][Outcomes.ARR_END];
        }
    }
}
