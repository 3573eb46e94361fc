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
        Path restorable = Files.createDirectories(out.resolve(".beta.v2.old-987"));
        Files.writeString(restorable.resolve("summary.csv"), "old beta");
        Path superseded = Files.createDirectories(out.resolve(".gamma.old-55"));
        Files.writeString(superseded.resolve("summary.csv"), "old gamma");
        Files.createDirectories(out.resolve("gamma"));
        Files.writeString(out.resolve("gamma/summary.csv"), "new gamma");
        Path partialFile = Files.writeString(out.resolve(".batch-summary.csv4242.partial"), "half");
        Path userHidden = Files.writeString(out.resolve(".notes"), "mine");
        Path userFolder = Files.createDirectories(out.resolve(".partial-looking"));
        Path lock = Files.writeString(out.resolve(".scalesim.lock"), "");

        List<String> done = Leftovers.recover(out);

        assertEquals(4, done.size(), done.toString());
        assertFalse(Files.exists(partial));
        assertFalse(Files.exists(partialFile));
        assertEquals("old beta", Files.readString(out.resolve("beta.v2/summary.csv")), "restored under its name");
        assertFalse(Files.exists(restorable));
        assertEquals("new gamma", Files.readString(out.resolve("gamma/summary.csv")), "the newer report stays");
        assertFalse(Files.exists(superseded));
        assertTrue(Files.exists(userHidden) && Files.exists(userFolder) && Files.exists(lock), "nothing else touched");
        assertTrue(Leftovers.recover(out).isEmpty(), "a second pass finds nothing");
    }
}
