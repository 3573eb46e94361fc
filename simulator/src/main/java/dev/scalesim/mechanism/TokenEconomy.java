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
 * Fees paid in a platform token, and a token treasury marked to market. Runs after the
 * {@code token_price} {@link PriceWalk} and before the {@link CohortBook}, which bills the fees.
 *
 * <p>Each customer's fees are a fixed number of tokens, worth {@code price} at the launch token
 * price P(0); a share {@code price_peg} of them is instead set in dollars (a stablecoin, or a
 * token amount re-priced every month). The month's fees convert to dollars at the month's price
 * P(t), and token swings drive users away (their costs or holdings jump):
 * <pre>
 *   priceFactor *= peg + (1 - peg) P(t) / P(0)
 *   churnFactor *= 1 + volatility_churn (1 - peg) |ln(P(t) / P(t-1))|
 * </pre>
 * The treasury holds T tokens, T(0) = {@code treasury_tokens}, and sells a share
 * {@code treasury_sale_rate} each month to fund operations:
 * <pre>
 *   sold(t) = T(t-1) r;  T(t) = T(t-1) - sold(t);  treasury_value(t) = T(t) P(t)
 * </pre>
 * Accounting: sale proceeds {@code sold(t) P(t)} are an investing cash inflow (a disposal of an
 * asset), booked as negative {@link Month#capex}: they raise cash, never revenue or EBITDA.
 * Unsold tokens are not cash; their marked-to-market value is reported as
 * {@code treasury_value} and enters no outcome until sold.
 */
public final class TokenEconomy extends AbstractMechanism {
    /** The price this mechanism converts at: the {@link PriceWalk} with this id must run first. */
    public static final String PRICE = "token_price";

    public static final ParamDef PEG = ParamDef.global("price_peg", Unit.FRACTION,
            "share of fees set in dollars (stablecoin or dynamic token pricing) rather than in tokens");
    public static final ParamDef VOLATILITY_CHURN = ParamDef.global("volatility_churn", Unit.NUMBER,
            "extra churn per unit of monthly absolute log change of the token price (1 = a 10% swing "
                    + "raises churn 10%)").range(0, 50);
    public static final ParamDef TREASURY = ParamDef.global("treasury_tokens", Unit.COUNT,
            "tokens the company holds at month 1");
    public static final ParamDef SALE_RATE = ParamDef.global("treasury_sale_rate", Unit.FRACTION_PER_MONTH,
            "share of the treasury sold each month to fund operations (investing cash inflow)");

    private static final List<ParamDef> PARAMS = List.of(PEG, VOLATILITY_CHURN, TREASURY, SALE_RATE);
    private static final List<Metric> METRICS = List.of(
            Metric.higher("treasury_value", Unit.USD, "token treasury marked to market at the month's price"),
            Metric.higher("treasury_sales", Unit.USD, "cash raised this month by selling treasury tokens"),
            Metric.higher("fee_value", Unit.MULTIPLIER, "dollar value of a customer's fees relative to launch"));

    public TokenEconomy() {
        super("token-economy", PARAMS, METRICS);
    }

    @Override
    public Set<Factor> writes() {
        return Set.of(Factor.PRICE, Factor.CHURN);
    }

    @Override
    public Process start(Binding b) {
        return new State(b);
    }

    private static final class State implements Process {
        private final int priceMetric;
        private final int priceParam;
        private final int peg;
        private final int volatilityChurn;
        private final int treasury;
        private final int saleRate;
        private final int valueMetric;
        private final int salesMetric;
        private final int feeMetric;
        private double tokens;

        State(Binding b) {
            priceMetric = b.metric(PRICE);
            priceParam = b.param(PRICE);
            peg = b.param(PEG.id());
            volatilityChurn = b.param(VOLATILITY_CHURN.id());
            treasury = b.param(TREASURY.id());
            saleRate = b.param(SALE_RATE.id());
            valueMetric = b.metric("treasury_value");
            salesMetric = b.metric("treasury_sales");
            feeMetric = b.metric("fee_value");
        }

        @Override
        public void reset(Month m) {
            tokens = m.get(treasury);
        }

        @Override
        public void month(Month m) {
            double launch = m.p.get(priceParam, 0);
            double price = m.metrics[priceMetric];
            double before = m.t == 1 ? launch : m.previous[priceMetric];
            double pegged = m.get(peg);
            double factor = pegged + (1 - pegged) * price / launch;
            double churn = 1 + m.get(volatilityChurn) * (1 - pegged) * Math.abs(Math.log(price / before));
            for (int s = 0; s < m.segments(); s++) {
                m.priceFactor[s] *= factor;
                m.churnFactor[s] *= churn;
            }
            double sold = tokens * m.get(saleRate);
            tokens -= sold;
            double proceeds = sold * price;
            m.capex -= proceeds;
            m.metrics[valueMetric] = tokens * price;
            m.metrics[salesMetric] = proceeds;
            m.metrics[feeMetric] = factor;
        }
    }
}
