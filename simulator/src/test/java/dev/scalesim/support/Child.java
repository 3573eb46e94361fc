package dev.scalesim.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code scalesim} in a child JVM ({@code java -cp <test class path> dev.scalesim.cli.Main}),
 * for what only a real process shows: SIGKILL, SIGTERM, exit codes. Its stdout and stderr go to
 * files (stderr is then no terminal, so progress comes as lines), read while it runs.
 */
public final class Child {
    private final Process process;
    private final Path out;
    private final Path err;

    private Child(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    public static Child start(Path workDir, String... args) throws IOException {
        return start(List.of(), workDir, args);
    }

    /** With JVM options for the child (a small heap, say) before its main class. */
    public static Child start(List<String> jvmOptions, Path workDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(quickJvm());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.scalesim.cli.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "child", ".out");
        Path err = Files.createTempFile(workDir, "child", ".err");
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        return new Child(p, out, err);
    }

    /**
     * Options for a child JVM that runs for seconds: the quick compiler alone and the serial
     * collector cost it a third less CPU than C2 and G1 (KilledRunTest + SignalTest: 55 against
     * 83 CPU-s), and the test JVM's page options (huge pages on Linux; the build declares them
     * once, in simulator/pom.xml, and passes them as {@code scalesim.test.hugePages}).
     */
    public static List<String> quickJvm() {
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        String pages = System.getProperty("scalesim.test.hugePages", "").strip();
        if (!pages.isEmpty()) {
            options.addAll(List.of(pages.split("\\s+")));
        }
        return options;
    }

    /**
     * Polls {@code condition} every millisecond until it holds (true), the child exits first
     * (false) or {@code timeoutSeconds} pass (an AssertionError: the child is killed).
     */
    public boolean waitUntil(BooleanSupplier condition, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (!process.isAlive()) {
                return condition.getAsBoolean();
            }
            Thread.sleep(1);
        }
        process.destroyForcibly();
        throw new AssertionError("the child did not get there in " + timeoutSeconds + " s; stderr: " + err());
    }

    /**
     * True while the child has {@code file} open (Linux: {@code /proc/<pid>/fd}), so a test can
     * tell it is reading that file.
     */
    public boolean hasOpen(Path file) {
        try (var fds = Files.list(Path.of("/proc", Long.toString(process.pid()), "fd"))) {
            Path target = file.toRealPath();
            return fds.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(target);
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** SIGKILL; returns the exit code (137 when it was still running). */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** SIGTERM; returns the exit code once it has stopped. */
    public int terminate() throws InterruptedException {
        process.destroy();
        return await();
    }

    /** Waits for the child to end on its own (at most ten minutes). */
    public int await() throws InterruptedException {
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not finish; stderr: " + err());
        }
        return process.exitValue();
    }

    public String err() {
        return read(err);
    }

    public String out() {
        return read(out);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
