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
 * A model held back by scarce domain data, improving as data accumulates: from customers' own
 * usage (a data flywheel) and from licensed datasets.
 *
 * <pre>
 *   D(t) = sum_{tau < t} customers(tau) + data_purchase * (t - 1)          (customer-months of data)
 *   Q(t) = 1 - (1 - data_quality_start) exp(-D(t) / data_needed)             (quality, 1 = full domain data)
 *   churnFactor *= 1 + quality_churn * (1 - Q(t))
 * </pre>
 * for every segment: answers that miss domain specifics lower perceived value, and customers
 * leave. Runs before the cohort book (it reads last month's customers).
 */
public final class DomainData extends AbstractMechanism {
    public static final ParamDef START = ParamDef.global("data_quality_start", Unit.FRACTION,
            "model quality at launch, as a share of what full domain data gives");
    public static final ParamDef NEEDED = ParamDef.global("data_needed", Unit.COUNT,
            "customer-months of usage data that close 63% of the quality gap").range(1, Double.POSITIVE_INFINITY);
    public static final ParamDef PURCHASE = ParamDef.global("data_purchase", Unit.COUNT_PER_MONTH,
            "licensed domain data added each month, in customer-months of usage data");
    public static final ParamDef CHURN = ParamDef.global("quality_churn", Unit.MULTIPLIER,
            "extra churn, as a multiple of normal churn, at zero model quality").range(0, 50);

    private static final List<Metric> METRICS = List.of(
            Metric.higher("model_quality", Unit.FRACTION, "model quality as a share of full domain data"));

    /** Quality after D customer-months of data. */
    public static double quality(double start, double needed, double data) {
        return 1 - (1 - start) * Math.exp(-data / needed);
    }

    public DomainData() {
        super("domain-data", List.of(START, NEEDED, PURCHASE, CHURN), METRICS);
    }

    @Override
    public Set<Factor> writes() {
        return Set.of(Factor.CHURN);
    }

    @Override
    public Process start(Binding b) {
        int start = b.param(START.id());
        int needed = b.param(NEEDED.id());
        int purchase = b.param(PURCHASE.id());
        int churn = b.param(CHURN.id());
        int metric = b.metric("model_quality");
        return new Process() {
            private double data;

            @Override
            public void reset(Month m) {
                data = 0;
            }

            @Override
            public void month(Month m) {
                if (m.t > 1) {
                    // m.customers still holds last month's customers: the cohort book runs later
                    data += m.totalCustomers() + m.get(purchase);
                }
                double q = quality(m.get(start), m.get(needed), data);
                double factor = 1 + m.get(churn) * (1 - q);
                for (int s = 0; s < m.segments(); s++) {
                    m.churnFactor[s] *= factor;
                }
                m.metrics[metric] = q;
            }
        };
    }
}
