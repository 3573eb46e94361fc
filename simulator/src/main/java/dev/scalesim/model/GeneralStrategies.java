package dev.scalesim.model;

import static dev.scalesim.stats.Distribution.constant;
import static dev.scalesim.stats.Distribution.pert;

import dev.scalesim.kernel.Condition;
import dev.scalesim.stats.Distribution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The seed's "general strategies for scaling across all models", as solutions any model gets:
 * {@link Catalog} adds to every model each strategy whose parameters it has, after the model's
 * own solutions. An effect on a parameter the model lacks is left out; a strategy left with no
 * effect is not offered. Costs scale with the model's own default fixed costs F (a pricing
 * study costs a startup less than a consultancy), so one definition fits every model. Effect
 * sizes are assumptions (no public source measures them): wide PERT ranges.
 */
public final class GeneralStrategies {
    /**
     * Parameters a business sets its prices with, across the catalogue: a subscription price, a
     * per-unit price, a marketplace's take rate, an ad platform's CPM (yield management) and
     * premium tier, a GPU cloud's hourly price. Pricing optimization moves the ones a model
     * actually charges with (a positive default).
     */
    static final List<String> PRICE_LEVERS =
            List.of("price", "unit_price", "take_rate", "cpm", "premium_price", "gpu_hour_price");

    /** The spend policy's bound: the vendor study's mid-market payback ceiling (14-18 months). */
    public static final double PAYBACK_BOUND = 18;

    private GeneralStrategies() {
    }

    /** The model with every applicable general strategy added (ids it already uses are skipped). */
    public static BusinessModel addTo(BusinessModel model) {
        Set<String> params = model.params().stream().map(p -> p.id())
                .filter(id -> !PRICE_LEVERS.contains(id) || charges(model, id))
                .filter(id -> !id.endsWith("_load") || finite(model, id)).collect(Collectors.toSet());
        double f = roundTwoDigits(Economics.operatingBase(model));
        List<Solution> added = new ArrayList<>();
        for (Function<Double, Draft> strategy : List.<Function<Double, Draft>>of(GeneralStrategies::automation,
                GeneralStrategies::retention, GeneralStrategies::partnerships, GeneralStrategies::pricing,
                GeneralStrategies::spendPolicy, GeneralStrategies::goGlobal)) {
            Draft d = strategy.apply(f);
            if (model.solution(d.id).isEmpty()) {
                Solution s = d.build(params);
                if (s != null) {
                    added.add(s);
                }
            }
        }
        return model.withMoreSolutions(added);
    }

    /** True when some segment (or the business) has a positive default for the parameter. */
    private static boolean charges(BusinessModel model, String param) {
        boolean perSegment = model.param(param).orElseThrow().perSegment();
        List<String> owners = perSegment ? model.segments().stream().map(Segment::id).toList()
                : Collections.singletonList(null);
        return owners.stream().anyMatch(s -> model.defaultFor(s, param).value().mean() > 0);
    }

    /** True when a staffing load has a finite default: that role grows with the business. */
    private static boolean finite(BusinessModel model, String param) {
        return Double.isFinite(model.defaultFor(null, param).value().mean());
    }

    /** F to two significant digits, so costs read as round figures in describe and manifests. */
    static double roundTwoDigits(double f) {
        if (!(f > 0) || Double.isInfinite(f)) {
            return 0;
        }
        double unit = Math.pow(10, Math.floor(Math.log10(f)) - 1);
        return Math.round(f / unit) * unit;
    }

    /** A PERT on (low, mode, high) times F, or nothing when the model has no fixed costs. */
    private static Distribution ofF(double f, double low, double mode, double high) {
        return f > 0 ? pert(low * f, mode * f, high * f) : constant(0);
    }

    private static Draft automation(double f) {
        return new Draft("automation", "Invest in automation: onboarding and deployment pipelines cut operating costs",
                "cash_end", 3, 6)
                .scale("support_load", pert(1.2, 1.5, 2.0))
                .scale("engineering_load", pert(1.05, 1.15, 1.3))
                .scale("ga_load", pert(1.1, 1.25, 1.5))
                .scale("service_cost", pert(0.8, 0.9, 1.0))
                .scale("onboarding_cost", pert(0.5, 0.7, 0.9))
                // Only where an engineering team grows with the business: a consultancy's delivery
                // staff are automated by its own solution (reusable frameworks).
                .requiresOneOf("engineering_load")
                .costs(ofF(f, 0.5, 1, 2), constant(0));
    }

    private static Draft retention(double f) {
        return new Draft("retention-program", "Focus on retention: customer success programs keep customers longer",
                "customers_end", 2, 6)
                .scale("monthly_churn", pert(0.75, 0.85, 0.95))
                .costs(constant(0), ofF(f, 0.03, 0.05, 0.08));
    }

