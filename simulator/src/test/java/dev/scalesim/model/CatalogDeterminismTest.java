package dev.scalesim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalesim.cli.Main;
import dev.scalesim.support.Repo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model's tables depend on (scenario, seed) only: the example file run on one thread and
 * on three gives byte-identical CSVs (three threads over 1,200 trials split the blocks unevenly).
 */
class CatalogDeterminismTest {
    static List<String> models() {
        return Catalog.ids();
    }

    @ParameterizedTest
    @MethodSource("models")
    void oneThreadOrThreeGiveTheSameTables(String model, @TempDir Path dir) throws Exception {
        Path file = Repo.scenarios().resolve(model + ".csv");
        for (int threads : new int[] {1, 3}) {
            StringWriter err = new StringWriter();
            int code = Main.execute(new String[] {"run", file.toString(), "--trials", "1200", "--months", "18",
                "--threads", Integer.toString(threads), "--out", dir.resolve("t" + threads).toString(), "--quiet",
                "--no-charts"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertEquals(Main.OK, code, err.toString());
        }
        try (var scenarios = Files.list(dir.resolve("t1"))) {
            for (Path folder : scenarios.filter(Files::isDirectory).toList()) {
                for (String table : List.of("summary.csv", "monthly.csv", "solutions.csv", "ledger.csv")) {
                    Path other = dir.resolve("t3").resolve(folder.getFileName()).resolve(table);
                    assertArrayEquals(Files.readAllBytes(folder.resolve(table)), Files.readAllBytes(other),
                            model + " " + folder.getFileName() + "/" + table);
                }
            }
        }
    }
}
