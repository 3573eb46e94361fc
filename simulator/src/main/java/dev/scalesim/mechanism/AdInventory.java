package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.Unit;
import java.util.List;

/**
 * Sells this month's ad impressions at the CPM {@link AdMarket} set, and bills the ad-free
 * premium tier. Runs after the cohort book, whose customers are the platform's active users.
 *
 * <pre>
 *   users U = active users (every segment);   ad users = U (1 - premium_share)
 *   impressions = ad users * ads_per_user;     ad revenue = impressions * CPM(t) / 1000
 *   premium revenue = U premium_share premium_price
 * </pre>
 * Both are recurring revenue (they recur with the active base). Anything the cohort book bills
 * ({@code price}: in-app purchases, add-on subscriptions per active user) comes on top.
 */
public final class AdInventory extends AbstractMechanism {
    public static final ParamDef PREMIUM_PRICE = ParamDef.global("premium_price", Unit.USD_PER_MONTH,
            "price of the ad-free premium tier per premium user per month");

    private static final List<Metric> METRICS = List.of(
            Metric.higher("ad_impressions", Unit.COUNT, "ad impressions sold this month"),
            Metric.higher("ad_revenue", Unit.USD_PER_MONTH, "ad revenue this month"),
            Metric.higher("premium_users", Unit.COUNT, "users on the ad-free premium tier"));

    public AdInventory() {
        super("ad-inventory", List.of(AdMarket.ADS_PER_USER, AdMarket.PREMIUM_SHARE, PREMIUM_PRICE), METRICS);
    }

    @Override
    public Process start(Binding b) {
        int ads = b.param(AdMarket.ADS_PER_USER.id());
        int share = b.param(AdMarket.PREMIUM_SHARE.id());
        int premiumPrice = b.param(PREMIUM_PRICE.id());
        int cpm = b.metric(AdMarket.CPM_METRIC);
        int impressionsMetric = b.metric("ad_impressions");
        int revenueMetric = b.metric("ad_revenue");
        int premiumMetric = b.metric("premium_users");
        return new Process() {
            @Override
            public void reset(Month m) {
                // stateless
            }

            @Override
            public void month(Month m) {
                double users = m.totalCustomers();
                double premium = users * m.get(share);
                double impressions = (users - premium) * m.get(ads);
                double adRevenue = impressions * m.metrics[cpm] / 1000;
                m.recurringRevenue += adRevenue + premium * m.get(premiumPrice);
                m.metrics[impressionsMetric] = impressions;
                m.metrics[revenueMetric] = adRevenue;
                m.metrics[premiumMetric] = premium;
            }
        };
    }
}
