package dev.scalesim.report;

import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.CoreMetrics;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Unit;
import dev.scalesim.report.chart.ArmOutcome;
import dev.scalesim.report.chart.ScenarioOutcomes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code results.xlsx}: a run's tables in one workbook for people who work in Excel. The first
 * sheet holds the key outcomes and each scenario's ranking of solutions and plans (mean paired
 * change in ARR, its 95% interval, P(better)); then one sheet per table, every scenario's rows
 * together: summary, solutions, monthly, ledger, sensitivity, milestones, plans (those any
 * scenario has), batch summary. Numbers are typed cells with currency, percent and count
 * formats taken from the metric's unit; headers are frozen and filtered.
 *
 * <p>Tables are read back from the scenario folders, so scenarios kept by {@code --resume} are
 * covered like fresh ones, and text cells are the CSV cells exactly (their CSV-injection guard
 * included, so a sheet and its CSV match cell for cell). Text is written as text cells, which
 * Excel never evaluates. fastexcel streams each sheet in chunks of {@link #FLUSH_ROWS} rows, so
 * a large batch does not sit in memory; a table longer than a sheet's row limit continues on
 * {@code monthly (2)} and so on.
 */
public final class ResultsWorkbook {
    public static final String FILE = "results.xlsx";
    /** Rows a sheet holds below its header (Excel's limit is 1,048,576 rows in all). */
    static final int SHEET_ROWS = 1_048_575;
    static final int FLUSH_ROWS = 5_000;
    static final String KEY_OUTCOMES = "key outcomes";
    static final String[] KEY_HEADER = {"scenario", "model", "trials", "seed", "rank", "arm", "arr_mean", "arr_p5",
        "arr_p95", "delta_arr_mean", "delta_arr_ci_low", "delta_arr_ci_high", "p_better", "p_cash_out",
        "breakeven_month_p50"};

    /** The per-scenario tables, in sheet order: sheet name and file name in a scenario folder. */
    static final List<String[]> TABLES = List.of(new String[] {"summary", "summary.csv"},
            new String[] {"solutions", "solutions.csv"}, new String[] {"monthly", "monthly.csv"},
            new String[] {"segments", Tables.SEGMENTS}, new String[] {"ledger", "ledger.csv"}, new String[] {"sensitivity", AnalyticsTables.SENSITIVITY},
            new String[] {"milestones", AnalyticsTables.MILESTONES}, new String[] {"plans", AnalyticsTables.PLANS});

    private static final String MONEY = "$#,##0";
    private static final String MONEY_CENTS = "$#,##0.00";
    private static final String PERCENT = "0.0%";
    private static final String COUNT = "#,##0";
    private static final String MONTHS = "0.0";
    /** Columns that are names, ids or flags: always text, even when they look like a number. */
    private static final Set<String> TEXT = Set.of("file", "scenario", "model", "arm", "metric", "outcome", "input",
            "milestone", "period", "plan", "solutions", "cost_exceeds_revenue_per_use", "within_budget", "within_risk",
            "pareto");
    /** Columns whose number is a statistic of the row's metric, formatted by the metric's unit. */
    private static final Set<String> OF_METRIC = Set.of("mean", "sd", "p5", "p25", "p50", "p75", "p95",
            "baseline_mean", "arm_mean", "delta_mean", "delta_ci_low", "delta_ci_high", "mean_if_input_low",
            "mean_if_input_high");
    private static final Map<String, String> FIXED = fixedFormats();
    private static final Map<String, Unit> UNITS = units();

    private ResultsWorkbook() {
    }

    /** Writes {@code dir/results.xlsx} for the scenarios written to {@code dir}, in run order. */
    public static void write(Path dir, List<BatchSummary.Rows> scenarios, String version) throws IOException {
        OutputFiles.write(dir.resolve(FILE), temp -> {
            try (OutputStream out = Files.newOutputStream(temp); Workbook book = new Workbook(out, "scalesim", null)) {
                book.properties().setTitle("scalesim results").setSubject("scalesim " + version);
                List<ScenarioOutcomes> outcomes = scenarios.stream().map(BatchSummary::outcomes).toList();
                keyOutcomes(book, outcomes);
                for (String[] table : TABLES) {
                    List<Path> files = outcomes.stream().map(o -> dir.resolve(o.folder()).resolve(table[1]))
                            .filter(Files::isRegularFile).toList();
                    if (!files.isEmpty()) {
                        new Sheets(book, table[0]).csv(files);
                    }
                }
                Sheets batch = new Sheets(book, "batch summary");
                batch.header(BatchSummary.HEADER);
                for (BatchSummary.Rows s : scenarios) {
                    for (String[] row : s.rows()) {
                        batch.row(row);
                    }
                }
                batch.close();
            }
        });
    }

    /** One row per scenario and arm: the baseline (rank 0), then the arms by mean change in ARR. */
    private static void keyOutcomes(Workbook book, List<ScenarioOutcomes> scenarios) throws IOException {
        Sheets sheet = new Sheets(book, KEY_OUTCOMES);
        sheet.header(KEY_HEADER);
        for (ScenarioOutcomes s : scenarios) {
            List<String> arms = new ArrayList<>();
            arms.add(Arm.BASELINE);
            arms.addAll(s.ranking());
            for (int rank = 0; rank < arms.size(); rank++) {
                String arm = arms.get(rank);
                Optional<ArmOutcome> arr = s.get(arm, ScenarioOutcomes.ARR_END);
                sheet.row(new String[] {CsvTable.safe(s.scenario()), s.model(), Long.toString(s.trials()),
                    Long.toString(s.seed()), Integer.toString(rank), arm, stat(arr, ArmOutcome::mean),
                    stat(arr, ArmOutcome::p5), stat(arr, ArmOutcome::p95), stat(arr, ArmOutcome::deltaMean),
                    stat(arr, ArmOutcome::ciLow), stat(arr, ArmOutcome::ciHigh), stat(arr, ArmOutcome::pBetter),
                    stat(s.get(arm, "p_cash_out"), ArmOutcome::mean), stat(s.get(arm, "breakeven_month"), ArmOutcome::p50)});
            }
        }
        sheet.close();
    }

    private static String stat(Optional<ArmOutcome> o, ToDoubleFunction<ArmOutcome> f) {
        return o.map(x -> Numbers.format(f.applyAsDouble(x))).orElse("");
    }

    /** One table's sheets (more than one only past Excel's row limit), written as rows arrive. */
    private static final class Sheets {
        private final Workbook book;
        private final String name;
        private String[] header;
        private String[] formats;
        /** Per column, the format of the run of rows not yet styled, and the run's first row. */
        private String[] runFormat;
        private int[] runStart;
        private int metricColumn;
        private Worksheet sheet;
        private int sheets;
        private int row;

        Sheets(Workbook book, String name) {
            this.book = book;
            this.name = name;
        }

        /** Every row of the files under one header (the first file's; each file is one scenario's). */
        void csv(List<Path> files) throws IOException {
            for (Path file : files) {
                List<String[]> rows = read(file);
                if (rows.isEmpty()) {
                    continue;
                }
                if (header == null) {
                    header(rows.get(0));
                }
                for (String[] r : rows.subList(1, rows.size())) {
                    row(r);
                }
            }
            close();
        }

        void header(String[] names) {
            header = names.clone();
            formats = new String[header.length];
            runFormat = new String[header.length];
            runStart = new int[header.length];
            metricColumn = -1;
            for (int c = 0; c < header.length; c++) {
                formats[c] = FIXED.get(header[c]);
                if (header[c].equals("metric") || header[c].equals("outcome")) {
                    metricColumn = c;
                }
            }
        }

        void row(String[] cells) throws IOException {
            if (sheet == null || row > SHEET_ROWS) {
                next();
            }
            Unit unit = metricColumn < 0 || metricColumn >= cells.length ? null : UNITS.get(cells[metricColumn]);
            for (int c = 0; c < header.length; c++) {
                String cell = c < cells.length ? cells[c] : null;
                String format = null;
                if (cell != null && !cell.isEmpty()) {
                    Double number = TEXT.contains(header[c]) ? null : number(cell);
                    if (number == null) {
                        sheet.value(row, c, cell);
                    } else {
                        sheet.value(row, c, number);
                        format = OF_METRIC.contains(header[c]) ? format(unit) : formats[c];
                    }
                }
                if (!Objects.equals(format, runFormat[c])) {
                    style(c, row);
                    runFormat[c] = format;
                    runStart[c] = row;
                }
            }
            row++;
            if (row % FLUSH_ROWS == 0) {
                styleAll();
                sheet.flush();
            }
        }

        /**
         * Gives column c's run of rows [runStart, end) its number format, one range at a time:
         * styling cell by cell costs fastexcel a style merge per cell, half of the workbook's
         * time. Runs end where the format changes (a table's rows come grouped by metric), at
         * a cell without a number, and before rows are flushed to the file.
         */
        private void style(int c, int end) {
            if (runFormat[c] != null && end > runStart[c]) {
                sheet.range(runStart[c], c, end - 1, c).style().format(runFormat[c]).set();
            }
            runFormat[c] = null;
            runStart[c] = end;
        }

        private void styleAll() {
            for (int c = 0; c < header.length; c++) {
                String format = runFormat[c];
                style(c, row);
                runFormat[c] = format;
            }
        }

        private void next() throws IOException {
            finishSheet();
            sheets++;
            sheet = book.newWorksheet(sheets == 1 ? name : name + " (" + sheets + ")");
            sheet.freezePane(0, 1);
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
                sheet.style(0, c).bold().set();
                sheet.width(c, Math.max(10, Math.min(40, header[c].length() + 4)));
            }
            row = 1;
        }

        private void finishSheet() throws IOException {
            if (sheet != null) {
                for (int c = 0; c < header.length; c++) {
                    style(c, row);
                }
                sheet.setAutoFilter(0, 0, Math.max(row - 1, 1), header.length - 1);
                sheet.finish();
            }
        }

        void close() throws IOException {
            if (sheet == null && header != null) {
                next(); // a header with no rows still gets its sheet
            }
            finishSheet();
        }
    }

    /** A table cell as a number, or null when it is text (inf and -inf stay text: Excel has no infinity). */
    static Double number(String cell) {
        char first = cell.charAt(0);
        if (!(first == '-' || first == '.' || Character.isDigit(first))) {
            return null;
        }
        try {
            double v = Double.parseDouble(cell);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String format(Unit unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit) {
            case USD, USD_PER_MONTH -> MONEY;
            case FRACTION, FRACTION_PER_MONTH, FRACTION_PER_YEAR -> PERCENT;
            case COUNT, COUNT_PER_MONTH, COUNT_PER_YEAR -> COUNT;
            case MONTHS -> MONTHS;
            default -> null;
        };
    }

    private static Map<String, String> fixedFormats() {
        Map<String, String> f = new HashMap<>();
        for (String c : List.of("p_better", "p_reached", "p_cash_out")) {
            f.put(c, PERCENT);
        }
        for (String c : List.of("revenue", "cogs", "cost", "arr_mean", "arr_p5", "arr_p95", "delta_arr",
                "delta_arr_mean", "delta_arr_ci_low", "delta_arr_ci_high", "sum_of_parts", "interaction",
                "interaction_ci_low", "interaction_ci_high")) {
            f.put(c, MONEY);
        }
        for (String c : List.of("revenue_per_use", "cogs_per_use", "gross_profit_per_use", "revenue_per_customer_month",
                "cogs_per_customer_month")) {
            f.put(c, MONEY_CENTS);
        }
        for (String c : List.of("trials", "trials_analysed", "trials_run", "uses", "customer_months")) {
            f.put(c, COUNT);
        }
        f.put("breakeven_month_p50", MONTHS);
        return Map.copyOf(f);
    }

    private static Map<String, Unit> units() {
        Map<String, Unit> units = new HashMap<>();
        Stream.concat(Outcomes.ALL.stream(), CoreMetrics.ALL.stream()).forEach((Metric m) -> units.put(m.id(), m.unit()));
        return Map.copyOf(units);
    }

    private static List<String[]> read(Path csv) throws IOException {
        return CsvTable.read(csv);
    }
}
