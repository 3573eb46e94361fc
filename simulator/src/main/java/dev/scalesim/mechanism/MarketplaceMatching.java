package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.Unit;
import java.util.List;

/**
 * The transaction side of a two-sided marketplace, after the cohort book has counted this
 * month's buyers B and sellers S (see {@link MarketplaceLiquidity} for the other half):
 *
 * <pre>
 *   D = B orders_per_buyer,   C = S seller_capacity,   M = Matching.matches(D, C, match_efficiency, matching_sharpness)
 *   GMV = M order_value;   take = take_rate (1 - incentive_discount if t <= incentive_months)
 *   revenue += GMV take   (transaction fees, booked as recurring revenue: they recur with the active base)
 *   COGS    += M cost_per_order + GMV fraud_loss_rate        uses += M
 *   match_rate = M / D,   seller_utilization = M / C
 * </pre>
 * Fraud losses are the steady share of GMV the platform refunds or absorbs (chargebacks);
 * fraud and trust incidents with churn shocks are a {@link RareEvents} instance.
 */
public final class MarketplaceMatching extends AbstractMechanism {
    static final String MATCH_RATE = "match_rate";
    static final String SELLER_UTILIZATION = "seller_utilization";

    public static final ParamDef ORDERS = ParamDef.global("orders_per_buyer", Unit.COUNT_PER_MONTH,
            "orders an active buyer wants a month");
    public static final ParamDef CAPACITY = ParamDef.global("seller_capacity", Unit.COUNT_PER_MONTH,
            "orders an active seller can fulfil a month");
    public static final ParamDef EFFICIENCY = ParamDef.global("match_efficiency", Unit.FRACTION,
            "matching efficiency A: share of the possible matches search and ranking achieve");
    public static final ParamDef SHARPNESS = ParamDef.global("matching_sharpness", Unit.NUMBER,
            "CES sharpness rho of the matching function (higher = closer to min(demand, capacity))")
            .range(0.1, 50);
    public static final ParamDef ORDER_VALUE = ParamDef.global("order_value", Unit.USD, "average order value (GMV per order)");
    public static final ParamDef TAKE_RATE = ParamDef.global("take_rate", Unit.FRACTION, "platform fee as a share of GMV");
    public static final ParamDef COST_PER_ORDER = ParamDef.global("cost_per_order", Unit.USD,
            "payment processing, matching inference and support per order, COGS");
    public static final ParamDef FRAUD_LOSS = ParamDef.global("fraud_loss_rate", Unit.FRACTION,
            "share of GMV lost to fraud (refunds, chargebacks the platform absorbs), COGS");

    private static final List<ParamDef> PARAMS = List.of(ORDERS, CAPACITY, EFFICIENCY, SHARPNESS, ORDER_VALUE,
            TAKE_RATE, COST_PER_ORDER, FRAUD_LOSS, MarketplaceLiquidity.INCENTIVE_MONTHS,
            MarketplaceLiquidity.INCENTIVE_DISCOUNT);
    private static final List<Metric> METRICS = List.of(
            Metric.higher("buyers", Unit.COUNT, "active buyers at the end of the month"),
            Metric.higher("sellers", Unit.COUNT, "active sellers at the end of the month"),
            Metric.higher("orders", Unit.COUNT, "matched orders this month"),
            Metric.higher("gmv", Unit.USD_PER_MONTH, "gross merchandise value: orders x order value"),
            Metric.higher(MATCH_RATE, Unit.FRACTION, "share of buyers' wanted orders that found a seller"),
            Metric.higher(SELLER_UTILIZATION, Unit.FRACTION, "share of sellers' capacity that was used"),
            Metric.higher("take_rate", Unit.FRACTION, "take rate charged this month (after incentives)"));

    private final String buyers;
    private final String sellers;

    /**
     * @param buyers the buyer segment's id
     * @param sellers the seller segment's id
     */
    public MarketplaceMatching(String buyers, String sellers) {
        super("marketplace-matching", PARAMS, METRICS);
        this.buyers = buyers;
        this.sellers = sellers;
    }

    @Override
    public Process start(Binding b) {
        return new State(b, b.segmentIds().indexOf(buyers), b.segmentIds().indexOf(sellers));
    }

    private static final class State implements Process {
        private final int buyer;
        private final int seller;
        private final int orders;
        private final int capacity;
        private final int efficiency;
        private final int sharpness;
        private final int orderValue;
        private final int takeRate;
        private final int costPerOrder;
        private final int fraud;
        private final int incentiveMonths;
        private final int discount;
        private final int[] metric = new int[METRICS.size()];

        State(Binding b, int buyer, int seller) {
            this.buyer = buyer;
            this.seller = seller;
            orders = b.param(ORDERS.id());
            capacity = b.param(CAPACITY.id());
            efficiency = b.param(EFFICIENCY.id());
            sharpness = b.param(SHARPNESS.id());
            orderValue = b.param(ORDER_VALUE.id());
            takeRate = b.param(TAKE_RATE.id());
            costPerOrder = b.param(COST_PER_ORDER.id());
            fraud = b.param(FRAUD_LOSS.id());
            incentiveMonths = b.param(MarketplaceLiquidity.INCENTIVE_MONTHS.id());
            discount = b.param(MarketplaceLiquidity.INCENTIVE_DISCOUNT.id());
            for (int i = 0; i < metric.length; i++) {
                metric[i] = b.metric(METRICS.get(i).id());
            }
        }

        @Override
        public void reset(Month m) {
            // stateless: the sides are the cohort book's counts
        }

        @Override
        public void month(Month m) {
            double b = buyer < 0 ? 0 : m.customers[buyer];
            double s = seller < 0 ? 0 : m.customers[seller];
            double demand = b * m.get(orders);
            double supply = s * m.get(capacity);
            double matched = Matching.matches(demand, supply, m.get(efficiency), m.get(sharpness));
            double gmv = matched * m.get(orderValue);
            double take = m.get(takeRate) * (m.t <= m.get(incentiveMonths) ? 1 - m.get(discount) : 1);
            m.recurringRevenue += gmv * take;
            m.cogs += matched * m.get(costPerOrder) + gmv * m.get(fraud);
            m.uses += matched;
            double[] v = m.metrics;
            v[metric[0]] = b;
            v[metric[1]] = s;
            v[metric[2]] = matched;
            v[metric[3]] = gmv;
            v[metric[4]] = demand > 0 ? matched / demand : Double.NaN;
            v[metric[5]] = supply > 0 ? matched / supply : Double.NaN;
            v[metric[6]] = take;
        }
    }
}
