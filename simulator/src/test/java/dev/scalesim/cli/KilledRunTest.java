package dev.scalesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.support.Child;
import dev.scalesim.support.ReportFolders;
import dev.scalesim.support.ScenarioFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL at several moments, each time run again with {@code --resume}:
 * after every kill no report folder is torn, and at the end every table is byte-identical to
 * an uninterrupted run's. The moments are observed, not timed: simulating, some reports
 * written, a report being written (a hidden partial folder seen), nearly done.
 */
class KilledRunTest {
    @TempDir
    Path dir;

    private record Moment(String name, BooleanSupplier reached) {
    }

    @Test
    void killedAtAnyMomentThenResumedGivesTheTablesOfAnUninterruptedRun() throws Exception {
        Path in = ScenarioFiles.write(dir.resolve("night.csv"), "night", 8, 2_500, 24, "faster-onboarding");
        Path reference = dir.resolve("reference");
        // the reference without charts: the tables must not depend on them, and the pieced-together
        // run below (with charts) is compared with it table by table
        RunCommandTest.Run whole = RunCommandTest.run(false, "run", in.toString(), "--out", reference.toString(),
                "--threads", "2", "--quiet", "--no-charts");
        assertEquals(Main.OK, whole.code(), whole.err());

        Path out = dir.resolve("out");
        List<Child> children = new ArrayList<>();
        List<Moment> moments = List.of(
                new Moment("simulating", () -> !children.isEmpty() && children.get(children.size() - 1).err()
                        .contains(" running ")),
                new Moment("two reports written", () -> reports(out) >= 2),
                new Moment("a report being written", () -> partial(out)),
                new Moment("seven reports written", () -> reports(out) >= 7));
        int killedMidRun = 0;
        for (Moment moment : moments) {
            List<String> args = new ArrayList<>(List.of("run", in.toString(), "--out", out.toString(), "--threads", "2"));
            if (!children.isEmpty()) {
                args.add("--resume");
            }
            Child child = Child.start(dir, args.toArray(String[]::new));
            children.add(child);
            boolean reached = child.waitUntil(moment.reached(), 300);
            int code = child.kill();
            if (reached && code == 137) {
                killedMidRun++;
            }
            ReportFolders.assertNoTornReport(out);
        }
        assertTrue(killedMidRun >= 2, "at least the first two kills land mid-run: " + killedMidRun);

        Child last = Child.start(dir, "run", in.toString(), "--out", out.toString(), "--threads", "2", "--resume");
        assertEquals(Main.OK, last.await(), last.err());
        Map<String, byte[]> expected = ScenarioFiles.tables(reference);
        Map<String, byte[]> pieced = ScenarioFiles.tables(out);
        assertEquals(expected.keySet(), pieced.keySet());
        expected.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, pieced.get(name)),
                name + " differs from the uninterrupted run"));
        assertTrue(ReportFolders.leftovers(out).isEmpty(), "leftovers: " + ReportFolders.leftovers(out));
    }

    private static int reports(Path out) {
        try {
            return Files.isDirectory(out) ? ReportFolders.reports(out).size() : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean partial(Path out) {
        try (var list = Files.list(out)) {
            return list.anyMatch(p -> p.getFileName().toString().contains(".partial-"));
        } catch (IOException e) {
            return false;
        }
    }
}
