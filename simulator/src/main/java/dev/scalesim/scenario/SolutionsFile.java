package dev.scalesim.scenario;

import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.Condition;
import dev.scalesim.kernel.Effect;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.model.Solution;
import dev.scalesim.stats.Distribution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a solutions file: users' own scaling solutions, one row per effect, without Java.
 *
 * <pre>
 * solution,title,target,param,op,size,start,ramp,when,one_time_cost,monthly_cost
 * upsell-bot,Premium bot upsell,arr_end,price,scale,"pert(1.05,1.1,1.2)",3,6,,50k,5k
 * upsell-bot,,,monthly_churn,scale,pert(0.9;0.95;1),3,6,,,
 * brake,Cut ads while payback is slow,cash_min,marketing_budget,scale,0.5,1,0,cac_payback > 18,,
 * </pre>
 * Rows with the same {@code solution} id make one solution. {@code title}, {@code target} and
 * the costs may be written on any one of its rows (or repeated identically). Checks that need
 * the scenario's model (parameter and metric ids) happen when a scenario uses the file; this
 * reader checks everything else and reports every problem with its file, line and column.
 */
public final class SolutionsFile {
    public static final String SOLUTION = "solution";
    public static final String TITLE = "title";
    public static final String TARGET = "target";
    public static final String PARAM = "param";
    public static final String OP = "op";
    public static final String SIZE = "size";
    public static final String START = "start";
    public static final String RAMP = "ramp";
    public static final String WHEN = "when";
    public static final String ONE_TIME_COST = "one_time_cost";
    public static final String MONTHLY_COST = "monthly_cost";
    public static final List<String> COLUMNS = List.of(SOLUTION, TITLE, TARGET, PARAM, OP, SIZE, START, RAMP, WHEN,
            ONE_TIME_COST, MONTHLY_COST);
    private static final List<String> REQUIRED = List.of(SOLUTION, PARAM, OP, SIZE);
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern PARAM_ID = Pattern.compile("([a-z][a-z0-9_]*\\.)?[a-z][a-z0-9_]*");
    private static final Pattern CONDITION = Pattern.compile("([a-z][a-z0-9_]*)\\s*([<>])\\s*(.+)");

    private SolutionsFile() {
    }

    /** Rows a solutions file may have: a solution is a few rows, a file a few dozen solutions. */
    static final int MAX_ROWS = 10_000;

    /** The file's solutions, or an empty list when it has problems (added to {@code problems}). */
    public static List<UserSolution> read(Path file, List<Problem> problems) {
        Reader[] reader = new Reader[1];
        try {
            RowSource.stream(file, RowSource.SOLUTIONS_SHEET, new CsvRows.Visitor() {
                @Override
                public void header(RowSource header) {
                    reader[0] = new Reader(header, problems);
                }

                @Override
                public void row(CsvRows.Row row) {
                    reader[0].add(row);
                }
            });
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
            return List.of();
        }
        return reader[0].finish();
    }

    /** The state of reading one file: its header checked, then each row as it is read. */
    private static final class Reader {
        private final RowSource csv;
        private final List<Problem> problems;
        private final int before;
        private final List<String> header;
        private final boolean headerOk;
        private final Map<String, Draft> drafts = new LinkedHashMap<>();
        private int rows;

        Reader(RowSource csv, List<Problem> problems) {
            this.csv = csv;
            this.problems = problems;
            this.before = problems.size();
            this.header = csv.header().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            this.headerOk = checkHeader();
        }

        void add(CsvRows.Row row) {
            if (!headerOk || ++rows > MAX_ROWS) {
                if (headerOk && rows == MAX_ROWS + 1) {
                    problems.add(csv.problem(row.line(), 0, "more than " + MAX_ROWS
                            + " rows in a solutions file"));
                }
                return;
            }
            if (row.cells().size() != header.size()) {
                problems.add(csv.problem(row.line(), 0, "ragged row: " + row.cells().size()
                        + " cells where the header has " + header.size() + " (" + csv.raggedHint() + ")"));
                return;
            }
            row(row);
        }

