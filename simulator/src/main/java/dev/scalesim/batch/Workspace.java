package dev.scalesim.batch;

import dev.scalesim.report.Leftovers;
import dev.scalesim.report.OutputFiles;
import dev.scalesim.report.RunFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output folders of a run, ready to write: created, locked against a second run writing
 * into the same folder at the same time (an OS file lock, which dies with the process, so a
 * killed run leaves no stale lock; a finished run deletes its lock file), and cleaned of what a
 * killed run left ({@link Leftovers}).
 * Opening either succeeds for every folder or fails with every problem, leaving no folder it
 * created behind.
 */
final class Workspace implements AutoCloseable {
    static final String LOCK = RunFiles.LOCK;

    private final List<Held> locks;
    private final Map<Path, List<String>> recovered;

    /** A lock file this run opened; {@code mine} once it holds its lock (then it deletes it at the end). */
    private record Held(Path file, FileChannel channel, boolean mine) {
    }

    private Workspace(List<Held> locks, Map<Path, List<String>> recovered) {
        this.locks = locks;
        this.recovered = recovered;
    }

    static Workspace open(List<Path> dirs) throws SetupException {
        List<Held> locks = new ArrayList<>();
        List<Path> created = new ArrayList<>();
        Map<Path, List<String>> recovered = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path dir : dirs) {
            Path top = firstMissing(dir);
            try {
                Files.createDirectories(dir);
                if (top != null) {
                    created.add(top);
                }
            } catch (FileAlreadyExistsException e) {
                problems.add("cannot write to " + dir + ": " + e.getFile() + " is a file, not a folder");
                continue;
            } catch (IOException e) {
                problems.add("cannot create the output folder " + dir + ": " + Reasons.of(e));
                continue;
            }
            Path lockFile = dir.resolve(LOCK);
            FileChannel lock = null;
            boolean held = false;
            try {
                // a run that finishes deletes its lock file; one that opened it just before may then
                // hold a lock on a deleted file: it checks the file is still there, else tries again
                for (int attempt = 0; attempt < 5 && !held; attempt++) {
                    if (lock != null) {
                        lock.close();
                    }
                    lock = OutputFiles.lockFile(lockFile);
                    if (!tryLock(lock)) {
                        break;
                    }
                    held = stillThere(lock, lockFile);
                }
            } catch (IOException e) {
                problems.add("cannot write to " + dir + ": " + Reasons.of(e));
                if (lock != null) {
                    locks.add(new Held(lockFile, lock, false));
                }
                continue;
            }
            locks.add(new Held(lockFile, lock, held));
            if (!held) {
                problems.add("another scalesim run is writing to " + dir
                        + "; wait for it to finish or choose another --out");
                continue;
            }
            try {
                // The lock file may be left from an earlier run: prove new files can be made too.
                Files.delete(Files.createTempFile(dir, RunFiles.PROBE, ".partial"));
            } catch (IOException e) {
                problems.add("cannot write to " + dir + ": " + Reasons.of(e));
                continue;
            }
            try {
                recovered.put(dir, Leftovers.recover(dir));
            } catch (IOException e) {
                problems.add("cannot clean up what an earlier run left in " + dir + ": " + Reasons.of(e));
            }
        }
        if (!problems.isEmpty()) {
            closeAll(locks);
            // Undo folders this run created, so a refused run leaves nothing behind.
            for (Path top : created) {
                removeCreated(top);
            }
            throw new SetupException(problems);
        }
        return new Workspace(locks, recovered);
    }

    /** What was cleaned in each folder, for the run log. */
    Map<Path, List<String>> recovered() {
        return recovered;
    }

    @Override
    public void close() {
        closeAll(locks);
    }

    /** True when the locked channel is the file at {@code file} still (a token written through it reads back). */
    private static boolean stillThere(FileChannel channel, Path file) throws IOException {
        byte[] token = (ProcessHandle.current().pid() + " " + System.nanoTime() + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(token), 0);
        try {
            return Arrays.equals(token, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static boolean tryLock(FileChannel channel) {
        try {
            FileLock lock = channel.tryLock();
            return lock != null;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            // A file system without locks (some network shares): run unguarded rather than not at all.
            return true;
        }
    }

    private static Path firstMissing(Path dir) {
        Path top = null;
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            top = p;
        }
        return top;
    }

    private static void removeCreated(Path top) {
        try {
            List<Path> inside;
            try (var walk = Files.walk(top)) {
                inside = walk.sorted(Comparator.reverseOrder()).toList();
            }
            for (Path p : inside) {
                if (Files.isDirectory(p) || p.getFileName().toString().equals(LOCK)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // Best effort: an empty folder left behind does no harm.
        }
    }

    /** Deletes the lock files this run held (while still holding them), then releases every lock. */
    private static void closeAll(List<Held> locks) {
        for (Held h : locks) {
            try {
                if (h.mine()) {
                    Files.deleteIfExists(h.file());
                }
            } catch (IOException e) {
                // a lock file left behind only costs a hidden empty file; the OS lock still goes
            }
            try {
                h.channel().close();
            } catch (IOException e) {
                // Closing releases the lock; nothing more to do if the close itself fails.
            }
        }
    }
}
