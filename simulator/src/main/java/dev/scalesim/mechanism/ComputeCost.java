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
 * The compute bill's two trends: the cost of a use falls as models and hardware get cheaper,
 * while the uses per customer rise as customers adopt heavier features; and the share of each
 * fall in cost that competition passes on to prices.
 *
 * <pre>
 *   costFactor(t)  = C(t) = (1 - compute_decline)^((t - 1) / 12)
 *   usageFactor(t) = (1 + usage_growth)^(t - 1)
 *   priceFactor(t) *= P(t),  P(1) = 1,  P(t) = P(t-1) (1 - cost_pass_through * max(0, 1 - C(t) / C(t-1)))
 * </pre>
 * for every segment; the cohort book multiplies {@code cost_per_use} and
 * {@code uses_per_customer} by them. The decline rate is uncertain, so it is a parameter drawn
 * once per trial (a range in the scenario): a16z measured ~10x a year at constant capability,
 * but a product that moves to better models sees far less. With a constant rate d and pass-through
 * k, {@code P(t) = (1 - k (1 - (1 - d)^(1/12)))^(t - 1)}: about {@code C(t)^k}. Only falls pass
 * through; the price index is independent of price-war cuts (their factors multiply). Must run
 * before the price response and the mechanisms that bill.
 */
public final class ComputeCost extends AbstractMechanism {
    public static final ParamDef DECLINE = ParamDef.global("compute_decline", Unit.FRACTION_PER_YEAR,
            "yearly fall of the compute cost of a use").range(0, 0.99);
    public static final ParamDef USAGE_GROWTH = ParamDef.global("usage_growth", Unit.FRACTION_PER_MONTH,
            "monthly growth of uses per customer (heavier features, longer outputs)").range(0, 0.5);

    public static final ParamDef PASS_THROUGH = ParamDef.global("cost_pass_through", Unit.FRACTION,
            "share of each fall in the compute cost of a use that reaches our prices (competition passes more)");

    /** The monthly metric of C(t), read by mechanisms that buy compute in lumps ({@link GpuFleet}). */
    public static final String COST_INDEX = "compute_cost_index";
    /** The monthly metric of P(t), read by mechanisms that price outside the cohort book ({@link GpuFleet}). */
    public static final String PRICE_INDEX = "cost_price_index";

    private static final List<ParamDef> PARAMS = List.of(DECLINE, USAGE_GROWTH, PASS_THROUGH);
    private static final List<Metric> METRICS = List.of(
            Metric.lower(COST_INDEX, Unit.MULTIPLIER, "compute cost of a use relative to month 1"),
            Metric.higher("usage_index", Unit.MULTIPLIER, "uses per customer relative to month 1"),
            Metric.lower(PRICE_INDEX, Unit.MULTIPLIER, "our prices relative to month 1 from compute cost pass-through"));

    public ComputeCost() {
        super("compute", PARAMS, METRICS);
    }

    @Override
    public Set<Factor> writes() {
        return Set.of(Factor.PRICE, Factor.USAGE, Factor.COST);
    }

    @Override
    public Process start(Binding b) {
        int decline = b.param(DECLINE.id());
        int growth = b.param(USAGE_GROWTH.id());
        int costMetric = b.metric(COST_INDEX);
        int usageMetric = b.metric("usage_index");
        int passThrough = b.param(PASS_THROUGH.id());
        int priceMetric = b.metric(PRICE_INDEX);
        return new Process() {
            private double lastCost;
            private double price;

            @Override
            public void reset(Month m) {
                lastCost = 1;
                price = 1;
            }

            @Override
            public void month(Month m) {
                double age = m.t - 1;
                double cost = Math.pow(1 - m.get(decline), age / 12);
                double usage = Math.pow(1 + m.get(growth), age);
                double k = m.get(passThrough);
                if (k > 0 && cost < lastCost) {
                    price *= 1 - k * (1 - cost / lastCost);
                }
                lastCost = cost;
                for (int s = 0; s < m.segments(); s++) {
                    m.costFactor[s] *= cost;
                    m.usageFactor[s] *= usage;
                    m.priceFactor[s] *= price;
                }
                m.metrics[costMetric] = cost;
                m.metrics[usageMetric] = usage;
                m.metrics[priceMetric] = price;
            }
        };
    }
}
