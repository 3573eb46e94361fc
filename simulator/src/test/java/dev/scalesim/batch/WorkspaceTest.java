package dev.scalesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output folders that cannot be used are refused before anything runs, leaving nothing behind. */
class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void aFileInTheWayIsRefusedAndFoldersMadeMeanwhileAreRemoved() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        Path fresh = dir.resolve("fresh/deeper");
        SetupException e = assertThrows(SetupException.class, () -> Workspace.open(List.of(fresh, file.resolve("out"))));
        assertEquals(1, e.lines().size(), e.lines().toString());
        assertTrue(e.lines().get(0).startsWith("cannot "), e.lines().get(0));
        assertTrue(e.lines().get(0).contains(file.toString()), e.lines().get(0));
        assertFalse(Files.exists(dir.resolve("fresh")), "the folder created for the refused run is gone");

        SetupException notAFolder = assertThrows(SetupException.class, () -> Workspace.open(List.of(file)));
        assertTrue(notAFolder.lines().get(0).contains("is a file, not a folder"), notAFolder.lines().get(0));
    }

    @Test
    void aFolderAnotherRunIsWritingToIsRefused() throws Exception {
        Path out = Files.createDirectories(dir.resolve("busy"));
        try (FileChannel ch = FileChannel.open(out.resolve(Workspace.LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = ch.lock()) {
            assertTrue(held.isValid());
            SetupException e = assertThrows(SetupException.class, () -> Workspace.open(List.of(out)));
            assertTrue(e.lines().get(0).startsWith("another scalesim run is writing to " + out), e.lines().get(0));
        }
        try (Workspace w = Workspace.open(List.of(out))) {
            assertTrue(w.recovered().get(out).isEmpty());
        }
    }

    @Test
    void aFinishedRunLeavesNoLockFileAndTheFolderIsFreeAgain() throws Exception {
        Path out = dir.resolve("out");
        try (Workspace w = Workspace.open(List.of(out))) {
            assertTrue(Files.exists(out.resolve(Workspace.LOCK)), "held while the run writes");
            assertTrue(w.recovered().get(out).isEmpty());
        }
        assertFalse(Files.exists(out.resolve(Workspace.LOCK)), "deleted at the end of the run");
        try (Workspace again = Workspace.open(List.of(out))) {
            assertTrue(Files.exists(out.resolve(Workspace.LOCK)));
            assertThrows(SetupException.class, () -> Workspace.open(List.of(out)), "a second run is still excluded");
            assertTrue(again.recovered().get(out).isEmpty());
        }
        assertFalse(Files.exists(out.resolve(Workspace.LOCK)));
    }
}
