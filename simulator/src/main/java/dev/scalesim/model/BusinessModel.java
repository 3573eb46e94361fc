package dev.scalesim.model;

import dev.scalesim.kernel.CoreMetrics;
import dev.scalesim.kernel.CoreParams;
import dev.scalesim.kernel.Effect;
import dev.scalesim.kernel.Factor;
import dev.scalesim.kernel.Mechanism;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.stats.Checks;
import dev.scalesim.stats.Distribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One business model of the catalogue, entirely data: mechanisms in monthly order, segments,
 * defaults with sources, challenges and solutions. The compact constructor fills in the defaults
 * every model shares for the economics mechanisms ({@link Economics}: price elasticities, the
 * reference prices derived from the model's own prices, the staffing plan) where the model sets
 * none, then checks that every parameter has a valid default and that challenges and solutions
 * name real parameters.
 *
 * @param id id used in the {@code model} column
 * @param title human name
 * @param summary what the business is, one or two sentences
 * @param revenueStreams how it makes money
 * @param mechanisms the kernel mechanisms, in monthly order
 * @param segments every segment the model supports
 * @param defaultSegments segments active when the scenario does not say
 * @param defaults business-wide and per-segment defaults, by unqualified id
 * @param challenges the seed's challenges for this model
 * @param solutions the seed's scaling solutions for this model, then the general strategies
 * @param views monthly metrics that explain this business, charted besides the core ones
 */
public record BusinessModel(String id, String title, String summary, String revenueStreams,
        List<Mechanism> mechanisms, List<Segment> segments, List<String> defaultSegments,
        Map<String, Default> defaults, List<Challenge> challenges, List<Solution> solutions,
        List<String> views) {

    public BusinessModel {
        Checks.notBlank("id", id);
        Checks.notBlank("title", title);
        Checks.notBlank("summary", summary);
        Checks.notBlank("revenueStreams", revenueStreams);
        mechanisms = List.copyOf(mechanisms);
        Economics.Completed completed = Economics.complete(mechanisms, segments, defaults);
        segments = List.copyOf(completed.segments());
        defaults = completed.defaults();
        defaultSegments = List.copyOf(defaultSegments);
        defaults = withAccountingDefaults(defaults);
        challenges = List.copyOf(challenges);
        solutions = List.copyOf(solutions);
        views = List.copyOf(views);
        validate(id, mechanisms, segments, defaultSegments, defaults, challenges, solutions);
        validateViews(id, mechanisms, views);
        validateOrder(id, mechanisms);
    }

    /**
     * Billing and collection defaults for segments no preset covers: invoiced monthly, paid at
     * once, which is how the books behaved before billing was modelled.
     */
    private static Map<String, Default> withAccountingDefaults(Map<String, Default> defaults) {
        Map<String, Default> all = new HashMap<>(defaults);
        all.putIfAbsent("billing", new Default(Distribution.constant(0),
                "monthly: recurring revenue invoiced in the month it is earned"));
        all.putIfAbsent("payment_days", new Default(Distribution.constant(0),
                "collected in the month invoiced"));
        put(all, "survival_rules", 0, "off as the business stands; the survival-rules arm sets it to 1");
        put(all, "raise_amount", 0, "no fundraise unless the scenario plans one");
        put(all, "raise_runway_months", 6, Sources.assumption("start raising with about six months of runway left"));
        put(all, "raise_success", 0.5, Sources.assumption("a round closes half the time; wide uncertainty"));
        put(all, "raise_valuation", 5, "middle of 3-7x ARR, private SaaS valuations 2026 (weak; market summaries)");
        put(all, "cut_runway_months", 0, "no cost cuts unless the scenario plans them");
        put(all, "cut_acquisition", 0.5, Sources.assumption("halve paid acquisition, as the spend-policy strategy does"));
        return Map.copyOf(all);
    }

    private static void put(Map<String, Default> all, String param, double value, String source) {
        all.putIfAbsent(param, new Default(Distribution.constant(value), source));
    }

    /** The same model with more solutions after its own (the general strategies). */
    public BusinessModel withMoreSolutions(List<Solution> more) {
        List<Solution> all = new ArrayList<>(solutions);
        all.addAll(more);
        return new BusinessModel(id, title, summary, revenueStreams, mechanisms, segments, defaultSegments,
                defaults, challenges, all, views);
    }

    /** Every parameter of the model: the core ones, then each mechanism's, without repeats. */
    public List<ParamDef> params() {
        return params(mechanisms);
    }

    private static List<ParamDef> params(List<Mechanism> mechanisms) {
        Map<String, ParamDef> byId = new LinkedHashMap<>();
        CoreParams.ALL.forEach(p -> byId.put(p.id(), p));
        for (Mechanism m : mechanisms) {
            for (ParamDef p : m.params()) {
                ParamDef known = byId.putIfAbsent(p.id(), p);
                if (known != null && !known.equals(p)) {
                    throw new IllegalArgumentException("parameter " + p.id() + " is defined twice differently");
                }
            }
        }
        return List.copyOf(byId.values());
    }

    public Optional<ParamDef> param(String paramId) {
        return params().stream().filter(p -> p.id().equals(paramId)).findFirst();
    }

    public Optional<Segment> segment(String segmentId) {
        return segments.stream().filter(s -> s.id().equals(segmentId)).findFirst();
    }

    public Optional<Challenge> challenge(String challengeId) {
        return challenges.stream().filter(c -> c.id().equals(challengeId)).findFirst();
    }

    public Optional<Solution> solution(String solutionId) {
        return solutions.stream().filter(s -> s.id().equals(solutionId)).findFirst();
    }

    /** The default of a parameter, for a segment (or null for a global parameter). */
    public Default defaultFor(String segmentId, String paramId) {
        if (segmentId != null) {
            Default d = segment(segmentId).map(s -> s.defaults().get(paramId)).orElse(null);
            if (d != null) {
                return d;
            }
        }
        Default d = defaults.get(paramId);
        if (d == null) {
            throw new IllegalStateException("model " + id + " has no default for " + paramId);
        }
        return d;
    }

    private static void validate(String id, List<Mechanism> mechanisms, List<Segment> segments,
            List<String> defaultSegments, Map<String, Default> defaults, List<Challenge> challenges,
            List<Solution> solutions) {
        List<ParamDef> params = params(mechanisms);
        Set<String> segmentIds = new HashSet<>();
        segments.forEach(s -> require(segmentIds.add(s.id()), id + ": duplicate segment " + s.id()));
        require(!defaultSegments.isEmpty(), id + ": no default segment");
        defaultSegments.forEach(s -> require(segmentIds.contains(s), id + ": unknown default segment " + s));
        List<String> problems = new ArrayList<>();
        for (ParamDef p : params) {
            if (p.perSegment()) {
                for (Segment s : segments) {
                    Default d = s.defaults().getOrDefault(p.id(), defaults.get(p.id()));
                    check(problems, id + " segment " + s.id(), p, d);
                }
            } else {
                check(problems, id, p, defaults.get(p.id()));
            }
        }
        for (String key : defaults.keySet()) {
            require(params.stream().anyMatch(p -> p.id().equals(key)), id + ": default for unknown parameter " + key);
        }
        Set<String> ids = new HashSet<>(segmentIds);
        for (Challenge c : challenges) {
            require(ids.add(c.id()), id + ": duplicate id " + c.id());
            require(Outcomes.ALL.stream().anyMatch(o -> o.id().equals(c.hurts())),
                    id + ": challenge " + c.id() + " hurts unknown outcome " + c.hurts());
            for (String p : c.neutral().keySet()) {
                require(params.stream().anyMatch(d -> d.id().equals(p)),
                        id + ": challenge " + c.id() + " names unknown parameter " + p);
            }
        }
        for (Solution s : solutions) {
            require(ids.add(s.id()), id + ": duplicate id " + s.id());
            require(Outcomes.ALL.stream().anyMatch(o -> o.id().equals(s.target())),
                    id + ": solution " + s.id() + " targets unknown outcome " + s.target());
            for (Effect e : s.effects()) {
                int dot = e.param().indexOf('.');
                String target = dot >= 0 ? e.param().substring(dot + 1) : e.param();
                require(params.stream().anyMatch(d -> d.id().equals(target) && (dot < 0 || d.perSegment())),
                        id + ": solution " + s.id() + " changes unknown parameter " + e.param());
                require(dot < 0 || segmentIds.contains(e.param().substring(0, dot)),
                        id + ": solution " + s.id() + " changes a parameter of unknown segment " + e.param());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private static void validateViews(String id, List<Mechanism> mechanisms, List<String> views) {
        for (String view : views) {
            boolean known = mechanisms.stream().flatMap(m -> m.metrics().stream()).anyMatch(m -> m.id().equals(view))
                    || CoreMetrics.ALL.stream().anyMatch(m -> m.id().equals(view));
            require(known, id + ": view " + view + " is not a monthly metric of the model");
        }
    }

    /**
     * Factors are reset every month and read once: a mechanism that sets one after a reader has
     * run would change nothing, silently. Such an order is refused.
     */
    static void validateOrder(String id, List<Mechanism> mechanisms) {
        for (int w = 0; w < mechanisms.size(); w++) {
            Mechanism writer = mechanisms.get(w);
            for (int r = 0; r < w; r++) {
                Mechanism reader = mechanisms.get(r);
                for (Factor f : Factor.values()) {  // in declaration order, so the message is stable
                    require(!writer.writes().contains(f) || !reader.reads().contains(f), id + ": mechanism " + writer.id() + " writes the "
                            + f.name().toLowerCase(Locale.ROOT) + " factor after " + reader.id()
                            + " reads it; list " + writer.id() + " before " + reader.id());
                }
            }
        }
    }

    private static void check(List<String> problems, String where, ParamDef p, Default d) {
        if (d == null) {
            problems.add(where + ": no default for " + p.id());
            return;
        }
        String problem = p.rangeProblem(d.value());
        if (problem != null) {
            problems.add(where + ": default " + problem);
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
