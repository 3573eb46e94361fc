package dev.scalesim.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Engine;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.ScenarioFile;
import dev.scalesim.support.ScenarioFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When {@code --resume} may keep a report, and what the fingerprint tells apart. */
class ExistingReportTest {
    @TempDir
    Path dir;

    @Test
    void aCompleteReportMatchesItsOwnRunOnly() throws Exception {
        Scenario s = ScenarioFile.read(ScenarioFiles.write(dir.resolve("in.csv"), "r", 1, 500, 6, "none")).get(0);
        Path out = dir.resolve("out");
        Path folder = ReportWriter.write(out, s, Engine.run(s.simulation(), 1), new ReportOptions("1.0", 1, false));
        String fp = Manifest.fingerprint(s, "1.0");

        assertTrue(ExistingReport.matches(folder, fp, false));
        assertFalse(ExistingReport.matches(folder, fp, true), "written without charts, charts now wanted");
        assertFalse(ExistingReport.matches(folder, Manifest.fingerprint(s, "1.1"), false), "another version");
        assertNotEquals(fp, Manifest.fingerprint(s.withRun(null, 501, null), "1.0"), "trials count");
        assertNotEquals(fp, Manifest.fingerprint(s.withRun(null, null, 7L), "1.0"), "seed counts");
        assertNotEquals(fp, Manifest.fingerprint(s.withRun(7, null, null), "1.0"), "months count");

        Files.delete(folder.resolve("monthly.csv"));
        assertFalse(ExistingReport.matches(folder, fp, false), "a table is missing");
        Files.writeString(folder.resolve("monthly.csv"), "x");
        Files.writeString(folder.resolve("manifest.json"), "{ not json");
        assertFalse(ExistingReport.matches(folder, fp, false), "unreadable manifest");
        assertFalse(ExistingReport.matches(dir.resolve("nowhere"), fp, false));
    }

    @Test
    void theFingerprintCoversTheRowAndTheResolvedDefaults() throws Exception {
        Path a = ScenarioFiles.write(dir.resolve("a.csv"), "r", 1, 500, 6, "none");
        Scenario base = ScenarioFile.read(a).get(0);
        String replaced = Files.readString(a).replace(",3% to 6%", ",3% to 6.5%");
        Scenario edited = ScenarioFile.read(Files.writeString(dir.resolve("b.csv"), replaced)).get(0);
        assertNotEquals(Manifest.fingerprint(base, "1"), Manifest.fingerprint(edited, "1"));
        // Same row in another file: same tables, same fingerprint.
        Scenario copy = ScenarioFile.read(Files.copy(a, dir.resolve("c.csv"))).get(0);
        assertTrue(Manifest.fingerprint(base, "1").equals(Manifest.fingerprint(copy, "1")));
    }
}
