package dev.scalesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Engine;
import dev.scalesim.support.Cli;
import dev.scalesim.support.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables depend on (scenario, seed) only: the same file on 1, 2 and 4 threads gives
 * byte-identical CSVs, a second run with the same seed too, and another seed differs. The file
 * has two scenarios with several arms (solutions and plans) and 1,700 trials, so four blocks of
 * {@value Engine#BLOCK}, the last one partial, are merged.
 */
class DeterminismTest {
    private static final List<String> TABLES = List.of("summary.csv", "monthly.csv", "segments.csv", "solutions.csv");
    private static final int TRIALS = 1_700;

    @TempDir
    static Path dir;
    private static Path file;

    @BeforeAll
    static void scenario() {
        assertTrue(TRIALS > 3 * Engine.BLOCK && TRIALS % Engine.BLOCK != 0);
        file = Scenarios.write(dir, "determinism.csv",
                "scenario,model,months,trials,seed,challenges,solutions,plans,price,monthly_churn",
                "saas,subscription-saas,18," + TRIALS + ",11,all,all,grow=faster-onboarding+customer-success;"
                        + "all=faster-onboarding+customer-success+continuous-innovation+localization,49,3% to 6%",
                "lean,subscription-saas,18," + TRIALS + ",12,rising-cac,customer-success;localization,"
                        + "both=customer-success+localization,99,\"pert(2%,3%,5%)\"");
    }

    private static Path run(String name, String... extra) {
        Path out = dir.resolve(name);
        String[] args = {"run", file.toString(), "--out", out.toString(), "--quiet", "--no-charts"};
        Cli.Result r = Cli.run(concat(args, extra));
        assertEquals(Main.OK, r.code(), r.printed());
        return out;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Every table of both scenarios and the batch summary, as bytes, in a fixed order. */
    private static List<byte[]> tables(Path out) throws IOException {
        List<byte[]> all = new ArrayList<>();
        for (String scenario : List.of("saas", "lean")) {
            for (String table : TABLES) {
                all.add(Files.readAllBytes(out.resolve(scenario).resolve(table)));
            }
        }
        all.add(Files.readAllBytes(out.resolve("batch-summary.csv")));
        return all;
    }

    private static void assertIdentical(List<byte[]> expected, List<byte[]> actual, String what) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), what + ": table " + i);
        }
    }

    @Test
    void threadCountDoesNotChangeAByte() throws IOException {
        List<byte[]> one = tables(run("threads-1", "--threads", "1"));
        assertIdentical(one, tables(run("threads-2", "--threads", "2")), "2 threads vs 1");
        assertIdentical(one, tables(run("threads-4", "--threads", "4")), "4 threads vs 1");
        // The tables are real: seven arms, every trial counted.
        String summary = Files.readString(dir.resolve("threads-1/saas/summary.csv"));
        assertTrue(summary.contains("saas,plan:all,arr_end,"), summary.substring(0, 300));
        assertTrue(summary.contains("," + TRIALS + "\n"), "trials column");
    }

    @Test
    void theSameSeedTwiceIsIdenticalAndAnotherSeedDiffers() throws IOException {
        List<byte[]> first = tables(run("seed-a", "--threads", "2"));
        assertIdentical(first, tables(run("seed-b", "--threads", "2")), "the same run twice");
        List<byte[]> other = tables(run("seed-other", "--threads", "2", "--seed", "12345"));
        for (int i = 0; i < first.size(); i++) {
            assertFalse(Arrays.equals(first.get(i), other.get(i)), "another seed changes table " + i);
        }
    }
}
