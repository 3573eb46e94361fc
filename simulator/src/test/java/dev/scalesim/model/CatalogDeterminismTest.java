package dev.scalesim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.analysis.Analyses;
import dev.scalesim.kernel.Engine;
import dev.scalesim.report.AnalyticsTables;
import dev.scalesim.report.ReportOptions;
import dev.scalesim.report.ReportWriter;
import dev.scalesim.report.Tables;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.ScenarioFile;
import dev.scalesim.support.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped scenario file (each model's, and the worked examples) runs, and its tables
 * depend on (scenario, seed) only: every row, analysed on one thread and on three, gives
 * byte-identical CSVs. 700 trials are two blocks of unequal size ({@link Engine#BLOCK} = 500,
 * then 200), so on three threads the second block finishes first and is merged out of
 * completion order.
 *
 * <p>Compared at the engine level (the row's analyses, then its report's tables), not through
 * {@code scalesim run}: what the command adds (scenarios of a batch sharing one pool, the
 * batch summary, index.html and results.xlsx) is checked against thread counts by BatchTest,
 * AnalyticsReportTest and cli.DeterminismTest, and cost this class about an eighth of its CPU time.
 */
@Execution(ExecutionMode.CONCURRENT)
class CatalogDeterminismTest {
    private static final int TRIALS = 700;
    private static final List<String> TABLES = List.of("summary.csv", "monthly.csv", Tables.SEGMENTS,
            "solutions.csv", "ledger.csv");
    /** Written where the row's analyses ask for them. */
    private static final List<String> ANALYTICS = List.of(AnalyticsTables.SENSITIVITY, AnalyticsTables.MILESTONES,
            AnalyticsTables.PLANS);

    static List<String> files() throws IOException {
        try (Stream<Path> all = Files.list(Repo.scenarios())) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }

    @Test
    void theTrialsMakeTwoUnequalBlocks() {
        assertTrue(TRIALS > Engine.BLOCK && TRIALS < 2 * Engine.BLOCK, "two blocks, the second smaller");
    }

    @ParameterizedTest
    @MethodSource("files")
    void oneThreadOrThreeGiveTheSameTables(String name, @TempDir Path dir) throws Exception {
        List<Scenario> rows = ScenarioFile.read(Repo.scenarios().resolve(name));
        assertFalse(rows.isEmpty(), name);
        for (Scenario row : rows) {
            Scenario s = row.withRun(18, TRIALS, null);
            Path one = ReportWriter.write(dir.resolve("t1"), s, Analyses.run(s, 1), new ReportOptions("test", 1, false));
            Path three = ReportWriter.write(dir.resolve("t3"), s, Analyses.run(s, 3), new ReportOptions("test", 3, false));
            for (String table : TABLES) {
                assertArrayEquals(Files.readAllBytes(one.resolve(table)), Files.readAllBytes(three.resolve(table)),
                        name + " " + s.name() + "/" + table);
            }
            for (String optional : ANALYTICS) {
                assertEquals(Files.exists(one.resolve(optional)), Files.exists(three.resolve(optional)), optional);
                if (Files.exists(one.resolve(optional))) {
                    assertArrayEquals(Files.readAllBytes(one.resolve(optional)),
                            Files.readAllBytes(three.resolve(optional)), name + " " + s.name() + "/" + optional);
                }
            }
        }
    }
}
