package dev.scalesim.support;

import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.CoreParams;
import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Mechanism;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.Param;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.kernel.Unit;
import dev.scalesim.stats.Distribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * Runs a few mechanisms on their own through the real engine, for mechanism tests: parameters
 * by id ({@code price} for every segment, {@code smb.price} for one). A parameter the test does
 * not set is neutral: unlimited where allowed (a market, a staffing load, a usage tier), otherwise
 * the bottom of its valid range (0 for rates and money), so only what a test names is switched
 * on. Unless a test says otherwise: one segment {@code all}, 12 months, 4,000 trials, seed
 * 20240601, the baseline arm only.
 */
public final class MechanismHarness {
    private final List<Mechanism> mechanisms = new ArrayList<>();
    private final List<String> segments = new ArrayList<>(List.of("all"));
    private final Map<String, Distribution> values = new HashMap<>();
    private int months = 12;
    private int trials = 4_000;
    private long seed = 20_240_601;
    private List<Arm> arms = List.of(Arm.baseline());

    private MechanismHarness() {
    }

    public static MechanismHarness of(Mechanism... mechanisms) {
        MechanismHarness h = new MechanismHarness();
        h.mechanisms.addAll(List.of(mechanisms));
        return h;
    }

    public MechanismHarness segments(String... ids) {
        segments.clear();
        segments.addAll(List.of(ids));
        return this;
    }

    public MechanismHarness set(String id, double value) {
        return set(id, Distribution.constant(value));
    }

    public MechanismHarness set(String id, Distribution value) {
        values.put(id, value);
        return this;
    }

    public MechanismHarness months(int n) {
        months = n;
        return this;
    }

    public MechanismHarness trials(int n) {
        trials = n;
        return this;
    }

    public MechanismHarness seed(long n) {
        seed = n;
        return this;
    }

    /** Months, trials and seed at once. */
    public MechanismHarness run(int newMonths, int newTrials, long newSeed) {
        return months(newMonths).trials(newTrials).seed(newSeed);
    }

    public MechanismHarness arms(List<Arm> newArms) {
        arms = List.copyOf(newArms);
        return this;
    }

    /** Runs the simulation on two threads (results do not depend on the thread count). */
    public Results results() {
        Map<String, Param> params = new LinkedHashMap<>();
        List<ParamDef> defs = new ArrayList<>(CoreParams.ALL);
        mechanisms.forEach(m -> defs.addAll(m.params()));
        for (ParamDef def : defs) {
            if (def.perSegment()) {
                for (String s : segments) {
                    String id = s + "." + def.id();
                    params.putIfAbsent(id, new Param(id, def, s, value(id, def), "test"));
                }
            } else {
                params.putIfAbsent(def.id(), new Param(def.id(), def, null, value(def.id(), def), "test"));
            }
        }
        Simulation sim = new Simulation("test", months, trials, seed, segments, List.copyOf(params.values()),
                mechanisms, arms);
        return Engine.run(sim, 2);
    }

    private Distribution value(String qualified, ParamDef def) {
        Distribution d = values.get(qualified);
        if (d == null) {
            d = values.get(def.id());
        }
        return d != null ? d : Distribution.constant(def.unlimitedAllowed() ? Double.POSITIVE_INFINITY : def.clamp(0));
    }

    /** Sum over months 1..months of an arm's monthly mean. */
    public static double total(Results r, int arm, String metric) {
        int k = r.monthlyIndex(metric);
        double sum = 0;
        for (int t = 1; t <= r.simulation().months(); t++) {
            sum += r.monthlyMean(arm, k, t);
        }
        return sum;
    }

    /** Mean of a monthly metric at month t (baseline). */
    public static double mean(Results r, String metric, int t) {
        return r.monthlyMean(0, r.monthlyIndex(metric), t);
    }

    /** Standard deviation of a monthly metric over trials at month t (baseline). */
    public static double sd(Results r, String metric, int t) {
        return r.monthlySd(0, r.monthlyIndex(metric), t);
    }

    /** Standard error of {@link #mean}. */
    public static double se(Results r, String metric, int t) {
        int i = r.monthlyIndex(metric);
        return r.monthlySd(0, i, t) / Math.sqrt(r.monthlyCount(0, i, t));
    }

    /**
     * A test-only mechanism reporting a value of the month as a metric, e.g. the churn factor
     * that earlier mechanisms set: {@code probe("churn_factor", m -> m.churnFactor[0])}.
     */
    public static Mechanism probe(String metric, ToDoubleFunction<Month> read) {
        return new Mechanism() {
            @Override
            public String id() {
                return "probe-" + metric;
            }

            @Override
            public List<ParamDef> params() {
                return List.of();
            }

            @Override
            public List<Metric> metrics() {
                return List.of(Metric.higher(metric, Unit.NUMBER, "test probe"));
            }

            @Override
            public Process start(Binding b) {
                int slot = b.metric(metric);
                return new Process() {
                    @Override
                    public void reset(Month m) {
                    }

                    @Override
                    public void month(Month m) {
                        m.metrics[slot] = read.applyAsDouble(m);
                    }
                };
            }
        };
    }

    /** A test-only mechanism that acts on the month (sets customers, arrivals, ...). */
    public static Mechanism act(String id, Consumer<Month> action) {
        return new Mechanism() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<ParamDef> params() {
                return List.of();
            }

            @Override
            public Process start(Binding b) {
                return new Process() {
                    @Override
                    public void reset(Month m) {
                    }

                    @Override
                    public void month(Month m) {
                        action.accept(m);
                    }
                };
            }
        };
    }
}
