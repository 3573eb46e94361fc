package dev.scalesim.mechanism;

import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Factor;
import dev.scalesim.kernel.Mechanism;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.RandomStream;
import dev.scalesim.kernel.Unit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Rare heavy-tailed events (fines, lawsuits, regulatory actions, fraud incidents): Poisson
 * arrivals with lognormal sizes ({@link CompoundPoisson}), each also shaking customers for a
 * while. One instance per kind of event; its parameters and metrics carry its prefix.
 *
 * <pre>
 *   N(t) ~ Poisson(per_year / 12);   loss(t) = sum of N(t) lognormal sizes with mean mean_loss
 *                                    and log-sd loss_spread (booked as opex, or COGS)
 *   A(t) = N(t - impact_months + 1) + ... + N(t)            events still weighing on customers
 *   churnFactor       *= 1 + churn_shock * A(t)
 *   acquisitionFactor *= (1 - acquisition_hit)^A(t)
 * </pre>
 * A year's count has mean and variance {@code per_year}; a year's loss has mean
 * {@code per_year * mean_loss}. The lognormal's median is {@code mean_loss exp(-spread^2/2)}: with
 * spread 2 most events are small and a few carry the total, as with GDPR fines. Runs before the
 * channels and the cohort book, which read the factors.
 */
public final class RareEvents implements Mechanism {
    private final String prefix;
    private final boolean lossesAreCogs;
    private final ParamDef perYear;
    private final ParamDef meanLoss;
    private final ParamDef spread;
    private final ParamDef churnShock;
    private final ParamDef acquisitionHit;
    private final ParamDef impactMonths;
    private final Metric events;
    private final Metric losses;

    /**
     * @param prefix snake_case prefix of the parameters and metrics, e.g. {@code privacy_fine}
     * @param what the events, plural, e.g. "privacy fines", for the meanings
     * @param lossesAreCogs true to book losses as COGS (transaction losses), false as opex
     */
    public RareEvents(String prefix, String what, boolean lossesAreCogs) {
        this.prefix = prefix;
        this.lossesAreCogs = lossesAreCogs;
        perYear = ParamDef.global(prefix + "_per_year", Unit.NUMBER, "expected " + what + " a year")
                .range(0, 1000);
        meanLoss = ParamDef.global(prefix + "_mean_loss", Unit.USD, "mean cost of one of the " + what
                + " (fine, settlement, legal fees, refunds)");
        spread = ParamDef.global(prefix + "_loss_spread", Unit.NUMBER,
                "sd of the log cost of one of the " + what + " (0 = every one costs the mean; 2 = heavy tail)")
                .range(0, 4);
        churnShock = ParamDef.global(prefix + "_churn_shock", Unit.NUMBER,
                "extra churn hazard while one of the " + what + " weighs (1 = churn doubles)").range(0, 50);
        acquisitionHit = ParamDef.global(prefix + "_acquisition_hit", Unit.FRACTION,
                "share of new customers lost while one of the " + what + " weighs");
        impactMonths = ParamDef.global(prefix + "_impact_months", Unit.MONTHS,
                "months one of the " + what + " weighs on churn and acquisition").range(0, 60);
        events = Metric.lower(prefix + "_events", Unit.COUNT, what + " this month");
        losses = Metric.lower(prefix + "_losses", Unit.USD_PER_MONTH, "cost of " + what + " this month");
    }

    @Override
    public String id() {
        return prefix;
    }

    @Override
    public List<ParamDef> params() {
        return List.of(perYear, meanLoss, spread, churnShock, acquisitionHit, impactMonths);
    }

    @Override
    public List<Metric> metrics() {
        return List.of(events, losses);
    }

    @Override
    public Set<Factor> writes() {
        return Set.of(Factor.ACQUISITION, Factor.CHURN);
    }

    @Override
    public Process start(Binding b) {
        return new State(b);
    }

    private final class State implements Process {
        private final RandomStream random;
        private final int perYearParam;
        private final int meanParam;
        private final int spreadParam;
        private final int churnParam;
        private final int hitParam;
        private final int impactParam;
        private final int eventsMetric;
        private final int lossesMetric;
        private long[] history;

        State(Binding b) {
            random = b.stream(prefix);
            perYearParam = b.param(perYear.id());
            meanParam = b.param(meanLoss.id());
            spreadParam = b.param(spread.id());
            churnParam = b.param(churnShock.id());
            hitParam = b.param(acquisitionHit.id());
            impactParam = b.param(impactMonths.id());
            eventsMetric = b.metric(events.id());
            lossesMetric = b.metric(losses.id());
        }

        @Override
        public void reset(Month m) {
            if (history == null) {
                history = new long[m.months + 1];
            }
            Arrays.fill(history, 0);
        }

        @Override
        public void month(Month m) {
            int t = m.t;
            long n = CompoundPoisson.count(random, t, 0, m.get(perYearParam) / 12);
            double loss = CompoundPoisson.total(random, t, 0, n, m.get(meanParam), m.get(spreadParam));
            history[t] = n;
            if (lossesAreCogs) {
                m.cogs += loss;
            } else {
                m.opex += loss;
            }
            int window = (int) Math.round(m.get(impactParam));
            long active = 0;
            for (int k = Math.max(1, t - window + 1); k <= t; k++) {
                active += history[k];
            }
            if (active > 0) {
                double churn = 1 + m.get(churnParam) * active;
                double acquisition = Math.pow(1 - m.get(hitParam), active);
                for (int s = 0; s < m.segments(); s++) {
                    m.churnFactor[s] *= churn;
                    m.acquisitionFactor[s] *= acquisition;
                }
            }
            m.metrics[eventsMetric] = n;
            m.metrics[lossesMetric] = loss;
        }
    }
}
