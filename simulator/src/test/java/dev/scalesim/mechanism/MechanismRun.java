package dev.scalesim.mechanism;

import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.CoreParams;
import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Mechanism;
import dev.scalesim.kernel.Param;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.stats.Distribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a few mechanisms alone through the engine (baseline arm only), for mechanism tests.
 * A parameter the test does not set is neutral: unlimited where allowed, otherwise the bottom
 * of its valid range (0 for rates and money), so only what a test names is switched on.
 */
final class MechanismRun {
    private final List<Mechanism> mechanisms;
    private final Map<String, Distribution> values = new HashMap<>();
    private List<String> segments = List.of("all");
    private int months = 12;
    private int trials = 4_000;
    private long seed = 20_240_601;

    private MechanismRun(List<Mechanism> mechanisms) {
        this.mechanisms = mechanisms;
    }

    static MechanismRun of(Mechanism... mechanisms) {
        return new MechanismRun(List.of(mechanisms));
    }

    MechanismRun segments(String... ids) {
        segments = List.of(ids);
        return this;
    }

    MechanismRun set(String id, double value) {
        values.put(id, Distribution.constant(value));
        return this;
    }

    MechanismRun months(int n) {
        months = n;
        return this;
    }

    MechanismRun trials(int n) {
        trials = n;
        return this;
    }

    MechanismRun seed(long n) {
        seed = n;
        return this;
    }

    Results run() {
        Map<String, ParamDef> defs = new LinkedHashMap<>();
        CoreParams.ALL.forEach(d -> defs.put(d.id(), d));
        mechanisms.forEach(m -> m.params().forEach(d -> defs.putIfAbsent(d.id(), d)));
        List<Param> params = new ArrayList<>();
        for (ParamDef def : defs.values()) {
            if (def.perSegment()) {
                for (String s : segments) {
                    params.add(param(s + "." + def.id(), def, s));
                }
            } else {
                params.add(param(def.id(), def, null));
            }
        }
        Simulation sim = new Simulation("test", months, trials, seed, segments, params, mechanisms,
                List.of(Arm.baseline()));
        return Engine.run(sim, 2);
    }

    private Param param(String id, ParamDef def, String segment) {
        Distribution value = values.get(id);
        if (value == null && segment != null) {
            value = values.get(def.id());
        }
        if (value == null) {
            value = Distribution.constant(def.unlimitedAllowed() ? Double.POSITIVE_INFINITY : def.clamp(0));
        }
        return new Param(id, def, segment, value, "test");
    }

    /** Mean of a monthly metric at month t (baseline). */
    static double mean(Results r, String metric, int t) {
        return r.monthlyMean(0, r.monthlyIndex(metric), t);
    }

    /** Standard error of that mean. */
    static double se(Results r, String metric, int t) {
        int i = r.monthlyIndex(metric);
        return r.monthlySd(0, i, t) / Math.sqrt(r.monthlyCount(0, i, t));
    }
}
