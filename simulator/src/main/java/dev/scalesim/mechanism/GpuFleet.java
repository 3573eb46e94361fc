package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.Unit;
import java.util.List;

/**
 * A fleet of GPU nodes that sells GPU-hours: bought in lumps as demand grows, depreciated
 * straight line, powered at a cost. Runs after the {@code gpu_hour_price} {@link PriceWalk}, after
 * {@link ComputeCost} (whose indexes make new nodes cheaper and pass part of that to the price)
 * and after the cohort book, whose {@code uses} are the GPU-hours customers want this month.
 *
 * <pre>
 *   installed I(t): nodes delivered (order month + lead_time; the initial fleet at month 1) and
 *                   younger than depreciation_years;   capacity C = I gpus_per_node 730 h
 *   demand D = uses;  sold = min(D, C);  utilization u = sold / C;  revenue += sold P(t) K(t)   (uses := sold)
 *                   P = the market GPU-hour price walk, K = compute-cost pass-through (cost_price_index)
 *   energy = I node_power_kw pue 730 (idle + (1 - idle) u) (energy_price (1 + energy_inflation)^((t-1)/12) + carbon_cost)
 *   buying: when D > buy_trigger (I + on order) gpus 730, order n = ceil((D / buy_target - (I + on order) gpus 730)
 *           / (gpus 730)) nodes, delivered lead_time months later
 *   an order of n nodes in month t costs n node_capex X(t), X = compute_cost_index (newer GPUs cost less
 *           per GPU-hour of capacity); capex = that cost x upfront_share at the order (cash, not EBITDA);
 *           depreciation = that cost x upfront_share / (12 depreciation_years) a month while installed
 *           (reported, not in EBITDA or cash: EBITDA excludes it and cash paid the capex);
 *           lease = that cost x (1 - upfront_share)(1 + lease_premium) / (12 depreciation_years) a
 *           month while installed (COGS: the part financed by a lessor or partner)
 * </pre>
 * COGS gets energy and leases. 730 is the hours of an average month (8,760 / 12). Demand beyond
 * capacity is lost for the month ({@code unserved_hours}).
 */
public final class GpuFleet extends AbstractMechanism {
    /** Hours in an average month. */
    public static final double HOURS = 730;
    /** The price the fleet sells at: the {@link PriceWalk} with this id must run first. */
    public static final String PRICE = "gpu_hour_price";

    public static final ParamDef NODE_CAPEX = ParamDef.global("node_capex", Unit.USD, "purchase price of one GPU node");
    public static final ParamDef GPUS = ParamDef.global("gpus_per_node", Unit.COUNT, "GPUs in a node").range(1, 1024);
    public static final ParamDef POWER = ParamDef.global("node_power_kw", Unit.NUMBER, "power draw of a node at full load, kW")
            .range(0, 10_000);
    public static final ParamDef PUE = ParamDef.global("pue", Unit.NUMBER,
            "power usage effectiveness: facility power / IT power").range(1, 3);
    public static final ParamDef ENERGY_PRICE = ParamDef.global("energy_price", Unit.USD, "electricity price per kWh at month 1");
    public static final ParamDef ENERGY_INFLATION = ParamDef.global("energy_inflation", Unit.NUMBER,
            "yearly change of the electricity price").range(-0.5, 2);
    public static final ParamDef CARBON = ParamDef.global("carbon_cost", Unit.USD,
            "sustainability cost per kWh: carbon levies, certificates, ESG requirements");
    public static final ParamDef IDLE = ParamDef.global("idle_power_share", Unit.FRACTION,
            "power an idle node draws, as a share of full load");
    public static final ParamDef INITIAL = ParamDef.global("initial_nodes", Unit.COUNT, "nodes bought at month 1");
    public static final ParamDef LIFE = ParamDef.global("depreciation_years", Unit.NUMBER,
            "useful life of a node: straight-line depreciation, lease term, then retirement").range(1, 15);
    public static final ParamDef UPFRONT = ParamDef.global("upfront_share", Unit.FRACTION,
            "share of a node's price paid upfront as capex (the rest leased or partner-financed)");
    public static final ParamDef LEASE_PREMIUM = ParamDef.global("lease_premium", Unit.NUMBER,
            "financing cost of the leased share over the life, as a share of its price").range(0, 3);
    public static final ParamDef TRIGGER = ParamDef.global("buy_trigger", Unit.FRACTION,
            "demand / (installed + ordered capacity) above which nodes are ordered").range(0.05, 1);
    public static final ParamDef TARGET = ParamDef.global("buy_target", Unit.FRACTION,
            "demand / capacity an order aims for").range(0.05, 1);
    public static final ParamDef LEAD = ParamDef.global("lead_time", Unit.MONTHS, "months from ordering nodes to serving on them")
            .range(0, 24);

    private static final List<ParamDef> PARAMS = List.of(NODE_CAPEX, GPUS, POWER, PUE, ENERGY_PRICE, ENERGY_INFLATION,
            CARBON, IDLE, INITIAL, LIFE, UPFRONT, LEASE_PREMIUM, TRIGGER, TARGET, LEAD);
    private static final List<Metric> METRICS = List.of(
            Metric.higher("gpus", Unit.COUNT, "GPUs installed"),
            Metric.higher("utilization", Unit.FRACTION, "GPU-hours sold / GPU-hours installed"),
            Metric.higher("gpu_hours_sold", Unit.COUNT, "GPU-hours sold this month"),
            Metric.lower("unserved_hours", Unit.COUNT, "GPU-hours wanted but not available this month"),
            Metric.lower("gpu_capex", Unit.USD_PER_MONTH, "hardware bought this month (cash, not EBITDA)"),
            Metric.lower("depreciation", Unit.USD_PER_MONTH, "straight-line depreciation of owned nodes"),
            Metric.lower("energy_cost", Unit.USD_PER_MONTH, "electricity and sustainability cost, COGS"),
            Metric.lower("lease_cost", Unit.USD_PER_MONTH, "lease payments on financed nodes, COGS"));

