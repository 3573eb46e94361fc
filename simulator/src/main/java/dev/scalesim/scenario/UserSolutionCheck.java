package dev.scalesim.scenario;

import dev.scalesim.kernel.CoreMetrics;
import dev.scalesim.kernel.Effect;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Segment;
import dev.scalesim.model.Solution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks users' solutions against the model of the scenario that uses them: their ids must be
 * new, their parameters, segments and condition metrics the model's, and a value they set must
 * lie in the parameter's range (never clamped without a word). Problems point at the
 * solutions file's cells and name the scenario, since one file can serve several models.
 */
final class UserSolutionCheck {
    private UserSolutionCheck() {
    }

    /** The user solutions that fit the model, in order; the others' problems go to {@code problems}. */
    static List<Solution> fit(BusinessModel model, List<UserSolution> user, String scenario, List<Problem> problems) {
        String where = " (scenario '" + scenario + "', model " + model.id() + ")";
        Set<String> params = new HashSet<>();
        Set<String> perSegment = new HashSet<>();
        Map<String, ParamDef> defs = new HashMap<>();
        for (ParamDef p : model.params()) {
            params.add(p.id());
            defs.put(p.id(), p);
            if (p.perSegment()) {
                perSegment.add(p.id());
            }
        }
        List<String> segments = model.segments().stream().map(Segment::id).toList();
        List<String> metrics = new ArrayList<>(CoreMetrics.ALL.stream().map(Metric::id).toList());
        model.mechanisms().forEach(m -> m.metrics().forEach(x -> metrics.add(x.id())));
        Set<String> taken = new HashSet<>();
        model.solutions().forEach(s -> taken.add(s.id()));
        List<Solution> out = new ArrayList<>();
        for (UserSolution u : user) {
            int before = problems.size();
            if (model.solution(u.id()).isPresent()) {
                problems.add(new Problem(u.file(), u.sheet(), u.line(), u.column(), "solution id '" + u.id()
                        + "' is already a solution of model " + model.id() + "; choose another id" + where));
            } else if (!taken.add(u.id())) {
                problems.add(new Problem(u.file(), u.sheet(), u.line(), u.column(), "solution id '" + u.id()
                        + "' is defined twice (also in another solutions file)" + where));
            } else if (segments.contains(u.id())) {
                problems.add(new Problem(u.file(), u.sheet(), u.line(), u.column(), "solution id '" + u.id()
                        + "' is a segment of model " + model.id() + "; choose another id" + where));
            }
            for (int i = 0; i < u.effects().size(); i++) {
                Effect e = u.solution().effects().get(i);
                UserSolution.EffectSource at = u.effects().get(i);
                int dot = e.param().indexOf('.');
                String key = dot < 0 ? e.param() : e.param().substring(dot + 1);
                if (dot >= 0 && !segments.contains(e.param().substring(0, dot))) {
                    String prefix = e.param().substring(0, dot);
                    problems.add(new Problem(u.file(), u.sheet(), at.line(), at.paramColumn(), "unknown segment '" + prefix
                            + "' in '" + e.param() + "'" + Suggest.didYouMean(prefix, segments) + " (segments of "
                            + model.id() + ": " + String.join(", ", segments) + ")" + where));
                } else if (dot >= 0 ? !perSegment.contains(key) : !params.contains(key)) {
                    problems.add(new Problem(u.file(), u.sheet(), at.line(), at.paramColumn(), "'" + key + "' is not a "
                            + (dot >= 0 ? "per-segment " : "") + "parameter of model " + model.id()
                            + Suggest.didYouMean(key, dot >= 0 ? perSegment : params) + " (scalesim describe "
                            + model.id() + ")" + where));
                }
                // a value the kernel would clamp into the range is refused, as in a scenario cell
                String range = e.op() == Effect.Op.SET && defs.containsKey(key) ? defs.get(key).rangeProblem(e.size())
                        : null;
                if (range != null) {
                    problems.add(new Problem(u.file(), at.line(), at.sizeColumn(), "set " + e.param() + " "
                            + e.size().expression() + ": " + range + where));
                }
                if (e.when() != null && !metrics.contains(e.when().metric())) {
                    problems.add(new Problem(u.file(), u.sheet(), at.line(), at.whenColumn(), "'" + e.when().metric()
                            + "' is not a monthly metric of model " + model.id()
                            + Suggest.didYouMean(e.when().metric(), metrics) + where));
                }
            }
            if (problems.size() == before) {
                out.add(u.solution());
            }
        }
        return out;
    }
}
