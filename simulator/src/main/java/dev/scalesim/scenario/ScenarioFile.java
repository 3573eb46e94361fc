package dev.scalesim.scenario;

import dev.scalesim.kernel.ParamDef;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Catalog;
import dev.scalesim.model.Segment;
import dev.scalesim.model.Solution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

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
        return readAll(files, solutions, file -> { });
    }

    /**
     * As {@link #readAll(List, Path)}; {@code read} is told every file read, scenario files and
     * solutions files alike (those of {@code solutions_file} cells too), once each: what a
     * cluster's executors need to read the same scenarios again.
     */
    public static List<Scenario> readAll(List<Path> files, Path solutions, Consumer<Path> read)
            throws ScenarioException {
        return readAll(files, solutions, read, UnaryOperator.identity());
    }

    /**
     * As {@link #readAll(List, Path, Consumer)}, an absolute {@code solutions_file} cell read
     * from where {@code resolver} maps it: a cluster's executor holds the driver's files under
     * another root. Only where a file is read from changes; each scenario's file, line and
     * hashes are those of the files given.
     */
    public static List<Scenario> readAll(List<Path> files, Path solutions, Consumer<Path> read,
            UnaryOperator<Path> resolver) throws ScenarioException {
        List<Scenario> scenarios = new ArrayList<>();
        check(files, solutions, read, resolver, scenarios::add);
        return scenarios;
    }

    /**
     * Reads and validates several files as streams, handing each valid scenario to {@code sink}
     * as its row is read, so memory does not grow with rows beyond what the sink keeps (and
     * each file's scenario names, for duplicates). Once a problem is found the sink hears no
     * more; when there were problems, this throws with all of them, and what the sink heard is
     * not a valid set of scenarios. {@code read} is told every file read, as for
     * {@link #readAll(List, Path, Consumer)}.
     */
    public static void check(List<Path> files, Path solutions, Consumer<Path> read, Consumer<Scenario> sink)
            throws ScenarioException {
        check(files, solutions, read, UnaryOperator.identity(), sink);
    }

    private static void check(List<Path> files, Path solutions, Consumer<Path> read, UnaryOperator<Path> resolver,
            Consumer<Scenario> sink) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        SolutionLibrary library = new SolutionLibrary(solutions, problems, read, resolver);
        if (solutions != null) {
            library.get(solutions);
        }
        for (Path file : files) {
            read.accept(file);
            Rows rows = new Rows(problems, library, s -> {
                if (problems.isEmpty()) {
                    sink.accept(s);
                }
            });
            try {
                RowSource.stream(file, RowSource.SCENARIOS_SHEET, rows);
                rows.end();
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            // a solutions file used by many rows reports a problem of it once
            throw new ScenarioException(problems.stream().distinct().toList());
        }
    }

    /** One file's rows as they are read: the header checked first, then each row compiled. */
    private static final class Rows implements CsvRows.Visitor {
        private final List<Problem> problems;
        private final SolutionLibrary library;
        private final Consumer<Scenario> sink;
        private final Map<String, Integer> names = new HashMap<>();
        private RowSource csv;
        private List<String> header;
        private RowCompiler compiler;
        private int nameColumn;
        private boolean anyRow;

        Rows(List<Problem> problems, SolutionLibrary library, Consumer<Scenario> sink) {
            this.problems = problems;
            this.library = library;
            this.sink = sink;
        }

        @Override
        public void header(RowSource head) {
            csv = head;
            header = head.header().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            // without a solutions file every column prefix must be a built-in segment or solution
            boolean builtInOnly = library.global() == null && !header.contains(RunColumns.SOLUTIONS_FILE);
            boolean[] skip = checkHeader(head, header, problems, builtInOnly);
            if (header.contains(RunColumns.SCENARIO) && header.contains(RunColumns.MODEL)) {
                compiler = new RowCompiler(head, header, skip, problems, library);
                nameColumn = header.indexOf(RunColumns.SCENARIO) + 1;
            }
        }

        @Override
        public void row(CsvRows.Row row) {
            anyRow = true;
            if (compiler == null) {
                return;
            }
            if (row.cells().size() != header.size()) {
                problems.add(csv.problem(row.line(), 0, "ragged row: " + row.cells().size()
                        + " cells where the header has " + header.size() + " (" + csv.raggedHint() + ")"));
                return;
            }
            String name = row.cells().get(nameColumn - 1);
            Integer first = name.isEmpty() ? null : names.putIfAbsent(name, row.line());
            if (first != null) {
                problems.add(csv.problem(row.line(), nameColumn, "duplicate scenario name '"
                        + Limit.quote(name) + "' (first used on line " + first + "); names must be unique"));
            }
            Scenario s = compiler.compile(row);
            if (s != null) {
                sink.accept(s);
            }
        }

        void end() {
            if (!anyRow) {
                problems.add(csv.problem(csv.headerLine(), 0,
                        "no scenarios: the file has a header but no rows"));
            }
        }
    }

    /** Required, blank, duplicate and unknown columns; returns the columns rows should skip. */
    private static boolean[] checkHeader(RowSource csv, List<String> header, List<Problem> problems,
            boolean builtInOnly) {
        int line = csv.headerLine();
        boolean[] skip = new boolean[header.size()];
        Set<String> known = knownColumns();
        if (header.stream().noneMatch(h -> known.contains(h) || h.contains("."))) {
            // not a scenario file at all (a key, a password file): its first line is not echoed
            problems.add(csv.problem(line, 0, "not a scenario file: its first row names none of the columns"
                    + " scenario, model or a parameter"));
            Arrays.fill(skip, true);
            return skip;
        }
        for (String required : List.of(RunColumns.SCENARIO, RunColumns.MODEL)) {
            if (!header.contains(required)) {
                problems.add(csv.problem(line, 0, "missing required column '" + required
                        + "' (the header must have at least: scenario, model)"));
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String id = header.get(c);
            if (id.isEmpty()) {
                problems.add(csv.problem(line, c + 1, "blank column name (every column needs a header)"));
                skip[c] = true;
            } else if (!seen.add(id)) {
                problems.add(csv.problem(line, c + 1, "duplicate column '" + Limit.quote(id) + "'"));
                skip[c] = true;
            } else if (!id.contains(".") && !known.contains(id)) {
                problems.add(csv.problem(line, c + 1, "unknown column '" + Limit.quote(id)
                        + "': not a run column or a parameter of any model" + Suggest.didYouMean(id, known)));
                skip[c] = true;
            } else if (unknownSegmentParam(id)) {
                // once here rather than once per row
                String key = id.substring(id.indexOf('.') + 1);
                problems.add(csv.problem(line, c + 1, "unknown column '" + Limit.quote(id) + "': '" + Limit.quote(key)
                        + "' is not a per-segment parameter of any model" + Suggest.didYouMean(key, segmentParams())));
                skip[c] = true;
            } else if (builtInOnly && unknownPrefix(id)) {
                String prefix = id.substring(0, id.indexOf('.'));
                problems.add(csv.problem(line, c + 1, "unknown prefix '" + prefix + "' in column '" + id
                        + "': not a segment or a solution of any model" + Suggest.didYouMean(prefix, knownPrefixes())));
                skip[c] = true;
            }
        }
        return skip;
    }

    /**
     * A {@code segment.param} column whose prefix is a segment (and no built-in solution) and whose
     * parameter is per-segment in no model: wrong whatever the row's model. (A prefix that is no
     * built-in id may name a user's solution, known only per row.)
     */
    private static boolean unknownSegmentParam(String id) {
        int dot = id.indexOf('.');
        if (dot < 0) {
            return false;
        }
        String prefix = id.substring(0, dot);
        boolean segment = Catalog.models().stream().anyMatch(m -> m.segment(prefix).isPresent());
        boolean solution = Catalog.models().stream().anyMatch(m -> m.solutions().stream()
                .anyMatch(x -> x.id().equals(prefix)));
        return segment && !solution && !segmentParams().contains(id.substring(dot + 1));
    }

    private static boolean unknownPrefix(String id) {
        int dot = id.indexOf('.');
        return dot >= 0 && !knownPrefixes().contains(id.substring(0, dot));
    }

    private static Set<String> segmentParams() {
        Set<String> known = new LinkedHashSet<>();
        for (BusinessModel m : Catalog.models()) {
            m.params().stream().filter(ParamDef::perSegment).map(ParamDef::id).forEach(known::add);
        }
        return known;
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
