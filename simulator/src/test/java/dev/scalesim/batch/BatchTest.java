package dev.scalesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.report.ReportWriterAccess;
import dev.scalesim.scenario.ScenarioFile;
import dev.scalesim.support.ReportFolders;
import dev.scalesim.support.ScenarioFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch run end to end, in process: concurrency, resume, cancellation, inputs that go away. */
class BatchTest {
    @TempDir
    Path dir;

    static Outcome run(List<Path> files, Path out, int threads, boolean resume, RecordingProgress progress,
            Cancellation cancellation) throws Exception {
        Plan plan = Plan.of(ScenarioFile.readAll(files), out);
        return new Batch(plan, new BatchOptions(threads, false, resume, "test", "scalesim run --resume"), progress,
                cancellation).run();
    }

    static Outcome run(List<Path> files, Path out, int threads, boolean resume) throws Exception {
        return run(files, out, threads, resume, new RecordingProgress(), new Cancellation());
    }

    /** Six scenarios of one, several and a partial block: 300, 1,200 and 2,600 trials. */
    private List<Path> mixed() throws Exception {
        return List.of(ScenarioFiles.write(dir.resolve("small.csv"), "small", 3, 300, 12, "faster-onboarding"),
                ScenarioFiles.write(dir.resolve("large.csv"), "large", 3, 2_600, 12, "customer-success"));
    }

