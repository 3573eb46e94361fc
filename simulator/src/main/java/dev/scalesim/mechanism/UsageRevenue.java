package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Factor;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.Unit;
import dev.scalesim.stats.Checks;
import dev.scalesim.stats.Gaussian;
import java.util.List;
import java.util.Set;

/**
 * Pay-per-use billing with graduated tiers, over customers whose usage is heavy-tailed.
 *
 * <p>Uses per customer U are lognormal across a segment's customers, with mean mu (this month's
 * uses of the segment, from the cohort book, per customer) and log-sd sigma
 * ({@code usage_dispersion}; 0 means everyone uses the mean). Each customer's month is billed
 * on graduated tiers: {@code unit_price} per use up to {@code tier1_limit}, {@code tier2_price}
 * times that up to {@code tier2_limit}, {@code tier3_price} times it beyond. Customers are not
 * simulated one by one: the bill is integrated over the usage distribution,
 * <pre>
 *   T(b)  = E[min(U, b)] = mu Phi((ln b - m - sigma^2) / sigma) + b (1 - Phi((ln b - m) / sigma)),  m = ln mu - sigma^2 / 2
 *   R(mu) = unit_price * (T(b1) + tier2_price (T(b2) - T(b1)) + tier3_price (mu - T(b2)))
 *   usage revenue = customers * R(mu) * priceFactor        (recurring: it is billed monthly)
 * </pre>
 * so counts stay random (the cohort book's draws) while the spread of usage between customers
 * enters through its expectation. Tier factors below 1 are volume discounts (heavy users pay
 * less per use than they cost), above 1 premium tiers. Must run after the cohort book.
 */
public final class UsageRevenue extends AbstractMechanism {
    public static final ParamDef UNIT_PRICE = ParamDef.segment("unit_price", Unit.USD,
            "price per use in the first tier (0: usage is not billed)");
    public static final ParamDef DISPERSION = ParamDef.segment("usage_dispersion", Unit.NUMBER,
            "spread of uses between customers: sd of log uses (0: all alike; 1.5+: heavy-tailed)").range(0, 4);
    public static final ParamDef TIER1 = ParamDef.segment("tier1_limit", Unit.COUNT,
            "uses per customer per month billed at the first-tier price").range(1, Double.POSITIVE_INFINITY).unlimited();
    public static final ParamDef TIER2 = ParamDef.segment("tier2_limit", Unit.COUNT,
            "uses per customer per month up to which the second-tier price applies")
            .range(1, Double.POSITIVE_INFINITY).unlimited();
    public static final ParamDef TIER2_PRICE = ParamDef.segment("tier2_price", Unit.MULTIPLIER,
            "second-tier price per use as a multiple of unit_price (below 1: volume discount)").range(0, 100);
    public static final ParamDef TIER3_PRICE = ParamDef.segment("tier3_price", Unit.MULTIPLIER,
            "price per use beyond tier2_limit as a multiple of unit_price").range(0, 100);

    private static final List<ParamDef> PARAMS = List.of(UNIT_PRICE, DISPERSION, TIER1, TIER2, TIER2_PRICE,
            TIER3_PRICE);

    private final String volumeMetric;

    /**
     * @param volumeMetric the id under which the model reports its billed volume, e.g.
     *     {@code api_calls} or {@code generations}
     */
    public UsageRevenue(String volumeMetric) {
        super("usage", PARAMS, metricsFor(Checks.notBlank("volumeMetric", volumeMetric)));
        this.volumeMetric = volumeMetric;
    }

    private static List<Metric> metricsFor(String volumeMetric) {
        return List.of(
                Metric.higher(volumeMetric, Unit.COUNT, "uses served this month, billed or not"),
                Metric.higher("usage_revenue", Unit.USD_PER_MONTH, "pay-per-use revenue this month"),
                Metric.lower("heavy_use_share", Unit.FRACTION, "share of uses beyond the first tier (heavy users)"));
    }

    /** E[min(U, b)] for U lognormal with mean mu and log-sd sigma. */
    public static double limitedMean(double mu, double sigma, double b) {
        if (b == Double.POSITIVE_INFINITY || mu <= 0) {
            return mu;
        }
        if (sigma <= 0) {
            return Math.min(mu, b);
        }
        double m = Math.log(mu) - 0.5 * sigma * sigma;
        double z = (Math.log(b) - m) / sigma;
        return mu * Gaussian.cdf(z - sigma) + b * (1 - Gaussian.cdf(z));
    }

    /** Expected bill of one customer, per unit price, with mean usage mu: R(mu) / unit_price. */
    public static double billedUses(double mu, double sigma, double b1, double b2, double r2, double r3) {
        double upper = Math.max(b1, b2);
        double t1 = limitedMean(mu, sigma, b1);
        double t2 = limitedMean(mu, sigma, upper);
        return t1 + r2 * (t2 - t1) + r3 * (mu - t2);
    }

    @Override
    public Set<Factor> reads() {
        return Set.of(Factor.PRICE);
    }

    @Override
    public Process start(Binding b) {
        int[] price = b.segmentParam(UNIT_PRICE.id());
        int[] dispersion = b.segmentParam(DISPERSION.id());
        int[] tier1 = b.segmentParam(TIER1.id());
        int[] tier2 = b.segmentParam(TIER2.id());
        int[] tier2Price = b.segmentParam(TIER2_PRICE.id());
        int[] tier3Price = b.segmentParam(TIER3_PRICE.id());
        int volume = b.metric(volumeMetric);
        int revenueMetric = b.metric("usage_revenue");
        int heavyMetric = b.metric("heavy_use_share");
        return new Process() {
            @Override
            public void reset(Month m) {
                // stateless: the bill is a function of this month's customers and uses
            }

            @Override
            public void month(Month m) {
                double revenue = 0;
                double billed = 0;
                double beyond = 0;
                for (int s = 0; s < m.segments(); s++) {
                    long n = m.customers[s];
                    double unit = m.get(price[s]);
                    if (n == 0 || unit <= 0 || m.segmentUses[s] <= 0) {
                        continue;
                    }
                    double mu = m.segmentUses[s] / n;
                    double sigma = m.get(dispersion[s]);
                    double b1 = m.get(tier1[s]);
                    double perCustomer = billedUses(mu, sigma, b1, m.get(tier2[s]), m.get(tier2Price[s]),
                            m.get(tier3Price[s]));
                    double r = n * unit * perCustomer * m.priceFactor[s];
                    m.segmentMrr[s] += r;
                    revenue += r;
                    billed += m.segmentUses[s];
                    beyond += n * (mu - limitedMean(mu, sigma, b1));
                }
                m.recurringRevenue += revenue;
                m.metrics[volume] = m.uses;
                m.metrics[revenueMetric] = revenue;
                m.metrics[heavyMetric] = billed > 0 ? beyond / billed : Double.NaN;
            }
        };
    }
}
