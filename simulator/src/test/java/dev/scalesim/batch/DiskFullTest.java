package dev.scalesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.scalesim.support.ReportFolders;
import dev.scalesim.support.ScenarioFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills up in the middle of a run. The output folder lives on an in-memory file
 * system with a size limit (Jimfs), which fails writes past it the way a full disk does; the
 * disk is filled right after the first report is written.
 */
class DiskFullTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskStopsTheRunWithOneLineAndKeepsEveryCompletedReport() throws Exception {
        List<Path> files = List.of(ScenarioFiles.write(dir.resolve("d.csv"), "d", 6, 600, 12, "faster-onboarding"));
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder().setMaxSize(64L << 20).build())) {
            Path out = fs.getPath("/reports/d");
            RecordingProgress fillDisk = new RecordingProgress(() -> { }, () -> fill(fs.getPath("/ballast")));
            Outcome o = BatchTest.run(files, out, 2, false, fillDisk, new Cancellation());

            assertEquals(Outcome.Status.FAILED, o.status());
            assertTrue(o.ran() >= 1 && o.ran() < 6, o.toString());
            assertEquals(1, o.problems().size(), "one line: " + o.problems());
            assertTrue(o.problems().get(0).startsWith("cannot write "), o.problems().get(0));
            assertTrue(o.problems().get(0).endsWith(": out of disk space"), o.problems().get(0));
            assertEquals(o.ran(), ReportFolders.reports(out).size(), "every completed report is kept");
            ReportFolders.assertNoTornReport(out);
            assertTrue(ReportFolders.leftovers(out).isEmpty(), "no partial left: " + ReportFolders.leftovers(out));
            assertFalse(Files.exists(out.resolve("batch-summary.csv")));

            // Space comes back: the resumed run keeps what was done and finishes the rest.
            Files.delete(fs.getPath("/ballast"));
            Outcome resumed = BatchTest.run(files, out, 2, true);
            assertEquals(Outcome.Status.COMPLETE, resumed.status());
            assertEquals(o.ran(), resumed.skipped());
            assertTrue(Files.exists(out.resolve("batch-summary.csv")));
        }
    }

    /**
     * Writes until the file system refuses even one byte: the disk is full. (Stopping at the
     * first refused 64 KB chunk left up to 64 KB free, enough for a few small reports, so the
     * run sometimes completed.)
     */
    private static void fill(Path ballast) {
        try (OutputStream s = Files.newOutputStream(ballast)) {
            for (int size = 1 << 16; size >= 1; size /= 2) {
                byte[] chunk = new byte[size];
                try {
                    while (true) {
                        s.write(chunk);
                    }
                } catch (IOException e) {
                    if (!String.valueOf(e.getMessage()).contains("out of disk space")) {
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("out of disk space")) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