        List<UserSolution> finish() {
            if (!headerOk) {
                return List.of();
            }
            if (rows == 0) {
                problems.add(csv.problem(csv.headerLine(), 0, "no solutions: the file has a header but no rows"));
            }
            if (problems.size() > before) {
                return List.of();
            }
            List<UserSolution> out = new ArrayList<>();
            drafts.values().forEach(d -> out.add(d.build(csv, header.indexOf(SOLUTION) + 1)));
            return out;
        }

        private boolean checkHeader() {
            if (header.stream().noneMatch(COLUMNS::contains)) {
                // a file that is no solutions file at all (a key, a password file): its lines are not echoed
                problems.add(csv.problem(csv.headerLine(), 0, "not a solutions file: its first row has none"
                        + " of the columns " + String.join(", ", COLUMNS)));
                return false;
            }
            boolean ok = true;
            List<String> seen = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                String h = header.get(c);
                if (!COLUMNS.contains(h)) {
                    problems.add(csv.problem(csv.headerLine(), c + 1, "unknown column '" + Limit.quote(h)
                            + "' in a solutions file" + Suggest.didYouMean(h, COLUMNS) + " (expected some of: "
                            + String.join(", ", COLUMNS) + ")"));
                    ok = false;
                } else if (seen.contains(h)) {
                    problems.add(csv.problem(csv.headerLine(), c + 1, "duplicate column '" + h + "'"));
                    ok = false;
                }
                seen.add(h);
            }
            for (String required : REQUIRED) {
                if (!header.contains(required)) {
                    problems.add(csv.problem(csv.headerLine(), 0, "missing required column '" + required
                            + "' (a solutions file needs at least: " + String.join(", ", REQUIRED) + ")"));
                    ok = false;
                }
            }
            return ok;
        }

        private String cell(CsvRows.Row row, String column) {
            int i = header.indexOf(column);
            return i < 0 ? "" : row.cells().get(i);
        }

        private void problem(CsvRows.Row row, String column, String message) {
            problems.add(csv.problem(row.line(), header.indexOf(column) + 1, message));
        }

        private void row(CsvRows.Row row) {
            String id = cell(row, SOLUTION);
            if (!ID.matcher(id).matches() || Limit.NAME_CHARS.exceeded(id.length())) {
                problem(row, SOLUTION, id.isEmpty() ? "blank solution id: every row names the solution it belongs to"
                        : "solution id '" + Limit.quote(id) + "' must be lower case letters, digits, - and _, starting"
                                + " with a letter, at most " + Limit.NAME_CHARS.text() + " characters");
                return;
            }
            if (id.equals(Arm.BASELINE)) {
                problem(row, SOLUTION, "solution id 'baseline' is the name of the arm without solutions; choose another id");
                return;
            }
            Draft d = drafts.computeIfAbsent(id, k -> new Draft(k, row.line()));
            d.title = same(row, TITLE, d.title, cell(row, TITLE));
            String target = cell(row, TARGET);
            if (!target.isEmpty()) {
                List<String> outcomes = Outcomes.ALL.stream().map(Metric::id).toList();
                if (!outcomes.contains(target)) {
                    problem(row, TARGET, "unknown outcome '" + target + "'" + Suggest.didYouMean(target, outcomes)
                            + " (expected one of: " + String.join(", ", outcomes) + ")");
                } else {
                    d.target = same(row, TARGET, d.target, target);
                }
            }
            d.oneTime = cost(row, ONE_TIME_COST, d.oneTime);
            d.monthly = cost(row, MONTHLY_COST, d.monthly);
            String param = cell(row, PARAM);
            boolean paramOk = PARAM_ID.matcher(param).matches();
            if (!paramOk) {
                // the row's other cells are still checked: one problem does not hide another
                problem(row, PARAM, param.isEmpty() ? "blank param: every row is one effect on a parameter"
                        : "param '" + Limit.quote(param) + "' must be a parameter id such as price or smb.price");
            }
            Effect.Op op = op(row);
            Distribution size = distribution(row, SIZE, cell(row, SIZE));
            int start = (int) whole(row, START, 1, 1);
            int ramp = (int) whole(row, RAMP, 0, 0);
            Condition when = condition(row);
            if (!paramOk || op == null || size == null || start < 0 || ramp < 0 || when == INVALID) {
                return;
            }
            if (op == Effect.Op.SCALE && size.lower() < 0) {
                problem(row, SIZE, "a scale factor must be >= 0, got " + size.expression());
                return;
            }
            d.effects.add(new Effect(param, op, size, start, ramp, when));
            d.sources.add(new UserSolution.EffectSource(row.line(), header.indexOf(PARAM) + 1, header.indexOf(SIZE) + 1,
                    when == null ? 0 : header.indexOf(WHEN) + 1));
        }

