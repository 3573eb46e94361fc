package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.Unit;
import java.util.List;

/**
 * The cost of getting a new customer live: onboarding, training, integration.
 *
 * <pre>
 *   COGS += sum_s arrivals_s * onboarding_cost_s
 * </pre>
 * booked in the month the customer arrives (support and implementation staff are cost of
 * revenue). Reads every channel's arrivals, so it runs after the acquisition mechanisms.
 */
public final class Onboarding extends AbstractMechanism {
    public static final ParamDef COST = ParamDef.segment("onboarding_cost", Unit.USD,
            "support and integration cost of getting one new customer live, COGS");

    private static final List<Metric> METRICS = List.of(
            Metric.lower("onboarding_spend", Unit.USD_PER_MONTH, "onboarding and integration cost this month"));

    public Onboarding() {
        super("onboarding", List.of(COST), METRICS);
    }

    @Override
    public Process start(Binding b) {
        int[] cost = b.segmentParam(COST.id());
        int metric = b.metric("onboarding_spend");
        return new Process() {
            @Override
            public void reset(Month m) {
                // stateless
            }

            @Override
            public void month(Month m) {
                double spend = 0;
                for (int s = 0; s < cost.length; s++) {
                    spend += m.arrivals[s] * m.get(cost[s]);
                }
                m.cogs += spend;
                m.metrics[metric] = spend;
            }
        };
    }
}
