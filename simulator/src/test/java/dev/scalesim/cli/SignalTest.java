package dev.scalesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.support.Child;
import dev.scalesim.support.ReportFolders;
import dev.scalesim.support.ScenarioFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person sees when a run is stopped by a signal or loses an input file, in a real process. */
class SignalTest {
    @TempDir
    Path dir;

    @Test
    void sigtermStopsWith130KeepsFinishedReportsAndSaysHowToResume() throws Exception {
        Path in = ScenarioFiles.write(dir.resolve("term.csv"), "term", 8, 4_000, 24, "faster-onboarding");
        Path out = dir.resolve("out");
        // without charts: what a signal does to a batch does not depend on them, and they were
        // a third of this test's CPU (the resumed run writes six or seven reports)
        Child child = Child.start(dir, "run", in.toString(), "--out", out.toString(), "--threads", "1", "--no-charts");
        assertTrue(child.waitUntil(() -> reports(out) >= 1, 300), child.err());

        int code = child.terminate();

        assertEquals(Main.INTERRUPTED, code, child.err());
        List<String> err = child.err().lines().toList();
        String last = err.get(err.size() - 1);
        assertTrue(last.startsWith("scalesim: interrupted; "), last);
        assertTrue(last.endsWith("resume with: scalesim run " + in + " --out " + out + " --threads 1 --no-charts --resume"), last);
        int kept = ReportFolders.reports(out).size();
        assertTrue(kept >= 1 && kept < 8, "kept " + kept);
        assertTrue(last.contains(kept + " of 8 scenarios done and kept"), last);
        ReportFolders.assertNoTornReport(out);
        assertTrue(ReportFolders.leftovers(out).isEmpty(), "no partial: " + ReportFolders.leftovers(out));
        assertFalse(Files.exists(out.resolve("batch-summary.csv")));
        List<String> log = Files.readAllLines(out.resolve("run.log"));
        assertTrue(log.get(log.size() - 1).contains(" end      interrupted after "), log.toString());

        Child resumed = Child.start(dir, "run", in.toString(), "--out", out.toString(), "--threads", "1", "--no-charts",
                "--resume");
        assertEquals(Main.OK, resumed.await(), resumed.err());
        assertTrue(resumed.out().contains("done: 8 scenarios (" + kept + " skipped)"), resumed.out());
    }

    @Test
    void anInputFileDeletedMidRunIsOneLineExit1AndTheRestIsKept() throws Exception {
        // On one thread at most two scenarios simulate and two wait for the writer, so when the
        // first report appears b's scenarios, four places further, have not started.
        Path a = ScenarioFiles.write(dir.resolve("a.csv"), "a", 6, 2_000, 24, "faster-onboarding");
        Path b = ScenarioFiles.write(dir.resolve("b.csv"), "b", 3, 2_000, 24, "faster-onboarding");
        Path out = dir.resolve("out");
        Child child = Child.start(dir, "run", a.toString(), b.toString(), "--out", out.toString(), "--threads", "1",
                "--no-deck"); // this module's class path has no deck module
        assertTrue(child.waitUntil(() -> reports(out) >= 1, 300), child.err());
        Files.delete(b);

        assertEquals(Main.FAILURE, child.await(), child.err());
        List<String> problems = child.err().lines().filter(l -> l.startsWith("scalesim: ")).toList();
        assertEquals(2, problems.size(), "the problem, then how to resume: " + problems);
        assertTrue(problems.get(0).matches("scalesim: input file \\S*b\\.csv was deleted during the run: its 3"
                + " remaining scenarios were not run"), problems.get(0));
        assertTrue(problems.get(1).contains("once fixed, resume with: scalesim run "), problems.get(1));
        assertTrue(ReportFolders.reports(out).stream().map(p -> p.getFileName().toString()).toList()
                .equals(List.of("a-1", "a-2", "a-3", "a-4", "a-5", "a-6")), "the other file's scenarios all ran");
        ReportFolders.assertNoTornReport(out);
    }

    @Test
    void sigtermDuringValidationStopsAtOnceWith130AndSaysNothingRan() throws Exception {
        // validating 60,000 rows takes well over ten seconds: the signal comes in the middle
        Path in = ScenarioFiles.write(dir.resolve("many.csv"), "many", 60_000, 100, 12, "none");
        Path out = dir.resolve("out");
        Child child = Child.start(dir, "run", in.toString(), "--out", out.toString());
        // reading its input: the command is up (its guard installed first) and validating
        assertTrue(child.waitUntil(() -> child.hasOpen(in), 120), child.err());
        long signalled = System.nanoTime();

        int code = child.terminate();

        double seconds = (System.nanoTime() - signalled) / 1e9;
        assertEquals(Main.INTERRUPTED, code, child.err());
        assertTrue(seconds < 10, "stopped in " + seconds + " s, not after the 60 s grace period");
        assertEquals("scalesim: interrupted while reading the input files; nothing was run", child.err().strip());
        assertFalse(Files.exists(out), "nothing written");
    }

    private static int reports(Path out) {
        try {
            return Files.isDirectory(out) ? ReportFolders.reports(out).size() : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
