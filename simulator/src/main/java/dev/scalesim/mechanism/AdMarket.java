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
 * What advertisers pay, month by month, and what ads cost in users. Runs before the channels
 * and the cohort book; {@link AdInventory} sells the impressions after the book has counted
 * this month's users.
 *
 * <pre>
 *   CPM(t) = cpm * season(t) * cycle(t) * noise(t) * privacy(t)
 *   season(t)  = Seasonality.factor(calendar month, ad_seasonality)          (averages 1 over a year)
 *   cycle(t)   = 1 - recession_cpm_cut in an ad recession, else 1: a two-state Markov chain that
 *                enters a recession with probability 1 - exp(-recessions_per_year/12) a month and
 *                leaves with probability 1/recession_months
 *   noise(t)   = exp(v Z - v^2/2),  v = ad_demand_volatility                 (mean 1)
 *   privacy(t) = (1 - privacy_cpm_cut * tracking_dependence)^K(t),  K(t) = privacy/tracking shocks so
 *                far, K(t) - K(t-1) ~ Poisson(privacy_shocks_per_year / 12) (cookie bans, OS tracking prompts)
 *   churnFactor *= (1 - premium_share)(1 + ad_load_churn * ads_per_user / 100) + premium_share * premium_churn_ratio
 * </pre>
 * {@code cpm} is the yearly-average CPM the platform nets in normal times. Recessions only ever
 * cut it, so the macro cycle lowers revenue on average; seasonality and noise move it around.
 * Shocks cut only the tracking-dependent part of the CPM; {@code tracking_dependence} is read
 * each month, so moving to contextual targeting also removes the weight of past shocks. With
 * constant rates: P(recession at t) = pi (1 - (1 - p_in - p_out)^t), pi = p_in / (p_in + p_out),
 * and E[privacy(t)] = exp(-(rate t / 12) cut dependence).
 */
public final class AdMarket extends AbstractMechanism {
    static final String CPM_METRIC = "cpm";

    public static final ParamDef CPM = ParamDef.global("cpm", Unit.USD,
            "net revenue per 1,000 impressions, yearly average in normal times");
    public static final ParamDef ADS_PER_USER = ParamDef.global("ads_per_user", Unit.COUNT_PER_MONTH,
            "ad impressions an ad-tier user sees a month (the ad load)");
    public static final ParamDef SEASONALITY = ParamDef.global("ad_seasonality", Unit.FRACTION,
            "seasonal swing s of ad demand: Q1 at 1 - s, Q4 at 1 + 1.2 s").range(0, 0.8);
    public static final ParamDef FIRST_MONTH = ParamDef.global("first_calendar_month", Unit.MONTHS,
            "calendar month of simulated month 1 (1 = January)").range(1, 12);
    public static final ParamDef VOLATILITY = ParamDef.global("ad_demand_volatility", Unit.NUMBER,
            "month-to-month noise of ad demand (sd of the log CPM)").range(0, 1);
    public static final ParamDef RECESSIONS = ParamDef.global("recessions_per_year", Unit.NUMBER,
            "ad-demand recessions starting a year").range(0, 12);
    public static final ParamDef RECESSION_CUT = ParamDef.global("recession_cpm_cut", Unit.FRACTION,
            "share of CPM lost during an ad recession");
    public static final ParamDef RECESSION_MONTHS = ParamDef.global("recession_months", Unit.MONTHS,
            "average length of an ad recession").range(1, 120);
    public static final ParamDef PRIVACY_SHOCKS = ParamDef.global("privacy_shocks_per_year", Unit.NUMBER,
            "privacy and tracking changes a year (cookie bans, OS tracking prompts)").range(0, 12);
    public static final ParamDef PRIVACY_CUT = ParamDef.global("privacy_cpm_cut", Unit.FRACTION,
            "share of the tracking-dependent CPM each privacy shock removes");
    public static final ParamDef TRACKING = ParamDef.global("tracking_dependence", Unit.FRACTION,
            "share of the CPM that relies on personal tracking (contextual ads: low)");
    public static final ParamDef AD_LOAD_CHURN = ParamDef.global("ad_load_churn", Unit.NUMBER,
            "extra churn of ad-tier users per 100 ads a month (0.2 = +20% churn at 100 ads)").range(0, 10);
    public static final ParamDef PREMIUM_SHARE = ParamDef.global("premium_share", Unit.FRACTION,
            "share of users on an ad-free paid tier");
    public static final ParamDef PREMIUM_CHURN = ParamDef.global("premium_churn_ratio", Unit.MULTIPLIER,
            "churn of an ad-free premium user relative to monthly_churn").range(0, 5);

