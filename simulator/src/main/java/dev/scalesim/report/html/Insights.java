package dev.scalesim.report.html;

import com.google.gson.JsonObject;
import dev.scalesim.kernel.Arm;
import dev.scalesim.report.CsvTable;
import dev.scalesim.report.chart.ArmOutcome;
import dev.scalesim.report.chart.ChartFile;
import dev.scalesim.report.chart.ScenarioOutcomes;
import dev.scalesim.report.chart.ShortNumberFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario's decision analytics in a few sentences for {@code index.html}, read back from its
 * report folder: what drives ARR most (sensitivity.csv), the best plan within the budget and
 * risk limit (plans.csv), the baseline's milestones (milestones.csv) and what a precision target
 * reached (the manifest). Missing or unreadable pieces are left out.
 *
 * @param lines plain-text sentences, in that order (escaped when rendered)
 */
public record Insights(List<String> lines) {
    /** Inputs named in the "what drives ARR" sentence. */
    static final int DRIVERS = 3;

    public static final Insights NONE = new Insights(List.of());

    public Insights {
        lines = List.copyOf(lines);
    }

    static Insights read(Path dir, JsonObject manifest) {
        List<String> lines = new ArrayList<>();
        drivers(dir.resolve("sensitivity.csv"), lines);
        plan(dir.resolve("plans.csv"), lines);
        milestones(dir.resolve("milestones.csv"), lines);
        precision(manifest, lines);
        ledger(dir.resolve("ledger.csv"), lines);
        return new Insights(lines);
    }

    /**
     * One sentence for each chart a deck shows, by chart file name: the decision-analytics
     * sentences above for the tornado, plan and milestone charts, and for the MRR fan, impact,
     * cash-out and breakeven charts the comparison index.html's key outcomes make (the best arm by
     * mean change in ARR against the baseline). Charts with nothing to say are left out.
     *
     * @param dir the scenario's report folder (its tables are read as for {@link #read})
     * @param s the scenario's outcomes
     * @param months the horizon
     */
    public static Map<String, String> takeaways(Path dir, ScenarioOutcomes s, int months) {
        Map<String, String> out = new LinkedHashMap<>();
        Optional<String> best = s.best();
        String arm = best.orElse(Arm.BASELINE);
        s.get(arm, "arr_end").ifPresent(o -> out.put(ChartFile.FAN_MRR.stem(), best.isEmpty()
                ? "ARR at month " + months + ": " + ShortNumberFormat.money(o.mean()) + " on average, "
                        + ShortNumberFormat.money(o.p5()) + " to " + ShortNumberFormat.money(o.p95()) + " in 90% of futures."
                : arm + " lifts ARR at month " + months + " by " + ShortNumberFormat.moneyDelta(o.deltaMean()) + " ("
                        + ShortNumberFormat.moneyDelta(o.ciLow()) + " to " + ShortNumberFormat.moneyDelta(o.ciHigh())
                        + ", 95% interval) to " + ShortNumberFormat.money(o.mean()) + " on average."));
        best.flatMap(b -> s.get(b, "arr_end")).ifPresent(o -> out.put(ChartFile.IMPACT.stem(), o.arm()
                + " adds the most ARR of " + s.ranking().size() + " solutions and plans: "
                + ShortNumberFormat.moneyDelta(o.deltaMean()) + ", ahead of the baseline in "
                + ShortNumberFormat.percent(o.pBetter()) + " of futures."));
        Optional<ArmOutcome> cashBase = s.get(Arm.BASELINE, "p_cash_out");
        cashBase.ifPresent(o -> out.put(ChartFile.CASH_OUT.stem(), "Runs out of cash by month " + months + " in "
                + ShortNumberFormat.percent(o.mean()) + " of futures"
                + best.flatMap(b -> s.get(b, "p_cash_out")).map(b -> ", " + ShortNumberFormat.percent(b.mean())
                        + " with " + b.arm()).orElse("") + "."));
        s.get(Arm.BASELINE, "breakeven_month").ifPresent(o -> out.put(ChartFile.BREAKEVEN.stem(), "Median breakeven: "
                + month(o.p50(), months) + best.flatMap(b -> s.get(b, "breakeven_month"))
                        .map(b -> ", " + month(b.p50(), months) + " with " + b.arm()).orElse("") + "."));
        List<String> lines = new ArrayList<>();
        drivers(dir.resolve("sensitivity.csv"), lines);
        lines.forEach(l -> out.put(ChartFile.TORNADO.stem(), l));
        lines.clear();
        plan(dir.resolve("plans.csv"), lines);
        lines.forEach(l -> out.put(ChartFile.PLANS.stem(), l));
        lines.clear();
        milestones(dir.resolve("milestones.csv"), lines);
        lines.forEach(l -> out.put(ChartFile.MILESTONES.stem(), l));
        return out;
    }