    private static Draft partnerships(double f) {
        return new Draft("partnerships", "Develop partnerships with larger players and ecosystem partners",
                "customers_end", 4, 6)
                .scale("organic_customers", pert(1.3, 1.6, 2.0))
                .scale("free_signups", pert(1.1, 1.2, 1.4))
                .scale("leads_per_month", pert(1.1, 1.25, 1.5))
                .scale("projects_per_month", pert(1.1, 1.2, 1.4))
                .add("payment_fees", pert(0.01, 0.02, 0.04))
                .requiresOneOf("organic_customers", "free_signups", "leads_per_month", "projects_per_month")
                .costs(ofF(f, 0.2, 0.5, 1), constant(0));
    }

    private static Draft pricing(double f) {
        // Target cash_end: with acquisition and churn elasticities adding up to about 1 (the defaults),
        // a higher price keeps revenue about level while fewer customers cost less to serve and staff.
        return new Draft("pricing-optimization", "Optimize pricing: align prices with customer value and willingness to pay",
                "cash_end", 3, 3)
                .scaleEach(PRICE_LEVERS, pert(1.03, 1.08, 1.15))
                .requiresOneOf(PRICE_LEVERS.toArray(String[]::new))
                .costs(ofF(f, 0.1, 0.25, 0.5), constant(0));
    }

    private static Draft spendPolicy(double f) {
        Condition slowPayback = new Condition("cac_payback", true, PAYBACK_BOUND);
        return new Draft("spend-policy", "Data-driven spending: cut acquisition spend while CAC payback exceeds "
                + (int) PAYBACK_BOUND + " months", "cash_min", 1, 0)
                .scaleWhile("marketing_budget", pert(0.4, 0.5, 0.6), slowPayback)
                .scaleWhile("sales_team_cost", pert(0.5, 0.7, 0.9), slowPayback)
                .requiresOneOf("marketing_budget", "sales_team_cost")
                .costs(constant(0), constant(0));
    }

    private static Draft goGlobal(double f) {
        return new Draft("go-global", "Go global early: expand internationally with localization and compliance",
                "customers_end", 4, 9)
                .scale("market_size", pert(1.8, 2.5, 4.0))
                .scale("free_signups", pert(1.2, 1.4, 1.8))
                .scale("organic_customers", pert(1.2, 1.4, 1.8))
                .scale("leads_per_month", pert(1.1, 1.3, 1.6))
                .scale("projects_per_month", pert(1.1, 1.3, 1.6))
                .scale("cac", pert(1.0, 1.1, 1.25))
                .requiresOneOf("market_size", "free_signups", "organic_customers", "leads_per_month", "projects_per_month")
                .costs(ofF(f, 0.5, 1, 2), ofF(f, 0.05, 0.1, 0.2));
    }

    /** A strategy before it is fitted to a model's parameters. */
    private static final class Draft {
        private record Change(String param, char op, Distribution size, Condition when) {
        }

        private final String id;
        private final String title;
        private final String target;
        private final int start;
        private final int ramp;
        private final List<Change> changes = new ArrayList<>();
        private List<String> required = List.of();
        private Distribution oneTime = constant(0);
        private Distribution monthly = constant(0);

        Draft(String id, String title, String target, int start, int ramp) {
            this.id = id;
            this.title = title;
            this.target = target;
            this.start = start;
            this.ramp = ramp;
        }

        Draft scale(String param, Distribution size) {
            changes.add(new Change(param, 's', size, null));
            return this;
        }

        Draft scaleEach(List<String> params, Distribution size) {
            params.forEach(p -> scale(p, size));
            return this;
        }

        Draft add(String param, Distribution size) {
            changes.add(new Change(param, 'a', size, null));
            return this;
        }

        Draft scaleWhile(String param, Distribution size, Condition when) {
            changes.add(new Change(param, 's', size, when));
            return this;
        }

        /** The strategy is offered only when the model has one of these (default: the first effect's). */
        Draft requiresOneOf(String... params) {
            required = List.of(params);
            return this;
        }

        Draft costs(Distribution oneTimeCost, Distribution monthlyCost) {
            oneTime = oneTimeCost;
            monthly = monthlyCost;
            return this;
        }

        Solution build(Set<String> params) {
            List<String> needed = required.isEmpty() ? List.of(changes.get(0).param()) : required;
            if (needed.stream().noneMatch(params::contains)) {
                return null;
            }
            Solution.Builder b = Solution.builder(id, title).target(target).timing(start, ramp);
            for (Change c : changes) {
                if (!params.contains(c.param())) {
                    continue;
                }
                if (c.when() != null) {
                    b.scaleWhile(c.param(), c.size(), c.when());
                } else if (c.op() == 's') {
                    b.scale(c.param(), c.size());
                } else {
                    b.add(c.param(), c.size());
                }
            }
            return b.costs(oneTime, monthly).build();
        }
    }
}
