package dev.scalesim.scenario;

import dev.scalesim.kernel.Analysis;
import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.CoreParams;
import dev.scalesim.kernel.Correlation;
import dev.scalesim.kernel.Effect;
import dev.scalesim.kernel.Intervention;
import dev.scalesim.kernel.Milestone;
import dev.scalesim.kernel.Param;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.Sampling;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Catalog;
import dev.scalesim.model.Challenge;
import dev.scalesim.model.Default;
import dev.scalesim.model.Segment;
import dev.scalesim.model.Solution;
import dev.scalesim.stats.Distribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one row into a {@link Scenario}, or records every problem of the row. Parameter values
 * resolve in this order: a switched-off challenge's neutral value, the {@code segment.param}
 * cell, the {@code param} cell (every segment), the segment's default, the model's default.
 */
final class RowCompiler {
    private static final Pattern PLAN_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private final RowSource csv;
    private final List<String> header;
    private final boolean[] skip;
    private final List<Problem> problems;
    private final SolutionLibrary library;

    RowCompiler(RowSource csv, List<String> header, boolean[] skip, List<Problem> problems, SolutionLibrary library) {
        this.csv = csv;
        this.header = header;
        this.skip = skip;
        this.problems = problems;
        this.library = library;
    }

    /** The scenario, or null when the row has problems (already recorded). */
    Scenario compile(CsvRows.Row row) {
        return new RowContext(row).compile();
    }

    /** The state of compiling one row. */
    private final class RowContext {
        private final CsvRows.Row row;
        private final int before = problems.size();
        private final Map<String, Distribution> values = new HashMap<>();
        private final Map<String, Integer> valueColumns = new HashMap<>();
        private final Map<String, Overrides> overrides = new HashMap<>();
        private List<String> active = List.of();
        /** The model's solutions, then the user's from solutions files. */
        private List<Solution> available = List.of();

        RowContext(CsvRows.Row row) {
            this.row = row;
        }

        Scenario compile() {
            String name = cell(RunColumns.SCENARIO);
            if (name.isEmpty()) {
                problem(RunColumns.SCENARIO, "blank scenario name: every row needs a unique name");
            } else if (name.chars().anyMatch(Character::isISOControl)) {
                problem(RunColumns.SCENARIO, "scenario names cannot contain line breaks or control characters");
            } else if (Limit.NAME_CHARS.exceeded(name.length())) {
                problem(RunColumns.SCENARIO, "scenario name '" + Limit.quote(name) + "' is longer than "
                        + Limit.NAME_CHARS.text() + " characters; a name appears in every row of every table");
            }
            int months = (int) whole(RunColumns.MONTHS, RunColumns.DEFAULT_MONTHS, 1, Simulation.MAX_MONTHS);
            int trials = (int) whole(RunColumns.TRIALS, RunColumns.DEFAULT_TRIALS, 1, Simulation.MAX_TRIALS);
            long seed = whole(RunColumns.SEED, RunColumns.DEFAULT_SEED, 0, Long.MAX_VALUE);
            BusinessModel model = model();
            if (model == null) {
                cellsWithoutModel();
                return null;
            }
            List<String> segments = segments(model);
            active = segments;
            available = available(model, name);
            readCells(model, segments);
            List<String> off = challengesOff(model);
            List<Solution> solutions = solutions(model);
            Map<String, List<Solution>> plans = plans(model);
            StudyColumns study = new StudyColumns(new StudyColumns.Row() {
                @Override
                public String cell(String column) {
                    return RowContext.this.cell(column);
                }

                @Override
                public void problem(String column, String message) {
                    RowContext.this.problem(column, message);
                }
            }, model);
            Sampling sampling = study.sampling();
            int capture = study.capture();
            List<Milestone> milestones = study.milestones();
            Studies.Precision precision = study.precision();
            List<Solution> searched = searched(solutions);
            double budget = searched == null ? Double.POSITIVE_INFINITY : study.budget();
            Studies.Risk risk = searched == null ? null : study.risk();
            Studies.Downside downside = searched == null ? Studies.Downside.P5_ARR : study.downside();
            if (problems.size() > before) {
                return null;
            }
            List<Param> params = params(model, segments, off);
            List<Correlation> correlations = study.correlations(params);
            if (problems.size() > before) {
                return null;
            }
            List<Arm> arms = new ArrayList<>();
            arms.add(Arm.baseline());
            solutions.forEach(s -> arms.add(new Arm(s.id(), List.of(intervention(s)))));
            plans.forEach((plan, members) -> arms.add(new Arm("plan:" + plan,
                    members.stream().map(this::intervention).toList())));
            if (values.containsKey(CoreParams.RAISE_AMOUNT.id()) || values.containsKey(CoreParams.CUT_RUNWAY.id())) {
                arms.add(Arm.survivalRules());
            }
            boolean uncertain = params.stream().anyMatch(p -> !p.value().isConstant())
                    || arms.stream().flatMap(arm -> arm.interventions().stream()).flatMap(iv -> iv.effects().stream())
                            .anyMatch(e -> !e.size().isConstant());
            boolean sensitivity = capture > 0;
            // nothing varies between trials: nothing to explain. Correlations are checked on the
            // captured trials, so they capture even with sensitivity off.
            int captured = !uncertain ? 0 : sensitivity ? capture : correlations.isEmpty() ? 0 : StudyColumns.DEFAULT_CAPTURE;
            Analysis analysis = new Analysis(sampling, correlations, milestones, captured,
                    precision == null ? -1 : precision.outcome(), true);
            Simulation simulation = new Simulation(name, months, trials, seed, segments, params,
                    model.mechanisms(), arms, analysis);
            Studies.PlanSearch search = searched == null ? null
                    : new Studies.PlanSearch(searched.stream().map(this::intervention).toList(), budget, risk, downside);
            String rowText = String.join("\u001f", header) + "\n" + String.join("\u001f", row.cells());
            return new Scenario(name, model, csv.file(), row.line(), csv.sha256(), Hashes.sha256(rowText),
                    csv.encoding(), off, simulation, new Studies(sensitivity, precision, search));
        }

