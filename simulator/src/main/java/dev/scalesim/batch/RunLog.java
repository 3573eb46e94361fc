package dev.scalesim.batch;

import dev.scalesim.report.OutputFiles;
import dev.scalesim.report.RunFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code run.log} in every output folder: one timestamped line per event (start, cleanup,
 * skipped, ran, failed, stopped, end), appended across runs so a resumed run's history reads in
 * order. Lines are written and flushed by one thread of its own, so any thread may log, and a
 * thread being interrupted (which closes an NIO stream) never breaks the log. A killed run loses
 * at most the line being written; the next run starts on a fresh line.
 */
final class RunLog implements AutoCloseable {
    static final String FILE = RunFiles.LOG;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Map<Path, BufferedWriter> writers;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scalesim-run-log");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<String> onFailure;
    private volatile boolean failed;

    private RunLog(Map<Path, BufferedWriter> writers, Consumer<String> onFailure) {
        this.writers = writers;
        this.onFailure = onFailure;
    }

    /**
     * Opens the log of every folder; {@code onFailure} hears the first write failure, once.
     *
     * @throws IOException with a message naming the log and the reason
     */
    static RunLog open(Iterable<Path> dirs, Consumer<String> onFailure) throws IOException {
        Map<Path, BufferedWriter> writers = new LinkedHashMap<>();
        for (Path dir : dirs) {
            Path file = dir.resolve(FILE);
            try {
                boolean torn = endsMidLine(file);
                BufferedWriter w = OutputFiles.append(file);
                writers.put(dir, w);
                if (torn) {
                    w.write("\n");
                }
            } catch (IOException e) {
                writers.values().forEach(RunLog::closeQuietly);
                throw new IOException("cannot write " + file + ": " + Reasons.of(e), e);
            }
        }
        return new RunLog(writers, onFailure);
    }

    /** Appends a line to one folder's log. */
    void write(Path dir, String event, String text) {
        String line = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(STAMP) + "  "
                + String.format(Locale.ROOT, "%-8s", event) + " " + text + "\n";
        thread.execute(() -> append(dir, line));
    }

    /** Appends a line to every folder's log. */
    void writeAll(String event, String text) {
        for (Path dir : writers.keySet()) {
            write(dir, event, text);
        }
    }

    private void append(Path dir, String line) {
        if (failed) {
            return;
        }
        try {
            BufferedWriter w = writers.get(dir);
            w.write(line);
            w.flush();
        } catch (IOException e) {
            failed = true;
            onFailure.accept("cannot write " + dir.resolve(FILE) + ": " + Reasons.of(e));
        }
    }

    /** Writes every pending line, then closes the files. */
    @Override
    public void close() {
        thread.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (thread.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        writers.values().forEach(RunLog::closeQuietly);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean endsMidLine(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) == 0) {
            return false;
        }
        try (SeekableByteChannel ch = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            ch.position(ch.size() - 1).read(last);
            return last.get(0) != '\n';
        }
    }

    private static void closeQuietly(BufferedWriter w) {
        try {
            w.close();
        } catch (IOException e) {
            // Every line was flushed when written; a failing close loses nothing.
        }
    }
}
