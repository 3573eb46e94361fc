package dev.scalesim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.cli.Main;
import dev.scalesim.kernel.Engine;
import dev.scalesim.support.Repo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
 * depend on (scenario, seed) only: run on one thread and on three it gives byte-identical CSVs.
 * 700 trials are two blocks of unequal size ({@link Engine#BLOCK} = 500, then 200), so on three
 * threads the second block finishes first and is merged out of completion order.
 * The suite's longest class: its cases are independent runs and share the test threads.
 */
@Execution(ExecutionMode.CONCURRENT)
class CatalogDeterminismTest {
    private static final int TRIALS = 700;

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
        Path file = Repo.scenarios().resolve(name);
        for (int threads : new int[] {1, 3}) {
            StringWriter err = new StringWriter();
            int code = Main.execute(new String[] {"run", file.toString(), "--trials", Integer.toString(TRIALS),
                "--months", "18",
                "--threads", Integer.toString(threads), "--out", dir.resolve("t" + threads).toString(), "--quiet",
                "--no-charts"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertEquals(Main.OK, code, err.toString());
        }
        try (var scenarios = Files.list(dir.resolve("t1"))) {
            for (Path folder : scenarios.filter(Files::isDirectory).toList()) {
                for (String table : List.of("summary.csv", "monthly.csv", "solutions.csv", "ledger.csv")) {
                    Path other = dir.resolve("t3").resolve(folder.getFileName()).resolve(table);
                    assertArrayEquals(Files.readAllBytes(folder.resolve(table)), Files.readAllBytes(other),
                            name + " " + folder.getFileName() + "/" + table);
                }
            }
        }
    }
}
