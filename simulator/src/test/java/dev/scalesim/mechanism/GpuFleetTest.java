package dev.scalesim.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Results;
import dev.scalesim.support.MechanismHarness;
import org.junit.jupiter.api.Test;

/** The GPU fleet: purchase rule, energy, capex, depreciation and leases against hand-computed values. */
class GpuFleetTest {
    private static MechanismHarness fleet() {
        return MechanismHarness.of(new PriceWalk("gpu_hour_price", "a GPU-hour"), new ComputeCost(), new Acquisition(),
                new CohortBook(), new GpuFleet()).set("gpu_hour_price", 2).set("node_capex", 300_000).set("gpus_per_node", 8)
                .set("node_power_kw", 10).set("pue", 1.2).set("energy_price", 0.1).set("idle_power_share", 0.3)
                .set("depreciation_years", 1).set("buy_trigger", 0.85).set("buy_target", 0.7)
                .set("starting_cash", 5_000_000);
    }

    @Test
    void ordersLumpsToBringDemandBackToTarget() {
        assertEquals(5, GpuFleet.nodesToOrder(1000, 1000, 100, 0.8, 0.7));
        assertEquals(0, GpuFleet.nodesToOrder(700, 1000, 100, 0.8, 0.7));
        assertEquals(2, GpuFleet.nodesToOrder(100, 0, 80, 0.8, 0.7), "from nothing: 100 h / 0.7 = 143 h needs 2 nodes of 80 h");
        assertEquals(2 * 10 * 1.2 * 730 * 0.65 * 0.1, GpuFleet.energyCost(2, 10, 1.2, 0.3, 0.5, 0.1), 1e-9);
    }

    @Test
    void idleFleetPaysCapexOnceDepreciatesStraightLineAndRetires() {
        Results r = fleet().set("initial_nodes", 4).set("upfront_share", 0.25).set("lease_premium", 0.2)
                .set("energy_inflation", 0.1).set("carbon_cost", 0.01).months(14).trials(5).results();
        double leased = 4 * 300_000 * 0.75 * 1.2 / 12;
        assertEquals(300_000, MechanismHarness.mean(r, "gpu_capex", 1), 1e-6, "upfront share of 4 nodes");
        for (int t = 1; t <= 14; t++) {
            boolean installed = t <= 12;
            double kwh = 0.1 * Math.pow(1.1, (t - 1) / 12.0) + 0.01;
            double energy = installed ? 4 * 10 * 1.2 * 730 * 0.3 * kwh : 0;
            assertEquals(installed ? 32 : 0, MechanismHarness.mean(r, "gpus", t), 0.0);
            assertEquals(installed ? 300_000.0 / 12 : 0, MechanismHarness.mean(r, "depreciation", t), 1e-6);
            assertEquals(installed ? leased : 0, MechanismHarness.mean(r, "lease_cost", t), 1e-6);
            assertEquals(energy, MechanismHarness.mean(r, "energy_cost", t), 1e-6);
            assertEquals(energy + (installed ? leased : 0), MechanismHarness.mean(r, "cogs", t), 1e-6);
            assertEquals(-(energy + (installed ? leased : 0)), MechanismHarness.mean(r, "ebitda", t), 1e-6,
                    "capex and depreciation stay out of EBITDA");
        }
        double cash = 5_000_000 - 300_000;
        for (int t = 1; t <= 14; t++) {
            cash += MechanismHarness.mean(r, "ebitda", t);
        }
        assertEquals(cash, MechanismHarness.mean(r, "cash", 14), 1e-3, "capex reduces cash once");
    }

    @Test
    void cheaperComputeLowersTheCapexOfLaterOrdersAndPassesPartOfTheFallToThePrice() {
        // A constant decline d and pass-through k make the price index deterministic; revenue is
        // then the hours sold (customers arrive at random, 1 a month on average) x $2 x the index.
        double d = 0.3;
        double k = 0.6;
        Results r = fleet().set("compute_decline", d).set("cost_pass_through", k).set("initial_nodes", 1)
                .set("upfront_share", 1).set("depreciation_years", 5).set("organic_customers", 1)
                .set("uses_per_customer", 1_000).months(24).trials(3).results();
        double price = 1;
        double lastCost = 1;
        for (int t = 1; t <= 24; t++) {
            double cost = Math.pow(1 - d, (t - 1) / 12.0);
            price *= 1 - k * (1 - cost / lastCost);
            lastCost = cost;
            assertEquals(price, MechanismHarness.mean(r, "cost_price_index", t), 1e-12);
            double sold = MechanismHarness.mean(r, "gpu_hours_sold", t);
            assertEquals(2 * price * sold, MechanismHarness.mean(r, "revenue", t), 1e-9 * (1 + sold),
                    "sold at the $2 market price times the pass-through index");
        }
        assertTrue(MechanismHarness.mean(r, "gpu_hours_sold", 24) > 0, "hours were sold, so revenue was checked");
        assertEquals(300_000, MechanismHarness.mean(r, "gpu_capex", 1), 1e-6, "the first fleet at month-1 prices");
        // Orders depend on demand and capacity only, so on the same trials a decline changes what
        // each order costs and nothing else: capex(t) = C(t) x capex at no decline, month by month.
        Results flat = growing().set("compute_decline", 0).results();
        Results cheaper = growing().set("compute_decline", d).results();
        boolean laterOrder = false;
        for (int t = 1; t <= 24; t++) {
            double atFlat = MechanismHarness.mean(flat, "gpu_capex", t);
            assertEquals(Math.pow(1 - d, (t - 1) / 12.0) * atFlat, MechanismHarness.mean(cheaper, "gpu_capex", t),
                    1e-9 * (1 + atFlat));
            laterOrder |= t > 12 && atFlat > 0;
        }
        assertTrue(laterOrder, "the growing demand orders nodes in the second year");
    }

    private static MechanismHarness growing() {
        return fleet().set("initial_nodes", 1).set("upfront_share", 1).set("lead_time", 1).set("depreciation_years", 5)
                .set("organic_customers", 3).set("uses_per_customer", 1_000).months(24).trials(200);
    }

    @Test
    void demandIsServedUpToCapacityAndTheFleetGrowsInLumps() {
        Results r = fleet().set("initial_nodes", 2).set("upfront_share", 1).set("lead_time", 2)
                .set("depreciation_years", 5).set("organic_customers", 4).set("uses_per_customer", 1_000)
                .months(24).trials(2_000).results();
        boolean bought = false;
        for (int t = 1; t <= 24; t++) {
            double sold = MechanismHarness.mean(r, "gpu_hours_sold", t);
            double demand = 1_000 * MechanismHarness.mean(r, "customers", t);
            assertEquals(demand, sold + MechanismHarness.mean(r, "unserved_hours", t), 1e-6 * demand);
            assertEquals(2 * sold, MechanismHarness.mean(r, "revenue", t), 1e-6 * demand, "sold at $2 a GPU-hour");
            assertEquals(sold, MechanismHarness.mean(r, "uses", t), 1e-6 * demand, "uses are served GPU-hours");
            assertTrue(r.monthlyQuantile(0, r.monthlyIndex("utilization"), t, 0.95) <= 1.003);
            bought |= t > 1 && MechanismHarness.mean(r, "gpu_capex", t) > 0;
        }
        assertTrue(bought, "demand beyond the initial fleet triggers purchases");
        assertTrue(MechanismHarness.mean(r, "gpus", 24) > 16, "the fleet grew");
    }
}