        /**
         * The solutions a plan search combines ({@code all}: the row's solutions), or null when
         * the row searches none; budget and risk cells without a search are reported.
         */
        private List<Solution> searched(List<Solution> rowSolutions) {
            String text = cell(RunColumns.PLAN_SEARCH).strip();
            if (text.isEmpty() || text.equalsIgnoreCase("none") || text.equalsIgnoreCase("off")) {
                for (String column : List.of(RunColumns.PLAN_BUDGET, RunColumns.PLAN_RISK, RunColumns.PLAN_DOWNSIDE)) {
                    if (!cell(column).isBlank()) {
                        problem(column, column + " needs a plan search: set plan_search to all or to solution ids");
                    }
                }
                return null;
            }
            List<Solution> pool = new ArrayList<>();
            if (text.equalsIgnoreCase("all") || text.equalsIgnoreCase("on")) {
                pool.addAll(rowSolutions);
            } else {
                List<String> all = available.stream().map(Solution::id).toList();
                for (String id : ids(text)) {
                    Solution s = solution(id);
                    if (s == null) {
                        problem(RunColumns.PLAN_SEARCH, "unknown solution '" + id + "'" + Suggest.didYouMean(id, all)
                                + " (expected all or some of: " + String.join(", ", all) + ")");
                    } else if (inert(s)) {
                        problem(RunColumns.PLAN_SEARCH, inertMessage(s));
                    } else if (pool.contains(s)) {
                        problem(RunColumns.PLAN_SEARCH, "solution " + id + " is listed twice");
                    } else {
                        pool.add(s);
                    }
                }
            }
            if (pool.size() < 2 && problems.size() == before) {
                problem(RunColumns.PLAN_SEARCH, "a plan search combines at least two solutions, got "
                        + (pool.isEmpty() ? "none" : pool.get(0).id()) + " (list them, or use all with a solutions "
                        + "column that runs two or more)");
            }
            return pool.size() < 2 ? null : pool;
        }

        private String cell(String column) {
            int i = header.indexOf(column);
            return i < 0 ? "" : row.cells().get(i);
        }

        private void problem(String column, String message) {
            problems.add(csv.problem(row.line(), header.indexOf(column) + 1, message));
        }

        private void problem(int column, String message) {
            problems.add(csv.problem(row.line(), column + 1, message));
        }

