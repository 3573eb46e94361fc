package dev.scalesim.mechanism;

import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Draws;
import dev.scalesim.kernel.Mechanism;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.RandomStream;
import dev.scalesim.kernel.Unit;
import java.util.List;

/**
 * A market price that moves by itself: a random walk with jumps ({@link JumpDiffusion}), e.g.
 * a platform token's price or the market price of a GPU-hour under hyperscaler price cuts.
 *
 * <pre>
 *   P(t) = base(t) * exp(x(t)),  x(0) = 0,  x stepped monthly by JumpDiffusion.step with
 *   mu = ln(1 + trend),  m = ln(1 + jump_size)
 * </pre>
 * base(t) is the {@code <id>} parameter this month, so a solution that scales it (a price
 * premium) scales the price from its start on, while every arm shares the walk x (common random
 * numbers). {@code trend} is the expected yearly change of the price: {@code E[P(t)] = base (1 +
 * trend)^(t/12)}; volatility and jumps widen the spread around it. The price is published as the
 * monthly metric {@code <id>} for the mechanisms that bill in it (they run after this one).
 */
public final class PriceWalk implements Mechanism {
    private final String id;
    private final ParamDef start;
    private final ParamDef trend;
    private final ParamDef volatility;
    private final ParamDef jumps;
    private final ParamDef jumpSize;
    private final ParamDef jumpSd;
    private final Metric metric;

    /**
     * @param id the price's id: parameter, metric and random stream, e.g. {@code token_price}
     * @param what what is priced, e.g. "the platform token", for the parameters' meanings
     */
    public PriceWalk(String id, String what) {
        this.id = id;
        start = ParamDef.global(id, Unit.USD, "price of " + what + " at month 1")
                .range(1e-9, Double.POSITIVE_INFINITY);
        trend = ParamDef.global(id + "_trend", Unit.NUMBER,
                "expected yearly change of the price of " + what + " (-0.3 = falls 30% a year on average)")
                .range(-0.99, 10);
        volatility = ParamDef.global(id + "_volatility", Unit.NUMBER,
                "annualized volatility of the price of " + what + " (sd of its yearly log change, jumps aside)")
                .range(0, 5);
        jumps = ParamDef.global(id + "_jumps", Unit.NUMBER, "sudden jumps of the price of " + what + " a year")
                .range(0, 100);
        jumpSize = ParamDef.global(id + "_jump_size", Unit.NUMBER,
                "median relative size of a jump (-0.2 = a 20% cut)").range(-0.99, 10);
        jumpSd = ParamDef.global(id + "_jump_sd", Unit.NUMBER, "sd of the log size of a jump").range(0, 3);
        metric = Metric.higher(id, Unit.USD, "price of " + what + " this month");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<ParamDef> params() {
        return List.of(start, trend, volatility, jumps, jumpSize, jumpSd);
    }

    @Override
    public List<Metric> metrics() {
        return List.of(metric);
    }

    @Override
    public Process start(Binding b) {
        return new State(b);
    }

    private final class State implements Process {
        private final RandomStream random;
        private final int startParam;
        private final int trendParam;
        private final int volatilityParam;
        private final int jumpsParam;
        private final int jumpSizeParam;
        private final int jumpSdParam;
        private final int priceMetric;
        private double x;

        State(Binding b) {
            random = b.stream(id);
            startParam = b.param(start.id());
            trendParam = b.param(trend.id());
            volatilityParam = b.param(volatility.id());
            jumpsParam = b.param(jumps.id());
            jumpSizeParam = b.param(jumpSize.id());
            jumpSdParam = b.param(jumpSd.id());
            priceMetric = b.metric(metric.id());
        }

        @Override
        public void reset(Month m) {
            x = 0;
        }

        @Override
        public void month(Month m) {
            int t = m.t;
            double mu = Math.log1p(m.get(trendParam));
            double sigma = m.get(volatilityParam);
            double lambda = m.get(jumpsParam);
            double jumpMean = Math.log1p(m.get(jumpSizeParam));
            double sd = m.get(jumpSdParam);
            long n = Draws.poisson(random.uniform(t, 1), JumpDiffusion.jumpsPerMonth(lambda));
            x += JumpDiffusion.step(mu, sigma, lambda, jumpMean, sd, random.gaussian(t, 0), n, random.gaussian(t, 2));
            m.metrics[priceMetric] = m.get(startParam) * Math.exp(x);
        }
    }
}