    private static final List<ParamDef> PARAMS = List.of(CPM, ADS_PER_USER, SEASONALITY, FIRST_MONTH, VOLATILITY,
            RECESSIONS, RECESSION_CUT, RECESSION_MONTHS, PRIVACY_SHOCKS, PRIVACY_CUT, TRACKING, AD_LOAD_CHURN,
            PREMIUM_SHARE, PREMIUM_CHURN);
    private static final List<Metric> METRICS = List.of(
            Metric.higher(CPM_METRIC, Unit.USD, "net revenue per 1,000 impressions this month"),
            Metric.lower("ad_recession", Unit.FRACTION, "1 in an ad-demand recession (its mean: probability)"));

    public AdMarket() {
        super("ad-market", PARAMS, METRICS);
    }

    @Override
    public Set<Factor> writes() {
        return Set.of(Factor.CHURN);
    }

    @Override
    public Process start(Binding b) {
        return new State(b);
    }

    private static final class State implements Process {
        private final RandomStream random;
        private final int cpm;
        private final int ads;
        private final int seasonality;
        private final int firstMonth;
        private final int volatility;
        private final int recessions;
        private final int recessionCut;
        private final int recessionMonths;
        private final int privacyShocks;
        private final int privacyCut;
        private final int tracking;
        private final int adLoadChurn;
        private final int premiumShare;
        private final int premiumChurn;
        private final int cpmMetric;
        private final int recessionMetric;
        private boolean recession;
        private long shocks;

        State(Binding b) {
            random = b.stream("ad-market");
            cpm = b.param(CPM.id());
            ads = b.param(ADS_PER_USER.id());
            seasonality = b.param(SEASONALITY.id());
            firstMonth = b.param(FIRST_MONTH.id());
            volatility = b.param(VOLATILITY.id());
            recessions = b.param(RECESSIONS.id());
            recessionCut = b.param(RECESSION_CUT.id());
            recessionMonths = b.param(RECESSION_MONTHS.id());
            privacyShocks = b.param(PRIVACY_SHOCKS.id());
            privacyCut = b.param(PRIVACY_CUT.id());
            tracking = b.param(TRACKING.id());
            adLoadChurn = b.param(AD_LOAD_CHURN.id());
            premiumShare = b.param(PREMIUM_SHARE.id());
            premiumChurn = b.param(PREMIUM_CHURN.id());
            cpmMetric = b.metric(CPM_METRIC);
            recessionMetric = b.metric("ad_recession");
        }

        @Override
        public void reset(Month m) {
            recession = false;
            shocks = 0;
        }

        @Override
        public void month(Month m) {
            int t = m.t;
            double u = random.uniform(t, 0);
            recession = recession ? u >= 1 / m.get(recessionMonths) : u < -Math.expm1(-m.get(recessions) / 12);
            shocks += Draws.poisson(random.uniform(t, 1), m.get(privacyShocks) / 12);
            double v = m.get(volatility);
            double noise = v > 0 ? Math.exp(v * random.gaussian(t, 2) - 0.5 * v * v) : 1;
            int month = Seasonality.calendarMonth(t, (int) Math.round(m.get(firstMonth)));
            double price = m.get(cpm) * Seasonality.factor(month, m.get(seasonality))
                    * (recession ? 1 - m.get(recessionCut) : 1) * noise
                    * Math.pow(1 - m.get(privacyCut) * m.get(tracking), shocks);
            double premium = m.get(premiumShare);
            double churn = (1 - premium) * (1 + m.get(adLoadChurn) * m.get(ads) / 100)
                    + premium * m.get(premiumChurn);
            for (int s = 0; s < m.segments(); s++) {
                m.churnFactor[s] *= churn;
            }
            m.metrics[cpmMetric] = price;
            m.metrics[recessionMetric] = recession ? 1 : 0;
        }
    }
}
