package dev.scalesim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scalesim.cli.Main;
import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.report.Manifest;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.Studies;
import dev.scalesim.support.Cli;
import dev.scalesim.support.Csv;
import dev.scalesim.support.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precision-driven runs stop at the first checkpoint of the fixed schedule where the target is
 * met (known answer: the run with the previous checkpoint's trial count does not meet it), give
 * exactly the results of a fixed run of that many trials, do not depend on threads, stop at the
 * cap when the target cannot be met, and record what they reached in the manifest. Everything
 * here is deterministic (no tolerance): the rule reads exact moments at fixed trial counts.
 */
class PrecisionTest {
    private static final String HEADER = "scenario,model,months,trials,seed,solutions,precision";

    private static Scenario scenario(Path dir, String solutions, String precision, int cap) throws Exception {
        return Scenarios.compile(dir, HEADER, "p,subscription-saas,12," + cap + ",21," + solutions + "," + precision).get(0);
    }

    /** Trial counts at which a rule is checked, up to the cap. */
    static List<Long> checkpoints(long cap) {
        List<Long> out = new ArrayList<>();
        int blocks = (int) ((cap + Engine.BLOCK - 1) / Engine.BLOCK);
        for (int limit = Math.min(blocks, Engine.ROUND_BLOCKS); ; limit = Math.min(blocks, Engine.nextRound(limit))) {
            out.add(Math.min(cap, (long) limit * Engine.BLOCK));
            if (limit == blocks) {
                return out;
            }
        }
    }

    private static Results fixed(Scenario s, long trials) {
        return Engine.run(s.withRun(null, (int) trials, null).simulation(), 2);
    }

    /** Without other arms the target is on the baseline's mean, which needs several rounds here. */
    @Test
    void stopsAtTheFirstCheckpointThatMeetsTheTarget(@TempDir Path dir) throws Exception {
        Scenario s = scenario(dir, "none", "arr_end:1%", 40_000);
        Analysed a = Analyses.run(s, 2);
        Precision.Reached reached = a.precision();
        long used = a.results().trials();
        assertTrue(checkpoints(40_000).contains(used), used + " is a checkpoint");
        assertTrue(used > checkpoints(40_000).get(0), "the target needs more than one round here: " + reached);
        assertEquals("precision", reached.met());
        assertTrue(reached.halfWidthReached() <= reached.halfWidthAsked(), reached.toString());
        assertEquals(0.01 * Math.abs(a.results().outcomeMean(0, Outcomes.ARR_END)), reached.halfWidthAsked(), 1e-6);

        long previous = checkpoints(40_000).get(checkpoints(40_000).indexOf(used) - 1);
        Precision rule = new Precision(s.studies().precision());
        Precision.Reached before = rule.reached(fixed(s, previous));
        assertTrue(before.halfWidthReached() > before.halfWidthAsked() && !before.rankingSettled(),
                "not met one checkpoint earlier: " + before);

        Results same = fixed(s, used);
        for (int arm = 0; arm < same.arms().size(); arm++) {
            assertEquals(same.outcomeMean(arm, Outcomes.ARR_END), a.results().outcomeMean(arm, Outcomes.ARR_END), 0.0,
                    "a precision run is the fixed run of the trials it used");
        }
    }

    /** With arms, the widest of their paired intervals is what must be narrow enough. */
    @Test
    void withArmsTheWidestPairedIntervalCounts(@TempDir Path dir) throws Exception {
        Scenario s = scenario(dir, "faster-onboarding;pricing-optimization", "arr_end:5%", 40_000);
        Analysed a = Analyses.run(s, 2);
        double widest = Math.max(a.results().paired(1, Outcomes.ARR_END).width(), a.results().paired(2, Outcomes.ARR_END)
                .width()) / 2;
        assertEquals(widest, a.precision().halfWidthReached(), 0.0);
        assertEquals("precision", a.precision().met());
        assertEquals(checkpoints(40_000).get(0), a.results().trials());
    }

    @Test
    void doesNotDependOnThreads(@TempDir Path dir) throws Exception {
        Scenario s = scenario(dir, "faster-onboarding;pricing-optimization", "arr_end:1%", 40_000);
        Analysed one = Analyses.run(s, 1);
        Analysed three = Analyses.run(s, 3);
        assertEquals(one.results().trials(), three.results().trials());
        assertEquals(one.precision(), three.precision());
        assertEquals(one.results().paired(1, Outcomes.ARR_END), three.results().paired(1, Outcomes.ARR_END));
    }

    @Test
    void anUnreachableTargetStopsAtTheCap(@TempDir Path dir) throws Exception {
        Scenario s = scenario(dir, "none", "cash_end:1", 3_300);  // $1 on the baseline's mean: never
        Analysed a = Analyses.run(s, 2);
        assertEquals(3_300, a.results().trials());
        assertEquals("cap", a.precision().met());
        assertEquals(List.of(2_000L, 3_300L), checkpoints(3_300));
    }

    /** A $1 interval is out of reach, but two arms far apart are soon ranked for sure. */
    @Test
    void aSettledRankingStopsTheRun(@TempDir Path dir) throws Exception {
        Scenario s = scenario(dir, "faster-onboarding;pricing-optimization", "arr_end:1", 40_000);
        Analysed a = Analyses.run(s, 2);
        assertEquals("ranking", a.precision().met());
        assertTrue(a.results().trials() < 40_000);
        assertTrue(Precision.settled(a.results(), Outcomes.ARR_END));
        List<Long> points = checkpoints(40_000);
        int at = points.indexOf(a.results().trials());
        if (at > 0) {
            Results before = fixed(s.withPrecision(s.studies().precision()), points.get(at - 1));
            assertFalse(Precision.settled(before, Outcomes.ARR_END), "not settled one checkpoint earlier");
        }
    }

    @Test
    void theCommandLineTargetIsRecordedAndChangesTheFingerprint(@TempDir Path dir) throws Exception {
        Path file = Scenarios.write(dir, "p.csv", HEADER, "p,subscription-saas,12,30000,21,faster-onboarding,");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString(), "--precision", "2%", "--no-charts",
                "--quiet");
        assertEquals(Main.OK, r.code(), r.printed());
        JsonObject m = JsonParser.parseString(Files.readString(out.resolve("p/manifest.json"))).getAsJsonObject();
        JsonObject p = m.getAsJsonObject("analysis").getAsJsonObject("precision");
        assertEquals("arr_end:2%", p.get("target").getAsString());
        long used = p.get("trials_used").getAsLong();
        assertEquals(30_000, p.get("trials_cap").getAsLong());
        assertEquals(used, m.get("trials").getAsLong());
        assertEquals(Long.toString(used), Csv.read(out.resolve("p/summary.csv")).get(1)[10], "summary's trials");
        Scenario s = Scenarios.compile(dir, HEADER, "p,subscription-saas,12,30000,21,faster-onboarding,").get(0);
        assertFalse(Manifest.fingerprint(s, "v").equals(Manifest.fingerprint(
                s.withPrecision(Studies.parsePrecision("2%")), "v")), "--precision reruns a --resume'd scenario");

        Cli.Result bad = Cli.run("run", file.toString(), "--out", dir.resolve("bad").toString(), "--precision", "arr-end:1%");
        assertEquals(Main.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains("unknown outcome 'arr-end'") && bad.err().contains("did you mean 'arr_end'"), bad.err());
        assertFalse(Files.exists(dir.resolve("bad")), "nothing written");
    }
}