        private long whole(String column, long fallback, long min, long max) {
            String text = cell(column);
            if (text.isEmpty()) {
                return fallback;
            }
            try {
                if (column.equals(RunColumns.SEED)) {
                    long seed = Long.parseLong(text.strip());
                    if (seed < min) {
                        throw new NumberFormatException();
                    }
                    return seed;
                }
                return Values.whole(column, text, min, max);
            } catch (NumberFormatException e) {
                problem(column, "seed must be a whole number in [0, " + Long.MAX_VALUE + "], got '" + text + "'");
            } catch (IllegalArgumentException e) {
                problem(column, e.getMessage());
            }
            return fallback;
        }

        private BusinessModel model() {
            String id = cell(RunColumns.MODEL);
            if (id.isEmpty()) {
                problem(RunColumns.MODEL, "blank model: expected one of " + String.join(", ", Catalog.ids()));
                return null;
            }
            BusinessModel model = Catalog.find(id).orElse(null);
            if (model == null) {
                problem(RunColumns.MODEL, "unknown model '" + id + "'" + Suggest.didYouMean(id, Catalog.ids())
                        + " (scalesim models lists them)");
            }
            return model;
        }

        /**
         * The model id is wrong: still check what does not depend on the model (each value's syntax,
         * and its range where every model with that parameter rejects it), so one pass shows them.
         */
        private void cellsWithoutModel() {
            for (int c = 0; c < header.size(); c++) {
                String id = header.get(c);
                String text = row.cells().get(c);
                if (skip[c] || text.isEmpty() || RunColumns.ALL.contains(id)) {
                    continue;
                }
                Distribution d = parse(c, text);
                String key = id.substring(id.indexOf('.') + 1);
                List<ParamDef> defs = Catalog.models().stream().flatMap(m -> m.param(key).stream()).toList();
                if (d != null && !defs.isEmpty() && defs.stream().allMatch(def -> def.rangeProblem(d) != null)) {
                    problem(c, defs.get(0).rangeProblem(d) + " (" + defs.get(0).unit().label() + ")");
                }
            }
        }

        private List<String> segments(BusinessModel model) {
            String text = cell(RunColumns.SEGMENTS);
            if (text.isEmpty()) {
                return model.defaultSegments();
            }
            List<String> known = model.segments().stream().map(Segment::id).toList();
            Set<String> chosen = new LinkedHashSet<>();
            for (String id : ids(text)) {
                if (!known.contains(id)) {
                    problem(RunColumns.SEGMENTS, "unknown segment '" + id + "' for model " + model.id()
                            + Suggest.didYouMean(id, known) + " (expected some of: " + String.join(", ", known) + ")");
                } else if (!chosen.add(id)) {
                    problem(RunColumns.SEGMENTS, "segment '" + id + "' is listed twice");
                }
            }
            return chosen.isEmpty() ? model.defaultSegments() : List.copyOf(chosen);
        }

        /** Parameter cells and solution overrides. */
        private void readCells(BusinessModel model, List<String> segments) {
            for (int c = 0; c < header.size(); c++) {
                String id = header.get(c);
                String text = row.cells().get(c);
                if (skip[c] || text.isEmpty() || RunColumns.ALL.contains(id)) {
                    continue;
                }
                int dot = id.indexOf('.');
                if (dot < 0) {
                    ParamDef def = model.param(id).orElse(null);
                    if (def == null) {
                        problem(c, "'" + id + "' is not a parameter of model " + model.id()
                                + Suggest.didYouMean(id, paramIds(model)) + " (scalesim describe " + model.id() + ")");
                    } else {
                        value(c, def, id, text);
                    }
                    continue;
                }
                String prefix = id.substring(0, dot);
                String key = id.substring(dot + 1);
                if (model.segment(prefix).isPresent()) {
                    ParamDef def = model.param(key).filter(ParamDef::perSegment).orElse(null);
                    if (!segments.contains(prefix)) {
                        problem(c, "segment '" + prefix + "' is not active in this scenario (active: "
                                + String.join(", ", segments) + "; add it to the segments column)");
                    } else if (def == null) {
                        problem(c, "'" + key + "' is not a per-segment parameter of model " + model.id()
                                + Suggest.didYouMean(key, segmentParamIds(model)));
                    } else {
                        value(c, def, id, text);
                    }
                } else if (solution(prefix) != null) {
                    override(c, solution(prefix), key, text);
                } else {
                    List<String> prefixes = new ArrayList<>();
                    model.segments().forEach(s -> prefixes.add(s.id()));
                    available.forEach(s -> prefixes.add(s.id()));
                    problem(c, "unknown prefix '" + prefix + "' in column '" + id + "': expected a segment or "
                            + "a solution of model " + model.id() + Suggest.didYouMean(prefix, prefixes));
                }
            }
        }

