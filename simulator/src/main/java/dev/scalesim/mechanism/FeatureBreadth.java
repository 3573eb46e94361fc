package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Factor;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.Unit;
import java.util.List;
import java.util.Set;

/**
 * A platform's scope over time: an incomplete core wins fewer customers, and breadth beyond the
 * core (feature overload) drives customers away.
 *
 * <pre>
 *   completeness c(t) = min(1, c0 + (1 - c0) (t - 1) / build_months)          c0 = launch_completeness
 *   breadth      b(t) = breadth_growth * (t - 1)                                    (core sets of extra features)
 *   acquisitionFactor *= c(t);     churnFactor *= 1 + overload_churn * b(t)
 * </pre>
 * for every segment. The core is complete {@code (1 - c0) build_months} months after launch.
 * Alongside, the team ships features beyond the core (requests of single customers,
 * adjacent tools) at {@code breadth_growth} core sets a month, and each core set of extras
 * raises churn by {@code overload_churn} times its level. Runs before the acquisition mechanisms.
 */
public final class FeatureBreadth extends AbstractMechanism {
    public static final ParamDef LAUNCH = ParamDef.global("launch_completeness", Unit.FRACTION,
            "share of the core feature set shipped at month 1").range(0.01, 1);
    public static final ParamDef BUILD = ParamDef.global("build_months", Unit.MONTHS,
            "months to build the whole core feature set from nothing").range(1, 240);
    public static final ParamDef BREADTH = ParamDef.global("breadth_growth", Unit.FRACTION_PER_MONTH,
            "features added beyond the core each month, in core sets (from launch)");
    public static final ParamDef OVERLOAD = ParamDef.global("overload_churn", Unit.MULTIPLIER,
            "extra churn per core set of features beyond the core (feature overload)").range(0, 50);

    private static final List<ParamDef> PARAMS = List.of(LAUNCH, BUILD, BREADTH, OVERLOAD);
    private static final List<Metric> METRICS = List.of(
            Metric.higher("completeness", Unit.FRACTION, "share of the core feature set shipped"),
            Metric.lower("feature_breadth", Unit.MULTIPLIER, "features beyond the core, in core sets"));

    /** Completeness at month t. */
    public static double completeness(double c0, double buildMonths, int t) {
        return Math.min(1, c0 + (1 - c0) * (t - 1) / buildMonths);
    }

    /** Breadth beyond the core at month t. */
    public static double breadth(double growth, int t) {
        return growth * (t - 1);
    }

    public FeatureBreadth() {
        super("features", PARAMS, METRICS);
    }

    @Override
    public Set<Factor> writes() {
        return Set.of(Factor.ACQUISITION, Factor.CHURN);
    }

    @Override
    public Process start(Binding b) {
        int launch = b.param(LAUNCH.id());
        int build = b.param(BUILD.id());
        int growth = b.param(BREADTH.id());
        int overload = b.param(OVERLOAD.id());
        int completeMetric = b.metric("completeness");
        int breadthMetric = b.metric("feature_breadth");
        return new Process() {
            @Override
            public void reset(Month m) {
                // stateless: both curves are closed forms of the month
            }

            @Override
            public void month(Month m) {
                double c0 = m.get(launch);
                double months = m.get(build);
                double c = completeness(c0, months, m.t);
                double extra = breadth(m.get(growth), m.t);
                double churn = 1 + m.get(overload) * extra;
                for (int s = 0; s < m.segments(); s++) {
                    m.acquisitionFactor[s] *= c;
                    m.churnFactor[s] *= churn;
                }
                m.metrics[completeMetric] = c;
                m.metrics[breadthMetric] = extra;
            }
        };
    }
}
