package dev.scalesim.report;

import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.report.chart.ArmOutcome;
import dev.scalesim.report.chart.ScenarioOutcomes;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.stats.PairedDelta;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code batch-summary.csv}: one morning-after table across every scenario of a run, one row
 * per scenario, arm and outcome, with the paired effect against that scenario's baseline.
 */
public final class BatchSummary {
    static final String[] HEADER = {"file", "scenario", "model", "arm", "metric", "mean", "p5", "p50", "p95",
        "delta_mean", "delta_ci_low", "delta_ci_high", "p_better", "trials", "seed",
        // appended after the contract's columns: the spread of the paired change across futures
        "p_equal", "p_worse", "delta_p5", "delta_p50", "delta_p95"};

    /** The rows of one scenario, kept as text so a run does not hold every scenario's results. */
    public record Rows(String scenario, List<String[]> rows) {
    }

    private BatchSummary() {
    }

    public static Rows rows(Scenario s, Results r) {
        List<String[]> rows = new ArrayList<>();
        for (int a = 0; a < r.arms().size(); a++) {
            for (int o = 0; o < Outcomes.COUNT; o++) {
                PairedDelta d = a == 0 ? null : r.paired(a, o);
                rows.add(new String[] {
                    CsvTable.safe(s.file().getFileName().toString()), CsvTable.safe(s.name()), s.model().id(),
                    CsvTable.safe(r.arms().get(a).name()), r.outcomes().get(o).id(),
                    Numbers.format(r.outcomeMean(a, o)), Numbers.quantile(r.outcomeQuantile(a, o, 0.05)),
                    Numbers.quantile(r.outcomeQuantile(a, o, 0.5)), Numbers.quantile(r.outcomeQuantile(a, o, 0.95)),
                    d == null ? "" : Numbers.format(d.deltaMean()), d == null ? "" : Numbers.format(d.ciLow()),
                    d == null ? "" : Numbers.format(d.ciHigh()), d == null ? "" : Numbers.format(d.pBetter()),
                    Long.toString(r.outcomeCount(a, o)), Long.toString(r.simulation().seed()),
                    d == null ? "" : Numbers.format(d.pEqual()), d == null ? "" : Numbers.format(d.pWorse()),
                    d == null ? "" : Numbers.quantile(d.p5()), d == null ? "" : Numbers.quantile(d.p50()),
                    d == null ? "" : Numbers.quantile(d.p95())});
            }
        }
        return new Rows(s.name(), rows);
    }

    /** The rows of a scenario whose report already exists (a resumed run), read from its tables. */
    public static Rows fromReport(Scenario s, Path folder) throws IOException {
        Map<String, String[]> deltas = new HashMap<>();
        for (String[] row : read(folder.resolve("solutions.csv"))) {
            deltas.put(row[1] + "\u0000" + row[2], row);
        }
        List<String[]> rows = new ArrayList<>();
        for (String[] row : read(folder.resolve("summary.csv"))) {
            String[] d = deltas.get(row[1] + "\u0000" + row[2]);
            rows.add(new String[] {CsvTable.safe(s.file().getFileName().toString()), CsvTable.safe(s.name()),
                s.model().id(), row[1], row[2], row[3], row[5], row[7], row[9],
                d == null ? "" : d[5], d == null ? "" : d[6], d == null ? "" : d[7], d == null ? "" : d[8],
                row[10], Long.toString(s.simulation().seed()), cell(d, 9), cell(d, 10), cell(d, 11), cell(d, 12),
                cell(d, 13)});
        }
        return new Rows(s.name(), rows);
    }

    /** A cell of a solutions.csv row, blank when the row is missing or from a version without it. */
    private static String cell(String[] row, int i) {
        return row == null || row.length <= i || row[i] == null ? "" : row[i];
    }

    /** The rows of one scenario as numbers, for the index and the comparison chart. */
    public static ScenarioOutcomes outcomes(Rows scenario) {
        List<ArmOutcome> outcomes = new ArrayList<>();
        String model = "";
        long seed = 0;
        for (String[] row : scenario.rows()) {
            model = row[2];
            seed = Long.parseLong(row[14]);
            // arm cells went through CsvTable.safe, which leaves arm names (ids, plan:<name>) as they are
            outcomes.add(new ArmOutcome(row[3], row[4], number(row[5]), number(row[6]), number(row[7]), number(row[8]),
                    number(row[9]), number(row[10]), number(row[11]), number(row[12]), number(row[15]),
                    number(row[16]), number(row[17]), number(row[19]), Long.parseLong(row[13])));
        }
        return new ScenarioOutcomes(scenario.scenario(), Folders.forScenario(scenario.scenario()), model, seed, outcomes);
    }

    /** A number as {@link Numbers} wrote it: blank is undefined. */
    private static double number(String cell) {
        return switch (cell) {
            case "" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(cell);
        };
    }

    private static List<String[]> read(Path csv) throws IOException {
        List<String[]> all = CsvTable.read(csv);
        return all.isEmpty() ? all : all.subList(1, all.size()); // the header row
    }

    public static void write(Path file, List<Rows> scenarios) throws IOException {
        OutputFiles.write(file, temp -> {
            try (CsvTable t = new CsvTable(temp, HEADER)) {
                for (Rows s : scenarios) {
                    for (String[] row : s.rows()) {
                        for (String cell : row) {
                            t.raw(cell);
                        }
                        t.endRow();
                    }
                }
            }
        });
    }
}