    @Test
    void tablesDoNotDependOnThreadsOrOnScenariosRunningTogether() throws Exception {
        List<Path> files = mixed();
        Outcome one = run(files, dir.resolve("one"), 1, false);
        Outcome three = run(files, dir.resolve("three"), 3, false);
        assertEquals(Outcome.Status.COMPLETE, one.status());
        assertEquals(6, three.ran());
        Map<String, byte[]> a = ScenarioFiles.tables(dir.resolve("one"));
        Map<String, byte[]> b = ScenarioFiles.tables(dir.resolve("three"));
        assertEquals(6 * 6 + 1, a.size(),
                "six tables per scenario (summary, monthly, segments, solutions, ledger, sensitivity) and the batch summary");
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, b.get(name)), name + " differs"));
    }

    @Test
    void resumeKeepsMatchingReportsRerunsTheRestAndSummarizesThemAll() throws Exception {
        List<Path> files = mixed();
        Path out = dir.resolve("out");
        run(files, out, 2, false);
        // One report lost, one row edited: those two run again, the other four are kept.
        ReportWriterAccess.deleteTree(out.resolve("small-2"));
        Path large = files.get(1);
        Files.writeString(large, Files.readString(large).replace("large-3,subscription-saas,12,2600,103,all,customer-success,55",
                "large-3,subscription-saas,12,2600,103,all,customer-success,57"));

        RecordingProgress progress = new RecordingProgress();
        Outcome resumed = run(files, out, 2, true, progress, new Cancellation());

        assertEquals(Outcome.Status.COMPLETE, resumed.status());
        assertEquals(4, resumed.skipped());
        assertEquals(2, resumed.ran());
        assertEquals(4, progress.skipped);
        assertEquals(2_600 + 300, progress.trials, "only the two scenarios left were simulated");
        run(files, dir.resolve("fresh"), 2, false);
        assertEquals(ScenarioFiles.tables(dir.resolve("fresh")).keySet(), ScenarioFiles.tables(out).keySet());
        assertTrue(Arrays.equals(Files.readAllBytes(dir.resolve("fresh/batch-summary.csv")),
                Files.readAllBytes(out.resolve("batch-summary.csv"))), "the summary covers kept and new alike");
        String log = Files.readString(out.resolve("run.log"));
        assertTrue(log.contains("skipped  small-1: report up to date"), log);
        assertTrue(log.contains("rerun    large-3: its report does not match"), log);
        assertTrue(log.lines().filter(l -> l.contains(" end ")).count() == 2, "one end line per run: " + log);
    }

    @Test
    void cancellingKeepsFinishedReportsLeavesNoPartialAndResumesToTheSameTables() throws Exception {
        List<Path> files = List.of(ScenarioFiles.write(dir.resolve("c.csv"), "c", 8, 1_500, 12, "faster-onboarding"));
        Path out = dir.resolve("out");
        Cancellation cancellation = new Cancellation();
        Outcome stopped = run(files, out, 1, false, new RecordingProgress(() -> { }, cancellation::cancel), cancellation);

        assertEquals(Outcome.Status.INTERRUPTED, stopped.status());
        assertTrue(stopped.ran() >= 1 && stopped.ran() < 8, "stopped after the first report: " + stopped);
        assertEquals(8, stopped.ran() + stopped.stopped());
        assertEquals(stopped.ran(), ReportFolders.reports(out).size());
        ReportFolders.assertNoTornReport(out);
        assertTrue(ReportFolders.leftovers(out).isEmpty(), "no partial left: " + ReportFolders.leftovers(out));
        assertFalse(Files.exists(out.resolve("batch-summary.csv")), "a summary would not cover the run");
        assertTrue(Files.readString(out.resolve("run.log")).contains("interrupted after"));

        Outcome resumed = run(files, out, 2, true);
        assertEquals(Outcome.Status.COMPLETE, resumed.status());
        assertEquals(stopped.ran(), resumed.skipped());
        run(files, dir.resolve("whole"), 2, false);
        Map<String, byte[]> whole = ScenarioFiles.tables(dir.resolve("whole"));
        Map<String, byte[]> pieced = ScenarioFiles.tables(out);
        assertEquals(whole.keySet(), pieced.keySet());
        whole.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, pieced.get(name)), name));
    }

    @Test
    void anInputFileDeletedDuringTheRunCostsOnlyItsScenarios() throws Exception {
        Path a = ScenarioFiles.write(dir.resolve("a.csv"), "a", 2, 300, 6, "none");
        Path b = ScenarioFiles.write(dir.resolve("b.csv"), "b", 3, 300, 6, "none");
        Path out = dir.resolve("out");
        // Deleted after validation, before the first scenario starts.
        RecordingProgress progress = new RecordingProgress(() -> delete(b), () -> { });
        Outcome o = run(List.of(a, b), out, 2, false, progress, new Cancellation());

        assertEquals(Outcome.Status.FAILED, o.status());
        assertEquals(2, o.ran());
        assertEquals(3, o.failed());
        assertEquals(List.of("input file " + b + " was deleted during the run: its 3 remaining scenarios were not run"),
                o.problems());
        assertEquals(List.of(out.resolve("a-1"), out.resolve("a-2")), ReportFolders.reports(out));
        ReportFolders.assertNoTornReport(out);
        assertFalse(Files.exists(out.resolve("batch-summary.csv")));
    }

    @Test
    void anInputFileChangedDuringTheRunIsNotRunFromItsOldContent() throws Exception {
        Path a = ScenarioFiles.write(dir.resolve("a.csv"), "a", 2, 300, 6, "none");
        RecordingProgress progress = new RecordingProgress(() -> write(a, "scenario,model\nz,subscription-saas\n"), () -> { });
        Outcome o = run(List.of(a), dir.resolve("out"), 1, false, progress, new Cancellation());
        assertEquals(Outcome.Status.FAILED, o.status());
        assertEquals(0, o.ran());
        assertTrue(o.problems().get(0).contains("was changed during the run"), o.problems().toString());
    }

    @Test
    void leftoversOfAKilledRunAreCleanedAndLogged() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(out.resolve(".x-1.partial-4711"));
        Files.writeString(out.resolve("run.log"), "2020-01-01T00:00:00Z  ran      half a li");
        Outcome o = run(List.of(ScenarioFiles.write(dir.resolve("x.csv"), "x", 1, 300, 6, "none")), out, 1, false);
        assertEquals(Outcome.Status.COMPLETE, o.status());
        assertTrue(ReportFolders.leftovers(out).isEmpty());
        List<String> log = Files.readAllLines(out.resolve("run.log"));
        assertEquals("2020-01-01T00:00:00Z  ran      half a li", log.get(0), "the torn line stays on its own line");
        assertTrue(log.get(1).contains(" start "), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.contains("cleanup  removed .x-1.partial-4711")), log.toString());
    }

    @Test
    void aRunCancelledBeforeItStartsTouchesNothing() throws Exception {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        Path out = dir.resolve("never");
        Outcome o = run(List.of(ScenarioFiles.write(dir.resolve("n.csv"), "n", 2, 300, 6, "none")), out, 1, false,
                new RecordingProgress(), cancellation);
        assertEquals(Outcome.Status.INTERRUPTED, o.status());
        assertEquals(2, o.stopped());
        assertFalse(Files.exists(out));
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path p, String text) {
        try {
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
