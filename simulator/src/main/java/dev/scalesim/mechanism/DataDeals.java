package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.RandomStream;
import dev.scalesim.kernel.Unit;
import java.util.List;

/**
 * Lumpy one-off data licensing deals (a model maker licensing a corpus, a research firm buying a
 * panel): Poisson arrivals with lognormal sizes ({@link CompoundPoisson}), priced by the data's
 * current value when a {@link DataAsset} runs before it.
 *
 * <pre>
 *   N(t) ~ Poisson(deals_per_year / 12);   oneOffRevenue += V(t) * sum of N(t) lognormal sizes
 *                                           with mean deal_size and log-sd deal_size_spread
 * </pre>
 * V(t) is this month's {@code data_value} (1 without a data asset). A year brings
 * {@code deals_per_year} deals and {@code deals_per_year * deal_size * V} revenue on average.
 */
public final class DataDeals extends AbstractMechanism {
    public static final ParamDef RATE = ParamDef.global("deals_per_year", Unit.NUMBER,
            "one-off data licensing deals a year").range(0, 100);
    public static final ParamDef SIZE = ParamDef.global("deal_size", Unit.USD, "mean size of a licensing deal at full data value");
    public static final ParamDef SPREAD = ParamDef.global("deal_size_spread", Unit.NUMBER,
            "sd of the log size of a deal (deals are lumpy)").range(0, 4);

    private static final List<Metric> METRICS = List.of(
            Metric.higher("data_deals", Unit.COUNT, "licensing deals closed this month"),
            Metric.higher("deal_revenue", Unit.USD_PER_MONTH, "one-off licensing revenue this month"));

    private final boolean valued;

    /** @param valued true when a {@link DataAsset} runs earlier and its value prices the deals */
    public DataDeals(boolean valued) {
        super("data-deals", List.of(RATE, SIZE, SPREAD), METRICS);
        this.valued = valued;
    }

    @Override
    public Process start(Binding b) {
        RandomStream random = b.stream(id());
        int rate = b.param(RATE.id());
        int size = b.param(SIZE.id());
        int spread = b.param(SPREAD.id());
        int value = valued ? b.metric(DataAsset.VALUE) : -1;
        int deals = b.metric("data_deals");
        int revenue = b.metric("deal_revenue");
        return new Process() {
            @Override
            public void reset(Month m) {
                // stateless
            }

            @Override
            public void month(Month m) {
                long n = CompoundPoisson.count(random, m.t, 0, m.get(rate) / 12);
                double v = value < 0 ? 1 : m.metrics[value];
                double booked = v * CompoundPoisson.total(random, m.t, 0, n, m.get(size), m.get(spread));
                m.oneOffRevenue += booked;
                m.metrics[deals] = n;
                m.metrics[revenue] = booked;
            }
        };
    }
}
