package dev.scalesim.scenario;

import dev.scalesim.kernel.Effect;
import dev.scalesim.kernel.Intervention;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Solution;
import dev.scalesim.stats.Distribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and checks the solution columns of one row: the solutions it may use (the model's, then
 * the users' from solutions files), {@code <solution>.<key>} overrides, {@code solutions},
 * {@code plans} and the {@code plan_search} pool; and turns a solution into the intervention
 * the row runs. A solution whose every effect is on a segment the row does not simulate is
 * inert: left out of {@code all}, an error where named; a cell sizing an effect on such a segment
 * is an error too (the effect is left out, the cell would change nothing).
 */
final class SolutionColumns implements ParameterColumns.Prefixes {
    private static final Pattern PLAN_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private final RowCells row;
    private final BusinessModel model;
    private final List<String> active;
    private final List<Solution> available;
    private final Map<String, SolutionOverrides> overrides = new HashMap<>();

    private SolutionColumns(RowCells row, BusinessModel model, List<String> active, List<Solution> available) {
        this.row = row;
        this.model = model;
        this.active = active;
        this.available = available;
    }

    /**
     * The row's solutions: the model's, then the users' that fit the model (their problems point
     * at the solutions files' cells and name the scenario).
     *
     * @param active the segments the row simulates
     */
    static SolutionColumns of(RowCells row, BusinessModel model, List<String> active, SolutionLibrary library,
            String scenario) {
        List<Solution> available = new ArrayList<>(model.solutions());
        List<UserSolution> user = library.forRow(row.source(), row.cell(RunColumns.SOLUTIONS_FILE),
                message -> row.problem(RunColumns.SOLUTIONS_FILE, message));
        available.addAll(UserSolutionCheck.fit(model, user, scenario, row.problems()));
        return new SolutionColumns(row, model, active, List.copyOf(available));
    }

    /** Every solution the row may use, by id. */
    @Override
    public List<String> ids() {
        return available.stream().map(Solution::id).toList();
    }

    /** Reads {@code <prefix>.<key>} when the prefix is one of the row's solutions. */
    @Override
    public boolean override(int column, String prefix, String key, String text) {
        Solution solution = solution(prefix);
        if (solution == null) {
            return false;
        }
        SolutionOverrides before = overrides.getOrDefault(solution.id(), SolutionOverrides.NONE);
        SolutionOverrides after = override(before, column, solution, key, text);
        overrides.put(solution.id(), after);
        return true;
    }

    /** The overrides with one more cell, or as they were when the cell is wrong (reported). */
    private SolutionOverrides override(SolutionOverrides o, int column, Solution solution, String key, String text) {
        if (key.equals("start") || key.equals("ramp")) {
            try {
                int v = (int) Values.whole(row.column(column), text, key.equals("start") ? 1 : 0, Simulation.MAX_MONTHS);
                return key.equals("start") ? o.withStart(v) : o.withRamp(v);
            } catch (IllegalArgumentException e) {
                row.problem(column, e.getMessage());
                return o;
            }
        }
        int dot = key.indexOf('.');
        if (dot >= 0 && !active.contains(key.substring(0, dot))
                && solution.effects().stream().anyMatch(e -> e.param().equals(key))) {
            // the effect is left out of the intervention: the cell would change nothing
            row.problem(column, row.column(column) + " = " + Limit.quote(text.strip()) + ": "
                    + ParameterColumns.inactive(key.substring(0, dot), active));
            return o;
        }
        Distribution d = ParameterColumns.parse(row, column, text);
        if (d == null) {
            return o;
        }
        if (key.equals("one_time_cost") || key.equals("monthly_cost")) {
            String cost = SolutionOverrides.costProblem(row.column(column), d);
            if (cost != null) {
                row.problem(column, cost);
                return o;
            }
            return key.equals("one_time_cost") ? o.withOneTime(d) : o.withMonthly(d);
        }
        List<String> effectParams = solution.effects().stream().map(Effect::param).distinct().toList();
        if (!effectParams.contains(key)) {
            List<String> keys = new ArrayList<>(effectParams);
            keys.addAll(RunColumns.SOLUTION_KEYS);
            row.problem(column, "solution " + solution.id() + " has no effect on '" + key + "'"
                    + Suggest.didYouMean(key, keys) + " (expected one of: " + String.join(", ", keys) + ")");
            return o;
        }
        Effect.Op op = solution.effects().stream().filter(e -> e.param().equals(key)).findFirst().orElseThrow().op();
        if (op == Effect.Op.SCALE && d.lower() < 0) {
            row.problem(column, row.column(column) + " scales " + key + ": the factor must be >= 0, got "
                    + d.expression());
            return o;
        }
        // a value the kernel would clamp into the range is refused, as in a solutions file
        String range = op == Effect.Op.SET ? model.param(key.substring(key.indexOf('.') + 1))
                .map(def -> def.rangeProblem(d)).orElse(null) : null;
        if (range != null) {
            row.problem(column, row.column(column) + " sets " + key + ": " + range);
            return o;
        }
        return o.withSize(key, d);
    }

    /** The {@code solutions} column: blank or {@code all} runs every solution that is not inert. */
    List<Solution> chosen() {
        String text = row.cell(RunColumns.SOLUTIONS);
        Set<String> chosen = row.selection(RunColumns.SOLUTIONS, ids(), "solution", model);
        boolean everything = text.isEmpty() || text.equalsIgnoreCase("all");
        List<Solution> out = new ArrayList<>();
        for (Solution s : available) {
            if (!chosen.contains(s.id())) {
                continue;
            }
            if (!inert(s)) {
                out.add(s);
            } else if (!everything) {
                row.problem(RunColumns.SOLUTIONS, inertMessage(s));
            }
        }
        return out;
    }

    /** The {@code plans} column: {@code name=id+id; other=id}. */
    Map<String, List<Solution>> plans() {
        Map<String, List<Solution>> plans = new LinkedHashMap<>();
        String text = row.cell(RunColumns.PLANS);
        if (text.isEmpty() || text.equalsIgnoreCase("none")) {
            return plans;
        }
        List<String> all = ids();
        for (String entry : text.split("[;|]")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String name = eq < 0 ? "" : entry.substring(0, eq).strip();
            if (eq < 0 || !PLAN_NAME.matcher(name).matches() || Limit.NAME_CHARS.exceeded(name.length())) {
                row.problem(RunColumns.PLANS, "expected plans as name=solution+solution; other=solution, got '"
                        + Limit.quote(entry.strip()) + "' (plan names use letters, digits, - and _, at most "
                        + Limit.NAME_CHARS.text() + ")");
                continue;
            }
            List<Solution> members = new ArrayList<>();
            for (String id : entry.substring(eq + 1).split("\\+")) {
                String sid = id.strip();
                Solution s = solution(sid);
                if (s == null) {
                    row.problem(RunColumns.PLANS, "plan " + name + ": unknown solution '" + sid + "' for model "
                            + model.id() + Suggest.didYouMean(sid, all));
                } else if (inert(s)) {
                    row.problem(RunColumns.PLANS, "plan " + name + ": " + inertMessage(s));
                } else if (members.contains(s)) {
                    row.problem(RunColumns.PLANS, "plan " + name + " lists " + sid + " twice");
                } else {
                    members.add(s);
                }
            }
            if (plans.put(name, members) != null) {
                row.problem(RunColumns.PLANS, "plan name '" + name + "' is used twice");
            }
        }
        return plans;
    }

    /**
     * The solutions a plan search combines ({@code all}: {@code chosen}, the row's solutions),
     * or null when the row searches none; budget and risk cells without a search are reported.
     */
    List<Solution> searched(List<Solution> chosen) {
        String text = row.cell(RunColumns.PLAN_SEARCH).strip();
        if (text.isEmpty() || text.equalsIgnoreCase("none") || text.equalsIgnoreCase("off")) {
            for (String column : List.of(RunColumns.PLAN_BUDGET, RunColumns.PLAN_RISK, RunColumns.PLAN_DOWNSIDE)) {
                if (!row.cell(column).isBlank()) {
                    row.problem(column, column + " needs a plan search: set plan_search to all or to solution ids");
                }
            }
            return null;
        }
        List<Solution> pool = new ArrayList<>();
        if (text.equalsIgnoreCase("all") || text.equalsIgnoreCase("on")) {
            pool.addAll(chosen);
        } else {
            List<String> all = ids();
            for (String id : RowCells.ids(text)) {
                Solution s = solution(id);
                if (s == null) {
                    row.problem(RunColumns.PLAN_SEARCH, "unknown solution '" + id + "'" + Suggest.didYouMean(id, all)
                            + " (expected all or some of: " + String.join(", ", all) + ")");
                } else if (inert(s)) {
                    row.problem(RunColumns.PLAN_SEARCH, inertMessage(s));
                } else if (pool.contains(s)) {
                    row.problem(RunColumns.PLAN_SEARCH, "solution " + id + " is listed twice");
                } else {
                    pool.add(s);
                }
            }
        }
        // only when nothing else is wrong: a wrong id above already explains a short pool
        if (pool.size() < 2 && row.clean()) {
            row.problem(RunColumns.PLAN_SEARCH, "a plan search combines at least two solutions, got "
                    + (pool.isEmpty() ? "none" : pool.get(0).id()) + " (list them, or use all with a solutions "
                    + "column that runs two or more)");
        }
        return pool.size() < 2 ? null : pool;
    }

    /** The solution as this row runs it, its overrides applied. */
    Intervention intervention(Solution s) {
        return overrides.getOrDefault(s.id(), SolutionOverrides.NONE).apply(s, active);
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
                + s.effects().stream().map(Effect::param).collect(Collectors.joining(", "))
                + "; active segments: " + String.join(", ", active) + ")";
    }
}