    private static String month(double median, int months) {
        return Double.isNaN(median) || median > months ? "not by month " + months : "month " + Math.round(median);
    }

    private static List<String[]> rows(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<String[]> all = CsvTable.read(file);
            return all.size() < 2 ? List.of() : all.subList(1, all.size());
        } catch (IOException | RuntimeException e) {
            return List.of();  // an unreadable table only costs the index a sentence
        }
    }

    private static double number(String s) {
        try {
            return s == null || s.isEmpty() ? Double.NaN : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** sensitivity.csv: scenario,arm,outcome,input,rank,spearman,...,sobol_first (8),... */
    private static void drivers(Path file, List<String> lines) {
        List<String> named = new ArrayList<>();
        for (String[] r : rows(file)) {
            if (r.length > 8 && r[1].equals("baseline") && r[2].equals("arr_end") && named.size() < DRIVERS) {
                named.add(r[3] + String.format(Locale.ROOT, " (S %.2f, \u03c1 %+.2f)", orZero(number(r[8])),
                        orZero(number(r[5]))));
            }
        }
        if (!named.isEmpty()) {
            lines.add("What drives ARR most: " + String.join(", ", named) + ".");
        }
    }

    /** plans.csv: the feasible plan with the highest mean ARR (rows are in that order after the baseline). */
    private static void plan(Path file, List<String> lines) {
        List<String[]> rows = rows(file);
        if (rows.isEmpty()) {
            return;
        }
        for (String[] r : rows.subList(1, rows.size())) {
            if (r.length > 17 && r[15].equals("yes") && r[16].equals("yes")) {
                lines.add("Best plan within the budget and risk limit (of " + (rows.size() - 1) + " evaluated): "
                        + r[1].replace("+", " + ") + ", ARR " + ShortNumberFormat.moneyDelta(number(r[8])) + " ("
                        + ShortNumberFormat.moneyDelta(number(r[9])) + " to " + ShortNumberFormat.moneyDelta(number(r[10]))
                        + "), running out of cash " + ShortNumberFormat.percent(number(r[6])) + ".");
                return;
            }
        }
        lines.add("No plan of the " + (rows.size() - 1) + " evaluated meets the budget and risk limit.");
    }

    /**
     * ledger.csv: the console's loss-per-use warning, for every arm whose COGS per use exceeds
     * its revenue per use over the horizon (revenue_per_use 7, cogs_per_use 8, cost_exceeds 13).
     */
    private static void ledger(Path file, List<String> lines) {
        for (String[] r : rows(file)) {
            if (r.length > 13 && "horizon".equals(r[2]) && "true".equals(r[13])) {
                lines.add("Ledger: arm " + r[1] + " loses money on every use: COGS per use $"
                        + String.format(Locale.ROOT, "%.4g", number(r[8])) + " exceeds revenue per use $"
                        + String.format(Locale.ROOT, "%.4g", number(r[7]))
                        + " over the horizon (ledger.csv); a feature that loses money on every use needs a redesign.");
            }
        }
    }

    /** milestones.csv: the baseline's chance of each milestone and its median month. */
    private static void milestones(Path file, List<String> lines) {
        List<String> parts = new ArrayList<>();
        for (String[] r : rows(file)) {
            if (r.length > 6 && r[1].equals("baseline")) {
                double median = number(r[6]);
                parts.add(r[2] + " " + ShortNumberFormat.percent(number(r[3]))
                        + (Double.isNaN(median) ? "" : " (median month " + (long) median + ")"));
            }
        }
        if (!parts.isEmpty()) {
            lines.add("Milestones reached by the horizon, baseline: " + String.join("; ", parts) + ".");
        }
    }

    private static void precision(JsonObject manifest, List<String> lines) {
        if (manifest == null || !(manifest.get("analysis") instanceof JsonObject a)
                || !(a.get("precision") instanceof JsonObject p)) {
            return;
        }
        try {
            String stopped = p.get("stopped_by").getAsString();
            lines.add("Precision " + p.get("target").getAsString() + ": " + String.format(Locale.ROOT, "%,d of %,d",
                    p.get("trials_used").getAsLong(), p.get("trials_cap").getAsLong()) + " trials; "
                    + switch (stopped) {
                        case "precision" -> "every interval narrow enough";
                        case "ranking" -> "the ranking of the arms settled";
                        default -> "the cap came first";
                    } + ".");
        } catch (RuntimeException e) {
            // a manifest from another version: no sentence
        }
    }

    private static double orZero(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
