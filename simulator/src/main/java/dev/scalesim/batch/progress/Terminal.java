package dev.scalesim.batch.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether this process's stderr is a terminal. Java has no isatty: on Linux the answer is read
 * from where {@code /proc/self/fd/2} points (a {@code /dev/pts/N} or {@code /dev/ttyN} device);
 * elsewhere {@link System#console()} (stdin and stdout are a terminal) stands in for it. A
 * {@code TERM=dumb} terminal cannot redraw a line, so it counts as no terminal.
 */
public final class Terminal {
    private Terminal() {
    }

    public static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(fd).toString());
            } catch (IOException | SecurityException e) {
                return System.console() != null;
            }
        }
        return System.console() != null;
    }

    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    }
}
