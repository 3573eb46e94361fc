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
 * The value of a dataset that a data business sells: its quality decays unless refreshed,
 * deletion requests remove records, and open data erodes what it can charge. Runs before the
 * cohort book, which bills subscribers at the value-weighted price.
 *
 * <pre>
 *   quality:  Q(0) = 1;  Q(t) = a Q(t-1) + r,   a = (1 - data_decay)(1 - deletion_rate)(1 - r),  r = refresh_rate
 *             (decay and deletions, then the refresh closes a share r of the gap to full quality)
 *             closed form with constant rates: Q(t) = Q* + (1 - Q*) a^t,  Q* = r / (1 - a)
 *   erosion:  E(t) = p + (1 - p)(1 - open_data_erosion)^(t/12),  p = proprietary_share
 *             (the part of the value open data can replicate loses its price at the erosion rate)
 *   value:    V(t) = Q(t) E(t)      priceFactor *= V(t);   churnFactor *= 1 + quality_churn (1 - Q(t))
 *   COGS     += refresh_cost         (the data acquisition that buys refresh_rate)
 * </pre>
 * The value is published as {@code data_value} for {@link DataDeals}, which prices one-off
 * licences by it.
 */
public final class DataAsset extends AbstractMechanism {
    static final String VALUE = "data_value";

    public static final ParamDef DECAY = ParamDef.global("data_decay", Unit.FRACTION_PER_MONTH,
            "share of the data's quality lost each month as it goes stale");
    public static final ParamDef DELETION = ParamDef.global("deletion_rate", Unit.FRACTION_PER_MONTH,
            "share of the data removed each month by deletion requests (GDPR/CCPA)");
    public static final ParamDef REFRESH = ParamDef.global("refresh_rate", Unit.FRACTION_PER_MONTH,
            "share of the gap to full quality closed each month by refreshing the data");
    public static final ParamDef REFRESH_COST = ParamDef.global("refresh_cost", Unit.USD_PER_MONTH,
            "data acquisition spend that buys the refresh rate, COGS");
    public static final ParamDef EROSION = ParamDef.global("open_data_erosion", Unit.FRACTION_PER_YEAR,
            "yearly price erosion of the part of the value open data can replicate");
    public static final ParamDef PROPRIETARY = ParamDef.global("proprietary_share", Unit.FRACTION,
            "share of the data's value open data cannot replicate");
    public static final ParamDef QUALITY_CHURN = ParamDef.global("quality_churn", Unit.NUMBER,
            "extra churn per unit of lost quality (2 = churn doubles at half quality)").range(0, 50);

    private static final List<ParamDef> PARAMS = List.of(DECAY, DELETION, REFRESH, REFRESH_COST, EROSION,
            PROPRIETARY, QUALITY_CHURN);
    private static final List<Metric> METRICS = List.of(
            Metric.higher("data_quality", Unit.FRACTION, "quality of the data (1 = fresh and complete)"),
            Metric.higher(VALUE, Unit.FRACTION, "value of the data relative to launch: quality x open-data erosion"));

    public DataAsset() {
        super("data-asset", PARAMS, METRICS);
    }

    @Override
    public Set<Factor> writes() {
        return Set.of(Factor.PRICE, Factor.CHURN);
    }

    @Override
    public Process start(Binding b) {
        return new State(b);
    }

    /** Open-data erosion multiplier at month t (closed form, used by the mechanism and its test). */
    public static double erosion(int t, double proprietaryShare, double erosionPerYear) {
        return proprietaryShare + (1 - proprietaryShare) * Math.pow(1 - erosionPerYear, t / 12.0);
    }

    private static final class State implements Process {
        private final int decay;
        private final int deletion;
        private final int refresh;
        private final int refreshCost;
        private final int erosion;
        private final int proprietary;
        private final int qualityChurn;
        private final int qualityMetric;
        private final int valueMetric;
        private double quality;

        State(Binding b) {
            decay = b.param(DECAY.id());
            deletion = b.param(DELETION.id());
            refresh = b.param(REFRESH.id());
            refreshCost = b.param(REFRESH_COST.id());
            erosion = b.param(EROSION.id());
            proprietary = b.param(PROPRIETARY.id());
            qualityChurn = b.param(QUALITY_CHURN.id());
            qualityMetric = b.metric("data_quality");
            valueMetric = b.metric(VALUE);
        }

        @Override
        public void reset(Month m) {
            quality = 1;
        }

        @Override
        public void month(Month m) {
            quality *= (1 - m.get(decay)) * (1 - m.get(deletion));
            quality += m.get(refresh) * (1 - quality);
            double value = quality * erosion(m.t, m.get(proprietary), m.get(erosion));
            double churn = 1 + m.get(qualityChurn) * (1 - quality);
            for (int s = 0; s < m.segments(); s++) {
                m.priceFactor[s] *= value;
                m.churnFactor[s] *= churn;
            }
            m.cogs += m.get(refreshCost);
            m.metrics[qualityMetric] = quality;
            m.metrics[valueMetric] = value;
        }
    }
}
