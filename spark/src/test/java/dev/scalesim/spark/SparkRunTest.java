package dev.scalesim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.batch.Cluster;
import dev.scalesim.scenario.RunSettings;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.ScenarioFile;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --spark local[2]} against the local engine, in this JVM: the same bytes in every
 * table and manifest (timings aside), whatever the number of tasks per round.
 */
class SparkRunTest {
    @TempDir
    Path dir;

    private void sameAsLocal(List<String> args, String tasks) throws IOException {
        Path local = dir.resolve("local-" + tasks);
        Path spark = dir.resolve("spark-" + tasks);
        String[] base = args.toArray(String[]::new);
        Runs.Result l = Runs.cli(concat(base, "--out", local.toString()));
        assertEquals(0, l.exit(), l.err());
        Runs.Result s = Runs.cliWith(SparkCluster.TASKS, tasks,
                concat(base, "--out", spark.toString(), "--spark", "local[2]"));
        assertEquals(0, s.exit(), s.err());
        Map<String, String> expected = Runs.contents(local);
        Map<String, String> actual = Runs.contents(spark);
        assertEquals(expected.keySet(), actual.keySet());
        for (String f : expected.keySet()) {
            assertEquals(expected.get(f), actual.get(f), f + " differs with " + tasks + " tasks per round");
        }
        assertTrue(Files.readString(spark.resolve(firstManifest(spark))).contains("\"engine\": \"spark local[2]\""));
    }

