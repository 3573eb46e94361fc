package dev.scalesim.report;

import dev.scalesim.analysis.Analysed;
import dev.scalesim.kernel.Results;
import dev.scalesim.report.chart.ScenarioCharts;
import dev.scalesim.scenario.Scenario;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a scenario's report folder atomically (tables, manifest and, unless switched off, the
 * charts under {@code charts/} and {@code deck.pptx}): everything goes into a hidden sibling folder
 * first, which is renamed into place only once complete. A previous report of the same scenario
 * is moved aside and deleted after the rename, so at no moment is a half-written report visible
 * under the scenario's name.
 */
public final class ReportWriter {
    /** The scenario folder's chart subfolder. */
    public static final String CHARTS = "charts";

    private ReportWriter() {
    }

    /** Writes the report of a plain run and returns its folder. */
    public static Path write(Path out, Scenario s, Results r, ReportOptions options) throws IOException {
        return write(out, s, Analysed.of(r), options);
    }

    /** Writes the report, decision analytics included, and returns its folder. */
    public static Path write(Path out, Scenario s, Analysed analysed, ReportOptions options) throws IOException {
        long started = System.nanoTime();
        Results r = analysed.results();
        Files.createDirectories(out);
        Path target = Folders.resolve(out, s.name());
        Path temp = Files.createTempDirectory(out, "." + target.getFileName() + ".partial-");
        try {
            shareable(temp, DIRECTORY);
            Tables.summary(r, temp.resolve("summary.csv"));
            Tables.monthly(r, temp.resolve("monthly.csv"));
            Tables.solutions(r, temp.resolve("solutions.csv"));
            if (!analysed.sensitivity().isEmpty()) {
                AnalyticsTables.sensitivity(r, analysed.sensitivity(), temp.resolve(AnalyticsTables.SENSITIVITY));
            }
            if (!r.milestones().isEmpty()) {
                AnalyticsTables.milestones(r, temp.resolve(AnalyticsTables.MILESTONES));
            }
            if (analysed.plans() != null) {
                AnalyticsTables.plans(s.name(), analysed.plans(), temp.resolve(AnalyticsTables.PLANS));
            }
            long chartNanos = 0;
            if (options.charts()) {
                // inside the temp folder, so the rename below publishes tables and charts together
                long chartsStarted = System.nanoTime();
                ScenarioCharts.render(s, analysed, options.version(), temp.resolve(CHARTS), options.chartThreads());
                chartNanos = System.nanoTime() - chartsStarted;
            }
            Ledger.write(r, temp.resolve("ledger.csv"));
            if (options.deck()) {
                DeckFile.write(DeckFile.writer().orElseThrow(() -> new IllegalStateException(
                        "no deck writer on the class path")), s, BatchSummary.rows(s, r), temp, options.version());
            }
            Manifest.write(s, analysed, options, System.nanoTime() - started, chartNanos, temp.resolve("manifest.json"));
            replace(temp, target);
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
        return target;
    }

    /** Moves a finished folder over {@code target}, keeping the old one until the move is done. */
    static void replace(Path finished, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        move(finished, target);
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

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

    /** Writes a file by writing a sibling and renaming it over the target. */
    public static void writeAtomically(Path target, FileBody body) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".partial");
        try {
            shareable(temp, FILE);
            body.write(temp);
            move(temp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Writes a file's content. */
    @FunctionalInterface
    public interface FileBody {
        void write(Path file) throws IOException;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
