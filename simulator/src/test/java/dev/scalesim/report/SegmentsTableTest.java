package dev.scalesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.cli.Main;
import dev.scalesim.kernel.SegmentFields;
import dev.scalesim.support.Cli;
import dev.scalesim.support.Csv;
import dev.scalesim.support.Scenarios;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code segments.csv}: each month's segment rows, the unallocated rest included, add up to the
 * totals of {@code monthly.csv} (every trial's rows add up exactly, so the means do too, up to
 * the tables' ten digits); a two-segment freemium model and a marketplace, whose take rate no
 * segment owns.
 */
class SegmentsTableTest {
    @TempDir
    static Path dir;
    private static Path out;

    @BeforeAll
    static void run() {
        Path file = Scenarios.write(dir, "segments.csv", "scenario,model,months,trials,seed,solutions",
                "genai,generative-ai-saas,12,400,5,retention-program",
                "market,ai-marketplace,12,400,6,");
        out = dir.resolve("out");
        Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString(), "--quiet", "--no-charts", "--no-deck");
        assertEquals(Main.OK, r.code(), r.printed());
    }

    @Test
    void segmentMeansAddUpToTheMonthlyTotals() throws Exception {
        for (String scenario : List.of("genai", "market")) {
            Map<String, Double> totals = new HashMap<>();
            List<String[]> monthly = Csv.read(out.resolve(scenario).resolve("monthly.csv"));
            for (String[] row : monthly.subList(1, monthly.size())) {
                totals.put(row[1] + "|" + row[2] + "|" + row[3], row[4].isEmpty() ? Double.NaN : parse(row[4]));
            }
            List<String[]> rows = Csv.read(out.resolve(scenario).resolve(Tables.SEGMENTS));
            assertEquals(List.of("scenario", "arm", "segment", "month", "metric", "mean", "p5", "p25", "p50", "p75",
                    "p95"), List.of(rows.get(0)));
            Map<String, Double> sums = new HashMap<>();
            for (String[] row : rows.subList(1, rows.size())) {
                sums.merge(row[1] + "|" + row[3] + "|" + row[4], parse(row[5]), Double::sum);
                if (row[2].equals(SegmentFields.UNALLOCATED) && row[4].endsWith("customers")) {
                    assertEquals("0", row[5], "customers belong to segments: " + String.join(",", row));
                }
                assertTrue(parse(row[6]) <= parse(row[8]) && parse(row[8]) <= parse(row[10]), String.join(",", row));
            }
            long arms = monthly.stream().skip(1).map(row -> row[1]).distinct().count();
            assertTrue(arms >= 2, scenario + ": a solution besides the baseline");
            assertEquals(arms * 12 * SegmentFields.COUNT, sums.size(), scenario + ": every arm, month and field");
            sums.forEach((key, sum) -> {
                double total = totals.get(key);
                assertEquals(total, sum, 1e-8 * Math.max(1, Math.abs(total)), scenario + " " + key);
            });
        }
    }

    @Test
    void revenueNoSegmentOwnsIsUnallocated() throws Exception {
        double marketplace = 0;
        for (String[] row : Csv.read(out.resolve("market").resolve(Tables.SEGMENTS))) {
            if (row[2].equals(SegmentFields.UNALLOCATED) && row[4].equals("mrr") && row[3].equals("12")) {
                marketplace = parse(row[5]);
            }
        }
        assertTrue(marketplace > 0, "the take rate is recurring revenue of no segment");
    }

    private static double parse(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }
}