    private static String firstManifest(Path out) throws IOException {
        try (var all = Files.walk(out)) {
            return out.relativize(all.filter(p -> p.endsWith("manifest.json")).findFirst().orElseThrow()).toString();
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /**
     * Every model's example file (and the decision-analytics one: Latin hypercube with
     * correlations, a plan search, a precision target), 700 trials: a partial last block.
     */
    @Test
    void everyExampleFileGivesTheLocalEnginesBytes() throws IOException {
        sameAsLocal(List.of("run", Runs.REPO.resolve("scenarios").toString(), "--trials", "700", "--months", "12",
                "--no-charts", "--quiet"), "0");
    }

    /** 8 blocks (the last of 200 trials) cut into 1, 2, 3 and 7 tasks; each merged in block order. */
    @Test
    void tasksPerRoundDoNotChangeTheBytes() throws IOException {
        Path file = dir.resolve("small.csv");
        Files.writeString(file, """
                scenario,model,months,trials,seed,solutions,monthly_churn
                small,subscription-saas,12,3700,5,faster-onboarding;customer-success,2% to 5%
                """);
        for (String tasks : List.of("1", "2", "3", "7")) {
            sameAsLocal(List.of("run", file.toString(), "--no-charts", "--quiet"), tasks);
        }
    }

    /**
     * A precision target that stops between rounds, Latin hypercube with correlated inputs and a
     * plan search, each through Spark jobs on the local engine's schedule.
     */
    @Test
    void roundsSamplingAndPlanSearchGiveTheLocalEnginesBytes() throws IOException {
        Path file = dir.resolve("analytics.csv");
        Files.writeString(file, """
                scenario,model,months,trials,seed,solutions,monthly_churn,cac,sampling,correlations,plan_search,plan_budget,precision
                sure,subscription-saas,12,20000,3,faster-onboarding;customer-success,3% to 6%,$250 to $600,mc,,,,arr_end:4%
                drivers,subscription-saas,12,1300,7,faster-onboarding,3% to 6%,$250 to $600,lhs,cac~monthly_churn=0.5,,,
                plans,subscription-saas,12,900,7,faster-onboarding;customer-success;pricing-optimization,3% to 6%,$250 to $600,mc,,all,1.5M,
                """);
        sameAsLocal(List.of("run", file.toString(), "--no-charts", "--quiet"), "3");
        String sure = Files.readString(dir.resolve("spark-3/sure/manifest.json"));
        assertFalse(sure.contains("\"trials\": 20000"), "the precision target must stop before the cap: " + sure);
    }

    /**
     * An absolute {@code solutions_file} cell: an executor reads the file from the bundle, not
     * from the driver's path, which a cluster node does not have. The bundle is read here with
     * the file moved away; that read is what this JVM's executors use for the bundle (cached by
     * its content), so the local[2] run that follows, the file back in place for its driver,
     * runs the scenarios read without it, and must give the local engine's bytes.
     */
    @Test
    void anAbsoluteSolutionsFileIsReadFromTheBundle() throws Exception {
        Path mine = dir.resolve("elsewhere/mine.csv").toAbsolutePath();
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, """
                solution,title,target,param,op,size,start,ramp,when,one_time_cost,monthly_cost
                upsell-bot,Premium bot upsell,arr_end,price,scale,"pert(1.05,1.1,1.2)",3,6,,50k,5k
                brake,Brake ads while payback is slow,cash_min,marketing_budget,set,0,1,0,cac_payback > 12,,
                """);
        Path file = dir.resolve("absolute.csv").toAbsolutePath();
        Files.writeString(file, "scenario,model,months,trials,seed,solutions_file,solutions,plans\n"
                + "a,subscription-saas,12,700,3," + mine + ",upsell-bot;brake;customer-success,both=upsell-bot+brake\n");
        // what the driver reads, as RunCommand reads it and hands it to the cluster
        List<Path> read = new ArrayList<>();
        List<Scenario> driver = ScenarioFile.readAll(List.of(file), null, read::add);
        assertEquals(List.of(file, mine), read);
        InputBundle bundle = InputBundle.of(new Cluster.Inputs(List.of(file), null, read, RunSettings.NONE, driver));
        Path away = dir.resolve("away.csv");
        Files.move(mine, away);
        List<Scenario> executor = bundle.scenarios();
        assertEquals(1, executor.size());
        Scenario d = driver.get(0);
        Scenario e = executor.get(0);
        assertEquals(List.of(d.name(), d.fileSha256(), d.rowSha256()), List.of(e.name(), e.fileSha256(), e.rowSha256()));
        assertEquals(d.simulation().arms(), e.simulation().arms());
        assertTrue(e.simulation().arms().stream().anyMatch(a -> a.name().equals("plan:both")));
        Files.move(away, mine);
        sameAsLocal(List.of("run", file.toString(), "--no-charts", "--quiet"), "2");
    }

    /** A report written by one engine is kept by a --resume on the other, and the other way round. */
    @Test
    void resumeKeepsReportsWrittenByTheOtherEngine() throws IOException {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "scenario,model,months,trials,seed\nr,subscription-saas,12,600,9\n");
        Path out = dir.resolve("out");
        assertEquals(0, Runs.cli("run", file.toString(), "--out", out.toString(), "--no-charts").exit());
        Runs.Result spark = Runs.cli("run", file.toString(), "--out", out.toString(), "--no-charts", "--resume",
                "--spark", "local[2]");
        assertEquals(0, spark.exit(), spark.err());
        assertTrue(spark.out().contains("(1 skipped)"), spark.out());
        Path out2 = dir.resolve("out2");
        assertEquals(0, Runs.cli("run", file.toString(), "--out", out2.toString(), "--no-charts", "--spark",
                "local[1]").exit());
        Runs.Result local = Runs.cli("run", file.toString(), "--out", out2.toString(), "--no-charts", "--resume");
        assertTrue(local.out().contains("(1 skipped)"), local.out());
    }

    /** No master listening: one line (what, the master URL, how to resume), exit 1, nothing written. */
    @Test
    void anUnreachableMasterIsOneLineAndWritesNothing() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String master = "spark://127.0.0.1:" + port;
        Path out = dir.resolve("never");
        Runs.Result r = Runs.cli("run", Runs.REPO.resolve("scenarios/subscription-saas.csv").toString(), "--out",
                out.toString(), "--spark", master);
        assertEquals(1, r.exit(), r.err());
        List<String> lines = Runs.scalesimLines(r.err());
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).contains(master) && lines.get(0).contains("resume with: scalesim run"), lines.get(0));
        assertFalse(Files.exists(out));
    }

    /** Bad input is refused before anything reaches Spark: the usual messages, exit 2. */
    @Test
    void badInputIsRefusedBeforeSparkStarts() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "scenario,model\nb,subscription-sass\n");
        Runs.Result r = Runs.cli("run", file.toString(), "--out", dir.resolve("o").toString(), "--spark",
                "spark://127.0.0.1:1");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("subscription-saas"), r.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }
}
