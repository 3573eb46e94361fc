package dev.scalesim.report.html;

import dev.scalesim.analysis.Decisions;
import dev.scalesim.analysis.Decisions.Objective;
import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Unit;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Catalog;
import dev.scalesim.model.Solution;
import dev.scalesim.report.chart.ArmOutcome;
import dev.scalesim.report.chart.ScenarioOutcomes;
import dev.scalesim.report.chart.ShortNumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scenario's decision in {@code index.html}: the best arm per objective, the Pareto front of
 * growth against survival and the arms that raise the cash-out risk (all from {@link Decisions}),
 * then every arm ranked for growth with the trade-off beside it: change in ARR (the interval of the
 * mean, then its spread across futures), the shares of trials better, equal and worse, the change
 * in the chance of running out of cash and in minimum cash, and the solution's own target.
 */
final class RankingTable {
    /** Marks an arm that raises the chance of running out of cash (as on the impact chart). */
    static final String RISK = "\u25b2";

    private RankingTable() {
    }

    static void render(StringBuilder h, ScenarioOutcomes s, int months) {
        Decisions d = s.decisions();
        h.append("<h3>Solution ranking</h3>\n");
        if (d.effects().isEmpty()) {
            h.append("<p class=\"note\">This scenario runs no solution or plan.</p>\n");
        } else {
            decision(h, s, d);
        }
        h.append("<table class=\"ranking\">\n<thead><tr><th class=\"num\">Rank (growth)</th><th>Solution or plan</th>")
                .append("<th class=\"num\">Change in ARR at horizon: mean (95% CI)</th>")
                .append("<th class=\"num\">across futures (P5 to P95)</th>")
                .append("<th class=\"num\">Trials better / equal / worse on ARR</th>")
                .append("<th class=\"num\">Change in chance of running out of cash</th>")
                .append("<th class=\"num\">Change in minimum cash (95% CI)</th><th class=\"num\">Ran out of cash</th>")
                .append("<th class=\"num\">Median breakeven month</th><th>Aimed at: its change</th></tr></thead>\n<tbody>\n");
        List<String> ranked = new ArrayList<>();
        ranked.add(Arm.BASELINE);
        ranked.addAll(d.ranking(Objective.GROWTH));
        for (int i = 0; i < ranked.size(); i++) {
            String arm = ranked.get(i);
            boolean baseline = arm.equals(Arm.BASELINE);
            boolean risky = d.effect(arm).map(Decisions.Effect::raisesCashOutRisk).orElse(false);
            Optional<ArmOutcome> arr = s.get(arm, "arr_end");
            Optional<ArmOutcome> cashOut = s.get(arm, "p_cash_out");
            h.append("<tr><td class=\"num\">").append(baseline ? "&ndash;" : Integer.toString(i)).append("</td><td>")
                    .append(IndexPage.swatch(s, arm)).append(name(s.model(), arm))
                    .append(risky ? " <span class=\"risk\" title=\"raises the chance of running out of cash\">" + RISK
                            + " cash-out risk</span>" : "")
                    .append("</td><td class=\"num\">")
                    .append(baseline ? arr.map(o -> money(o.mean()) + " <span class=\"muted\">(mean)</span>").orElse("")
                            : arr.map(RankingTable::deltaWithCi).orElse(""))
                    .append("</td><td class=\"num\">").append(baseline ? "" : arr.map(RankingTable::spread).orElse(""))
                    .append("</td><td class=\"num\">").append(baseline ? "" : arr.map(RankingTable::shares).orElse(""))
                    .append("</td><td class=\"num\">")
                    .append(baseline ? "" : cashOut.map(o -> Html.text(ShortNumberFormat.points(o.deltaMean()))).orElse(""))
                    .append("</td><td class=\"num\">")
                    .append(baseline ? s.get(arm, "cash_min").map(o -> money(o.mean()) + " <span class=\"muted\">"
                            + "(mean)</span>").orElse("") : s.get(arm, "cash_min").map(RankingTable::deltaWithCi).orElse(""))
                    .append("</td><td class=\"num\">").append(cashOut.map(o -> percent(o.mean())).orElse(""))
                    .append("</td><td class=\"num\">").append(IndexPage.breakeven(s.get(arm, "breakeven_month"), months))
                    .append("</td><td>").append(baseline ? "" : target(s, arm)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    /** The sentences above the table: best per objective, the front, the risky arms. */
    private static void decision(StringBuilder h, ScenarioOutcomes s, Decisions d) {
        h.append("<ul class=\"decision\">\n");
        for (Objective o : Objective.values()) {
            h.append("<li><strong>Best for ").append(o.id()).append("</strong> <span class=\"muted\">(")
                    .append(Html.text(o.meaning())).append(")</span>: ");
            Optional<String> best = d.best(o);
            if (best.isEmpty()) {
                h.append("none beats the baseline.</li>\n");
                continue;
            }
            Decisions.Effect e = d.effect(best.get()).orElseThrow();
            h.append(name(s.model(), best.get())).append(", ARR ").append(Html.text(ShortNumberFormat.moneyDelta(e.arr())))
                    .append(", chance of running out of cash ").append(Html.text(ShortNumberFormat.points(e.cashOut())))
                    .append(", minimum cash ").append(Html.text(ShortNumberFormat.moneyDelta(e.cashMin())));
            if (o == Objective.EFFICIENCY) {
                h.append(", cash at the horizon ").append(Html.text(ShortNumberFormat.moneyDelta(e.cashEnd())));
            }
            h.append(e.raisesCashOutRisk() ? " <span class=\"risk\">" + RISK + " raises the cash-out risk</span>" : "")
                    .append(".</li>\n");
        }
        List<String> front = d.paretoFront();
        h.append("<li><strong>Pareto front of growth against survival</strong> <span class=\"muted\">(no other arm ")
                .append("has more ARR and less cash-out risk)</span>: ")
                .append(front.isEmpty() ? "none: doing nothing is as good on both" : inline(s.model(), front))
                .append(".</li>\n");
        List<String> risky = d.risky();
        if (!risky.isEmpty()) {
            h.append("<li><span class=\"risk\">").append(RISK).append("</span> <strong>Raises the chance of running out ")
                    .append("of cash</strong> <span class=\"muted\">(by at least ")
                    .append(Html.text(ShortNumberFormat.points(Decisions.RISK_FLOOR).replace("+", "").replace(" pts", "")))
                    .append(" percentage point, beyond noise)</span>: ").append(inline(s.model(), risky)).append(".</li>\n");
        }
        h.append("</ul>\n");
    }

    /** The arm's title beside its id, for a catalogue solution; the id alone otherwise. */
    static String name(String model, String arm) {
        return Html.text(arm) + title(model, arm).map(t -> " <span class=\"title\">" + Html.text(t) + "</span>")
                .orElse("");
    }

    /** Arms in a sentence, each with its title in brackets: "go-global (Go global), automation (...)". */
    static String inline(String model, List<String> arms) {
        List<String> out = new ArrayList<>();
        for (String arm : arms) {
            out.add(Html.text(arm) + title(model, arm).map(t -> " <span class=\"muted\">(" + Html.text(t) + ")</span>")
                    .orElse(""));
        }
        return String.join(", ", out);
    }

    static Optional<String> title(String model, String arm) {
        return solution(model, arm).map(Solution::title);
    }

    private static Optional<Solution> solution(String model, String arm) {
        return Catalog.find(model).map(BusinessModel::solutions).orElse(List.of()).stream()
                .filter(x -> x.id().equals(arm)).findFirst();
    }

    /** The outcome the solution is meant to move, and how much it moved it (mean, share of trials better). */
    private static String target(ScenarioOutcomes s, String arm) {
        Optional<Solution> sol = solution(s.model(), arm);
        if (sol.isEmpty()) {
            return "";
        }
        String id = sol.get().target();
        Optional<Metric> metric = Outcomes.ALL.stream().filter(m -> m.id().equals(id)).findFirst();
        Optional<ArmOutcome> o = s.get(arm, id);
        if (metric.isEmpty() || o.isEmpty()) {
            return Html.text(id);
        }
        return Html.text(id) + " " + Html.text(signed(metric.get().unit(), o.get().deltaMean()))
                + " <span class=\"muted\">(" + percent(o.get().pBetter()) + " of trials better)</span>";
    }

    static String signed(Unit unit, double delta) {
        return switch (unit) {
            case USD, USD_PER_MONTH -> ShortNumberFormat.moneyDelta(delta);
            case FRACTION, FRACTION_PER_MONTH, FRACTION_PER_YEAR -> ShortNumberFormat.points(delta);
            default -> (delta > 0 ? "+" : "") + ShortNumberFormat.count(delta);
        };
    }

    private static String deltaWithCi(ArmOutcome o) {
        return Html.text(ShortNumberFormat.moneyDelta(o.deltaMean())) + " <span class=\"muted\">("
                + Html.text(ShortNumberFormat.moneyDelta(o.ciLow())) + " to "
                + Html.text(ShortNumberFormat.moneyDelta(o.ciHigh())) + ")</span>";
    }

    private static String spread(ArmOutcome o) {
        if (Double.isNaN(o.deltaP5())) {
            return "";
        }
        return Html.text(ShortNumberFormat.moneyDelta(o.deltaP5())) + " to "
                + Html.text(ShortNumberFormat.moneyDelta(o.deltaP95()));
    }

    private static String shares(ArmOutcome o) {
        if (Double.isNaN(o.pEqual())) {
            return percent(o.pBetter()) + " better";
        }
        return percent(o.pBetter()) + " / " + percent(o.pEqual()) + " / " + percent(o.pWorse());
    }

    private static String money(double v) {
        return Html.text(ShortNumberFormat.money(v));
    }

    private static String percent(double v) {
        return Html.text(ShortNumberFormat.percent(v));
    }
}
