package dev.scalesim.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The index tables of a run: ids of parameters and metrics to slots, each arm's effects
 * compiled against parameter indexes, and a draw slot for every effect size. Built once per run
 * and shared read-only by the workers.
 */
final class Layout {
    /** An effect bound to one parameter index and to the slot holding its drawn size. */
    record CompiledEffect(int param, Effect effect, int sizeSlot, int conditionMetric) {
    }

    /** An arm's compiled effects and the interventions whose costs it books. */
    record ArmPlan(Arm arm, List<CompiledEffect> effects, List<CompiledEffect> conditional,
            int[] interventions) {
    }

    private final Simulation sim;
    private final Map<String, Integer> paramIndex = new HashMap<>();
    private final List<Metric> monthly = new ArrayList<>(CoreMetrics.ALL);
    private final Map<String, Integer> monthlyIndex = new HashMap<>();
    private final List<Intervention> interventions = new ArrayList<>();
    private final int[] firstSizeSlot;
    private final List<ArmPlan> plans = new ArrayList<>();
    private final int sizeSlots;

    Layout(Simulation sim) {
        this.sim = sim;
        for (int i = 0; i < sim.params().size(); i++) {
            if (paramIndex.put(sim.params().get(i).id(), i) != null) {
                throw new IllegalArgumentException("duplicate parameter " + sim.params().get(i).id());
            }
        }
        for (ParamDef def : CoreParams.ALL) {
            if (def.perSegment()) {
                sim.segments().forEach(s -> paramIndex(s + "." + def.id()));
            } else {
                paramIndex(def.id());
            }
        }
        for (Mechanism mechanism : sim.mechanisms()) {
            for (ParamDef def : mechanism.params()) {
                if (def.perSegment()) {
                    sim.segments().forEach(s -> paramIndex(s + "." + def.id()));
                } else {
                    paramIndex(def.id());
                }
            }
            for (Metric metric : mechanism.metrics()) {
                if (monthly.stream().noneMatch(m -> m.id().equals(metric.id()))) {
                    monthly.add(metric);
                }
            }
        }
        for (int i = 0; i < monthly.size(); i++) {
            monthlyIndex.put(monthly.get(i).id(), i);
        }
        Map<String, Intervention> byId = new LinkedHashMap<>();
        for (Arm arm : sim.arms()) {
            for (Intervention iv : arm.interventions()) {
                Intervention known = byId.putIfAbsent(iv.id(), iv);
                if (known != null && !known.equals(iv)) {
                    throw new IllegalArgumentException("two different solutions named " + iv.id());
                }
            }
        }
        interventions.addAll(byId.values());
        firstSizeSlot = new int[interventions.size()];
        int slot = 0;
        for (int i = 0; i < interventions.size(); i++) {
            firstSizeSlot[i] = slot;
            slot += interventions.get(i).effects().size();
        }
        sizeSlots = slot;
        for (Arm arm : sim.arms()) {
            plans.add(plan(arm));
        }
    }

    private ArmPlan plan(Arm arm) {
        List<CompiledEffect> effects = new ArrayList<>();
        List<CompiledEffect> conditional = new ArrayList<>();
        int[] ivs = new int[arm.interventions().size()];
        for (int k = 0; k < ivs.length; k++) {
            Intervention iv = arm.interventions().get(k);
            int i = interventions.indexOf(iv);
            ivs[k] = i;
            for (int e = 0; e < iv.effects().size(); e++) {
                Effect effect = iv.effects().get(e);
                int metric = effect.when() == null ? -1 : monthlyIndex(effect.when().metric());
                for (int p : targets(effect.param())) {
                    CompiledEffect ce = new CompiledEffect(p, effect, firstSizeSlot[i] + e, metric);
                    effects.add(ce);
                    if (effect.when() != null) {
                        conditional.add(ce);
                    }
                }
            }
        }
        return new ArmPlan(arm, List.copyOf(effects), List.copyOf(conditional), ivs);
    }

    /** Parameter indexes an effect id addresses: one, or one per segment when unqualified. */
    int[] targets(String id) {
        Integer direct = paramIndex.get(id);
        if (direct != null) {
            return new int[] {direct};
        }
        int[] out = new int[sim.segments().size()];
        for (int s = 0; s < out.length; s++) {
            out[s] = paramIndex(sim.segments().get(s) + "." + id);
        }
        if (out.length == 0) {
            throw new IllegalArgumentException("unknown parameter " + id);
        }
        return out;
    }

    Simulation sim() {
        return sim;
    }

    int months() {
        return sim.months();
    }

    List<String> segments() {
        return sim.segments();
    }

    Param param(int index) {
        return sim.params().get(index);
    }

    int paramCount() {
        return sim.params().size();
    }

    int paramIndex(String id) {
        Integer i = paramIndex.get(id);
        if (i == null) {
            throw new IllegalArgumentException("parameter " + id + " is read by a mechanism but "
                    + "missing from the simulation");
        }
        return i;
    }

    List<Metric> monthly() {
        return monthly;
    }

    /**
     * Monthly slots the run records: every metric and then the segment breakdown ({@link
     * SegmentFields}), or none in an outcomes-only run.
     */
    int recordedMetrics() {
        return sim.analysis().monthly() ? metricSlots() : 0;
    }

    /** Slots of a month's values: the metrics, then each segment's fields and the unallocated rest. */
    int metricSlots() {
        return monthly.size() + (segments().size() + 1) * SegmentFields.COUNT;
    }

    /**
     * The slot of one field of a segment's breakdown; {@code segment == segments().size()} is
     * the unallocated rest (revenue and costs no segment owns), so the rows add up to the totals.
     */
    int segmentSlot(int segment, int field) {
        return monthly.size() + segment * SegmentFields.COUNT + field;
    }

    int monthlyIndex(String id) {
        Integer i = monthlyIndex.get(id);
        if (i == null) {
            throw new IllegalArgumentException("unknown monthly metric " + id);
        }
        return i;
    }

    List<Intervention> interventions() {
        return interventions;
    }

    int firstSizeSlot(int intervention) {
        return firstSizeSlot[intervention];
    }

    int sizeSlots() {
        return sizeSlots;
    }

    List<ArmPlan> plans() {
        return plans;
    }
}
