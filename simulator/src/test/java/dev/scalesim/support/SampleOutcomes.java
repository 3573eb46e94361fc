package dev.scalesim.support;

import dev.scalesim.report.chart.ArmOutcome;
import dev.scalesim.report.chart.ScenarioOutcomes;
import java.util.ArrayList;
import java.util.List;

/** Made-up scenario outcomes (baseline and one solution) for chart and index tests. */
public final class SampleOutcomes {
    private SampleOutcomes() {
    }

    /** A subscription-saas scenario whose baseline ends at {@code arrBase} and customer-success adds {@code gain}. */
    public static ScenarioOutcomes scenario(String name, double arrBase, double gain) {
        List<ArmOutcome> rows = new ArrayList<>();
        double nan = Double.NaN;
        rows.add(new ArmOutcome("baseline", "arr_end", arrBase, arrBase * 0.5, arrBase, arrBase * 1.5, nan, nan, nan,
                nan, nan, nan, nan, nan, 100));
        rows.add(new ArmOutcome("baseline", "p_cash_out", 0.2, 0, 0, 1, nan, nan, nan, nan, nan, nan, nan, nan, 100));
        rows.add(new ArmOutcome("customer-success", "arr_end", arrBase + gain, arrBase, arrBase + gain, arrBase * 2,
                gain, gain * 0.9, gain * 1.1, 0.9, 0, 0.1, -gain, gain * 3, 100));
        rows.add(new ArmOutcome("customer-success", "p_cash_out", 0.1, 0, 0, 1, -0.1, -0.12, -0.08, 0.1, 0.9, 0, -1, 0, 100));
        return new ScenarioOutcomes(name, "f", "subscription-saas", 1, rows);
    }
}