        /** A value that may be written on one row or repeated identically. */
        private String same(CsvRows.Row row, String column, String known, String value) {
            if (value.isEmpty()) {
                return known;
            }
            if (known != null && !known.equals(value)) {
                problem(row, column, column + " of this solution is already '" + known + "'; write it once or identically");
                return known;
            }
            return value;
        }

        private Distribution cost(CsvRows.Row row, String column, Distribution known) {
            String text = cell(row, column);
            if (text.isEmpty()) {
                return known;
            }
            Distribution d = distribution(row, column, text);
            if (d == null) {
                return known;
            }
            String cost = SolutionOverrides.costProblem(column, d);
            if (cost != null) {
                problem(row, column, cost);
                return known;
            }
            if (known != null && !known.expression().equals(d.expression())) {
                problem(row, column, column + " of this solution is already " + known.expression()
                        + "; write it once or identically");
                return known;
            }
            return d;
        }

        private Effect.Op op(CsvRows.Row row) {
            String text = cell(row, OP).toLowerCase(Locale.ROOT);
            for (Effect.Op op : Effect.Op.values()) {
                if (op.id().equals(text)) {
                    return op;
                }
            }
            List<String> ops = Arrays.stream(Effect.Op.values()).map(Effect.Op::id).toList();
            problem(row, OP, "op must be one of " + String.join(", ", ops) + ", got '" + cell(row, OP) + "'"
                    + Suggest.didYouMean(text, ops));
            return null;
        }

        private Distribution distribution(CsvRows.Row row, String column, String text) {
            if (text.isEmpty()) {
                problem(row, column, "blank " + column + ": expected a number or a distribution such as pert(0.8,0.9,1)");
                return null;
            }
            try {
                return Expressions.parse(text);
            } catch (IllegalArgumentException e) {
                problem(row, column, column + ": " + e.getMessage());
                return null;
            }
        }

        private long whole(CsvRows.Row row, String column, long fallback, long min) {
            String text = cell(row, column);
            if (text.isEmpty()) {
                return fallback;
            }
            try {
                return Values.whole(column, text, min, Simulation.MAX_MONTHS);
            } catch (IllegalArgumentException e) {
                problem(row, column, e.getMessage());
                return -1;
            }
        }

        private Condition condition(CsvRows.Row row) {
            String text = cell(row, WHEN);
            if (text.isEmpty()) {
                return null;
            }
            Matcher m = CONDITION.matcher(text);
            if (m.matches()) {
                try {
                    return new Condition(m.group(1), m.group(2).equals(">"), Values.number(m.group(3)));
                } catch (IllegalArgumentException e) {
                    problem(row, WHEN, "when: " + e.getMessage());
                    return INVALID;
                }
            }
            problem(row, WHEN, "when must be a rule on last month's value of a monthly metric, such as "
                    + "'cac_payback > 18' or 'cash < 500k', got '" + text + "'");
            return INVALID;
        }
    }

    /** Marks a condition cell that could not be read. */
    private static final Condition INVALID = new Condition("invalid", true, 0);

    /** One solution while its rows are read. */
    private static final class Draft {
        final String id;
        final int line;
        String title;
        String target;
        Distribution oneTime;
        Distribution monthly;
        final List<Effect> effects = new ArrayList<>();
        final List<UserSolution.EffectSource> sources = new ArrayList<>();

        Draft(String id, int line) {
            this.id = id;
            this.line = line;
        }

        UserSolution build(RowSource source, int column) {
            Path file = source.file();
            int start = effects.stream().mapToInt(Effect::start).min().orElse(1);
            Solution s = new Solution(id, title == null ? id + " (from " + file.getFileName() + ")" : title,
                    target == null ? "arr_end" : target, effects,
                    oneTime == null ? Distribution.constant(0) : oneTime,
                    monthly == null ? Distribution.constant(0) : monthly, start);
            return new UserSolution(s, file, source instanceof WorkbookRows w ? w.sheet() : null, line, column, sources);
        }
    }
}
