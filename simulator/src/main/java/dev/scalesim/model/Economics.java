package dev.scalesim.model;

import static dev.scalesim.stats.Distribution.range;

import dev.scalesim.kernel.Mechanism;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.mechanism.PriceResponse;
import dev.scalesim.stats.Distribution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Defaults every model shares for the economics mechanisms ({@link PriceResponse}, and the
 * staffing plan), filled in by {@link BusinessModel}'s constructor where a model does not set
 * its own: a model's file states only what differs. Reference prices are derived, not chosen:
 * each is the model's own default of the price it refers to, so default scenarios keep their
 * volumes.
 */
final class Economics {
    /** Shared defaults, by parameter id; a segment preset or the model's own default wins. */
    private static final Map<String, Default> SHARED = Defaults.of()
            .put("price_elasticity", range(0.3, 1.2), Sources.assumption(Sources.NO_ELASTICITY
                    + "B2B software between enterprise and small-business sensitivity"))
            .put("churn_price_elasticity", range(0.1, 0.5), Sources.assumption(Sources.NO_ELASTICITY
                    + "existing customers are less sensitive than new ones (switching costs)"))
            .put("usage_price_elasticity", range(0.2, 0.8), Sources.assumption(Sources.NO_ELASTICITY
                    + "usage answers the unit price less than sign-ups answer the plan price"))
            .put("support_load", range(400, 1_500), Sources.assumption(
                    "no public customers-per-agent benchmark found; sized so support is 4-10% of a $100 seat's revenue"))
            .put("support_cost", range(5_000, 8_000), Sources.assumption("a support agent's salary plus ~25% benefits and taxes"))
            .put("support_lag", 2, Sources.assumption("recruiting and training a support agent"))
            .put("success_load", range(1_000_000, 3_000_000), Sources.CSM_ARR)
            .put("success_cost", range(9_000, 14_000), Sources.assumption("a CSM's salary plus ~25% benefits and taxes"))
            .put("success_lag", 3, Sources.assumption("hiring and ramping a CSM"))
            .put("sales_load", Double.POSITIVE_INFINITY, "off: acquisition costs (cac, marketing_budget, sales_team_cost) "
                    + "already pay for selling; a scenario whose CAC is marketing only sets a quota, e.g. 600k to 1.2M ("
                    + Sources.SALES_QUOTA + ")")
            .put("sales_cost", range(12_000, 20_000), Sources.assumption("a rep's on-target earnings plus ~25% benefits and taxes"))
            .put("sales_lag", 3, Sources.assumption("hiring and ramping a rep to quota"))
            .put("engineering_load", range(800_000, 2_000_000), Sources.ARR_PER_EMPLOYEE)
            .put("engineering_cost", range(13_000, 19_000), Sources.assumption("the ~$15k loaded engineer the models' teams assume"))
            .put("engineering_lag", 3, Sources.assumption("hiring an engineer takes about a quarter"))
            .put("ga_load", range(6, 12), Sources.assumption("G&A (finance, HR, legal, IT) is 8-15% of a software company's staff"))
            .put("ga_cost", range(9_000, 14_000), Sources.assumption("a G&A head's salary plus ~25% benefits and taxes"))
            .put("ga_lag", 2, Sources.assumption("hiring a G&A head"))
            .build();

    /** The source of every model's fixed costs, now the part of opex that is not payroll. */
    static final String NON_PAYROLL = Sources.assumption("non-payroll operating costs (offices, software, tools, "
            + "outside services) at 20-25% of month-1 opex; the team is the staffing plan (engineering_base and G&A)");

    private Economics() {
    }

    /**
     * About what the business spends a month before it has customers: fixed costs plus the
     * starting team (base engineers and the G&amp;A they need), at means. General strategies
     * scale their costs with it.
     */
    static double operatingBase(BusinessModel model) {
        double fixed = model.defaultFor(null, "fixed_costs").value().mean();
        if (model.param("engineering_base").isEmpty()) {
            return fixed;
        }
        double base = Math.round(model.defaultFor(null, "engineering_base").value().mean());
        double gaLoad = model.defaultFor(null, "ga_load").value().quantile(0.5);
        double ga = base > 0 ? Math.ceil(base / gaLoad) : 0;
        return fixed + base * model.defaultFor(null, "engineering_cost").value().mean()
                + ga * model.defaultFor(null, "ga_cost").value().mean();
    }

    /** A model's segments and defaults with the shared and derived economics defaults added. */
    record Completed(List<Segment> segments, Map<String, Default> defaults) {
    }

    static Completed complete(List<Mechanism> mechanisms, List<Segment> segments, Map<String, Default> defaults) {
        List<Segment> outSegments = new ArrayList<>(segments);
        Map<String, Default> outDefaults = new LinkedHashMap<>(defaults);
        for (Mechanism m : mechanisms) {
            for (ParamDef p : m.params()) {
                Default shared = SHARED.get(p.id());
                if (shared != null) {
                    outDefaults.putIfAbsent(p.id(), shared);
                }
            }
            if (m instanceof PriceResponse response) {
                response.levers().forEach(lever -> addReference(lever, outSegments, outDefaults));
            }
        }
        return new Completed(outSegments, outDefaults);
    }

    /** reference_<lever> = the lever's default (its median when uncertain), per segment or global. */
    private static void addReference(ParamDef lever, List<Segment> segments, Map<String, Default> defaults) {
        String id = PriceResponse.reference(lever).id();
        if (defaults.containsKey(id)) {
            return;
        }
        if (!lever.perSegment()) {
            Default d = defaults.get(lever.id());
            if (d != null) {
                defaults.put(id, reference(lever, d));
            }
            return;
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            Default d = s.defaults().getOrDefault(lever.id(), defaults.get(lever.id()));
            if (d != null && !s.defaults().containsKey(id)) {
                Default ref = reference(lever, d);
                segments.set(i, s.with(id, ref.value(), ref.source()));
            }
        }
    }

    private static Default reference(ParamDef lever, Default price) {
        Distribution v = price.value();
        double median = v.isConstant() ? v.mean() : v.quantile(0.5);
        return new Default(Distribution.constant(median), "[derived] the model's default " + lever.id()
                + (v.isConstant() ? "" : " (the median of " + v.expression() + ")")
                + ": at the default price demand is unchanged");
    }
}
