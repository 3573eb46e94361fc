package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.Unit;
import java.util.List;

/**
 * The compute bill's two trends: the cost of a use falls as models and hardware get cheaper,
 * while the uses per customer rise as customers adopt heavier features.
 *
 * <pre>
 *   costFactor(t)  = (1 - compute_decline)^((t - 1) / 12)
 *   usageFactor(t) = (1 + usage_growth)^(t - 1)
 * </pre>
 * for every segment; the cohort book multiplies {@code cost_per_use} and
 * {@code uses_per_customer} by them. The decline rate is uncertain, so it is a parameter drawn
 * once per trial (a range in the scenario): a16z measured ~10x a year at constant capability,
 * but a product that moves to better models sees far less. Must run before the cohort book.
 */
public final class ComputeCost extends AbstractMechanism {
    public static final ParamDef DECLINE = ParamDef.global("compute_decline", Unit.FRACTION_PER_YEAR,
            "yearly fall of the compute cost of a use").range(0, 0.99);
    public static final ParamDef USAGE_GROWTH = ParamDef.global("usage_growth", Unit.FRACTION_PER_MONTH,
            "monthly growth of uses per customer (heavier features, longer outputs)").range(0, 0.5);

    private static final List<ParamDef> PARAMS = List.of(DECLINE, USAGE_GROWTH);
    private static final List<Metric> METRICS = List.of(
            Metric.lower("compute_cost_index", Unit.MULTIPLIER, "compute cost of a use relative to month 1"),
            Metric.higher("usage_index", Unit.MULTIPLIER, "uses per customer relative to month 1"));

    public ComputeCost() {
        super("compute", PARAMS, METRICS);
    }

    @Override
    public Process start(Binding b) {
        int decline = b.param(DECLINE.id());
        int growth = b.param(USAGE_GROWTH.id());
        int costMetric = b.metric("compute_cost_index");
        int usageMetric = b.metric("usage_index");
        return new Process() {
            @Override
            public void reset(Month m) {
                // stateless: both curves are closed forms of the month
            }

            @Override
            public void month(Month m) {
                double age = m.t - 1;
                double cost = Math.pow(1 - m.get(decline), age / 12);
                double usage = Math.pow(1 + m.get(growth), age);
                for (int s = 0; s < m.segments(); s++) {
                    m.costFactor[s] *= cost;
                    m.usageFactor[s] *= usage;
                }
                m.metrics[costMetric] = cost;
                m.metrics[usageMetric] = usage;
            }
        };
    }
}
