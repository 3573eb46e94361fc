package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Draws;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.RandomStream;
import dev.scalesim.kernel.Unit;
import java.util.List;

/**
 * Per-seat (per-agent) pricing: each new customer buys several seats, and pays and uses per seat.
 *
 * <pre>
 *   seats of a new customer = 1 + Poisson(seats_per_customer - 1)
 *   S(t) = arrivals + Poisson((seats_per_customer - 1) * arrivals)           (the month's new seats)
 *   arrivalUnits      *= S / arrivals
 *   arrivalExtraUsage  = (arrivals + arrivalExtraUsage) * S / arrivals - arrivals
 * </pre>
 * so the cohort book's {@code price} is a price per seat and {@code uses_per_customer} uses per
 * seat. With a mean of 3 the chance of more than 10 seats is 5e-5: the seed's small businesses
 * with 1-10 agents. Runs after the acquisition mechanisms and before the cohort book.
 */
public final class Seats extends AbstractMechanism {
    public static final ParamDef SEATS = ParamDef.segment("seats_per_customer", Unit.COUNT,
            "mean seats (agents, users) a new customer buys").range(1, 1e6);

    private static final List<Metric> METRICS = List.of(
            Metric.higher("new_seats", Unit.COUNT, "seats sold to this month's new customers"));

    public Seats() {
        super("seats", List.of(SEATS), METRICS);
    }

    @Override
    public Process start(Binding b) {
        int[] seats = b.segmentParam(SEATS.id());
        RandomStream random = b.stream("seats");
        int metric = b.metric("new_seats");
        return new Process() {
            @Override
            public void reset(Month m) {
                // stateless
            }

            @Override
            public void month(Month m) {
                double sold = 0;
                for (int s = 0; s < seats.length; s++) {
                    long n = m.arrivals[s];
                    if (n == 0) {
                        continue;
                    }
                    double total = n + Draws.poisson(random.uniform(m.t, s), (m.get(seats[s]) - 1) * n);
                    double factor = total / n;
                    m.arrivalUnits[s] *= factor;
                    m.arrivalExtraUsage[s] = (n + m.arrivalExtraUsage[s]) * factor - n;
                    sold += total;
                }
                m.metrics[metric] = sold;
            }
        };
    }
}