        private void value(int column, ParamDef def, String key, String text) {
            if (!def.choices().isEmpty() && !Values.isNumber(text.strip())) {
                int choice = def.choice(text);
                if (choice < 0) {
                    problem(column, def.id() + " must be one of " + def.range() + ", got '" + text.strip() + "'"
                            + Suggest.didYouMean(text.strip(), def.choices()));
                    return;
                }
                values.put(key, Distribution.constant(choice));
                valueColumns.put(key, column);
                return;
            }
            Distribution d = parse(column, text);
            if (d == null) {
                return;
            }
            String range = def.rangeProblem(d);
            if (range != null) {
                problem(column, range + " (" + def.unit().label() + ")");
                return;
            }
            values.put(key, d);
            valueColumns.put(key, column);
        }

        private Distribution parse(int column, String text) {
            try {
                return Expressions.parse(text);
            } catch (IllegalArgumentException e) {
                problem(column, header.get(column) + ": " + e.getMessage());
                return null;
            }
        }

        private void override(int column, Solution solution, String key, String text) {
            Overrides o = overrides.computeIfAbsent(solution.id(), id -> new Overrides());
            List<String> effectParams = solution.effects().stream().map(Effect::param).distinct().toList();
            if (key.equals("start") || key.equals("ramp")) {
                try {
                    long v = Values.whole(header.get(column), text, key.equals("start") ? 1 : 0, Simulation.MAX_MONTHS);
                    if (key.equals("start")) {
                        o.start = (int) v;
                    } else {
                        o.ramp = (int) v;
                    }
                } catch (IllegalArgumentException e) {
                    problem(column, e.getMessage());
                }
                return;
            }
            Distribution d = parse(column, text);
            if (d == null) {
                return;
            }
            if (key.equals("one_time_cost") || key.equals("monthly_cost")) {
                if (d.lower() < 0 || d.upper() == Double.POSITIVE_INFINITY && d.isConstant()) {
                    problem(column, header.get(column) + " must be a cost >= 0, got " + d.expression());
                } else if (key.equals("one_time_cost")) {
                    o.oneTime = d;
                } else {
                    o.monthly = d;
                }
                return;
            }
            if (!effectParams.contains(key)) {
                List<String> keys = new ArrayList<>(effectParams);
                keys.addAll(RunColumns.SOLUTION_KEYS);
                problem(column, "solution " + solution.id() + " has no effect on '" + key + "'"
                        + Suggest.didYouMean(key, keys) + " (expected one of: " + String.join(", ", keys) + ")");
                return;
            }
            Effect.Op op = solution.effects().stream().filter(e -> e.param().equals(key)).findFirst()
                    .orElseThrow().op();
            if (op == Effect.Op.SCALE && d.lower() < 0) {
                problem(column, header.get(column) + " scales " + key + ": the factor must be >= 0, got "
                        + d.expression());
                return;
            }
            o.sizes.put(key, d);
        }

        private List<String> challengesOff(BusinessModel model) {
            List<String> all = model.challenges().stream().map(Challenge::id).toList();
            Set<String> on = selection(RunColumns.CHALLENGES, all, "challenge", model);
            List<String> off = all.stream().filter(c -> !on.contains(c)).toList();
            for (String id : off) {
                Challenge ch = model.challenge(id).orElseThrow();
                for (String p : ch.neutral().keySet()) {
                    for (Map.Entry<String, Integer> e : valueColumns.entrySet()) {
                        String key = e.getKey();
                        if (key.equals(p) || key.endsWith("." + p)) {
                            problem(e.getValue(), key + " belongs to challenge " + id + ", which the challenges "
                                    + "column switches off; leave the cell blank or keep the challenge on");
                        }
                    }
                }
            }
            return off;
        }

