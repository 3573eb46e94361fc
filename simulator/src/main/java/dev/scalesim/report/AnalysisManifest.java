package dev.scalesim.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.scalesim.analysis.Analysed;
import dev.scalesim.analysis.PlanSearch;
import dev.scalesim.analysis.Precision;
import dev.scalesim.kernel.Correlation;
import dev.scalesim.kernel.Milestone;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.Studies;
import dev.scalesim.stats.RankCorrelation;
import java.util.List;

/**
 * The manifest's {@code analysis} object: how inputs were sampled, each asked correlation with
 * the one achieved (Spearman over the captured trials), what sensitivity analysed, the
 * milestones, what a precision target reached and what the plan search evaluated.
 */
final class AnalysisManifest {
    private AnalysisManifest() {
    }

    static JsonObject of(Scenario s, Analysed a) {
        Results r = a.results();
        Simulation sim = s.simulation();
        JsonObject o = new JsonObject();
        o.addProperty("sampling", sim.analysis().sampling().id());
        o.add("correlations", correlations(r, sim.analysis().correlations()));
        JsonObject sens = new JsonObject();
        sens.addProperty("on", s.studies().sensitivity());
        sens.addProperty("trials_analysed", r.capturedTrials());
        sens.addProperty("trials_run", r.trials());
        sens.addProperty("which", r.capturedTrials() == 0 ? "none"
                : "the first " + r.capturedTrials() + " trials (an unbiased sample: trials are independent; under "
                        + "Latin hypercube sampling, whole stratified blocks)");
        sens.addProperty("inputs", r.capturedInputs().size());
        o.add("sensitivity", sens);
        JsonArray ms = new JsonArray();
        for (Milestone m : r.milestones()) {
            JsonObject mo = new JsonObject();
            mo.addProperty("milestone", m.label());
            mo.addProperty("rule", m.metric() + " " + m.op().symbol() + " " + Numbers.format(m.threshold()));
            ms.add(mo);
        }
        o.add("milestones", ms);
        if (a.precision() != null) {
            Precision.Reached p = a.precision();
            JsonObject po = new JsonObject();
            po.addProperty("target", p.target());
            po.addProperty("half_width_asked", p.halfWidthAsked());
            po.addProperty("half_width_reached", p.halfWidthReached());
            po.addProperty("ranking_settled", p.rankingSettled());
            po.addProperty("stopped_by", p.met());
            po.addProperty("trials_used", p.trials());
            po.addProperty("trials_cap", p.cap());
            o.add("precision", po);
        }
        if (a.plans() != null) {
            PlanSearch.Result ps = a.plans();
            Studies.PlanSearch spec = ps.spec();
            JsonObject po = new JsonObject();
            po.add("solutions", strings(spec.pool().stream().map(iv -> iv.id()).toList()));
            po.addProperty("budget", Double.isInfinite(spec.budget()) ? "none" : Numbers.format(spec.budget()));
            po.addProperty("risk", spec.risk() == null ? "none" : spec.risk().describe());
            po.addProperty("downside", spec.downside().id());
            po.addProperty("search", ps.exhaustive() ? "exhaustive" : "beam (width " + PlanSearch.BEAM + ")");
            po.addProperty("stages", ps.stages());
            po.addProperty("plans_evaluated", ps.plans().size() - 1);
            po.addProperty("trials_per_plan", ps.trials());
            o.add("plan_search", po);
        }
        return o;
    }

    private static JsonArray correlations(Results r, List<Correlation> cs) {
        JsonArray out = new JsonArray();
        List<String> names = r.capturedInputs();
        for (Correlation c : cs) {
            JsonObject co = new JsonObject();
            co.addProperty("a", c.a());
            co.addProperty("b", c.b());
            co.addProperty("target_spearman", c.rho());
            int i = names.indexOf(c.a());
            int j = names.indexOf(c.b());
            if (i >= 0 && j >= 0 && r.capturedTrials() > 3) {
                double achieved = RankCorrelation.spearman(r.capturedInput(i), r.capturedInput(j));
                co.addProperty("achieved_spearman", Double.parseDouble(Numbers.quantile(achieved)));
                co.addProperty("standard_error", Double.parseDouble(Numbers.quantile(
                        RankCorrelation.standardError(c.rho(), r.capturedTrials()))));
                co.addProperty("trials", r.capturedTrials());
            }
            out.add(co);
        }
        return out;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
