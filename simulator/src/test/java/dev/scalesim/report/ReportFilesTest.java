package dev.scalesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.cli.Main;
import dev.scalesim.support.Cli;
import dev.scalesim.support.Csv;
import dev.scalesim.support.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** Report files: numbers in every locale, and a re-run replacing a report without leftovers. */
@Isolated
class ReportFilesTest {
    private Locale saved;

    @BeforeEach
    void saveLocale() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    private static Path scenario(Path dir) {
        return Scenarios.write(dir, "report.csv", "scenario,model,months,trials,seed,plans,price,starting_cash",
                "alpha,subscription-saas,6,300,1,both=customer-success+localization,\"$1,234.5\",$50k",
                "beta,subscription-saas,6,300,2,,0.5,1.5M");
    }

    @Test
    void numbersUseADotWhateverTheLocale(@TempDir Path dir) throws Exception {
        Locale.setDefault(Locale.GERMANY);
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("run", scenario(dir).toString(), "--out", out.toString(), "--quiet", "--no-charts");
        assertEquals(Main.OK, r.code(), r.printed());
        Set<String> text = Set.of("file", "scenario", "model", "arm", "metric");
        int fractions = 0;
        for (Path table : List.of(out.resolve("batch-summary.csv"), out.resolve("alpha/summary.csv"),
                out.resolve("alpha/monthly.csv"), out.resolve("alpha/solutions.csv"), out.resolve("beta/summary.csv"))) {
            assertFalse(Files.readString(table).contains("\""), table + ": nothing needed quoting");
            List<String[]> rows = Csv.read(table);
            String[] header = rows.get(0);
            for (String[] row : rows.subList(1, rows.size())) {
                assertEquals(header.length, row.length, table.toString());
                for (int c = 0; c < header.length; c++) {
                    if (!text.contains(header[c]) && !row[c].isEmpty()) {
                        assertTrue(row[c].matches("-?\\d+(\\.\\d+)?"), table + " " + header[c] + ": '" + row[c] + "'");
                        fractions += row[c].contains(".") ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(fractions > 100, "decimals were written, with a dot");
        String manifest = Files.readString(out.resolve("alpha/manifest.json"));
        assertTrue(manifest.contains("\"value\": \"1234.5\""), "the manifest's numbers too");
    }

    @Test
    void reRunningReplacesTheReportAndLeavesNothingBehind(@TempDir Path dir) throws Exception {
        Path file = scenario(dir);
        Path out = dir.resolve("out");
        Cli.Result first = Cli.run("run", file.toString(), "--out", out.toString(), "--quiet", "--no-charts");
        assertEquals(Main.OK, first.code(), first.printed());
        Files.writeString(out.resolve("alpha/stale.txt"), "from an older report");
        Cli.Result second = Cli.run("run", file.toString(), "--out", out.toString(), "--trials", "200", "--quiet",
                "--no-charts");
        assertEquals(Main.OK, second.code(), second.printed());
        try (Stream<Path> children = Files.list(out)) {
            assertEquals(Set.of("alpha", "beta", "batch-summary.csv", "index.html", "results.xlsx", "run.log"),
                    Set.copyOf(children.map(p -> p.getFileName().toString()).toList()), "no .partial or .old folders, and no lock file left");
        }
        try (Stream<Path> files = Files.list(out.resolve("alpha"))) {
            assertEquals(Set.of("summary.csv", "monthly.csv", "segments.csv", "solutions.csv", "ledger.csv", "sensitivity.csv",
                    "manifest.json"),
                    Set.copyOf(files.map(p -> p.getFileName().toString()).toList()), "the old folder was replaced whole");
        }
        List<String[]> summary = Csv.read(out.resolve("alpha/summary.csv"));
        assertEquals("200", summary.get(1)[10], "the second run's trials");
    }
}
