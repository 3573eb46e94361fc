package dev.scalesim.scenario;

import dev.scalesim.kernel.Analysis;
import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.CoreParams;
import dev.scalesim.kernel.Correlation;
import dev.scalesim.kernel.Milestone;
import dev.scalesim.kernel.Param;
import dev.scalesim.kernel.Sampling;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Catalog;
import dev.scalesim.model.Solution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one row into a {@link Scenario}, or records every problem of the row. It reads the run
 * columns itself ({@code scenario}, {@code model}, {@code months}, {@code trials}, {@code seed})
 * and leaves the others to {@link ParameterColumns}, {@link SolutionColumns} and
 * {@link StudyColumns}, called in an order that keeps the problems in the order users know.
 */
final class RowCompiler {
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
    Scenario compile(CsvRows.Row line) {
        RowCells row = new RowCells(csv, header, skip, line, problems);
        String name = name(row);
        int months = whole(row, RunColumns.MONTHS, RunColumns.DEFAULT_MONTHS, Simulation.MAX_MONTHS);
        int trials = whole(row, RunColumns.TRIALS, RunColumns.DEFAULT_TRIALS, Simulation.MAX_TRIALS);
        long seed = seed(row);
        BusinessModel model = model(row);
        if (model == null) {
            ParameterColumns.withoutModel(row);
            return null;
        }
        List<String> segments = ParameterColumns.segments(row, model);
        SolutionColumns solutionColumns = SolutionColumns.of(row, model, segments, library, name);
        ParameterColumns parameters = ParameterColumns.read(row, model, segments, solutionColumns);
        List<String> off = parameters.challengesOff();
        List<Solution> solutions = solutionColumns.chosen();
        Map<String, List<Solution>> plans = solutionColumns.plans();
        StudyColumns study = new StudyColumns(row, model);
        Sampling sampling = study.sampling();
        int capture = study.capture();
        List<Milestone> milestones = study.milestones();
        Studies.Precision precision = study.precision();
        List<Solution> searched = solutionColumns.searched(solutions);
        double budget = searched == null ? Double.POSITIVE_INFINITY : study.budget();
        Studies.Risk risk = searched == null ? null : study.risk();
        Studies.Downside downside = searched == null ? Studies.Downside.P5_ARR : study.downside();
        if (!row.clean()) {
            return null;
        }
        List<Param> params = parameters.params(off);
        List<Correlation> correlations = study.correlations(params);
        if (!row.clean()) {
            return null;
        }
        List<Arm> arms = new ArrayList<>();
        arms.add(Arm.baseline());
        solutions.forEach(s -> arms.add(new Arm(s.id(), List.of(solutionColumns.intervention(s)))));
        plans.forEach((plan, members) -> arms.add(new Arm("plan:" + plan,
                members.stream().map(solutionColumns::intervention).toList())));
        if (parameters.sets(CoreParams.RAISE_AMOUNT.id()) || parameters.sets(CoreParams.CUT_RUNWAY.id())) {
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
                : new Studies.PlanSearch(searched.stream().map(solutionColumns::intervention).toList(), budget, risk,
                        downside);
        String rowText = String.join("\u001f", header) + "\n" + String.join("\u001f", line.cells());
        return new Scenario(name, model, csv.file(), line.line(), csv.sha256(), Hashes.sha256(rowText),
                csv.encoding(), off, simulation, new Studies(sensitivity, precision, search));
    }

    private static String name(RowCells row) {
        String name = row.cell(RunColumns.SCENARIO);
        if (name.isEmpty()) {
            row.problem(RunColumns.SCENARIO, "blank scenario name: every row needs a unique name");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            row.problem(RunColumns.SCENARIO, "scenario names cannot contain line breaks or control characters");
        } else if (Limit.NAME_CHARS.exceeded(name.length())) {
            row.problem(RunColumns.SCENARIO, "scenario name '" + Limit.quote(name) + "' is longer than "
                    + Limit.NAME_CHARS.text() + " characters; a name appears in every row of every table");
        }
        return name;
    }

    /** A whole number in [1, max] ({@code 10k} is fine), or the fallback when blank or wrong (reported). */
    private static int whole(RowCells row, String column, int fallback, int max) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return (int) Values.whole(column, text, 1, max);
        } catch (IllegalArgumentException e) {
            row.problem(column, e.getMessage());
            return fallback;
        }
    }

    /**
     * Any long in [0, Long.MAX_VALUE] written in digits: unlike other whole-number cells, not
     * read through a double ({@code 1e3}, {@code 10k} are refused), which would round large seeds.
     */
    private static long seed(RowCells row) {
        String text = row.cell(RunColumns.SEED);
        if (text.isEmpty()) {
            return RunColumns.DEFAULT_SEED;
        }
        try {
            long seed = Long.parseLong(text.strip());
            if (seed >= 0) {
                return seed;
            }
        } catch (NumberFormatException e) {
            // reported below, as a negative seed is
        }
        row.problem(RunColumns.SEED, "seed must be a whole number in [0, " + Long.MAX_VALUE + "], got '" + text + "'");
        return RunColumns.DEFAULT_SEED;
    }

    private static BusinessModel model(RowCells row) {
        String id = row.cell(RunColumns.MODEL);
        if (id.isEmpty()) {
            row.problem(RunColumns.MODEL, "blank model: expected one of " + String.join(", ", Catalog.ids()));
            return null;
        }
        BusinessModel model = Catalog.find(id).orElse(null);
        if (model == null) {
            row.problem(RunColumns.MODEL, "unknown model '" + id + "'" + Suggest.didYouMean(id, Catalog.ids())
                    + " (scalesim models lists them)");
        }
        return model;
    }
}
