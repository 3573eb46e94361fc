package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Factor;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.Unit;
import java.util.List;
import java.util.Set;

/**
 * The liquidity side of a two-sided marketplace, before the channels and the cohort book run:
 * unmatched participants leave faster, each side is drawn by the other side's size (network
 * effects), and launch incentives bring more joiners. Buyers and sellers are two segments of
 * the model, each with its own {@link Acquisition} channels and {@link CohortBook} churn;
 * {@link MarketplaceMatching} matches them after the book has run.
 *
 * <pre>
 *   f_b = last month's match_rate, f_s = last month's seller_utilization   (no effect in month 1)
 *   churnFactor[side]       *= 1 + (unmatched_churn - 1) (1 - f_side)
 *   acquisitionFactor[side] *= Matching.pull(N_other(t-1), network_dependence, network_critical_mass[side])
 *                              * (incentive_boost if t <= incentive_months)
 * </pre>
 * Matched participants churn at the segment's {@code monthly_churn}, unmatched ones at
 * {@code unmatched_churn} times it, so the side's hazard is the mix. N_other(t-1) is the other
 * side's count at the end of last month.
 */
public final class MarketplaceLiquidity extends AbstractMechanism {
    public static final ParamDef UNMATCHED_CHURN = ParamDef.global("unmatched_churn", Unit.MULTIPLIER,
            "churn of an unmatched participant relative to a matched one").range(1, 20);
    public static final ParamDef DEPENDENCE = ParamDef.global("network_dependence", Unit.FRACTION,
            "how much a side's acquisition depends on the other side's size (0 = not at all)");
    public static final ParamDef CRITICAL_MASS = ParamDef.segment("network_critical_mass", Unit.COUNT,
            "size of the other side at which this side's network pull is half").range(1, Double.POSITIVE_INFINITY);
    public static final ParamDef INCENTIVE_MONTHS = ParamDef.global("incentive_months", Unit.MONTHS,
            "months of launch incentives from month 1 (0 = none)").range(0, 240);
    public static final ParamDef INCENTIVE_DISCOUNT = ParamDef.global("incentive_discount", Unit.FRACTION,
            "share of the take rate waived during launch incentives");
    public static final ParamDef INCENTIVE_BOOST = ParamDef.global("incentive_boost", Unit.MULTIPLIER,
            "acquisition multiplier on both sides during launch incentives").range(1, 10);

    private static final List<ParamDef> PARAMS = List.of(UNMATCHED_CHURN, DEPENDENCE, CRITICAL_MASS,
            INCENTIVE_MONTHS, INCENTIVE_DISCOUNT, INCENTIVE_BOOST);

    private final String buyers;
    private final String sellers;

    /**
     * @param buyers the buyer segment's id
     * @param sellers the seller segment's id
     */
    public MarketplaceLiquidity(String buyers, String sellers) {
        super("marketplace-liquidity", PARAMS, List.of());
        this.buyers = buyers;
        this.sellers = sellers;
    }

    @Override
    public Set<Factor> writes() {
        return Set.of(Factor.ACQUISITION, Factor.CHURN);
    }

    @Override
    public Process start(Binding b) {
        return new State(b, b.segmentIds().indexOf(buyers), b.segmentIds().indexOf(sellers));
    }

    private static final class State implements Process {
        private final int buyer;
        private final int seller;
        private final int unmatched;
        private final int dependence;
        private final int[] criticalMass;
        private final int months;
        private final int boost;
        private final int buyerFill;
        private final int sellerFill;

        State(Binding b, int buyer, int seller) {
            this.buyer = buyer;
            this.seller = seller;
            unmatched = b.param(UNMATCHED_CHURN.id());
            dependence = b.param(DEPENDENCE.id());
            criticalMass = b.segmentParam(CRITICAL_MASS.id());
            months = b.param(INCENTIVE_MONTHS.id());
            boost = b.param(INCENTIVE_BOOST.id());
            buyerFill = b.metric(MarketplaceMatching.MATCH_RATE);
            sellerFill = b.metric(MarketplaceMatching.SELLER_UTILIZATION);
        }

        @Override
        public void reset(Month m) {
            // the state lives in last month's metrics and customer counts
        }

        @Override
        public void month(Month m) {
            double incentive = m.t <= m.get(months) ? m.get(boost) : 1;
            side(m, buyer, seller, m.previous[buyerFill], incentive);
            side(m, seller, buyer, m.previous[sellerFill], incentive);
        }

        private void side(Month m, int s, int other, double fill, double incentive) {
            if (s < 0) {
                return;
            }
            if (Double.isFinite(fill)) {
                m.churnFactor[s] *= 1 + (m.get(unmatched) - 1) * (1 - fill);
            }
            double n = other < 0 ? 0 : m.customers[other];
            m.acquisitionFactor[s] *= Matching.pull(n, m.get(dependence), m.get(criticalMass[s])) * incentive;
        }
    }
}
