package dev.scalesim.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The one way scalesim creates, appends to, replaces and deletes files in an output folder.
 * Nothing here follows a symbolic link it did not create: files are opened with
 * {@link LinkOption#NOFOLLOW_LINKS} (O_NOFOLLOW), new files are created with
 * {@code CREATE_NEW} (a temp file of a random name), replacing is a rename (which replaces a
 * directory entry, never writes through one), and only what {@link Ownership} recognises as
 * scalesim's is replaced or deleted. {@link Ownership#problems} reports the same cases to the
 * user before a run; the checks here hold even if something changes on disk meanwhile.
 */
public final class OutputFiles {
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

    private OutputFiles() {
    }

    /** Writes a file's content. */
    @FunctionalInterface
    public interface FileBody {
        void write(Path file) throws IOException;
    }

    /** Opens {@code file} to append UTF-8 text, creating it; a link or anything but a regular file is refused. */
    public static BufferedWriter append(Path file) throws IOException {
        refuseLink(file);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            ch.close();
            throw new IOException(file + " is not a regular file");
        }
        return new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch), StandardCharsets.UTF_8));
    }

    /** Opens (creating) a lock file for writing; a link is refused. */
    public static FileChannel lockFile(Path file) throws IOException {
        refuseLink(file);
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    }

    /** Writes a file by writing a new sibling and renaming it over the target (a regular file of the run, or none). */
    public static void write(Path target, FileBody body) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        refuseLink(target);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " is a folder, not a file scalesim wrote; left alone");
        }
        Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".partial");
        try {
            shareable(temp, FILE);
            body.write(temp);
            move(temp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * A new hidden folder {@code .<name>.partial-<n>} beside where {@code target} will be, marked
     * as scalesim's until {@link #publish} renames it into place.
     */
    static Path partialFolder(Path target) throws IOException {
        Path temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".partial-");
        shareable(temp, DIRECTORY);
        Files.newByteChannel(temp.resolve(RunFiles.PARTIAL_MARK), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE).close();
        return temp;
    }

    /**
     * Moves a finished partial folder over {@code target}, keeping the old report until the move
     * is done. An existing {@code target} is replaced only when it is a report scalesim wrote.
     */
    static void publish(Path finished, Path target) throws IOException {
        Files.delete(finished.resolve(RunFiles.PARTIAL_MARK));
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Ownership.isReport(target)) {
                throw new IOException(target + " is not a report scalesim wrote; left alone");
            }
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        move(finished, target);
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Renames within a folder (atomically where the file system can). */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a run-level file; a link in its place is removed as a link, never followed. */
    static void delete(Path file) throws IOException {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is a folder, not a file scalesim wrote; left alone");
        }
        Files.deleteIfExists(file);
    }

    /** Deletes a folder scalesim wrote and everything in it; links inside are removed, never followed. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(dir + " is not a folder scalesim wrote; left alone");
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void refuseLink(Path file) throws IOException {
        try {
            if (Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isSymbolicLink()) {
                throw new IOException(file + " is a symbolic link; scalesim never writes through a link it did"
                        + " not create");
            }
        } catch (NoSuchFileException e) {
            // nothing there yet: it will be created
        }
    }

    /**
     * Temp files and folders are created owner-only; a report is meant to be read by others (a
     * shared drive, a web server), so it gets the usual permissions before it is published.
     */
    private static void shareable(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }
}
