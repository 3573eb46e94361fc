package dev.scalesim.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.scalesim.support.SampleRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run-level files, and what --no-charts and a resumed run leave in an output folder. */
class RunFolderTest {
    @TempDir
    Path dir;

    @Test
    void aRunWritesChartsInsideEachScenarioFolderAndLeavesNoPartialFiles() throws Exception {
        Path out = SampleRun.get().out();
        for (String f : new String[] {"batch-summary.csv", "index.html", "comparison.png", "comparison.svg"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        try (Stream<Path> all = Files.walk(out)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().contains(".partial")), "partial files left");
        }
        Path folder = Folders.resolve(out, SampleRun.MARKUP);
        assertTrue(Files.isRegularFile(folder.resolve("charts/fan-mrr.png")));
        var timings = JsonParser.parseString(Files.readString(folder.resolve("manifest.json"), StandardCharsets.UTF_8))
                .getAsJsonObject().getAsJsonObject("timings");
        assertTrue(timings.get("charts_ms").getAsLong() >= 0);
        assertTrue(timings.get("report_ms").getAsLong() >= timings.get("charts_ms").getAsLong());
    }

    @Test
    void noChartsStillWritesTheIndexWithoutImagesAndDropsAStaleComparison() throws Exception {
        Path csv = dir.resolve("one.csv");
        Files.writeString(csv, "scenario,model,months,trials,seed,solutions\nsolo,subscription-saas,6,200,1,none\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        SampleRun.run("run", csv.toString(), "--out", out.toString(), "--quiet");
        assertTrue(Files.isRegularFile(out.resolve("comparison.png")));
        assertTrue(Files.isRegularFile(out.resolve("solo/charts/fan-mrr.svg")));

        SampleRun.run("run", csv.toString(), "--out", out.toString(), "--quiet", "--no-charts");
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertFalse(index.contains("<img"), "no images without charts");
        assertTrue(index.contains("solo/summary.csv"));
        assertFalse(Files.exists(out.resolve("comparison.png")), "a comparison from an earlier run is removed");
        assertFalse(Files.exists(out.resolve("comparison.svg")));
        assertFalse(Files.exists(out.resolve("solo/charts")), "the rewritten scenario folder has no charts");
    }

    @Test
    void aResumedScenarioIsInTheIndexWithItsChartsFromDisk() throws Exception {
        Path csv = dir.resolve("two.csv");
        Files.writeString(csv, "scenario,model,months,trials,seed,solutions\n"
                + "first,subscription-saas,6,200,1,customer-success\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        SampleRun.run("run", csv.toString(), "--out", out.toString(), "--quiet");
        Files.writeString(csv, "scenario,model,months,trials,seed,solutions\n"
                + "first,subscription-saas,6,200,1,customer-success\nsecond,subscription-saas,6,200,1,none\n",
                StandardCharsets.UTF_8);
        String printed = SampleRun.run("run", csv.toString(), "--out", out.toString(), "--resume");
        assertTrue(printed.contains("first: report up to date, skipped"), printed);
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("src=\"first/charts/fan-mrr.png\""), "resumed scenario's charts are shown");
        assertTrue(index.contains("src=\"second/charts/fan-mrr.png\""));
        assertTrue(index.contains("customer-success <span class=\"title\">"), "the resumed scenario's ranking lists its solution");
    }
}
