package dev.scalesim.scenario;

import dev.scalesim.kernel.ParamDef;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Catalog;
import dev.scalesim.model.Segment;
import dev.scalesim.model.Solution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads and validates scenario files: every problem of every file at once, or the scenarios. */
public final class ScenarioFile {
    private ScenarioFile() {
    }

    /** Reads one file. */
    public static List<Scenario> read(Path file) throws ScenarioException {
        return readAll(List.of(file));
    }

    /** Reads several files, collecting the problems of all of them before failing. */
    public static List<Scenario> readAll(List<Path> files) throws ScenarioException {
        return readAll(files, null);
    }

    /**
     * Reads several files with a solutions file every scenario may use (null for none),
     * collecting the problems of all of them before failing.
     */
    public static List<Scenario> readAll(List<Path> files, Path solutions) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        SolutionLibrary library = new SolutionLibrary(solutions, problems);
        if (solutions != null) {
            library.get(solutions);
        }
        for (Path file : files) {
            try {
                scenarios.addAll(readRows(RowSource.read(file, RowSource.SCENARIOS_SHEET), problems, library));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            // a solutions file used by many rows reports a problem of it once
            throw new ScenarioException(problems.stream().distinct().toList());
        }
        return scenarios;
    }

    private static List<Scenario> readRows(RowSource csv, List<Problem> problems, SolutionLibrary library) {
        int before = problems.size();
        List<String> header = csv.header().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        boolean[] skip = checkHeader(csv, header, problems);
        if (csv.rows().isEmpty()) {
            problems.add(csv.problem(csv.headerLine(), 0, "no scenarios: the file has a header but no rows"));
        }
        if (!header.contains(RunColumns.SCENARIO) || !header.contains(RunColumns.MODEL)) {
            return List.of();
        }
        RowCompiler compiler = new RowCompiler(csv, header, skip, problems, library);
        Map<String, Integer> names = new HashMap<>();
        List<Scenario> scenarios = new ArrayList<>();
        int nameColumn = header.indexOf(RunColumns.SCENARIO) + 1;
        for (CsvRows.Row row : csv.rows()) {
            if (row.cells().size() != header.size()) {
                problems.add(csv.problem(row.line(), 0, "ragged row: " + row.cells().size()
                        + " cells where the header has " + header.size() + " (" + csv.raggedHint() + ")"));
                continue;
            }
            String name = row.cells().get(nameColumn - 1);
            Integer first = name.isEmpty() ? null : names.putIfAbsent(name, row.line());
            if (first != null) {
                problems.add(csv.problem(row.line(), nameColumn, "duplicate scenario name '"
                        + name + "' (first used on line " + first + "); names must be unique"));
            }
            Scenario s = compiler.compile(row);
            if (s != null) {
                scenarios.add(s);
            }
        }
        return problems.size() > before ? List.of() : scenarios;
    }

    /** Required, blank, duplicate and unknown columns; returns the columns rows should skip. */
    private static boolean[] checkHeader(RowSource csv, List<String> header, List<Problem> problems) {
        int line = csv.headerLine();
        boolean[] skip = new boolean[header.size()];
        for (String required : List.of(RunColumns.SCENARIO, RunColumns.MODEL)) {
            if (!header.contains(required)) {
                problems.add(csv.problem(line, 0, "missing required column '" + required
                        + "' (the header must have at least: scenario, model)"));
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        Set<String> known = knownColumns();
        for (int c = 0; c < header.size(); c++) {
            String id = header.get(c);
            if (id.isEmpty()) {
                problems.add(csv.problem(line, c + 1, "blank column name (every column needs a header)"));
                skip[c] = true;
            } else if (!seen.add(id)) {
                problems.add(csv.problem(line, c + 1, "duplicate column '" + id + "'"));
                skip[c] = true;
            } else if (!id.contains(".") && !known.contains(id)) {
                problems.add(csv.problem(line, c + 1, "unknown column '" + id
                        + "': not a run column or a parameter of any model" + Suggest.didYouMean(id, known)));
                skip[c] = true;
            }
        }
        return skip;
    }

    private static Set<String> knownColumns() {
        Set<String> known = new LinkedHashSet<>(RunColumns.ALL);
        for (BusinessModel m : Catalog.models()) {
            m.params().stream().map(ParamDef::id).forEach(known::add);
        }
        return known;
    }

    /** Every segment and solution id of every model: valid column prefixes. */
    static Set<String> knownPrefixes() {
        Set<String> known = new LinkedHashSet<>();
        for (BusinessModel m : Catalog.models()) {
            m.segments().stream().map(Segment::id).forEach(known::add);
            m.solutions().stream().map(Solution::id).forEach(known::add);
        }
        return known;
    }
}
