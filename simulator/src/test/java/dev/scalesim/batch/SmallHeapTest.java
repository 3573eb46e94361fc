package dev.scalesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.support.Child;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, defect 7, in a real JVM with a small heap: a scenario too wide for the heap is refused
 * before it starts, with the heap it needs, and the file's other scenarios still run; no Java
 * trace, and run.log ends with its {@code end} line.
 */
class SmallHeapTest {
    @Test
    void aScenarioTooWideForTheHeapIsRefusedAndTheOthersRun(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("three.csv");
        Files.writeString(file, "scenario,model,months,trials,seed,solutions\n"
                + "small-a,subscription-saas,12,200,1,none\n"
                + "too-wide,vertical-ai-saas,240,2000,1,all\n"
                + "small-b,subscription-saas,12,200,2,none\n");
        Path out = dir.resolve("out");
        Child child = Child.start(List.of("-Xmx128m"), dir, "run", file.toString(), "--out", out.toString(),
                "--no-charts", "--threads", "1");
        int code = child.await();
        String err = child.err();
        assertEquals(1, code, "a scenario failed, the others were written: " + err);
        assertFalse(err.contains("Exception in thread") || err.contains("\tat "), err);
        assertTrue(err.contains("'too-wide'") && err.contains("not run: needs about") && err.contains("-Xmx"), err);
        assertTrue(Files.exists(out.resolve("small-a/summary.csv")), err);
        assertTrue(Files.exists(out.resolve("small-b/summary.csv")), err);
        assertFalse(Files.exists(out.resolve("too-wide")), "nothing written for the refused scenario");
        List<String> log = Files.readAllLines(out.resolve("run.log"));
        assertTrue(log.get(log.size() - 1).contains("  end  "), log.get(log.size() - 1));
    }
}
