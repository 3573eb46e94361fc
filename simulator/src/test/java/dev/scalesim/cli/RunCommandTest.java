package dev.scalesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.support.ScenarioFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scalesim run} in process: output per mode, exit codes, folders refused up front. */
class RunCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), terminal);
        return new Run(code, out.toString(), err.toString());
    }

    private Path input() throws Exception {
        return ScenarioFiles.write(dir.resolve("in.csv"), "in", 2, 300, 6, "none");
    }

    @Test
    void withoutATerminalProgressIsTimestampedLines() throws Exception {
        Path out = dir.resolve("out");
        Run r = run(false, "run", input().toString(), "--out", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertFalse(r.err().contains("\r"), "no bar in a log");
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d .*")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("[2/2] in-")), r.err());
        assertEquals(List.of(out.toAbsolutePath() + ": 2 scenarios, batch-summary.csv"),
                r.out().lines().limit(1).toList());
        assertTrue(r.out().lines().toList().get(1).startsWith("done: 2 scenarios (0 skipped) in "), r.out());
        assertTrue(Files.readString(out.resolve("run.log")).contains("complete after"));
    }

    @Test
    void onATerminalProgressIsABarRedrawnInPlaceAndClearedAtTheEnd() throws Exception {
        Run r = run(true, "run", input().toString(), "--out", dir.resolve("out").toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.err().contains("\r["), r.err());
        assertTrue(r.err().contains(" scenarios  "), r.err());
        assertTrue(r.err().contains(" trials/s  "), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.contains("[2/2] in-")), "finished lines above the bar");
        String last = r.err().substring(r.err().lastIndexOf('\n') + 1);
        String[] overlays = last.split("\r");
        assertTrue(last.endsWith("\r") && overlays[overlays.length - 1].isBlank(),
                "the bar is wiped at the end: '" + last + "'");
    }

    /** The main jar has no Spark: --spark says how to get it, exit 2, nothing written. */
    @Test
    void sparkWithoutTheSparkModuleIsAUsageError() throws Exception {
        Run r = run(false, "run", input().toString(), "--out", dir.resolve("out").toString(), "--spark", "local[2]");
        assertEquals(Main.BAD_INPUT, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("--spark needs the spark module"), r.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void quietPrintsNothing() throws Exception {
        Run r = run(true, "run", input().toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertEquals(Main.OK, r.code());
        assertEquals("", r.err());
        assertEquals("", r.out());
    }

    @Test
    void anOutFolderThatCannotBeWrittenIsOneLineExit2AndNothingRuns() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        Run r = run(false, "run", input().toString(), "--out", blocker.resolve("out").toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("scalesim: cannot create the output folder "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void resumeSkipsWhatIsDoneAndSaysSo() throws Exception {
        Path in = input();
        Path out = dir.resolve("out");
        assertEquals(Main.OK, run(false, "run", in.toString(), "--out", out.toString()).code());
        byte[] summary = Files.readAllBytes(out.resolve("batch-summary.csv"));
        Run again = run(false, "run", in.toString(), "--out", out.toString(), "--resume");
        assertEquals(Main.OK, again.code(), again.err());
        assertTrue(again.out().contains("done: 2 scenarios (2 skipped)"), again.out());
        assertTrue(again.err().contains("[2/2] in-2: report up to date, skipped"), again.err());
        assertTrue(Arrays.equals(summary, Files.readAllBytes(out.resolve("batch-summary.csv"))));
    }

    @Test
    void aFolderAndAFileInsideItAreReadOnce() throws Exception {
        Path in = input();
        Run r = run(false, "validate", dir.toString(), in.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().endsWith("2 scenarios valid\n"), r.out());
    }

    @Test
    void badThreadsIsAUsageError() throws Exception {
        Run r = run(false, "run", input().toString(), "--threads", "0");
        assertEquals(Main.BAD_INPUT, r.code());
        assertEquals("scalesim: --threads must be >= 1, got 0", r.err().strip());
    }

    @Test
    void theResumeCommandRepeatsTheArgumentsQuotedForAShell() {
        assertEquals("scalesim run a.csv --out 'my reports' --resume",
                ResumeCommand.of(List.of("run", "a.csv", "--out", "my reports")));
        assertEquals("scalesim run 'it'\\''s.csv' --resume", ResumeCommand.of(List.of("run", "it's.csv", "--resume")));
    }
}
