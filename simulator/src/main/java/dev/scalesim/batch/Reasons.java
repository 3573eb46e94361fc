package dev.scalesim.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The short reason an I/O failure gives a user ("No space left on device", "permission
 * denied"), without the exception class or the path the message already names. Anything else
 * is a bug and keeps its exception name.
 */
final class Reasons {
    private Reasons() {
    }

    static String of(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return of(u.getCause());
        }
        if (e instanceof FileSystemException f) {
            if (f.getReason() != null) {
                return f.getReason();
            }
            if (f instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (f instanceof NoSuchFileException) {
                return "no such file or folder";
            }
            if (f instanceof NotDirectoryException) {
                return "not a folder";
            }
            if (f instanceof FileAlreadyExistsException) {
                return "a file of that name is in the way";
            }
        }
        String m = e.getMessage();
        if (!(e instanceof IOException)) {
            // Not an I/O failure but a bug: the exception's name helps whoever reports it.
            return e.toString();
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