        private List<Solution> solutions(BusinessModel model) {
            List<String> all = available.stream().map(Solution::id).toList();
            Set<String> chosen = selection(RunColumns.SOLUTIONS, all, "solution", model);
            boolean everything = cell(RunColumns.SOLUTIONS).isEmpty() || cell(RunColumns.SOLUTIONS).equalsIgnoreCase("all");
            List<Solution> out = new ArrayList<>();
            for (Solution s : available) {
                if (!chosen.contains(s.id())) {
                    continue;
                }
                if (!inert(s)) {
                    out.add(s);
                } else if (!everything) {
                    problem(RunColumns.SOLUTIONS, inertMessage(s));
                }
            }
            return out;
        }

        private Solution solution(String id) {
            return available.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        }

        /** True when every effect is on a segment this row does not simulate. */
        private boolean inert(Solution s) {
            return !s.effects().isEmpty() && s.effects().stream().allMatch(e -> {
                int dot = e.param().indexOf('.');
                return dot >= 0 && !active.contains(e.param().substring(0, dot));
            });
        }

        private String inertMessage(Solution s) {
            return "solution " + s.id() + " only changes segments this scenario does not simulate ("
                    + s.effects().stream().map(Effect::param).collect(java.util.stream.Collectors.joining(", "))
                    + "; active segments: " + String.join(", ", active) + ")";
        }

        /**
         * The model's solutions and the user's (from {@code --solutions} and the row's
         * {@code solutions_file}), each user solution checked against this model; problems point
         * at the solutions file's cells.
         */
        private boolean sameFile(java.nio.file.Path a, java.nio.file.Path b) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }

        private List<Solution> available(BusinessModel model, String scenario) {
            List<Solution> out = new ArrayList<>(model.solutions());
            List<UserSolution> user = new ArrayList<>();
            List<java.nio.file.Path> files = new ArrayList<>();
            if (library.global() != null) {
                files.add(library.global());
            }
            if (csv.hasSolutionsSheet()) {
                files.add(csv.file()); // the workbook's own solutions sheet
            }
            String cell = cell(RunColumns.SOLUTIONS_FILE);
            if (!cell.isEmpty()) {
                java.nio.file.Path base = csv.file().toAbsolutePath().getParent();
                java.nio.file.Path file = base == null ? java.nio.file.Path.of(cell) : base.resolve(cell);
                if (!java.nio.file.Files.isRegularFile(file)) {
                    problem(RunColumns.SOLUTIONS_FILE, "no such solutions file '" + cell + "' (looked for "
                            + file.normalize() + "; the path is relative to the scenario file)");
                } else {
                    files.add(file);
                }
            }
            List<java.nio.file.Path> seen = new ArrayList<>();
            for (java.nio.file.Path file : files) {
                if (seen.stream().noneMatch(f -> sameFile(f, file))) {
                    seen.add(file);
                    user.addAll(library.get(file));
                }
            }
            out.addAll(UserSolutionCheck.fit(model, user, scenario, problems));
            return out;
        }

        /** {@code all}, {@code none} or ids; blank means all. */
        private Set<String> selection(String column, List<String> all, String what, BusinessModel model) {
            String text = cell(column);
            if (text.isEmpty() || text.equalsIgnoreCase("all")) {
                return new LinkedHashSet<>(all);
            }
            if (text.equalsIgnoreCase("none")) {
                return Set.of();
            }
            Set<String> chosen = new LinkedHashSet<>();
            for (String id : ids(text)) {
                if (!all.contains(id)) {
                    problem(column, "unknown " + what + " '" + id + "' for model " + model.id()
                            + Suggest.didYouMean(id, all) + " (expected all, none or some of: "
                            + String.join(", ", all) + ")");
                } else {
                    chosen.add(id);
                }
            }
            return chosen;
        }

