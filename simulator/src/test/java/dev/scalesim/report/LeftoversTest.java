package dev.scalesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed run leaves is put right, and nothing else is touched. */
class LeftoversTest {
    @TempDir
    Path out;

    @Test
    void partialsAreRemovedAndAnOldReportComesBackOnlyWhenItsReplacementIsMissing() throws Exception {
        Path partial = Files.createDirectories(out.resolve(".alpha.partial-123456"));
        Files.writeString(partial.resolve("summary.csv"), "half");
        Files.writeString(partial.resolve(RunFiles.PARTIAL_MARK), "");
        Path restorable = Files.createDirectories(out.resolve(".beta.v2.old-987"));
        Files.writeString(restorable.resolve("summary.csv"), "old beta");
        manifest(restorable);
        Path superseded = Files.createDirectories(out.resolve(".gamma.old-55"));
        Files.writeString(superseded.resolve("summary.csv"), "old gamma");
        manifest(superseded);
        Files.createDirectories(out.resolve("gamma"));
        Files.writeString(out.resolve("gamma/summary.csv"), "new gamma");
        Path partialFile = Files.writeString(out.resolve(".batch-summary.csv4242.partial"), "half");
        Path userHidden = Files.writeString(out.resolve(".notes"), "mine");
        Path userFolder = Files.createDirectories(out.resolve(".partial-looking"));
        Path lock = Files.writeString(out.resolve(".scalesim.lock"), "");
        // named like leftovers, but not scalesim's: no mark, no manifest, not a run file
        Path unmarked = Files.createDirectories(out.resolve(".thesis.partial-7"));
        Files.writeString(unmarked.resolve("chapter1.txt"), "mine");
        Path notAReport = Files.createDirectories(out.resolve(".photos.old-3"));
        Files.writeString(notAReport.resolve("a.jpg"), "mine");
        Path notARunFile = Files.writeString(out.resolve(".notes12.partial"), "mine");
        Path link = Files.createSymbolicLink(out.resolve(".delta.partial-9"), Files.createDirectories(out.resolve("kept")));

        List<String> done = Leftovers.recover(out);

        assertEquals(4, done.size(), done.toString());
        assertFalse(Files.exists(partial));
        assertFalse(Files.exists(partialFile));
        assertEquals("old beta", Files.readString(out.resolve("beta.v2/summary.csv")), "restored under its name");
        assertFalse(Files.exists(restorable));
        assertEquals("new gamma", Files.readString(out.resolve("gamma/summary.csv")), "the newer report stays");
        assertFalse(Files.exists(superseded));
        assertTrue(Files.exists(userHidden) && Files.exists(userFolder) && Files.exists(lock), "nothing else touched");
        assertTrue(Files.exists(unmarked.resolve("chapter1.txt")) && Files.exists(notAReport.resolve("a.jpg"))
                && Files.exists(notARunFile) && Files.isSymbolicLink(link), "only what scalesim wrote is touched");
        assertTrue(Leftovers.recover(out).isEmpty(), "a second pass finds nothing");
    }

    private static void manifest(Path folder) throws Exception {
        Files.writeString(folder.resolve("manifest.json"),
                "{\"scalesim_version\": \"1\", \"scenario\": \"s\", \"fingerprint\": \"f\"}");
    }
}
