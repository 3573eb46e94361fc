package dev.scalesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.cli.Main;
import dev.scalesim.support.Cli;
import dev.scalesim.support.Csv;
import dev.scalesim.support.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from a scenario file never runs as a spreadsheet formula: a cell starting with =, +, -,
 * @, tab or carriage return gets a leading quote, while numbers, negative ones included, stay
 * numbers.
 */
class CsvInjectionTest {
    private static final String HYPERLINK = "=HYPERLINK(\"http://x\")";
    private static final String SUM = "@SUM(A1)";
    private static final Set<String> TEXT_COLUMNS = Set.of("file", "scenario", "model", "arm", "metric");

    @Test
    void safeNeutralizesFormulaStartsOnly() {
        assertEquals("'=1+1", CsvTable.safe("=1+1"));
        assertEquals("'+1", CsvTable.safe("+1"));
        assertEquals("'-1", CsvTable.safe("-1"));
        assertEquals("'@SUM(A1)", CsvTable.safe("@SUM(A1)"));
        assertEquals("'\tx", CsvTable.safe("\tx"));
        assertEquals("'\rx", CsvTable.safe("\rx"));
        assertEquals("plain = text", CsvTable.safe("plain = text"));
        assertEquals("", CsvTable.safe(""));
        assertEquals("", CsvTable.safe(null));
    }

    @Test
    void hostileScenarioNamesEndUpAsTextWhileNumbersStayNumbers(@TempDir Path dir) throws Exception {
        Path file = Scenarios.write(dir, "=evil.csv",
                "scenario,model,months,trials,seed,solutions,starting_cash,fixed_costs",
                "\"=HYPERLINK(\"\"http://x\"\")\",subscription-saas,6,100,1,customer-success,0,200k",
                SUM + ",subscription-saas,6,100,2,none,0,200k");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString(), "--quiet", "--no-charts");
        assertEquals(Main.OK, r.code(), r.printed());

        int negatives = 0;
        List<String[]> batch = Csv.read(out.resolve("batch-summary.csv"));
        negatives += checkTable(batch, Set.of("'" + HYPERLINK, "'" + SUM));
        assertTrue(batch.stream().skip(1).allMatch(row -> row[0].equals("'=evil.csv")), "the file column too");
        try (var folders = Files.list(out)) {
            List<Path> reports = folders.filter(Files::isDirectory).toList();
            assertEquals(2, reports.size(), reports.toString());
            for (Path report : reports) {
                for (String table : List.of("summary.csv", "monthly.csv", "solutions.csv")) {
                    negatives += checkTable(Csv.read(report.resolve(table)), Set.of("'" + HYPERLINK, "'" + SUM));
                }
            }
        }
        assertTrue(negatives > 0, "with no cash and $200k a month of costs some numbers are negative");
    }

    /** Checks every cell of a table; returns how many negative numbers it holds. */
    private static int checkTable(List<String[]> rows, Set<String> names) {
        String[] header = rows.get(0);
        int negatives = 0;
        for (String[] row : rows.subList(1, rows.size())) {
            for (int c = 0; c < header.length; c++) {
                String cell = row[c];
                if (header[c].equals("scenario")) {
                    assertTrue(names.contains(cell), "scenario cell " + cell);
                } else if (TEXT_COLUMNS.contains(header[c])) {
                    assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, header[c] + ": " + cell);
                } else if (!cell.isEmpty()) {
                    assertTrue(cell.matches("-?\\d+(\\.\\d+)?"), header[c] + " is a plain number: '" + cell + "'");
                    if (cell.startsWith("-")) {
                        negatives++;
                    }
                }
            }
        }
        return negatives;
    }
}
