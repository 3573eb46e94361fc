package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Draws;
import dev.scalesim.kernel.Factor;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.RandomStream;
import dev.scalesim.kernel.Unit;
import java.util.List;
import java.util.Set;

/**
 * Price wars: competitors (or free and open-source releases) cut prices at random moments; we
 * match part of each cut, and customers leave for the part we do not match.
 *
 * <pre>
 *   cuts in month t:   N(t) ~ Poisson(price_war_rate / 12)
 *   size of cut k:     c_k = 1 - exp(-E_k),  E_k ~ Exponential(mean theta),  theta = price_cut / (1 - price_cut)
 *                      so E[1 - c] = 1 - price_cut (a cut of -90% happens, but rarely)
 *   our price index:   P(t) = P(t-1) * prod_k (1 - pass_through * c_k)        (priceFactor of every segment)
 *   churn this month:  churnFactor *= 1 + switching_churn * sum_k (1 - pass_through) * c_k
 * </pre>
 * Because arrivals are Poisson and the factors independent, {@code E[P(t)] = exp(-price_war_rate
 * * t / 12 * pass_through * price_cut)}. The competitor index {@code prod (1 - c_k)} is
 * reported too. Cuts are permanent (public API prices have not come back up). Must run before
 * the mechanisms that bill (the cohort book, usage revenue).
 */
public final class PriceWar extends AbstractMechanism {
    public static final ParamDef RATE = ParamDef.global("price_war_rate", Unit.COUNT_PER_YEAR,
            "competitor price cuts a year (Poisson)").range(0, 120);
    public static final ParamDef CUT = ParamDef.global("price_cut", Unit.FRACTION,
            "mean size of a competitor's price cut").range(0, 0.95);
    public static final ParamDef PASS_THROUGH = ParamDef.global("pass_through", Unit.FRACTION,
            "share of a competitor's cut we match in our own price");
    public static final ParamDef SWITCHING = ParamDef.global("switching_churn", Unit.MULTIPLIER,
            "extra churn, as a multiple of normal churn, per unit of unmatched cut in the month of a cut")
            .range(0, 100);

    /** Most cuts handled in one month: beyond it the Poisson tail is below 1e-12 at sane rates. */
    static final int MAX_CUTS = 16;

    private static final List<ParamDef> PARAMS = List.of(RATE, CUT, PASS_THROUGH, SWITCHING);
    private static final List<Metric> METRICS = List.of(
            Metric.higher("price_index", Unit.MULTIPLIER, "our price relative to month 1 after matched cuts"),
            Metric.higher("competitor_price_index", Unit.MULTIPLIER, "competitors' price relative to month 1"),
            Metric.lower("price_cuts", Unit.COUNT, "competitor price cuts this month"));

    public PriceWar() {
        super("price-wars", PARAMS, METRICS);
    }

    @Override
    public Set<Factor> writes() {
        return Set.of(Factor.PRICE, Factor.CHURN);
    }

    @Override
    public Process start(Binding b) {
        return new State(b);
    }

    /** 1 - c for a uniform u: the inverse CDF of exp(-E) with E exponential of mean theta. */
    static double keep(double u, double meanCut) {
        if (meanCut <= 0) {
            return 1;
        }
        double theta = meanCut / (1 - meanCut);
        return Math.exp(theta * Math.log(u)); // E = -theta ln(U'), U' = u uniform: exp(-E) = u^theta
    }

    private static final class State implements Process {
        private final RandomStream random;
        private final int rate;
        private final int cut;
        private final int passThrough;
        private final int switching;
        private final int ourMetric;
        private final int theirMetric;
        private final int cutsMetric;
        private double ours;
        private double theirs;

        State(Binding b) {
            random = b.stream("price-wars");
            rate = b.param(RATE.id());
            cut = b.param(CUT.id());
            passThrough = b.param(PASS_THROUGH.id());
            switching = b.param(SWITCHING.id());
            ourMetric = b.metric("price_index");
            theirMetric = b.metric("competitor_price_index");
            cutsMetric = b.metric("price_cuts");
        }

        @Override
        public void reset(Month m) {
            ours = 1;
            theirs = 1;
        }

        @Override
        public void month(Month m) {
            int t = m.t;
            long n = Math.min(MAX_CUTS, Draws.poisson(random.uniform(t, 0), m.get(rate) / 12));
            double pass = m.get(passThrough);
            double meanCut = m.get(cut);
            double unmatched = 0;
            for (int k = 0; k < n; k++) {
                double c = 1 - keep(random.uniform(t, 1 + k), meanCut);
                ours *= 1 - pass * c;
                theirs *= 1 - c;
                unmatched += (1 - pass) * c;
            }
            double churn = 1 + m.get(switching) * unmatched;
            for (int s = 0; s < m.segments(); s++) {
                m.priceFactor[s] *= ours;
                m.churnFactor[s] *= churn;
            }
            m.metrics[ourMetric] = ours;
            m.metrics[theirMetric] = theirs;
            m.metrics[cutsMetric] = n;
        }
    }
}