    public GpuFleet() {
        super("gpu-fleet", PARAMS, METRICS);
    }

    @Override
    public Process start(Binding b) {
        return new State(b);
    }

    /** Nodes to order so that demand d fills {@code target} of the capacity, given capacity c (hours). */
    public static long nodesToOrder(double d, double c, double hoursPerNode, double trigger, double target) {
        if (!(d > trigger * c)) {
            return 0;
        }
        return Math.max(0, (long) Math.ceil((d / target - c) / hoursPerNode));
    }

    /** A month's electricity cost of {@code nodes} nodes at utilization u and a price per kWh. */
    public static double energyCost(double nodes, double kw, double pue, double idle, double u, double pricePerKwh) {
        return nodes * kw * pue * HOURS * (idle + (1 - idle) * u) * pricePerKwh;
    }

    private static final class State implements Process {
        private final int capex;
        private final int gpus;
        private final int power;
        private final int pue;
        private final int energyPrice;
        private final int inflation;
        private final int carbon;
        private final int idle;
        private final int initial;
        private final int life;
        private final int upfront;
        private final int leasePremium;
        private final int trigger;
        private final int target;
        private final int lead;
        private final int price;
        private final int costIndex;
        private final int priceIndex;
        private final int[] metric = new int[METRICS.size()];
        private long[] nodes;
        private int[] arrive;
        private int[] retire;
        private double[] depreciation;
        private double[] lease;
        private int orders;

        State(Binding b) {
            capex = b.param(NODE_CAPEX.id());
            gpus = b.param(GPUS.id());
            power = b.param(POWER.id());
            pue = b.param(PUE.id());
            energyPrice = b.param(ENERGY_PRICE.id());
            inflation = b.param(ENERGY_INFLATION.id());
            carbon = b.param(CARBON.id());
            idle = b.param(IDLE.id());
            initial = b.param(INITIAL.id());
            life = b.param(LIFE.id());
            upfront = b.param(UPFRONT.id());
            leasePremium = b.param(LEASE_PREMIUM.id());
            trigger = b.param(TRIGGER.id());
            target = b.param(TARGET.id());
            lead = b.param(LEAD.id());
            price = b.metric(PRICE);
            costIndex = b.metric(ComputeCost.COST_INDEX);
            priceIndex = b.metric(ComputeCost.PRICE_INDEX);
            for (int i = 0; i < metric.length; i++) {
                metric[i] = b.metric(METRICS.get(i).id());
            }
        }

        @Override
        public void reset(Month m) {
            if (nodes == null) {
                nodes = new long[m.months + 1];
                arrive = new int[m.months + 1];
                retire = new int[m.months + 1];
                depreciation = new double[m.months + 1];
                lease = new double[m.months + 1];
            }
            orders = 0;
        }

        @Override
        public void month(Month m) {
            int t = m.t;
            double capexBefore = m.capex;
            if (t == 1) {
                order(m, Math.round(m.get(initial)), 1);
            }
            long installed = 0;
            long onOrder = 0;
            double owned = 0;
            double leased = 0;
            for (int k = 0; k < orders; k++) {
                if (arrive[k] > t) {
                    onOrder += nodes[k];
                } else if (t < retire[k]) {
                    installed += nodes[k];
                    owned += depreciation[k];
                    leased += lease[k];
                }
            }
            double hoursPerNode = m.get(gpus) * HOURS;
            double capacity = installed * hoursPerNode;
            double demand = m.uses;
            double sold = Math.min(demand, capacity);
            double u = capacity > 0 ? sold / capacity : 0;
            m.recurringRevenue += sold * m.metrics[price] * m.metrics[priceIndex];
            m.uses = sold;
            double perKwh = m.get(energyPrice) * Math.pow(1 + m.get(inflation), (t - 1) / 12.0) + m.get(carbon);
            double energy = energyCost(installed, m.get(power), m.get(pue), m.get(idle), u, perKwh);
            m.cogs += energy + leased;
            long buy = nodesToOrder(demand, (installed + onOrder) * hoursPerNode, hoursPerNode, m.get(trigger),
                    m.get(target));
            if (buy > 0) {
                order(m, buy, t + (int) Math.round(m.get(lead)));
            }
            double[] v = m.metrics;
            v[metric[0]] = installed * m.get(gpus);
            v[metric[1]] = capacity > 0 ? u : Double.NaN;
            v[metric[2]] = sold;
            v[metric[3]] = demand - sold;
            v[metric[4]] = m.capex - capexBefore;
            v[metric[5]] = owned;
            v[metric[6]] = energy;
            v[metric[7]] = leased;
        }

        /** Orders n nodes delivered at {@code arrival}: capex now, depreciation and lease while installed. */
        private void order(Month m, long n, int arrival) {
            if (n <= 0 || orders == nodes.length) {
                return; // the arrays hold one order a month plus the initial fleet: never full
            }
            double cost = n * m.get(capex) * m.metrics[costIndex];
            double paid = m.get(upfront);
            int months = Math.max(1, (int) Math.round(12 * m.get(life)));
            nodes[orders] = n;
            arrive[orders] = arrival;
            retire[orders] = arrival + months;
            depreciation[orders] = cost * paid / months;
            lease[orders] = cost * (1 - paid) * (1 + m.get(leasePremium)) / months;
            orders++;
            m.capex += cost * paid;
        }
    }
}