        /** {@code name=id+id; other=id}. */
        private Map<String, List<Solution>> plans(BusinessModel model) {
            Map<String, List<Solution>> plans = new LinkedHashMap<>();
            String text = cell(RunColumns.PLANS);
            if (text.isEmpty() || text.equalsIgnoreCase("none")) {
                return plans;
            }
            List<String> all = available.stream().map(Solution::id).toList();
            for (String entry : text.split("[;|]")) {
                if (entry.isBlank()) {
                    continue;
                }
                int eq = entry.indexOf('=');
                String name = eq < 0 ? "" : entry.substring(0, eq).strip();
                if (eq < 0 || !PLAN_NAME.matcher(name).matches() || Limit.NAME_CHARS.exceeded(name.length())) {
                    problem(RunColumns.PLANS, "expected plans as name=solution+solution; other=solution, got '"
                            + Limit.quote(entry.strip()) + "' (plan names use letters, digits, - and _, at most "
                            + Limit.NAME_CHARS.text() + ")");
                    continue;
                }
                List<Solution> members = new ArrayList<>();
                for (String id : entry.substring(eq + 1).split("\\+")) {
                    String sid = id.strip();
                    Solution s = solution(sid);
                    if (s == null) {
                        problem(RunColumns.PLANS, "plan " + name + ": unknown solution '" + sid + "' for model "
                                + model.id() + Suggest.didYouMean(sid, all));
                    } else if (inert(s)) {
                        problem(RunColumns.PLANS, "plan " + name + ": " + inertMessage(s));
                    } else if (members.contains(s)) {
                        problem(RunColumns.PLANS, "plan " + name + " lists " + sid + " twice");
                    } else {
                        members.add(s);
                    }
                }
                if (plans.put(name, members) != null) {
                    problem(RunColumns.PLANS, "plan name '" + name + "' is used twice");
                }
            }
            return plans;
        }

        private List<Param> params(BusinessModel model, List<String> segments, List<String> off) {
            Map<String, String> neutralBy = new HashMap<>();
            Map<String, Double> neutral = new HashMap<>();
            for (String id : off) {
                model.challenge(id).orElseThrow().neutral().forEach((p, v) -> {
                    neutral.put(p, v);
                    neutralBy.put(p, id);
                });
            }
            List<Param> params = new ArrayList<>();
            for (ParamDef def : model.params()) {
                List<String> owners = def.perSegment() ? segments : java.util.Collections.singletonList(null);
                for (String segment : owners) {
                    String id = segment == null ? def.id() : segment + "." + def.id();
                    Distribution value;
                    String origin;
                    if (neutral.containsKey(def.id())) {
                        value = Distribution.constant(neutral.get(def.id()));
                        origin = "challenge " + neutralBy.get(def.id()) + " switched off";
                    } else if (values.containsKey(id)) {
                        value = values.get(id);
                        origin = "scenario column " + id;
                    } else if (values.containsKey(def.id())) {
                        value = values.get(def.id());
                        origin = "scenario column " + def.id();
                    } else {
                        Default d = model.defaultFor(segment, def.id());
                        value = d.value();
                        origin = "default: " + d.source();
                    }
                    params.add(new Param(id, def, segment, value, origin));
                }
            }
            return params;
        }

        /**
         * The solution as this row runs it: sizes, timing and costs overridden by its columns, and
         * effects on segments the row does not simulate left out (they would change nothing).
         */
        private Intervention intervention(Solution s) {
            Overrides o = overrides.getOrDefault(s.id(), NO_OVERRIDES);
            List<Effect> effects = new ArrayList<>();
            for (Effect e : s.effects()) {
                int dot = e.param().indexOf('.');
                if (dot >= 0 && !active.contains(e.param().substring(0, dot))) {
                    continue;
                }
                Effect changed = o.sizes.containsKey(e.param()) ? e.withSize(o.sizes.get(e.param())) : e;
                if (o.start != null || o.ramp != null) {
                    changed = changed.timing(o.start == null ? e.start() : o.start, o.ramp == null ? e.ramp() : o.ramp);
                }
                effects.add(changed);
            }
            int start = o.start != null ? o.start : s.start();
            return new Intervention(s.id(), effects, o.oneTime == null ? s.oneTimeCost() : o.oneTime,
                    o.monthly == null ? s.monthlyCost() : o.monthly, start);
        }
    }

    private static final Overrides NO_OVERRIDES = new Overrides();

    /** What a row changes in one solution. */
    private static final class Overrides {
        final Map<String, Distribution> sizes = new HashMap<>();
        Integer start;
        Integer ramp;
        Distribution oneTime;
        Distribution monthly;
    }

    private static List<String> ids(String text) {
        return java.util.Arrays.stream(text.split("[;|,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> paramIds(BusinessModel model) {
        return model.params().stream().map(ParamDef::id).toList();
    }

    private static List<String> segmentParamIds(BusinessModel model) {
        return model.params().stream().filter(ParamDef::perSegment).map(ParamDef::id).toList();
    }
}
